import { describe, expect, it } from 'vitest';
import { lunarToSolar, solarToLunar } from '../src/services/lunar.js';
import {
  dayRuleLabel,
  dayNumberAt,
  hoursLines,
  isRuleDay,
  lunarDateLabel,
  nextRuleDay,
  openStateAt,
  dateKeyOf,
  vnDayOf,
  nextDepartures,
} from '../src/services/tourism-calendar.js';
import type { DayRule, OpeningHours } from '../src/contract/tourism.js';
import { toVnIso } from '../src/contract/vn-time.js';

/** A fixed clock: an instant written in Vietnam time. */
const at = (local: string) => Date.parse(`${local}+07:00`);
const iso = (ms: number | null) => (ms === null ? null : toVnIso(ms));

describe('lunar calendar (UTC+7)', () => {
  it.each([
    ['2024-02-10', 1, 1, 2024, false], // Tết Giáp Thìn
    ['2025-01-29', 1, 1, 2025, false], // Tết Ất Tỵ
    ['2026-02-17', 1, 1, 2026, false], // Tết Bính Ngọ
    ['2025-02-12', 15, 1, 2025, false], // rằm tháng Giêng
    ['2026-03-03', 15, 1, 2026, false],
    ['2025-10-06', 15, 8, 2025, false], // Trung thu
    ['2023-03-22', 1, 2, 2023, true], // tháng Hai nhuận 2023
    ['2025-07-25', 1, 6, 2025, true], // tháng Sáu nhuận 2025
    ['2025-01-28', 29, 12, 2024, false], // 29 Tết: tháng Chạp thiếu
  ])('%s is %i/%i/%i (leap %s)', (date, day, month, year, leap) => {
    const [y, m, d] = date.split('-').map(Number);
    expect(solarToLunar(d, m, y)).toEqual({ day, month, year, leap });
  });

  it('converts back from lunar to solar', () => {
    expect(lunarToSolar(15, 1, 2026)).toEqual([3, 3, 2026]);
    expect(lunarToSolar(17, 7, 2025)).toEqual([8, 9, 2025]);
    expect(lunarToSolar(1, 6, 2025, true)).toEqual([25, 7, 2025]);
  });

  it('names lunar dates and years in Vietnamese', () => {
    expect(lunarDateLabel(solarToLunar(12, 2, 2025))).toBe('Rằm tháng Giêng năm Ất Tỵ');
    expect(lunarDateLabel(solarToLunar(25, 7, 2025))).toBe('Mùng 1 tháng Sáu (nhuận) năm Ất Tỵ');
    expect(lunarDateLabel(solarToLunar(17, 2, 2026))).toBe('Mùng 1 tháng Giêng năm Bính Ngọ');
  });
});

