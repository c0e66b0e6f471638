/**
 * The date words the home screen needs ("08:30", "Hôm nay", "Thứ Năm, 03/12", "2 giờ trước"),
 * written without a date library so that the first screen loads none: the home widgets use these,
 * and so do the pages, so both always say the same. Same results as date-fns with the `vi` locale
 * (format.test.ts checks them against it); full dates stay in date.ts with date-fns.
 * Times are read in the device's time zone, as date-fns does.
 */

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const DAY_MS = 86_400_000;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** An ISO string from the API (or a Date); a bare `2026-11-27` is that day at local midnight, as parseISO reads it. */
export function toDate(value: string | Date): Date {
  if (typeof value !== 'string') return value;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
}

const valid = (d: Date) => !Number.isNaN(d.getTime());

/** "08:30". */
export function formatTime(value: string | Date): string {
  const d = toDate(value);
  return valid(d) ? `${pad(d.getHours())}:${pad(d.getMinutes())}` : '';
}

/** Whole calendar days from `now` to `d` (negative in the past), by the local calendar. */
function calendarDaysBetween(d: Date, now: Date): number {
  const a = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  const b = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((a - b) / DAY_MS);
}

/** "Hôm nay", "Ngày mai", "Hôm qua", or "Thứ Năm, 30/11" — for lists grouped by day. */
export function formatDayLabel(value: string | Date, now = new Date()): string {
  const d = toDate(value);
  if (!valid(d)) return '';
  const diff = calendarDaysBetween(d, now);
  if (diff === 0) return 'Hôm nay';
  if (diff === 1) return 'Ngày mai';
  if (diff === -1) return 'Hôm qua';
  return `${WEEKDAYS[d.getDay()]}, ${pad(d.getDate())}/${pad(d.getMonth() + 1)}`;
}

/** "2 giờ trước", "3 ngày trước" ("… nữa" ahead); beyond a week, the date. */
export function formatRelative(value: string | Date, now = new Date()): string {
  const d = toDate(value);
  if (!valid(d)) return '';
  const ms = now.getTime() - d.getTime();
  const seconds = ms / 1000;
  if (seconds >= 0 && seconds < 60) return 'Vừa xong';
  if (Math.abs(seconds) > 7 * 86400) return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
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
