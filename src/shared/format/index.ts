// The light formats, safe for the first screen. Full dates are imported from
// '@/shared/format/date' by the pages that show them.
export {
  formatRelative,
  formatTime,
  formatDayLabel,
  formatWeekdayDate,
  calendarDaysFrom,
  vietnamDateKey,
  vietnamHour,
  vietnamWallClock,
  vietnamDayNumber,
} from './clock';
export { greeting } from './greeting';
export { formatVnd, formatElevation, formatNumber } from './money';
export { foldVietnamese } from '@contract/text';
