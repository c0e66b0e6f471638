import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/connection.js';
import { AppError, badRequest } from './errors.js';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,200}$/;

/**
 * How long a remembered answer is kept. Long enough for any client's retry (the app retries within
 * minutes, and on reconnecting); not longer, because the answers carry personal data.
 */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
/** Expired answers are deleted by the periodic sweep (services/sweep.ts), and at most this often by the next idempotent write. */
const PURGE_EVERY_MS = 60_000;
const lastPurge = new WeakMap<Db, number>();

/** Deletes remembered answers older than the TTL (at most once a minute per database). */
export function purgeExpiredKeys(db: Db, now: number, force = false): number {
  if (!force && now - (lastPurge.get(db) ?? 0) < PURGE_EVERY_MS) return 0;
  lastPurge.set(db, now);
  return db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(now - IDEMPOTENCY_TTL_MS).changes;
}

/** The `Idempotency-Key` header, checked; `required` writes refuse to run without one. */
export function idempotencyKeyOf(request: FastifyRequest, required: boolean): string | null {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined) {
    if (required) throw badRequest('Thiếu tiêu đề Idempotency-Key: mỗi lần gửi cần một mã riêng để tránh gửi trùng.');
    return null;
  }
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!KEY_PATTERN.test(key)) {
    throw badRequest('Idempotency-Key phải dài 8–200 ký tự, gồm chữ, số và . _ : -');
  }
  return key;
}

export interface StoredResult<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/**
 * Runs a write at most once per (scope, key). The write and the remembered answer are committed
 * in one SQLite transaction, so a crash leaves either both or neither: a retry after a lost answer
 * gets the first answer, never a second record. A key reused with a different request is refused.
 * Answers are remembered for IDEMPOTENCY_TTL_MS.
 */
export function runIdempotent<T>(
  db: Db,
  opts: { scope: string; key: string | null; request: unknown; now: number },
  write: () => { status: number; body: T },
): StoredResult<T> {
  if (opts.key === null) {
    const r = db.transaction(write).immediate();
    return { ...r, replayed: false };
  }
  purgeExpiredKeys(db, opts.now);
  const fingerprint = createHash('sha256').update(JSON.stringify(opts.request)).digest('hex');
  const find = db.prepare('SELECT fingerprint, status, body FROM idempotency_keys WHERE scope = ? AND key = ?');
  const forgetExpired = db.prepare('DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND created_at < ?');
  return db
    .transaction((): StoredResult<T> => {
      // Past its time an answer is never replayed, even before the sweep has deleted it.
      forgetExpired.run(opts.scope, opts.key, opts.now - IDEMPOTENCY_TTL_MS);
      const prior = find.get(opts.scope, opts.key) as { fingerprint: string; status: number; body: string } | undefined;
      if (prior) {
        if (prior.fingerprint !== fingerprint) {
          throw new AppError(409, 'IDEMPOTENCY_KEY_REUSED', 'Mã Idempotency-Key này đã dùng cho một yêu cầu khác.');
        }
        return { status: prior.status, body: JSON.parse(prior.body) as T, replayed: true };
      }
      const result = write();
      db.prepare(
        'INSERT INTO idempotency_keys (scope, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(opts.scope, opts.key, fingerprint, result.status, JSON.stringify(result.body), opts.now);
      return { ...result, replayed: false };
    })
    .immediate();
}
