import { createElement, lazy } from 'react';
import type { IconName } from '@/shared/ui';
import { paths } from '@/shared/routes';

/** Power-outage schedules: list, detail, home banner. */
const OutagesPage = lazy(() => import('./pages/OutagesPage'));
const OutageDetailPage = lazy(() => import('./pages/OutageDetailPage'));

export const outageRoutes = [
  { path: paths.outages, element: createElement(OutagesPage) },
  { path: `${paths.outages}/:id`, element: createElement(OutageDetailPage) },
];

export const outagesTile = { id: 'outages', label: 'Lịch cắt điện', icon: 'bolt' as IconName, to: paths.outages, tint: '#a16207' };

/** Home: "Đang mất điện" banner and the next planned cut for followed communes. */
export const outageWidgets = [{ id: 'outages-now', widget: lazy(() => import('./components/OutageHomeWidget')) }];
