import { vietnamHour } from './clock';

/** Greeting by the hour of the day in Vietnam (kept apart from date.ts so the home screen needs no date library). */
export function greeting(now = new Date()): string {
  const h = vietnamHour(now);
  // Before 4 a.m. it is still last night, not yet morning.
  if (h < 4) return 'Chào buổi tối';
  if (h < 11) return 'Chào buổi sáng';
  if (h < 13) return 'Chào buổi trưa';
  if (h < 18) return 'Chào buổi chiều';
  return 'Chào buổi tối';
}
