import { describe, expect, it } from 'vitest';
import { formatDayLabel, formatRelative, formatVnd, formatElevation, formatDateTime } from './index';
import { greeting } from './greeting';

const now = new Date('2026-11-27T10:00:00+07:00');

describe('Vietnamese formats', () => {
  it('writes relative times in Vietnamese', () => {
    expect(formatRelative('2026-11-27T08:00:00+07:00', now)).toBe('2 giờ trước');
    expect(formatRelative('2026-11-27T09:59:40+07:00', now)).toBe('Vừa xong');
    expect(formatRelative('2026-10-01T08:00:00+07:00', now)).toBe('01/10/2026');
  });
  it('labels days for grouped lists', () => {
    expect(formatDayLabel('2026-11-27T20:00:00+07:00', now)).toBe('Hôm nay');
    expect(formatDayLabel('2026-11-28T06:00:00+07:00', now)).toBe('Ngày mai');
    expect(formatDayLabel('2026-11-26T06:00:00+07:00', now)).toBe('Hôm qua');
    expect(formatDayLabel('2026-12-03T06:00:00+07:00', now)).toBe('Thứ Năm, 03/12');
  });
  it('writes money in VND and heights in metres', () => {
    expect(formatVnd(1500000).replace(/\s/g, ' ')).toBe('1.500.000 ₫');
    expect(formatVnd(0)).toBe('Miễn phí');
    expect(formatElevation(3143)).toBe('3.143 m');
    expect(formatDateTime('2026-11-27T08:05:00+07:00')).toBe('08:05 27/11/2026');
  });
  it('greets by the time of day', () => {
    expect(greeting(new Date('2026-11-27T07:00:00+07:00'))).toBe('Chào buổi sáng');
    expect(greeting(new Date('2026-11-27T20:00:00+07:00'))).toBe('Chào buổi tối');
  });
});
