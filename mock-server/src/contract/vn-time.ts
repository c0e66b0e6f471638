/** Vietnam keeps one offset all year (UTC+7, no daylight saving), so plain arithmetic is exact. */
export const VN_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `2026-11-27T09:30:00+07:00`: the API's time format. */
export function toVnIso(ms: number): string {
  const d = new Date(ms + VN_OFFSET_MS);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+07:00`
  );
}

/** `2026-11-27` for the Vietnamese calendar day containing `ms`. */
export function vnDateKey(ms: number): string {
  return toVnIso(ms).slice(0, 10);
}

/** Days since the epoch, counted in Vietnam's time zone. */
export function vnDayNumber(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
}

/** Midnight (Vietnam) of the day containing `ms`, as epoch milliseconds. */
export function vnStartOfDay(ms: number): number {
  return vnDayNumber(ms) * DAY_MS - VN_OFFSET_MS;
}

/** Epoch ms of `YYYY-MM-DD` at 00:00 in Vietnam, or null when the text is not a real date. */
export function parseVnDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d) - VN_OFFSET_MS;
  const back = new Date(ms + VN_OFFSET_MS);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms;
}

/** Hour of day (0–23) in Vietnam. */
export function vnHour(ms: number): number {
  return new Date(ms + VN_OFFSET_MS).getUTCHours();
}
