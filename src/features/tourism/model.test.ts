import { describe, expect, it } from 'vitest';
import type { MarketDay, OpenState } from '@contract/tourism';
import {
  directionsUrl,
  formatPhone,
  isMarketToday,
  liveOpenState,
  nearestArea,
  nextMarketText,
  openStateText,
  priceText,
  temperatureAtElevation,
  weatherWords,
} from './model';
import { vietnamDateKey } from '@/shared/format';

/** A fixed clock, in Vietnam time. */
const at = (local: string) => new Date(`${local}+07:00`);

const sundayMarket = (next: string): MarketDay => ({ rule: { weekdays: [7] }, label: 'Chủ nhật hằng tuần', today: false, next });

describe('market day, with a fixed clock', () => {
  it('is today only on the market day itself, in Vietnam time', () => {
    const market = sundayMarket('2025-11-30');
    expect(isMarketToday(market, at('2025-11-30T06:30:00'))).toBe(true);
    expect(isMarketToday(market, at('2025-11-29T23:59:00'))).toBe(false);
    // 00:30 Sunday in Lào Cai is still Saturday in UTC.
    expect(isMarketToday(market, new Date('2025-11-29T17:30:00Z'))).toBe(true);
    expect(vietnamDateKey(new Date('2025-11-29T17:30:00Z'))).toBe('2025-11-30');
    expect(isMarketToday(null, at('2025-11-30T08:00:00'))).toBe(false);
  });

  it('says when the next market is', () => {
    expect(nextMarketText(sundayMarket('2025-11-30'), at('2025-11-30T08:00:00'))).toBe('Chợ họp hôm nay');
    expect(nextMarketText(sundayMarket('2025-11-30'), at('2025-11-29T08:00:00'))).toBe('Phiên tới: ngày mai');
    expect(nextMarketText(sundayMarket('2025-11-30'), at('2025-11-27T08:00:00'))).toBe('Phiên tới: Chủ Nhật, 30/11');
    // An answer from last week: fall back to the rule in words.
    expect(nextMarketText(sundayMarket('2025-11-23'), at('2025-11-27T08:00:00'))).toBe('Chủ nhật hằng tuần');
  });
});

describe('open now, with a fixed clock', () => {
  const open: OpenState = { open: true, alwaysOpen: false, closesAt: '2025-11-30T14:00:00+07:00', nextOpenAt: null };
  const closed: OpenState = { open: false, alwaysOpen: false, closesAt: null, nextOpenAt: '2025-11-28T07:30:00+07:00' };

  it('words the state the server gave', () => {
    expect(openStateText(open, at('2025-11-30T09:00:00'))).toEqual({ open: true, text: 'Đang mở cửa · đến 14:00' });
    expect(openStateText(closed, at('2025-11-27T20:00:00'))).toEqual({ open: false, text: 'Đã đóng cửa · mở lúc 7:30 ngày mai' });
    expect(openStateText(closed, at('2025-11-28T05:00:00'))).toEqual({ open: false, text: 'Đã đóng cửa · mở lúc 7:30' });
    expect(openStateText({ open: true, alwaysOpen: true, closesAt: null, nextOpenAt: null }, at('2025-11-28T03:00:00')).text).toBe('Mở cả ngày');
    const later: OpenState = { ...closed, nextOpenAt: '2025-12-07T06:00:00+07:00' };
    expect(openStateText(later, at('2025-12-01T09:00:00')).text).toBe('Đã đóng cửa · mở lúc 6:00 Chủ Nhật, 07/12');
  });

  it('keeps the words true while the page stays open', () => {
    expect(liveOpenState(open, at('2025-11-30T14:00:00')).open).toBe(false);
    expect(openStateText(open, at('2025-11-30T14:05:00')).text).toBe('Đã đóng cửa');
    expect(liveOpenState(closed, at('2025-11-28T07:30:00')).open).toBe(true);
  });
});

describe('small words and numbers', () => {
  it('writes prices and phone numbers as Vietnamese do', () => {
    expect(priceText(true, null)).toBe('Miễn phí');
    expect(priceText(false, 75000).replace(/\s/g, ' ')).toBe('Từ 75.000 ₫');
    expect(formatPhone('0915326478')).toBe('0915 326 478');
    expect(formatPhone('02143871568')).toBe('0214 3871 568');
  });

  it('picks the nearest weather area and estimates the temperature up high', () => {
    const areas = [
      { id: 'lao-cai', name: 'Lào Cai', latitude: 22.48, longitude: 103.97, elevation: 90 },
      { id: 'sa-pa', name: 'Sa Pa', latitude: 22.336, longitude: 103.844, elevation: 1550 },
      { id: 'fansipan', name: 'Fansipan', latitude: 22.303, longitude: 103.775, elevation: 3143 },
    ];
    expect(nearestArea(areas, 22.329, 103.831)?.area.id).toBe('sa-pa'); // Cát Cát
    expect(nearestArea(areas, 22.506, 103.965)?.area.id).toBe('lao-cai'); // Đền Thượng
    expect(nearestArea([], 22, 104)).toBeNull();
    expect(temperatureAtElevation(12, 1550, 3143)).toBe(2);
    expect(weatherWords(0, true)).toEqual({ label: 'Trời quang, nắng', icon: 'sun' });
    expect(weatherWords(45).icon).toBe('fog');
    expect(weatherWords(73).label).toBe('Tuyết rơi');
    expect(weatherWords(95).icon).toBe('thunder');
    expect(directionsUrl(22.3033, 103.775)).toBe('https://www.google.com/maps/dir/?api=1&destination=22.3033,103.775');
  });
});
