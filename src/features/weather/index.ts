import { lazy } from 'react';
import { paths } from '@/shared/routes';

/** Weather across the province: overview, one area, home widgets. */
export const WeatherPage = lazy(() => import('./pages/WeatherPage'));
export const WeatherAreaPage = lazy(() => import('./pages/WeatherAreaPage'));

/** Route patterns (the area page reads `:id`). */
export const weatherPaths = { overview: paths.weather, area: '/weather/:id' } as const;

export const weatherTile = { id: 'weather', label: 'Thời tiết', icon: 'cloud-sun', to: paths.weather, tint: '#2b78d0' } as const;

export const weatherWidgets = [
  { id: 'weather-now', widget: lazy(() => import('./components/WeatherNowWidget')) },
  { id: 'weather-alerts', widget: lazy(() => import('./components/WeatherAlertsWidget')) },
];
