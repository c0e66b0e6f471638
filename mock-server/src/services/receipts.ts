import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/connection.js';
import { RECEIPT_KEY } from '../contract/dossiers.js';

/**
 * A dossier's code is printed on its receipt and is sequential (agency, day, number): anyone can
 * guess codes. The code alone therefore shows only the dossier's status. The receipt also carries
 * a secret, its receipt key, in its QR code and link: with the code it shows the applicant (masked),
 * so the resident holding the receipt recognises their dossier. The key is derived from the code
 * with a server secret (HMAC-SHA256, 96 bits shown), so every dossier has one, seeded or not, with
 * nothing more to store.
 */
/** The server's receipt secret: generated once and kept with the data it protects. */
export function receiptSecretFor(db: Db): string {
  const kept = db.prepare("SELECT value FROM app_meta WHERE key = 'receipt_secret'").pluck().get() as string | undefined;
  if (kept) return kept;
  const fresh = randomBytes(32).toString('base64url');
  db.prepare("INSERT INTO app_meta (key, value) VALUES ('receipt_secret', ?) ON CONFLICT(key) DO NOTHING").run(fresh);
  return db.prepare("SELECT value FROM app_meta WHERE key = 'receipt_secret'").pluck().get() as string;
}

export function receiptKeyFor(secret: string, code: string): string {
  return createHmac('sha256', secret).update(`dossier-receipt:${code}`).digest('base64url').slice(0, 16);
}

/** Whether `given` is this dossier's receipt key (compared in constant time). */
export function isReceiptKey(secret: string, code: string, given: string | undefined | null): boolean {
  if (!given || !RECEIPT_KEY.test(given)) return false;
  return timingSafeEqual(Buffer.from(receiptKeyFor(secret, code)), Buffer.from(given));
}
