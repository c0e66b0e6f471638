import { toDate, vietnamWallClock } from './clock';

/*
 * Full dates, in Vietnam's time zone whatever the phone's. Written on the wall clock of clock.ts
 * rather than with a time-zone library: they are two fixed numeric patterns, date-fns with the
 * `vi` locale and `Asia/Ho_Chi_Minh` writes the same (format.test.ts checks it in five zones),
 * and a Date subclass such as @date-fns/tz's TZDate goes wrong under a test's fake clock.
 */

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "27/11/2026". */
export function formatDate(value: string | Date): string {
  const d = toDate(value);
  if (Number.isNaN(d.getTime())) return '';
  const w = vietnamWallClock(d);
  return `${pad(w.getUTCDate())}/${pad(w.getUTCMonth() + 1)}/${w.getUTCFullYear()}`;
}

/** "08:30 27/11/2026". */
export function formatDateTime(value: string | Date): string {
  const d = toDate(value);
  if (Number.isNaN(d.getTime())) return '';
  const w = vietnamWallClock(d);
  return `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())} ${formatDate(d)}`;
}
