import { format, isValid, parseISO } from 'date-fns';
import { vi } from 'date-fns/locale/vi';

/*
 * Full dates, with date-fns and its Vietnamese locale: used by pages, which load on demand. The
 * short words the home screen shows (time of day, day labels, "2 giờ trước") are in clock.ts,
 * without a date library, so the first screen does not load one.
 */

const toDate = (value: string | Date) => (typeof value === 'string' ? parseISO(value) : value);

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
