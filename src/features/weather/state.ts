import { atom, selector, selectorFamily } from 'recoil';
import type { AlertList, Forecast, Overview, WeatherArea } from '@contract/weather';
import { persisted } from '@/shared/state/persisted';
import { fetchAlerts, fetchAreas, fetchForecast, fetchOverview } from './api';

/**
 * Server data is cached per hour (the forecast changes hour by hour; current values arrive live
 * over the event stream), so a page left open all day never shows yesterday's numbers.
 */
export const hourKey = (now = Date.now()) => Math.floor(now / 3_600_000);

export const weatherAreasQuery = selector<WeatherArea[]>({
  key: 'weather/areas',
  get: async () => (await fetchAreas()).items,
});

export const weatherOverviewQuery = selectorFamily<Overview, number>({
  key: 'weather/overview',
  get: () => () => fetchOverview(),
});

export const forecastQuery = selectorFamily<Forecast, { id: string; hour: number }>({
  key: 'weather/forecast',
  get:
    ({ id }) =>
    () =>
      fetchForecast(id),
});

/** Alerts of some areas (ids joined by commas), or of the whole province (''). */
export const weatherAlertsQuery = selectorFamily<AlertList, { ids: string; hour: number }>({
  key: 'weather/alerts',
  get:
    ({ ids }) =>
    () =>
      fetchAlerts(ids ? ids.split(',') : undefined),
});

/** The resident's own area, shown on home; kept on the phone through the Zalo adapter. */
export const favouriteAreaState = atom<string | null>({
  key: 'weather/favouriteArea',
  default: null,
  effects: [persisted('weather-favourite-area')],
});

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The area nearest to a point; the Fansipan summit is nobody's home, so it is left out. */
export function nearestArea(areas: WeatherArea[], lat: number, long: number): { area: WeatherArea; km: number } | null {
  let best: { area: WeatherArea; km: number } | null = null;
  for (const area of areas) {
    if (area.id === 'fansipan') continue;
    const km = distanceKm(lat, long, area.latitude, area.longitude);
    if (!best || km < best.km) best = { area, km };
  }
  return best;
}
