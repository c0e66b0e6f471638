import { describe, expect, it } from 'vitest';
import { differenceInCalendarDays, format, formatDistanceStrict } from 'date-fns';
import { vi } from 'date-fns/locale/vi';
import { tz } from '@date-fns/tz';
import { formatDayLabel, formatRelative, formatTime, formatVnd, formatElevation } from './index';
import { formatDate, formatDateTime } from './date';
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
    expect(greeting(new Date('2026-11-28T02:00:00+07:00'))).toBe('Chào buổi tối');
    expect(greeting(new Date('2026-11-28T04:30:00+07:00'))).toBe('Chào buổi sáng');
  });
});

/** Runs `check` with the process in each zone: a phone can be set to any of them. */
function inEveryZone(check: () => void) {
  const original = process.env.TZ;
  try {
    for (const zone of ['Asia/Ho_Chi_Minh', 'UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      check();
    }
  } finally {
    process.env.TZ = original;
  }
}

describe('every zone shows Vietnam time', () => {
  it('formats times, days, greetings and dates the same on a phone set to any zone', () => {
    inEveryZone(() => {
      const zone = process.env.TZ;
      expect(formatTime('2026-11-27T23:30:00+07:00'), zone).toBe('23:30');
      expect(formatDayLabel('2026-11-28T00:30:00+07:00', new Date('2026-11-27T23:50:00+07:00')), zone).toBe('Ngày mai');
      expect(formatDayLabel('2026-11-29', new Date('2026-11-27T23:50:00+07:00')), zone).toBe('Chủ Nhật, 29/11');
      expect(greeting(new Date('2026-11-27T05:59:00+07:00')), zone).toBe('Chào buổi sáng');
      expect(greeting(new Date('2026-11-27T00:30:00+07:00')), zone).toBe('Chào buổi tối');
      expect(formatDateTime('2026-12-31T23:59:00+07:00'), zone).toBe('23:59 31/12/2026');
      expect(formatDate('2027-01-01'), zone).toBe('01/01/2027');
      expect(formatRelative('2026-10-01T00:30:00+07:00', new Date('2026-11-27T10:00:00+07:00')), zone).toBe('01/10/2026');
    });
  });
});

describe('the date words (clock.ts, date.ts) say what date-fns says', () => {
  // The reference: date-fns in Vietnam's zone, as the pages would write it with the library.
  const inVietnam = { locale: vi, in: tz('Asia/Ho_Chi_Minh') };
  const reference = {
    time: (d: Date) => format(d, 'HH:mm', inVietnam),
    dayLabel: (d: Date, base: Date) => {
      const diff = differenceInCalendarDays(d, base, inVietnam);
      if (diff === 0) return 'Hôm nay';
      if (diff === 1) return 'Ngày mai';
      if (diff === -1) return 'Hôm qua';
      return format(d, 'EEEE, dd/MM', inVietnam).replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
    },
    relative: (d: Date, base: Date) => {
      const seconds = (base.getTime() - d.getTime()) / 1000;
      if (seconds >= 0 && seconds < 60) return 'Vừa xong';
      if (Math.abs(seconds) > 7 * 86400) return format(d, 'dd/MM/yyyy', inVietnam);
      return formatDistanceStrict(d, base, { locale: vi, addSuffix: true });
    },
  };
  // Offsets around every boundary: seconds, minutes, hours, midnight, a week, both directions.
  const offsets = [
    0, 1, 29, 30, 59, 60, 61, 89, 90, 91, 119, 120, 150, 1799, 1800, 3540, 3569, 3570, 3599, 3600, 5399, 5400, 7200, 12 * 3600, 86340, 86399,
    86400, 129599, 129600, 2 * 86400, 3.5 * 86400, 6 * 86400 + 43199, 6 * 86400 + 43200, 7 * 86400 - 1, 7 * 86400, 7 * 86400 + 1, 8 * 86400, 40 * 86400, 400 * 86400,
  ].flatMap((s) => [s, -s]);
  const bases = ['2026-11-27T10:00:00+07:00', '2026-11-27T00:00:30+07:00', '2026-11-27T23:59:50+07:00', '2026-12-31T23:30:00+07:00', '2027-03-01T00:10:00+07:00'].map((s) => new Date(s));

  it('for times of day, day labels and relative times around every boundary', () => inEveryZone(() => {
    for (const base of bases) {
      for (const s of offsets) {
        const d = new Date(base.getTime() - s * 1000);
        const at = `${d.toISOString()} vs ${base.toISOString()}`;
        expect(formatTime(d), at).toBe(reference.time(d));
        expect(formatDayLabel(d, base), at).toBe(reference.dayLabel(d, base));
        expect(formatRelative(d, base), at).toBe(reference.relative(d, base));
        expect(formatDate(d), at).toBe(format(d, 'dd/MM/yyyy', inVietnam));
        expect(formatDateTime(d), at).toBe(format(d, 'HH:mm dd/MM/yyyy', inVietnam));
      }
    }
  }));

  it('reads API strings, bare days and rubbish as date-fns reads them', () => {
    expect(formatTime('2026-11-27T08:05:00+07:00')).toBe('08:05');
    expect(formatTime('2026-11-27T01:05:00Z')).toBe('08:05');
    expect(formatDayLabel('2026-11-28', now)).toBe('Ngày mai');
    expect(formatDayLabel('2026-11-29', now)).toBe('Chủ Nhật, 29/11');
    expect(formatTime('not a date')).toBe('');
    expect(formatDayLabel('', now)).toBe('');
    expect(formatRelative('2026-13-45T00:00:00+07:00', now)).toBe('');
  });
});
