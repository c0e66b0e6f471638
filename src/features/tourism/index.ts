import { createElement, lazy } from 'react';
import { paths } from '@/shared/routes';

/**
 * Tourism: places (hours, tickets, elevation, seasons, market days), tours (price, days,
 * itinerary, provider phone), tourism news, weather at the place.
 */
const PlacesPage = lazy(() => import('./pages/PlacesPage'));
const PlaceDetailPage = lazy(() => import('./pages/PlaceDetailPage'));
const ToursPage = lazy(() => import('./pages/ToursPage'));
const TourDetailPage = lazy(() => import('./pages/TourDetailPage'));
const TourismNewsPage = lazy(() => import('./pages/TourismNewsPage'));

export const tourismRoutes = [
  { path: paths.places, element: createElement(PlacesPage) },
  { path: '/tourism/places/:id', element: createElement(PlaceDetailPage) },
  { path: paths.tours, element: createElement(ToursPage) },
  { path: '/tourism/tours/:id', element: createElement(TourDetailPage) },
  { path: paths.tourismNews, element: createElement(TourismNewsPage) },
];

export const tourismTile = { id: 'tourism', label: 'Du lịch', icon: 'mountain' as const, to: paths.places, tint: '#0f7b6c' };

export const tourismWidget = { id: 'tourism-today', widget: lazy(() => import('./components/TourismTodayWidget')) };
