import { QR_KINDS, type QrItemKind } from '../contract/qr.js';
import { findDossierCode, findFeedbackCode } from '../contract/codes.js';

const SAFE_ID = /^[A-Za-z0-9._-]{1,100}$/;

export type ParsedPayload =
  | { kind: QrItemKind; id: string }
  | { kind: 'url'; id: string; domain: string }
  | { kind: 'unknown'; id: string };

/** The app's own paths for each kind (src/shared/routes.ts), so links to the app resolve too. */
const APP_PATHS: [RegExp, QrItemKind][] = [
  [/^\/news\/([^/?#]+)$/, 'news'],
  [/^\/tourism\/places\/([^/?#]+)$/, 'place'],
  [/^\/tourism\/tours\/([^/?#]+)$/, 'tour'],
  [/^\/dossiers\/track\/([^/?#]+)$/, 'dossier'],
  [/^\/feedback\/(PA-[^/?#]+)$/i, 'feedback'],
];

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
    if (deep) return deep;
    for (const [pattern, kind] of APP_PATHS) {
      const m = pattern.exec(url.pathname.replace(/^\/zapps\/[^/]+/, ''));
      if (m) {
        const id = decodeURIComponent(m[1]);
        if (SAFE_ID.test(id)) return { kind, id: kind === 'dossier' || kind === 'feedback' ? normaliseCode(kind, id) : id };
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
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return { kind: 'url', id: url.toString(), domain: url.hostname };
  return { kind: 'unknown', id: text };
}

/** What the QR image of an item encodes: a Zalo deep link when the app id is known, else an app link. */
export function qrPayloadFor(kind: QrItemKind, id: string, opts: { zaloAppId: string; appBaseUrl: string }): string {
  const qr = `${kind}/${id}`;
  return opts.zaloAppId ? `https://zalo.me/s/${opts.zaloAppId}/?qr=${qr}` : `${opts.appBaseUrl}/?qr=${qr}`;
}
