import type { WeatherAlert } from '@contract/weather';
import { calendarDaysFrom, formatDayLabel, formatTime } from '@/shared/format';

const DAY_MS = 86_400_000;

/** "hôm nay", "ngày mai", "Thứ Bảy, 05/12": a day inside a sentence. */
function dayInText(value: string | number, now: Date): string {
  const label = formatDayLabel(new Date(value), now);
  return label.startsWith('Thứ') || label.startsWith('Chủ') ? label : label.toLowerCase();
}

const isMidnight = (iso: string) => formatTime(iso) === '00:00';

/**
 * When an alert holds, in Vietnam's time: "05:00 – 09:00, ngày mai"; a whole day "Cả ngày mai"
 * or "Cả ngày Thứ Bảy, 05/12" (not "00:00 – 00:00"); over midnight "22:00 hôm nay – 06:00 ngày mai".
 */
export function alertWhen(a: Pick<WeatherAlert, 'start' | 'end'>, now = new Date()): string {
  const start = Date.parse(a.start);
  const end = Date.parse(a.end);
  if (isMidnight(a.start) && isMidnight(a.end) && end > start) {
    const days = Math.round((end - start) / DAY_MS);
    const first = dayInText(start, now);
    if (days === 1) return first === 'ngày mai' ? 'Cả ngày mai' : `Cả ngày ${first}`;
    return `Cả ngày, từ ${first} đến hết ${dayInText(end - DAY_MS, now)}`;
  }
  // The end is exclusive: an alert to midnight ends with the day it started.
  const lastDay = isMidnight(a.end) ? end - 1 : end;
  if (calendarDaysFrom(new Date(lastDay), new Date(start)) === 0) {
    const until = isMidnight(a.end) ? 'hết ngày' : formatTime(a.end);
    return `${formatTime(a.start)} – ${until}, ${dayInText(start, now)}`;
  }
  return `${formatTime(a.start)} ${dayInText(start, now)} – ${formatTime(a.end)} ${dayInText(end, now)}`;
}
