import { createElement, lazy } from 'react';
import type { IconName } from '@/shared/ui';
import { paths } from '@/shared/routes';

/** Weather across the province: overview, one area, home widgets. */
const WeatherPage = lazy(() => import('./pages/WeatherPage'));
const WeatherAreaPage = lazy(() => import('./pages/WeatherAreaPage'));

export const weatherRoutes = [
  { path: paths.weather, element: createElement(WeatherPage) },
  { path: `${paths.weather}/:id`, element: createElement(WeatherAreaPage) },
];

export const weatherTile = { id: 'weather', label: 'Thời tiết', icon: 'cloud-sun' as IconName, to: paths.weather, tint: '#2b78d0' };

/** Home: the weather now at the resident's area, then alerts (shown only when there are some). */
export const weatherWidgets = [
  { id: 'weather-now', widget: lazy(() => import('./components/WeatherNowWidget')) },
  { id: 'weather-alerts', widget: lazy(() => import('./components/WeatherAlertsWidget')) },
];
