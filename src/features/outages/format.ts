import type { Outage, OutageStatus } from '@contract/outages';
import { formatDayLabel, formatTime } from '@/shared/format';

export const STATUS_LABEL: Record<OutageStatus, string> = {
  scheduled: 'Sắp cắt điện',
  ongoing: 'Đang mất điện',
  restored: 'Đã có điện lại',
  cancelled: 'Đã hủy lịch',
};

export const TYPE_LABEL = { planned: 'Theo kế hoạch', emergency: 'Sự cố' } as const;

export interface DayGroup {
  key: string;
  label: string;
  items: Outage[];
}

/** Groups a list (already sorted by start) by the day it starts: "Hôm nay", "Ngày mai", "Thứ Năm, 30/11". */
export function groupByDay(items: Outage[], now = new Date()): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const o of items) {
    const key = o.start.slice(0, 10);
    let g = groups[groups.length - 1];
    if (!g || g.key !== key) {
      g = { key, label: formatDayLabel(o.start, now), items: [] };
      groups.push(g);
    }
    g.items.push(o);
  }
  return groups;
}

/** "07:30 – 11:30", or "22:20 – 00:25 (28/11)" when it runs past midnight. */
export function timeRange(o: Pick<Outage, 'start' | 'end'>): string {
  const endsAnotherDay = o.start.slice(0, 10) !== o.end.slice(0, 10);
  return `${formatTime(o.start)} – ${formatTime(o.end)}${endsAnotherDay ? ` (${o.end.slice(8, 10)}/${o.end.slice(5, 7)})` : ''}`;
}

/** "4 giờ 30 phút", "45 phút", "2 ngày". */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m >= 48 * 60) return `${Math.round(m / (24 * 60))} ngày`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} phút`;
  return rest ? `${h} giờ ${rest} phút` : `${h} giờ`;
}

/** What the clock means for this outage, in words. */
export function whenText(o: Outage, now = new Date()): string {
  const toStart = (Date.parse(o.start) - now.getTime()) / 60_000;
  const toEnd = (Date.parse(o.end) - now.getTime()) / 60_000;
  switch (o.status) {
    case 'scheduled':
      return `Bắt đầu sau ${formatDuration(toStart)}`;
    case 'ongoing':
      return `Dự kiến có điện lại lúc ${formatTime(o.end)} (còn ${formatDuration(toEnd)})`;
    case 'restored':
      return `Đã có điện lại từ ${formatTime(o.end)}, ${formatDayLabel(o.end, now).toLowerCase()}`;
    case 'cancelled':
      return 'Điện lực đã hủy lịch cắt điện này.';
  }
}

/** "xã Tả Van, phường Sa Pa" for running text. */
export function placeText(communes: string[]): string {
  return communes.map((c) => c.charAt(0).toLowerCase() + c.slice(1)).join(', ');
}
