import type { Db } from '../db/connection.js';

/**
 * The one door every message to a resident goes through. A notice always lands in the app's
 * notification centre; when the change came from someone else (an officer, a reminder) and the
 * resident let the app message them through Zalo, a Zalo message is queued in the outbox too.
 * Both are written inside the caller's transaction, so a change, its notice and its message land
 * together or not at all; the outbox is delivered after the commit (services/outbox.ts).
 */

/** Our names for the messages Zalo carries; each is a ZNS template the Official Account registers (README). */
export type ZaloTemplate = 'dossier-status' | 'dossier-papers' | 'dossier-fee' | 'feedback-status' | 'feedback-answered' | 'appointment-reminder';

export interface ZaloMessage {
  template: ZaloTemplate;
  /** The ZNS template's parameters (values are cut to what ZNS accepts). */
  params: Record<string, string>;
  /** ZNS goes by phone number; without one, the mini app's own notification goes to the Zalo user. */
  phone?: string | null;
  /** The agency whose item changed: its officers read the message in the console. */
  agencyCode: string | null;
  /** Names this one message: the same change never queues a second one. */
  key: string;
  /** What the message is about, as the app's QR links name it (`dossier/<code>`): the mini app notification's button opens it. */
  link: string;
}

export interface NewNotification {
  userId: string;
  kind: string;
  refId: string;
  title: string;
  body: string;
  at: number;
  /** Also through Zalo, if the resident agreed. */
  zalo?: ZaloMessage;
}

/** ZNS parameters are short fields (codes 30, names and texts up to about 200 characters). */
const PARAM_MAX = 200;
/** Zalo's mini app notification template: a title of at most 32 characters, then a short content. */
export const MINIAPP_TITLE_MAX = 32;
const MINIAPP_TEXT_MAX = 250;

const cut = (text: string, max: number) => ([...text].length <= max ? text : [...text].slice(0, max - 1).join('').trimEnd() + '…');

export type ZaloConsent = 'granted' | 'refused' | 'unasked';

export function zaloConsentOf(db: Db, userId: string): ZaloConsent {
  const v = db.prepare('SELECT zalo_notifications FROM users WHERE id = ?').pluck().get(userId) as string | null | undefined;
  return v === 'granted' || v === 'refused' ? v : 'unasked';
}

export function setZaloConsent(db: Db, userId: string, granted: boolean, at: number): ZaloConsent {
  db.prepare('UPDATE users SET zalo_notifications = ?, zalo_notifications_at = ? WHERE id = ?').run(granted ? 'granted' : 'refused', at, userId);
  return zaloConsentOf(db, userId);
}

/** Called inside the transaction that changes the item, so a change and its notices land together. */
export function notify(db: Db, n: NewNotification): void {
  db.prepare(
    'INSERT INTO notifications (user_id, kind, ref_id, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(n.userId, n.kind, n.refId, n.title, n.body, n.at);
  if (n.zalo && zaloConsentOf(db, n.userId) === 'granted') queueZaloMessage(db, n, n.zalo);
}

function queueZaloMessage(db: Db, n: NewNotification, m: ZaloMessage) {
  const channel = m.phone ? 'zns' : 'miniapp';
  const params =
    channel === 'zns'
      ? Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, cut(v, PARAM_MAX)]))
      : // The mini app's template: what the in-app notice says, and a button to the item.
        { title: cut(n.title, MINIAPP_TITLE_MAX), contentTitle: cut(n.title, 65), contentDescription: cut(n.body, MINIAPP_TEXT_MAX), buttonText: 'Xem chi tiết', link: m.link };
  db.prepare(
    `INSERT INTO notification_outbox (message_key, user_id, channel, template, params, phone, agency_code, ref_kind, ref_id, status,
       attempts, next_attempt_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)
     ON CONFLICT(message_key) DO NOTHING`,
  ).run(m.key, n.userId, channel, m.template, JSON.stringify(params), m.phone ?? null, m.agencyCode, n.kind, n.refId, n.at, n.at, n.at);
}

export function unreadCount(db: Db, userId: string): number {
  return db.prepare('SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL').pluck().get(userId) as number;
}