describe('market days', () => {
  const sunday: DayRule = { weekdays: [7] }; // Bắc Hà, Mường Khương, Lùng Phình
  const saturday: DayRule = { weekdays: [6] }; // Cán Cấu
  const tuesday: DayRule = { weekdays: [2] }; // Cốc Ly

  it('knows the market of the day (27 Nov 2025 is a Thursday)', () => {
    expect(isRuleDay(sunday, at('2025-11-30T08:00:00'))).toBe(true);
    expect(isRuleDay(saturday, at('2025-11-29T08:00:00'))).toBe(true);
    expect(isRuleDay(tuesday, at('2025-11-25T08:00:00'))).toBe(true);
    expect(isRuleDay(sunday, at('2025-11-27T08:00:00'))).toBe(false);
    expect(isRuleDay(tuesday, at('2025-11-26T08:00:00'))).toBe(false);
  });

  it('counts the day in Vietnam time, not in UTC', () => {
    // 00:30 on Sunday in Lào Cai is still Saturday in UTC.
    const ms = Date.parse('2025-11-29T17:30:00Z');
    expect(isRuleDay(sunday, ms)).toBe(true);
    expect(isRuleDay(saturday, ms)).toBe(false);
    expect(isRuleDay(saturday, at('2025-11-29T23:59:00'))).toBe(true);
  });

  it('finds the next market day, today included', () => {
    expect(dateKeyOf(nextRuleDay(sunday, at('2025-11-27T10:00:00'))!)).toBe('2025-11-30');
    expect(dateKeyOf(nextRuleDay(sunday, at('2025-11-30T20:00:00'))!)).toBe('2025-11-30');
    expect(dateKeyOf(nextRuleDay(tuesday, at('2025-11-26T10:00:00'))!)).toBe('2025-12-02');
  });

  it('follows lunar rules: mùng 1 and rằm, and a festival once a year', () => {
    const firstAndFull: DayRule = { lunarDays: [1, 15] };
    expect(isRuleDay(firstAndFull, at('2025-10-06T09:00:00'))).toBe(true); // 15/8
    expect(isRuleDay(firstAndFull, at('2025-10-07T09:00:00'))).toBe(false);
    expect(dateKeyOf(nextRuleDay(firstAndFull, at('2025-10-07T09:00:00'))!)).toBe('2025-10-21'); // 1/9

    const baoHaFestival: DayRule = { lunarDays: [17], lunarMonths: [7] };
    expect(dateKeyOf(nextRuleDay(baoHaFestival, at('2025-01-01T09:00:00'))!)).toBe('2025-09-08');
    const thuongFestival: DayRule = { lunarDays: [15], lunarMonths: [1] };
    expect(dateKeyOf(nextRuleDay(thuongFestival, at('2025-11-27T09:00:00'))!)).toBe('2026-03-03');
  });

  it('keeps a festival out of the leap month of the same number', () => {
    const sixth: DayRule = { lunarDays: [1], lunarMonths: [6] };
    expect(isRuleDay(sixth, at('2025-06-25T09:00:00'))).toBe(true); // 1/6
    expect(isRuleDay(sixth, at('2025-07-25T09:00:00'))).toBe(false); // 1/6 nhuận
  });

  it('lets the 30th fall on the 29th of a short month', () => {
    const thirtieth: DayRule = { lunarDays: [30] };
    expect(isRuleDay(thirtieth, at('2025-01-28T09:00:00'))).toBe(true); // 29/12, tháng thiếu
  });

  it('words the rules', () => {
    expect(dayRuleLabel({ weekdays: [7] })).toBe('Chủ nhật hằng tuần');
    expect(dayRuleLabel({ weekdays: [6] })).toBe('Thứ Bảy hằng tuần');
    expect(dayRuleLabel({ weekdays: [1, 2, 3, 4, 5, 6, 7] })).toBe('Hằng ngày');
    expect(dayRuleLabel({ lunarDays: [15, 1] })).toBe('Mùng 1 và rằm âm lịch hằng tháng');
    expect(dayRuleLabel({ lunarDays: [15], lunarMonths: [1] })).toBe('Rằm tháng Giêng âm lịch');
  });
});

