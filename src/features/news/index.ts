import { createElement, lazy } from 'react';
import type { IconName } from '@/shared/ui';
import { paths } from '@/shared/routes';

/** News, the reader, TV and One Touch: what the app shell needs from this feature. */
const FeedPage = lazy(() => import('./pages/FeedPage'));
const ArticlePage = lazy(() => import('./pages/ArticlePage'));
const TvPage = lazy(() => import('./pages/TvPage'));
const LearningPage = lazy(() => import('./pages/LearningPage'));
const LatestNewsWidget = lazy(() => import('./components/LatestNews'));

export const newsRoutes = [
  { path: paths.news, element: createElement(FeedPage) },
  { path: '/news/:id', element: createElement(ArticlePage) },
  { path: paths.tv, element: createElement(TvPage) },
  { path: paths.learning, element: createElement(LearningPage) },
];

export const newsTiles: { id: string; label: string; icon: IconName; to: string; tint: string }[] = [
  { id: 'news', label: 'Tin tức', icon: 'news', to: paths.news, tint: '#c62828' },
  { id: 'tv', label: 'Truyền hình', icon: 'tv', to: paths.tv, tint: '#6a1b9a' },
  { id: 'one-touch', label: 'Học trực tuyến', icon: 'play', to: paths.learning, tint: '#ef6c00' },
];

export const newsHomeWidgets = [{ id: 'latest-news', widget: LatestNewsWidget }];
