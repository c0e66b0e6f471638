import { QR_KINDS, type QrItemKind } from '../contract/qr.js';
import { RECEIPT_KEY } from '../contract/dossiers.js';
import { findAppointmentCode, findDossierCode, findFeedbackCode } from '../contract/codes.js';

const SAFE_ID = /^[A-Za-z0-9._-]{1,100}$/;

export type ParsedPayload =
  | { kind: QrItemKind; id: string; key?: string }
  | { kind: 'url'; id: string; domain: string }
  | { kind: 'unknown'; id: string };

/** The app's own paths for each kind (src/shared/routes.ts), so links to the app resolve too. */
const APP_PATHS: [RegExp, QrItemKind][] = [
  [/^\/news\/([^/?#]+)$/, 'news'],
  [/^\/tourism\/places\/([^/?#]+)$/, 'place'],
  [/^\/tourism\/tours\/([^/?#]+)$/, 'tour'],
  [/^\/dossiers\/track\/([^/?#]+)$/, 'dossier'],
  [/^\/feedback\/(PA-[^/?#]+)$/i, 'feedback'],
  [/^\/appointments\/(LH-[^/?#]+)$/i, 'appointment'],
];

/** `%E0%A4%A` and other broken escapes are text that names nothing, never an error. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** A dossier's receipt key from a link's `key=`, when it has the right form. */
function receiptKeyIn(url: URL): { key: string } | Record<string, never> {
  const key = url.searchParams.get('key');
  return key && RECEIPT_KEY.test(key) ? { key } : {};
}

function fromQrParam(value: string | null): { kind: QrItemKind; id: string } | null {
  if (!value) return null;
  const slash = value.indexOf('/');
  if (slash < 1) return null;
  const kind = value.slice(0, slash) as QrItemKind;
  const id = value.slice(slash + 1);
  return (QR_KINDS as readonly string[]).includes(kind) && SAFE_ID.test(id) ? { kind, id } : null;
}

const normaliseCode = (kind: 'dossier' | 'feedback', code: string): string =>
  (kind === 'dossier' ? findDossierCode(code) : findFeedbackCode(code)) ?? code;

/**
 * Reads what a QR code says. Forms, in order: a Zalo deep link (`https://zalo.me/s/<APP_ID>/?qr=kind/id`)
 * or any link to the app with `?qr=`; a link to one of the app's pages; a bare dossier or feedback
 * code, or a link that carries one (the portals put it in the address); a link of the province's
 * sites to an item we have (`provinceLink`); any other web link; and anything else as plain text.
 */
export function parseQrPayload(
  raw: string,
  provinceLink: (url: URL) => { kind: QrItemKind; id: string } | null = () => null,
): ParsedPayload {
  const text = raw.trim();
  let url: URL | null = null;
  if (/^https?:\/\//i.test(text)) {
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
  }
  if (url) {
    const deep = fromQrParam(url.searchParams.get('qr'));
    if (deep) return deep.kind === 'dossier' ? { ...deep, ...receiptKeyIn(url) } : deep;
    for (const [pattern, kind] of APP_PATHS) {
      const m = pattern.exec(url.pathname.replace(/^\/zapps\/[^/]+/, ''));
      const id = m ? safeDecode(m[1]) : null;
      if (id !== null && SAFE_ID.test(id)) {
        if (kind === 'dossier') return { kind, id: normaliseCode(kind, id), ...receiptKeyIn(url) };
        return { kind, id: kind === 'feedback' ? normaliseCode(kind, id) : kind === 'appointment' ? id.toUpperCase() : id };
      }
    }
    const known = provinceLink(url);
    if (known) return known;
  }
  // A code typed with spaces, in lower case or with another dash is still the code.
  const dossier = findDossierCode(text);
  if (dossier) return { kind: 'dossier', id: dossier };
  const feedback = findFeedbackCode(text);
  if (feedback) return { kind: 'feedback', id: feedback };
  const appointment = findAppointmentCode(text);
  if (appointment) return { kind: 'appointment', id: appointment };
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return { kind: 'url', id: url.toString(), domain: url.hostname };
  return { kind: 'unknown', id: text };
}

/**
 * What the QR image of an item encodes: a Zalo deep link when the app id is known, else an app
 * link. A dossier's receipt adds its receipt key (`&key=`), which shows the applicant masked.
 */
export function qrPayloadFor(kind: QrItemKind, id: string, opts: { zaloAppId: string; appBaseUrl: string }, key?: string): string {
  const qr = `${kind}/${id}${key ? `&key=${key}` : ''}`;
  return opts.zaloAppId ? `https://zalo.me/s/${opts.zaloAppId}/?qr=${qr}` : `${opts.appBaseUrl}/?qr=${qr}`;
}
