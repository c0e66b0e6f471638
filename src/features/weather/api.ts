import type { AlertList, Forecast, Overview, WeatherAreaList } from '@contract/weather';
import { apiGet, apiUrl } from '@/shared/api';

/** Weather calls to the server (Open-Meteo shaped forecast, see the contract). */

const areaParam = (ids?: string[]) => (ids && ids.length ? { area: ids.join(',') } : undefined);

export const fetchAreas = () => apiGet<WeatherAreaList>('/api/weather/areas');

export const fetchOverview = (ids?: string[]) => apiGet<Overview>('/api/weather/overview', { params: areaParam(ids) });

export const fetchForecast = (areaId: string) => apiGet<Forecast>('/api/weather/forecast', { params: { area: areaId } });

export const fetchAlerts = (ids?: string[]) => apiGet<AlertList>('/api/weather/alerts', { params: areaParam(ids) });

/** The Server-Sent Events stream of new observations (and alerts) for some areas, or all. */
export function streamUrl(ids?: string[]): string {
  const q = ids && ids.length ? `?area=${encodeURIComponent(ids.join(','))}` : '';
  return apiUrl(`/api/weather/stream${q}`);
}
