import { describe, expect, it } from 'vitest';
import type { Outage } from '@contract/outages';
import { formatDuration, groupByDay, placeText, timeRange, whenText } from './format';

const outage = (id: string, start: string, end: string, status: Outage['status'] = 'scheduled'): Outage => ({
  id,
  company: 'Công ty Điện lực Lào Cai',
  branch: 'Điện lực Sa Pa',
  branchId: 'sa-pa',
  phone: '1900 6769',
  area: 'Khách hàng sau TBA Tả Van 2.',
  communes: ['Xã Tả Van'],
  communeIds: ['xa-ta-van'],
  start,
  end,
  durationMinutes: (Date.parse(end) - Date.parse(start)) / 60000,
  reason: 'Bảo dưỡng.',
  type: 'planned',
  status,
  note: null,
  publishedAt: start,
  updatedAt: start,
});

const now = new Date('2026-11-26T10:00:00+07:00'); // a Thursday

describe('outage formatting', () => {
  it('groups by the day it starts, with Vietnamese day labels', () => {
    const groups = groupByDay(
      [
        outage('a', '2026-11-26T07:30:00+07:00', '2026-11-26T11:30:00+07:00', 'ongoing'),
        outage('b', '2026-11-26T13:30:00+07:00', '2026-11-26T17:30:00+07:00'),
        outage('c', '2026-11-27T08:00:00+07:00', '2026-11-27T17:00:00+07:00'),
        outage('d', '2026-11-30T07:00:00+07:00', '2026-11-30T16:30:00+07:00'),
      ],
      now,
    );
    expect(groups.map((g) => [g.label, g.items.map((o) => o.id)])).toEqual([
      ['Hôm nay', ['a', 'b']],
      ['Ngày mai', ['c']],
      ['Thứ Hai, 30/11', ['d']],
    ]);
  });

  it('writes time ranges, also past midnight, and durations', () => {
    expect(timeRange(outage('a', '2026-11-26T07:30:00+07:00', '2026-11-26T11:30:00+07:00'))).toBe('07:30 – 11:30');
    expect(timeRange(outage('a', '2026-11-26T22:20:00+07:00', '2026-11-27T00:25:00+07:00'))).toBe('22:20 – 00:25 (27/11)');
    expect(formatDuration(45)).toBe('45 phút');
    expect(formatDuration(240)).toBe('4 giờ');
    expect(formatDuration(270)).toBe('4 giờ 30 phút');
    expect(formatDuration(3 * 24 * 60)).toBe('3 ngày');
  });

  it('says what the clock means for the resident', () => {
    expect(whenText(outage('a', '2026-11-26T12:00:00+07:00', '2026-11-26T16:00:00+07:00'), now)).toBe('Bắt đầu sau 2 giờ');
    expect(whenText(outage('a', '2026-11-26T07:30:00+07:00', '2026-11-26T11:30:00+07:00', 'ongoing'), now)).toBe(
      'Dự kiến có điện lại lúc 11:30 (còn 1 giờ 30 phút)',
    );
    expect(whenText(outage('a', '2026-11-25T07:30:00+07:00', '2026-11-25T11:30:00+07:00', 'restored'), now)).toBe('Đã có điện lại từ 11:30, hôm qua');
    expect(whenText(outage('a', '2026-11-27T07:30:00+07:00', '2026-11-27T11:30:00+07:00', 'cancelled'), now)).toMatch(/hủy/);
    expect(placeText(['Xã Tả Van', 'Phường Sa Pa'])).toBe('xã Tả Van, phường Sa Pa');
  });
});
