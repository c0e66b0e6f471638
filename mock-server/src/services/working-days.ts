/**
 * Working days of Vietnam's public offices: Monday to Friday, minus the public holidays of the
 * Labour Code 2019 (Art. 112) and the days off that replace a holiday falling on a weekend
 * (Art. 111(3): "nghỉ bù vào ngày làm việc kế tiếp").
 *
 * Holidays: Tết Dương lịch 1/1; Tết Nguyên đán, 5 days around mùng 1 (the Government arranges
 * them every year); Giỗ Tổ Hùng Vương 10/3 âm lịch; Ngày Chiến thắng 30/4; Quốc tế Lao động 1/5;
 * Quốc khánh 2/9 and one day next to it (1/9 or 3/9, chosen each year).
 *
 * The lunar dates are tabulated, not computed at run time. 2025 and 2026 follow the arrangements
 * the Government announced for civil servants; 2027 and 2028 follow the rule that is used when no
 * other arrangement is made (Tết: the last day of the old year and mùng 1–4; the 2/9 companion day
 * on the side that makes a long weekend). Offices sometimes swap a weekday off for a Saturday at
 * work: those Saturdays are listed as `workingSaturdays`.
 */

import { VN_OFFSET_MS, vnDateKey, vnHour } from '../contract/vn-time.js';

const DAY_MS = 24 * 3600 * 1000;

export interface HolidayYear {
  /** Holidays as the law counts them; a day on a weekend gives a substitute day off. */
  holidays: { date: string; name: string }[];
  /** Extra weekdays off granted by a Government decision (swapped with a Saturday at work). */
  bridges?: { date: string; name: string }[];
  /** Saturdays worked in exchange for a bridge day. */
  workingSaturdays?: string[];
}

const fixed = (y: number, nationalDayCompanion: '09-01' | '09-03') => [
  { date: `${y}-01-01`, name: 'Tết Dương lịch' },
  { date: `${y}-04-30`, name: 'Ngày Chiến thắng 30/4' },
  { date: `${y}-05-01`, name: 'Ngày Quốc tế Lao động' },
  { date: `${y}-${nationalDayCompanion}`, name: 'Nghỉ Quốc khánh (ngày liền kề)' },
  { date: `${y}-09-02`, name: 'Quốc khánh 2/9' },
];
const tet = (dates: string[]) => dates.map((date) => ({ date, name: 'Tết Nguyên đán' }));
const hungKings = (date: string) => ({ date, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });

