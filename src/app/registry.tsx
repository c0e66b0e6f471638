import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { IconName } from '@/shared/ui';
import { paths } from '@/shared/routes';
import { MePage, SavedPage } from '@/features/me';
import { newsHomeWidgets, newsRoutes, newsTiles } from '@/features/news';
import { ScanPage } from '@/features/qr';
import { SearchPage } from '@/features/search';
import { NotificationsPage } from '@/features/notifications';
import { feedbackPersonalLink, feedbackRoutes, feedbackTile } from '@/features/feedback';
import { dossierHomeWidgets, dossierPersonalLinks, dossierRoutes, dossierTiles } from '@/features/dossiers';
import { weatherRoutes, weatherTile, weatherWidgets } from '@/features/weather';
import { outageRoutes, outagesTile, outageWidgets } from '@/features/outages';
import { tourismRoutes, tourismTile, tourismWidget } from '@/features/tourism';
import { appointmentPersonalLink, appointmentRoutes, appointmentTile } from '@/features/appointments';
import { contactRoutes, contactsTile } from '@/features/contacts';

/**
 * What each feature brings to the app: its pages, its tile on the home grid, its widget on the
 * home page, its entry in Cá nhân. Features export these from their index.ts; this file lists them.
 */
export interface AppRoute {
  path: string;
  /** A lazy page element: each page's code loads only when it is opened. */
  element: ReactNode;
}

export interface ServiceTile {
  id: string;
  label: string;
  icon: IconName;
  to: string;
  /** Tile colour (background of the icon). */
  tint: string;
}

export interface HomeWidget {
  id: string;
  widget: LazyExoticComponent<ComponentType>;
}

export interface PersonalLink {
  label: string;
  icon: IconName;
  to: string;
}

export const personalLinks: PersonalLink[] = [
  ...dossierPersonalLinks,
  appointmentPersonalLink,
  feedbackPersonalLink,
  { label: 'Đã lưu', icon: 'bookmark', to: paths.saved },
];

export const routes: AppRoute[] = [
  { path: paths.me, element: <MePage links={personalLinks} /> },
  { path: paths.saved, element: <SavedPage /> },
  ...newsRoutes,
  { path: paths.scan, element: <ScanPage /> },
  { path: paths.search, element: <SearchPage /> },
  { path: paths.notifications, element: <NotificationsPage /> },
  ...feedbackRoutes,
  ...dossierRoutes,
  ...appointmentRoutes,
  ...weatherRoutes,
  ...outageRoutes,
  ...tourismRoutes,
  ...contactRoutes,
];

export const serviceTiles: ServiceTile[] = [weatherTile, outagesTile, ...dossierTiles, appointmentTile, feedbackTile, tourismTile, ...newsTiles, contactsTile];

export const homeWidgets: HomeWidget[] = [...outageWidgets, ...weatherWidgets, ...dossierHomeWidgets, ...newsHomeWidgets, tourismWidget];

/** Bottom navigation: the pages that are tabs (they show the bar and no back button). */
export const tabs: { to: string; label: string; icon: IconName; badge?: 'unread' }[] = [
  { to: paths.home, label: 'Trang chủ', icon: 'home' },
  { to: paths.scan, label: 'Quét QR', icon: 'qr' },
  { to: paths.notifications, label: 'Thông báo', icon: 'bell', badge: 'unread' },
  { to: paths.me, label: 'Cá nhân', icon: 'user' },
];
