export { formatRelative, formatDateTime, formatDate, formatTime, formatDayLabel } from './date';
export { greeting } from './greeting';
export { formatVnd, formatElevation, formatNumber } from './money';
export { foldVietnamese } from '@contract/text';