/** Lunar dates checked against the Vietnamese lunar calendar (UTC+7). */
export const HOLIDAY_CALENDAR: Record<number, HolidayYear> = {
  // Tết Ất Tỵ: mùng 1 = 29/01/2025. Civil servants were off 25/01–02/02; 30/4–04/5 with Friday
  // 02/5 swapped for Saturday 26/4; Quốc khánh 30/8–02/9 (Monday 01/9 as the companion day).
  2025: {
    holidays: [...fixed(2025, '09-01'), ...tet(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']), hungKings('2025-04-07')],
    bridges: [{ date: '2025-05-02', name: 'Nghỉ hoán đổi dịp 30/4 – 1/5' }],
    workingSaturdays: ['2025-04-26'],
  },
  // Tết Bính Ngọ: mùng 1 = 17/02/2026, off 14/02–22/02. Giỗ Tổ falls on Sunday 26/4 → Monday 27/4.
  2026: {
    holidays: [...fixed(2026, '09-01'), ...tet(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']), hungKings('2026-04-26')],
  },
  // Tết Đinh Mùi: mùng 1 = Saturday 06/02/2027 (29 tháng Chạp = 05/02). Two Tết days on the weekend
  // give 10/02 and 11/02. 1/5 is a Saturday → Monday 03/5. 2/9 is a Thursday → 3/9 with it.
  2027: {
    holidays: [...fixed(2027, '09-03'), ...tet(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']), hungKings('2027-04-16')],
  },
  // Tết Mậu Thân: mùng 1 = 26/01/2028 (29 tháng Chạp = 25/01); mùng 4 is a Saturday → Monday 31/01.
  // 1/1 is a Saturday → 03/01. 30/4 is a Sunday and 1/5 a Monday → Tuesday 02/5.
  // 2/9 is a Saturday: 1/9 (Friday) with it, and Monday 04/9 in its place.
  2028: {
    holidays: [...fixed(2028, '09-01'), ...tet(['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-29']), hungKings('2028-04-04')],
  },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a day number (days since the epoch, Vietnam's calendar). */
export function dateKeyOfDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function dayOfDateKey(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
const weekdayOf = (key: string) => new Date(dayOfDateKey(key) * DAY_MS).getUTCDay();
const isWeekend = (key: string) => {
  const w = weekdayOf(key);
  return w === 0 || w === 6;
};

export interface DayOff {
  date: string;
  name: string;
  kind: 'holiday' | 'substitute' | 'bridge';
}

const cache = new Map<number, Map<string, DayOff>>();

/** The weekdays on which offices are closed in `year`, with the reason for each. */
export function daysOffIn(year: number): Map<string, DayOff> {
  const hit = cache.get(year);
  if (hit) return hit;
  const entry = HOLIDAY_CALENDAR[year] ?? { holidays: fixed(year, '09-01') };
  const off = new Map<string, DayOff>();
  const statutory = new Set(entry.holidays.map((h) => h.date));
  for (const h of entry.holidays) if (!isWeekend(h.date)) off.set(h.date, { ...h, kind: 'holiday' });
  for (const b of entry.bridges ?? []) off.set(b.date, { ...b, kind: 'bridge' });
  // Substitutes in date order, each on the first weekday that is not already a day off.
  for (const h of [...entry.holidays].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!isWeekend(h.date)) continue;
    let day = dayOfDateKey(h.date) + 1;
    for (;;) {
      const key = dateKeyOfDay(day);
      if (!isWeekend(key) && !off.has(key) && !statutory.has(key)) break;
      day++;
    }
    const key = dateKeyOfDay(day);
    off.set(key, { date: key, name: `Nghỉ bù ${h.name}`, kind: 'substitute' });
  }
  cache.set(year, off);
  return off;
}

/** Whether the public offices work on the day `YYYY-MM-DD`. */
export function isWorkingDay(key: string): boolean {
  const year = Number(key.slice(0, 4));
  if (HOLIDAY_CALENDAR[year]?.workingSaturdays?.includes(key)) return true;
  if (isWeekend(key)) return false;
  return !daysOffIn(year).has(key);
}

/** The years whose lunar holidays are tabulated; outside them only the solar holidays are known. */
export const TABULATED_YEARS = Object.keys(HOLIDAY_CALENDAR).map(Number);

/** Offices close at 17:00; a dossier received later counts as received the next working day. */
export const OFFICE_CLOSES_HOUR = 17;

export function nextWorkingDay(key: string): string {
  let day = dayOfDateKey(key) + 1;
  while (!isWorkingDay(dateKeyOfDay(day))) day++;
  return dateKeyOfDay(day);
}

/** The `n`-th working day after `key` (n ≥ 0; 0 is `key` itself). */
export function addWorkingDays(key: string, n: number): string {
  let current = key;
  for (let i = 0; i < n; i++) current = nextWorkingDay(current);
  return current;
}

/** The `n`-th working day before `key` (n ≥ 0; 0 is `key` itself, working day or not). */
export function subtractWorkingDays(key: string, n: number): string {
  let day = dayOfDateKey(key);
  for (let i = 0; i < n; i++) {
    day--;
    while (!isWorkingDay(dateKeyOfDay(day))) day--;
  }
  return dateKeyOfDay(day);
}

/** The working day on which a dossier received at `ms` is taken as received. */
export function effectiveReceiptDay(ms: number): string {
  const key = vnDateKey(ms);
  if (isWorkingDay(key) && vnHour(ms) < OFFICE_CLOSES_HOUR) return key;
  return nextWorkingDay(key);
}

/**
 * When the result is due: 17:00 (Vietnam) on the `processingDays`-th working day after the day the
 * dossier counts as received (Nghị định 61/2018: a dossier sent online outside office hours is
 * received on the next working day).
 */
export function dueDateFor(receivedAtMs: number, processingDays: number): number {
  const dueKey = addWorkingDays(effectiveReceiptDay(receivedAtMs), Math.max(1, processingDays));
  return dayOfDateKey(dueKey) * DAY_MS - VN_OFFSET_MS + OFFICE_CLOSES_HOUR * 3600 * 1000;
}

/** Working days left before `dueMs` counted from `nowMs`' day (0 on the due day, negative once past). */
export function workingDaysLeft(nowMs: number, dueMs: number): number {
  const today = vnDateKey(nowMs);
  const due = vnDateKey(dueMs);
  if (today === due) return 0;
  const forward = today < due;
  const [from, to] = forward ? [dayOfDateKey(today), dayOfDateKey(due)] : [dayOfDateKey(due), dayOfDateKey(today)];
  let count = 0;
  // Days after `from` up to and including `to`, bounded to ten years so no input runs away.
  for (let d = from + 1; d <= to && d - from <= 3660; d++) if (isWorkingDay(dateKeyOfDay(d))) count++;
  return forward ? count : -count;
}

/**
 * The due date once a dossier comes back from waiting for the citizen to pay (status 6): the
 * working days it waited do not count against the office (the clock stops outside statuses 1, 2
 * and 4), so the due date moves on by as many working days as passed from `pausedAtMs` to
 * `resumedAtMs`, at the same hour.
 */
export function dueDateAfterPause(dueMs: number, pausedAtMs: number, resumedAtMs: number): number {
  const waited = Math.max(0, workingDaysLeft(pausedAtMs, resumedAtMs));
  if (waited === 0) return dueMs;
  const dueKey = vnDateKey(dueMs);
  const timeOfDay = dueMs - (dayOfDateKey(dueKey) * DAY_MS - VN_OFFSET_MS);
  return dayOfDateKey(addWorkingDays(dueKey, waited)) * DAY_MS - VN_OFFSET_MS + timeOfDay;
}
