import type { Db } from '../db/connection.js';

export interface NewNotification {
  userId: string;
  kind: string;
  refId: string;
  title: string;
  body: string;
  at: number;
}

/** Called inside the transaction that changes the item, so a change and its notice land together. */
export function notify(db: Db, n: NewNotification): void {
  db.prepare(
    'INSERT INTO notifications (user_id, kind, ref_id, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(n.userId, n.kind, n.refId, n.title, n.body, n.at);
}

export function unreadCount(db: Db, userId: string): number {
  return db.prepare('SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL').pluck().get(userId) as number;
}
