import type { Db } from '../db/connection.js';
import type { Stats } from '../contract/officers.js';
import { toVnIso, vnDateKey, vnDayNumber, VN_OFFSET_MS } from '../contract/vn-time.js';
import type { Agency } from './agencies.js';
import { FEEDBACK_CATEGORIES } from './feedback-catalog.js';

/**
 * The figures the province is judged on, for a set of agencies over the last weeks:
 *
 * - dossiers received (by the day they came in) and finished (status 9 or 10, by the day they
 *   were finished); on time when finished by their due date (tỷ lệ hồ sơ đúng hạn = on time ÷
 *   finished); overdue counts each due date missed in the period, finished late or still open
 *   while the office held it (a dossier waiting for the resident's papers or payment is not late);
 * - reports received, answered (their first answer), the average time to that answer, by category;
 * - mức độ hài lòng: the ratings residents gave answers in the period (average, 4–5 stars share).
 *
 * Weeks run Monday to Sunday, Vietnam time; the period is the last `weeks` weeks up to now.
 */

const DAY_MS = 24 * 3600 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** Monday 00:00 (Vietnam) of the week containing `ms`. */
export function weekStartOf(ms: number): number {
  const day = vnDayNumber(ms);
  // Day 0 of the epoch (1 January 1970) was a Thursday: Monday is 3 days before.
  const monday = day - ((day + 3) % 7);
  return monday * DAY_MS - VN_OFFSET_MS;
}

interface DossierRow {
  agency_code: string;
  status: number;
  received_at: number;
  due_at: number;
  finished_at: number | null;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

function dossierFigures(rows: DossierRow[], from: number, to: number, now: number) {
  let received = 0;
  let finished = 0;
  let finishedOnTime = 0;
  let overdue = 0;
  for (const d of rows) {
    if (d.received_at >= from && d.received_at < to) received++;
    const done = (d.status === 9 || d.status === 10) && d.finished_at !== null;
    if (done && d.finished_at! >= from && d.finished_at! < to) {
      finished++;
      if (d.finished_at! <= d.due_at) finishedOnTime++;
    }
    const dueInPeriod = d.due_at >= from && d.due_at < to && d.due_at < now;
    const missed = done ? d.finished_at! > d.due_at : [1, 2, 4].includes(d.status);
    if (dueInPeriod && missed) overdue++;
  }
  return { received, finished, finishedOnTime, onTimeRate: rate(finishedOnTime, finished), overdue };
}

interface ReportRow {
  category_id: string;
  created_at: number;
  first_answer_at: number | null;
}

function reportFigures(rows: ReportRow[], from: number, to: number) {
  const received = rows.filter((r) => r.created_at >= from && r.created_at < to).length;
  const answered = rows.filter((r) => r.first_answer_at !== null && r.first_answer_at >= from && r.first_answer_at < to);
  const hours = answered.map((r) => (r.first_answer_at! - r.created_at) / 3600_000);
  return {
    received,
    answered: answered.length,
    averageAnswerHours: hours.length ? Math.round((hours.reduce((a, b) => a + b, 0) / hours.length) * 10) / 10 : null,
  };
}

export function officerStats(db: Db, agencies: Agency[], weeks: number, now: number): Stats {
  const to = now;
  const from = weekStartOf(now) - (weeks - 1) * WEEK_MS;
  const codes = agencies.map((a) => a.code);
  const marks = codes.map(() => '?').join(', ') || "''";

  const dossiers = db
    .prepare(
      `SELECT agency_code, status, received_at, due_at, finished_at FROM dossiers
       WHERE agency_code IN (${marks}) AND (received_at >= ? OR finished_at >= ? OR due_at >= ? OR status IN (1, 2, 4))`,
    )
    .all(...codes, from, from, from) as DossierRow[];
  const openOverdue = (rows: DossierRow[]) => rows.filter((d) => [1, 2, 4].includes(d.status) && d.due_at < now).length;

  const weekStarts = Array.from({ length: weeks }, (_, i) => from + i * WEEK_MS);
  const perAgency = agencies
    .map((a) => {
      const rows = dossiers.filter((d) => d.agency_code === a.code);
      return { code: a.code, name: a.name, ...dossierFigures(rows, from, to, now), openOverdue: openOverdue(rows) };
    })
    .filter((a) => a.received + a.finished + a.overdue + a.openOverdue > 0)
    .sort((a, b) => b.openOverdue - a.openOverdue || b.overdue - a.overdue || b.received - a.received || a.name.localeCompare(b.name, 'vi'));

  const reports = db
    .prepare(
      `SELECT f.category_id, f.created_at,
         (SELECT MIN(e.at) FROM feedback_events e WHERE e.code = f.code AND e.kind = 'answered') AS first_answer_at
       FROM feedback f WHERE f.agency_code IN (${marks}) AND (f.created_at >= ? OR f.updated_at >= ?)`,
    )
    .all(...codes, from, from) as ReportRow[];
  const late = db
    .prepare(
      `SELECT COUNT(*) FROM feedback WHERE agency_code IN (${marks}) AND status IN ('received', 'assigned', 'processing') AND expected_at < ?`,
    )
    .pluck()
    .get(...codes, now) as number;
  const byCategory = FEEDBACK_CATEGORIES.map((c) => ({ categoryId: c.id, name: c.name, ...reportFigures(reports.filter((r) => r.category_id === c.id), from, to) }))
    .filter((c) => c.received + c.answered > 0)
    .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'vi'));

  const ratings = db
    .prepare(`SELECT rating_score FROM feedback WHERE agency_code IN (${marks}) AND rating_score IS NOT NULL AND rated_at >= ? AND rated_at < ?`)
    .pluck()
    .all(...codes, from, to) as number[];
  const distribution = [1, 2, 3, 4, 5].map((s) => ratings.filter((r) => r === s).length);

  return {
    from: toVnIso(from),
    to: toVnIso(to),
    agencies: agencies.map((a) => ({ code: a.code, name: a.name, kind: a.kind, parentCode: a.parentCode })),
    dossiers: {
      totals: { ...dossierFigures(dossiers, from, to, now), openOverdue: openOverdue(dossiers) },
      perAgency,
      perWeek: weekStarts.map((start) => ({ weekStart: vnDateKey(start), ...dossierFigures(dossiers, start, Math.min(start + WEEK_MS, to), now) })),
    },
    reports: {
      totals: { ...reportFigures(reports, from, to), late },
      byCategory,
      perWeek: weekStarts.map((start) => ({ weekStart: vnDateKey(start), ...reportFigures(reports, start, Math.min(start + WEEK_MS, to)) })),
    },
    satisfaction: {
      ratings: ratings.length,
      average: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null,
      satisfiedRate: rate(ratings.filter((r) => r >= 4).length, ratings.length),
      distribution,
    },
  };
}
