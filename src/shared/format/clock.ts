/**
 * The date words the home screen needs ("08:30", "Hôm nay", "Thứ Năm, 03/12", "2 giờ trước"),
 * written without a date library so that the first screen loads none: the home widgets use these,
 * and so do the pages, so both always say the same. Same results as date-fns with the `vi` locale
 * in Vietnam's zone (format.test.ts checks them against it); full dates stay in date.ts.
 *
 * Every time is Vietnam's (UTC+7 all year, no daylight saving), whatever zone the phone is set to:
 * an outage "08:00 – 11:00" in Sa Pa is that, also on a phone set to Berlin.
 */

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** An ISO string from the API (or a Date); a bare `2026-11-27` is that day at midnight in Vietnam. */
export function toDate(value: string | Date): Date {
  if (typeof value !== 'string') return value;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+07:00` : value);
}

const valid = (d: Date) => !Number.isNaN(d.getTime());

/** The wall clock in Vietnam at `d`: read it with the getUTC… methods. */
export function vietnamWallClock(d: Date): Date {
  return new Date(d.getTime() + VN_OFFSET_MS);
}

/** Days since the epoch by Vietnam's calendar. */
export const vietnamDayNumber = (d: Date) => Math.floor((d.getTime() + VN_OFFSET_MS) / DAY_MS);

/** The hour (0–23) in Vietnam. */
export const vietnamHour = (d: Date) => vietnamWallClock(d).getUTCHours();

/** `2026-11-27`: the day in Vietnam. */
export const vietnamDateKey = (d: Date) => vietnamWallClock(d).toISOString().slice(0, 10);

/** "08:30". */
export function formatTime(value: string | Date): string {
  const d = toDate(value);
  if (!valid(d)) return '';
  const w = vietnamWallClock(d);
  return `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;
}

/** "Thứ Năm, 30/11". */
export function formatWeekdayDate(value: string | Date): string {
  const d = toDate(value);
  if (!valid(d)) return '';
  const w = vietnamWallClock(d);
  return `${WEEKDAYS[w.getUTCDay()]}, ${pad(w.getUTCDate())}/${pad(w.getUTCMonth() + 1)}`;
}

/** Whole calendar days (Vietnam's calendar) from `now` to `value`, negative in the past. */
export function calendarDaysFrom(value: string | Date, now = new Date()): number {
  return vietnamDayNumber(toDate(value)) - vietnamDayNumber(now);
}

/** "Hôm nay", "Ngày mai", "Hôm qua", or "Thứ Năm, 30/11" — for lists grouped by day. */
export function formatDayLabel(value: string | Date, now = new Date()): string {
  const d = toDate(value);
  if (!valid(d)) return '';
  const diff = calendarDaysFrom(d, now);
  if (diff === 0) return 'Hôm nay';
  if (diff === 1) return 'Ngày mai';
  if (diff === -1) return 'Hôm qua';
  return formatWeekdayDate(d);
}

/** "2 giờ trước", "3 ngày trước" ("… nữa" ahead); beyond a week, the date. */
export function formatRelative(value: string | Date, now = new Date()): string {
  const d = toDate(value);
  if (!valid(d)) return '';
  const ms = now.getTime() - d.getTime();
  const seconds = ms / 1000;
  if (seconds >= 0 && seconds < 60) return 'Vừa xong';
  if (Math.abs(seconds) > 7 * 86400) {
    const w = vietnamWallClock(d);
    return `${pad(w.getUTCDate())}/${pad(w.getUTCMonth() + 1)}/${w.getUTCFullYear()}`;
  }
  const minutes = Math.abs(ms) / 60_000;
  // Rounded as date-fns' formatDistanceStrict rounds: to the nearest whole unit.
  const amount =
    minutes < 1
      ? `${Math.round(Math.abs(ms) / 1000)} giây`
      : minutes < 60
        ? `${Math.round(minutes)} phút`
        : minutes < 1440
          ? `${Math.round(minutes / 60)} giờ`
          : `${Math.round(minutes / 1440)} ngày`;
  return `${amount} ${ms > 0 ? 'trước' : 'nữa'}`;
}
