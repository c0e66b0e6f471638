import type { Db } from '../connection.js';
import { vnDayNumber } from '../../contract/vn-time.js';
import { feedbackSeeder } from './feedback.js';
import { newsSeeder } from './news.js';
import { dossiersSeeder } from './dossiers.js';
import { outagesSeeder } from './outages.js';
import { tourismSeeder } from './tourism.js';
import { appointmentOfficesSeeder } from './appointment-offices.js';
import { procedurePapersSeeder } from './catalogue-refresh.js';
import { officersSeeder } from './officers.js';

/**
 * A seeder fills one feature's tables with realistic data, dated relative to `now`.
 * `rebase` moves its time-relative rows forward when the server starts on a later day, so the
 * app never looks stale however old the database file is.
 */
export interface Seeder {
  name: string;
  seed(db: Db, now: Date): void;
  rebase?(db: Db, shiftMs: number): void;
  /**
   * The newest time among its rows that must stay in the past (a receipt, a step, a notice, a
   * publication), or null: a rebase never moves it past now.
   */
  newest?(db: Db): number | null;
}

/** Every feature's seeder, in dependency order. */
export const seeders: Seeder[] = [newsSeeder, outagesSeeder, tourismSeeder, feedbackSeeder, dossiersSeeder, procedurePapersSeeder, appointmentOfficesSeeder, officersSeeder];

const DAY_MS = 24 * 3600 * 1000;

export interface SeedReport {
  seeded: string[];
  rebasedDays: number;
}

/** Idempotent: a seeder that already ran is skipped; each runs in its own transaction. */
export function runSeed(db: Db, now = new Date(), list: Seeder[] = seeders): SeedReport {
  const done = new Set(db.prepare('SELECT name FROM seed_runs').pluck().all() as string[]);
  const seeded: string[] = [];
  const today = vnDayNumber(now.getTime());
  const anchorRow = db.prepare("SELECT value FROM app_meta WHERE key = 'seed_anchor_day'").pluck().get() as
    | string
    | undefined;
  const anchor = anchorRow === undefined ? today : Number(anchorRow);
  // Whole days, so times of day stay as seeded (receipts at 9:00, due at 17:00); but never so many
  // that a row seeded late in the day lands later than now when the server starts earlier in the
  // day: the rows then lag a day behind, and catch up on a later start.
  let shiftDays = today - anchor;
  for (const s of list) {
    const newest = shiftDays > 0 && done.has(s.name) ? s.newest?.(db) : null;
    if (newest !== null && newest !== undefined) shiftDays = Math.min(shiftDays, Math.floor((now.getTime() - newest) / DAY_MS));
  }
  db.transaction(() => {
    if (shiftDays > 0) {
      for (const s of list) if (done.has(s.name)) s.rebase?.(db, shiftDays * DAY_MS);
    }
    db.prepare("INSERT INTO app_meta (key, value) VALUES ('seed_anchor_day', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
      String(anchor + Math.max(shiftDays, 0)),
    );
  })();
  for (const s of list) {
    if (done.has(s.name)) continue;
    db.transaction(() => {
      s.seed(db, now);
      db.prepare('INSERT INTO seed_runs (name, applied_at) VALUES (?, ?)').run(s.name, now.getTime());
    })();
    seeded.push(s.name);
  }
  return { seeded, rebasedDays: Math.max(shiftDays, 0) };
}
