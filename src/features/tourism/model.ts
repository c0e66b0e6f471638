import type { MarketDay, OpenState, PlaceCategory } from '@contract/tourism';
import type { IconName } from '@/shared/ui';
import { formatDayLabel, formatTime, formatVnd, vietnamDateKey } from '@/shared/format';
import type { WeatherArea } from './api';

/**
 * Plain rules of the tourism pages, with the clock passed in. The server answers "open now" and
 * "market today" for the moment it answered; these keep the words right while a page stays open
 * (a market closes at 14:00, a day turns over) without another request.
 */


export function isMarketToday(market: MarketDay | null | undefined, now: Date): boolean {
  return !!market && market.next === vietnamDateKey(now);
}

/** The server's open state, moved on to `now`: past the closing time it is closed, past the opening time open. */
export function liveOpenState(state: OpenState, now: Date): { open: boolean; closesAt: string | null; nextOpenAt: string | null; alwaysOpen: boolean } {
  if (state.alwaysOpen) return state;
  const t = now.getTime();
  if (state.open && state.closesAt && t >= Date.parse(state.closesAt)) return { ...state, open: false, closesAt: null, nextOpenAt: null };
  if (!state.open && state.nextOpenAt && t >= Date.parse(state.nextOpenAt)) return { ...state, open: true, closesAt: null, nextOpenAt: null };
  return state;
}

const clock = (iso: string) => formatTime(iso).replace(/^0(\d)/, '$1');

/** "Đang mở cửa · đến 17:30", "Đã đóng cửa · mở lại 7:30 ngày mai", "Mở cả ngày". */
export function openStateText(state: OpenState, now: Date): { open: boolean; text: string } {
  const s = liveOpenState(state, now);
  if (s.alwaysOpen) return { open: true, text: 'Mở cả ngày' };
  if (s.open) return { open: true, text: s.closesAt ? `Đang mở cửa · đến ${clock(s.closesAt)}` : 'Đang mở cửa' };
  if (!s.nextOpenAt) return { open: false, text: 'Đã đóng cửa' };
  const day = formatDayLabel(s.nextOpenAt, now);
  const when = day === 'Hôm nay' ? clock(s.nextOpenAt) : day === 'Ngày mai' ? `${clock(s.nextOpenAt)} ngày mai` : `${clock(s.nextOpenAt)} ${day}`;
  return { open: false, text: `Đã đóng cửa · mở lúc ${when}` };
}

/** "Phiên tới: Chủ Nhật, 30/11" or "Chợ họp hôm nay". */
export function nextMarketText(market: MarketDay, now: Date): string {
  if (isMarketToday(market, now)) return 'Chợ họp hôm nay';
  if (!market.next || market.next < vietnamDateKey(now)) return market.label;
  const day = formatDayLabel(`${market.next}T00:00:00+07:00`, now);
  return `Phiên tới: ${day === 'Ngày mai' ? 'ngày mai' : day}`;
}

export function priceText(isFree: boolean, priceFrom: number | null): string {
  if (isFree || priceFrom === null) return 'Miễn phí';
  return `Từ ${formatVnd(priceFrom)}`;
}

/** "0915 326 478", "0214 3871 568": as numbers are written in Vietnam. */
export function formatPhone(digits: string): string {
  const d = digits.replace(/\D/g, '');
  if (d.length === 10) return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  if (d.length === 11) return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`;
  return d;
}

/** A map link for directions to the place (opened outside the app). */
export function directionsUrl(lat: number, long: number): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${lat},${long}`;
}

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function nearestArea(areas: WeatherArea[], lat: number, long: number): { area: WeatherArea; km: number } | null {
  let best: { area: WeatherArea; km: number } | null = null;
  for (const area of areas) {
    const km = distanceKm(lat, long, area.latitude, area.longitude);
    if (!best || km < best.km) best = { area, km };
  }
  return best;
}

/**
 * Air cools about 6.5 °C for every 1,000 m of height. Used only to say how much colder (or
 * warmer) the place itself is likely to be than the area the forecast is for.
 */
export function temperatureAtElevation(areaTemp: number, areaElevation: number, placeElevation: number): number {
  return Math.round(areaTemp - ((placeElevation - areaElevation) * 6.5) / 1000);
}

/** WMO weather codes in words. */
export function weatherWords(code: number, isDay = true): { label: string; icon: IconName } {
  if (code === 0) return { label: isDay ? 'Trời quang, nắng' : 'Trời quang', icon: isDay ? 'sun' : 'moon' };
  if (code <= 2) return { label: 'Ít mây', icon: isDay ? 'sun' : 'moon' };
  if (code === 3) return { label: 'Nhiều mây', icon: 'cloud' };
  if (code === 45 || code === 48) return { label: code === 48 ? 'Sương mù, có băng giá' : 'Sương mù', icon: 'fog' };
  if (code >= 51 && code <= 57) return { label: 'Mưa phùn', icon: 'drizzle' };
  if (code >= 61 && code <= 67) return { label: code >= 65 ? 'Mưa to' : 'Mưa', icon: 'rain' };
  if (code >= 71 && code <= 77) return { label: 'Tuyết rơi', icon: 'snow' };
  if (code >= 80 && code <= 82) return { label: 'Mưa rào', icon: 'rain' };
  if (code === 85 || code === 86) return { label: 'Mưa tuyết', icon: 'snow' };
  if (code >= 95) return { label: 'Dông', icon: 'thunder' };
  return { label: 'Thời tiết thay đổi', icon: 'cloud' };
}

export const CATEGORY_ICON: Record<PlaceCategory, IconName> = {
  scenery: 'mountain',
  heritage: 'star',
  village: 'home',
  market: 'ticket',
  'border-city': 'pin',
  experience: 'route',
};

/** "3 ngày 2 đêm", "1 ngày". */
export function durationText(days: number, nights: number): string {
  return nights > 0 ? `${days} ngày ${nights} đêm` : `${days} ngày`;
}
