/**
 * Dates of appointments are calendar days (`2027-03-19`) and times of day (`08:30`) of Vietnam,
 * as the server gives them: written out here without any time zone, so they read the same on
 * every phone.
 */
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const SHORT = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];

const parts = (key: string) => key.split('-').map(Number) as [number, number, number];
const weekday = (key: string) => {
  const [y, m, d] = parts(key);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
const pad = (n: number) => String(n).padStart(2, '0');

/** "Thứ Sáu". */
export const weekdayName = (key: string) => WEEKDAYS[weekday(key)];

/** "Thứ Sáu, 19/03/2027". */
export function longDate(key: string): string {
  const [y, m, d] = parts(key);
  return `${WEEKDAYS[weekday(key)]}, ${pad(d)}/${pad(m)}/${y}`;
}

/** "T6" and "19/3", for the day picker. */
export function shortDay(key: string): { weekday: string; date: string } {
  const [, m, d] = parts(key);
  return { weekday: SHORT[weekday(key)], date: `${d}/${m}` };
}

/** "08:30 – 09:00". */
export function slotRange(time: string, minutes = 30): string {
  const [h, m] = time.split(':').map(Number);
  const end = h * 60 + m + minutes;
  return `${time} – ${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
}
