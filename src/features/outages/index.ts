import { lazy } from 'react';
import { paths } from '@/shared/routes';

/** Power-outage schedules: list, detail, home banner. */
export const OutagesPage = lazy(() => import('./pages/OutagesPage'));
export const OutageDetailPage = lazy(() => import('./pages/OutageDetailPage'));

/** Route patterns (the detail page reads `:id`). */
export const outagePaths = { list: paths.outages, detail: '/outages/:id' } as const;

export const outagesTile = { id: 'outages', label: 'Lịch cắt điện', icon: 'bolt', to: paths.outages, tint: '#c2570c' } as const;

export const outageWidgets = [{ id: 'outages-now', widget: lazy(() => import('./components/OutageHomeWidget')) }];