describe('open now', () => {
  const daily: OpeningHours = { alwaysOpen: false, periods: [{ days: { weekdays: [1, 2, 3, 4, 5, 6, 7] }, opens: '07:30', closes: '17:30' }] };
  const sundayMarket: OpeningHours = { alwaysOpen: false, periods: [{ days: { weekdays: [7] }, opens: '06:00', closes: '14:00' }] };

  it('opens at the opening minute and closes at the closing minute', () => {
    expect(openStateAt(daily, at('2025-11-27T07:29:00'))).toEqual({
      open: false,
      alwaysOpen: false,
      closesAt: null,
      nextOpenAt: at('2025-11-27T07:30:00'),
    });
    const open = openStateAt(daily, at('2025-11-27T07:30:00'));
    expect(open.open).toBe(true);
    expect(iso(open.closesAt)).toBe('2025-11-27T17:30:00+07:00');
    const closed = openStateAt(daily, at('2025-11-27T17:30:00'));
    expect(closed.open).toBe(false);
    expect(iso(closed.nextOpenAt)).toBe('2025-11-28T07:30:00+07:00');
  });

  it('opens a market only on its day and hours', () => {
    expect(openStateAt(sundayMarket, at('2025-11-30T09:00:00')).open).toBe(true);
    const monday = openStateAt(sundayMarket, at('2025-12-01T09:00:00'));
    expect(monday.open).toBe(false);
    expect(iso(monday.nextOpenAt)).toBe('2025-12-07T06:00:00+07:00');
    const afterMarket = openStateAt(sundayMarket, at('2025-11-30T14:05:00'));
    expect(iso(afterMarket.nextOpenAt)).toBe('2025-12-07T06:00:00+07:00');
  });

  it('handles periods that run past midnight', () => {
    const night: OpeningHours = { alwaysOpen: false, periods: [{ days: { weekdays: [5, 6] }, opens: '18:00', closes: '02:00' }] };
    expect(openStateAt(night, at('2025-11-29T01:00:00')).open).toBe(true); // Friday night, into Saturday
    expect(iso(openStateAt(night, at('2025-11-29T01:00:00')).closesAt)).toBe('2025-11-29T02:00:00+07:00');
    expect(openStateAt(night, at('2025-11-30T01:00:00')).open).toBe(true); // Saturday night, into Sunday
    expect(openStateAt(night, at('2025-12-01T01:00:00')).open).toBe(false); // Sunday night: closed
    expect(iso(openStateAt(night, at('2025-11-29T20:00:00')).closesAt)).toBe('2025-11-30T02:00:00+07:00');
  });

  it('handles a lunch break and places open only on lunar days', () => {
    const split: OpeningHours = {
      alwaysOpen: false,
      periods: [
        { days: { weekdays: [1, 2, 3, 4, 5, 6, 7] }, opens: '07:00', closes: '11:30' },
        { days: { weekdays: [1, 2, 3, 4, 5, 6, 7] }, opens: '13:30', closes: '17:00' },
      ],
    };
    const lunch = openStateAt(split, at('2025-11-27T12:00:00'));
    expect(lunch.open).toBe(false);
    expect(iso(lunch.nextOpenAt)).toBe('2025-11-27T13:30:00+07:00');

    const lunarOnly: OpeningHours = { alwaysOpen: false, periods: [{ days: { lunarDays: [1, 15] }, opens: '05:00', closes: '21:00' }] };
    const s = openStateAt(lunarOnly, at('2025-10-07T09:00:00'));
    expect(s.open).toBe(false);
    expect(iso(s.nextOpenAt)).toBe('2025-10-21T05:00:00+07:00');
    expect(openStateAt(lunarOnly, at('2025-10-06T20:59:00')).open).toBe(true);
  });

  it('is always open on open ground and words the hours', () => {
    expect(openStateAt({ alwaysOpen: true, periods: [] }, at('2025-11-27T03:00:00')).open).toBe(true);
    expect(hoursLines(daily)).toEqual(['Hằng ngày: 7:30–17:30']);
    expect(hoursLines(sundayMarket)).toEqual(['Chủ nhật hằng tuần: 6:00–14:00']);
    expect(hoursLines({ alwaysOpen: true, periods: [] })).toEqual(['Mở cả ngày, không có cổng vé']);
  });

  it('numbers days in Vietnam time', () => {
    const d = vnDayOf(dayNumberAt(at('2025-11-30T00:10:00')));
    expect([d.year, d.month, d.day, d.weekday]).toEqual([2025, 11, 30, 7]);
  });
});

describe('tour departures', () => {
  it('lists the coming departure days, from tomorrow', () => {
    const fridays = nextDepartures({ weekdays: [5] }, at('2025-11-27T10:00:00'), 3).map(dateKeyOf);
    expect(fridays).toEqual(['2025-11-28', '2025-12-05', '2025-12-12']);
    const fromFriday = nextDepartures({ weekdays: [5] }, at('2025-11-28T06:00:00'), 1).map(dateKeyOf);
    expect(fromFriday).toEqual(['2025-12-05']);
  });

  it('keeps a seasonal tour to its months, and finds none out of season within the horizon', () => {
    const harvest = { weekdays: [5], months: [9, 10] };
    expect(nextDepartures(harvest, at('2025-08-20T10:00:00'), 2).map(dateKeyOf)).toEqual(['2025-09-05', '2025-09-12']);
    expect(nextDepartures(harvest, at('2025-11-27T10:00:00'), 2, 120)).toEqual([]);
  });
});
