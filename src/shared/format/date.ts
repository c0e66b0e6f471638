import { differenceInCalendarDays, format, formatDistanceStrict, isValid, parseISO } from 'date-fns';
import { vi } from 'date-fns/locale/vi';

const toDate = (value: string | Date) => (typeof value === 'string' ? parseISO(value) : value);

/** "2 giờ trước", "3 ngày trước"; beyond a week, the date. */
export function formatRelative(value: string | Date, now = new Date()): string {
  const d = toDate(value);
  if (!isValid(d)) return '';
  const seconds = (now.getTime() - d.getTime()) / 1000;
  if (seconds >= 0 && seconds < 60) return 'Vừa xong';
  if (Math.abs(seconds) > 7 * 86400) return format(d, 'dd/MM/yyyy', { locale: vi });
  return formatDistanceStrict(d, now, { locale: vi, addSuffix: true });
}

/** "08:30 27/11/2026". */
export function formatDateTime(value: string | Date): string {
  const d = toDate(value);
  return isValid(d) ? format(d, 'HH:mm dd/MM/yyyy', { locale: vi }) : '';
}

/** "27/11/2026". */
export function formatDate(value: string | Date): string {
  const d = toDate(value);
  return isValid(d) ? format(d, 'dd/MM/yyyy', { locale: vi }) : '';
}

/** "08:30". */
export function formatTime(value: string | Date): string {
  const d = toDate(value);
  return isValid(d) ? format(d, 'HH:mm', { locale: vi }) : '';
}

/** "Hôm nay", "Ngày mai", "Hôm qua", or "Thứ Năm, 30/11" — for lists grouped by day. */
export function formatDayLabel(value: string | Date, now = new Date()): string {
  const d = toDate(value);
  if (!isValid(d)) return '';
  const diff = differenceInCalendarDays(d, now);
  if (diff === 0) return 'Hôm nay';
  if (diff === 1) return 'Ngày mai';
  if (diff === -1) return 'Hôm qua';
  // date-fns writes "thứ năm"; Vietnamese calendars write the weekday as a name: "Thứ Năm".
  return format(d, 'EEEE, dd/MM', { locale: vi }).replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
}
