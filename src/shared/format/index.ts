// The light formats, safe for the first screen. Full dates (date-fns) are imported from
// '@/shared/format/date' by the pages that show them, so that no home widget pulls the library in.
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
