import fs from 'node:fs';
import path from 'node:path';
import type { RouteContext } from '../context.js';
import type { Db } from '../db/connection.js';
import { purgeExpiredKeys } from '../plugins/idempotency.js';
import { forgetOldSignInFailures } from './officers.js';

/** An upload not attached to a dossier or report within this time is deleted (file and row). */
export const UNATTACHED_UPLOAD_TTL_MS = 24 * 3600 * 1000;

export interface SweepReport {
  idempotencyKeys: number;
  revokedSessions: number;
  uploads: number;
  signInFailures: number;
}

/**
 * Deletes what must not outlive its time: remembered Idempotency-Key answers past 24 hours (they
 * carry personal data), records of ended sessions whose tokens have expired anyway, officers'
 * failed sign-ins past their window, and uploads never attached to anything within 24 hours
 * (their files too).
 */
export function sweepExpired(db: Db, uploadsDir: string, now: number): SweepReport {
  const idempotencyKeys = purgeExpiredKeys(db, now, true);
  const revokedSessions = db.prepare('DELETE FROM revoked_sessions WHERE expires_at < ?').run(now).changes;
  // Wrong passwords past their window and lock-outs past their end: nothing to remember them for.
  const signInFailures = forgetOldSignInFailures(db, now);
  // The rows go first, in one transaction: a file left behind by a crash is unreachable, while a
  // row without its file would be offered and then missing.
  const stale = db
    .transaction(() => {
      const ids = db
        .prepare('SELECT id FROM uploads WHERE attached_to IS NULL AND created_at < ?')
        .pluck()
        .all(now - UNATTACHED_UPLOAD_TTL_MS) as string[];
      const remove = db.prepare('DELETE FROM uploads WHERE id = ? AND attached_to IS NULL');
      return ids.filter((id) => remove.run(id).changes === 1);
    })
    .immediate();
  for (const id of stale) fs.rmSync(path.join(uploadsDir, id), { force: true });
  return { idempotencyKeys, revokedSessions, uploads: stale.length, signInFailures };
}

/** Sweeps once now and then every `config.sweepEveryMs`; returns the function that stops it. */
export function startSweeping(ctx: RouteContext, onError: (err: unknown) => void): () => void {
  const sweep = () => {
    try {
      sweepExpired(ctx.db, ctx.config.uploadsDir, ctx.now());
    } catch (err) {
      onError(err);
    }
  };
  sweep();
  const timer = setInterval(sweep, ctx.config.sweepEveryMs);
  // Never the reason the process stays alive.
  timer.unref();
  return () => clearInterval(timer);
}
