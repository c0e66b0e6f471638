import { format, isValid, parseISO } from 'date-fns';
import { vi } from 'date-fns/locale/vi';
import { tz } from '@date-fns/tz';

/*
 * Full dates, with date-fns and its Vietnamese locale, in Vietnam's time zone whatever the
 * phone's: used by pages, which load on demand. The short words the home screen shows (time of
 * day, day labels, "2 giờ trước") are in clock.ts, without a date library.
 */

const inVietnam = { locale: vi, in: tz('Asia/Ho_Chi_Minh') };

/** A bare `2026-11-27` is that day in Vietnam. */
const toDate = (value: string | Date) =>
  typeof value !== 'string' ? value : /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+07:00`) : parseISO(value);

/** "08:30 27/11/2026". */
export function formatDateTime(value: string | Date): string {
  const d = toDate(value);
  return isValid(d) ? format(d, 'HH:mm dd/MM/yyyy', inVietnam) : '';
}

/** "27/11/2026". */
export function formatDate(value: string | Date): string {
  const d = toDate(value);
  return isValid(d) ? format(d, 'dd/MM/yyyy', inVietnam) : '';
}
