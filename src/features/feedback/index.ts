import { createElement, lazy } from 'react';
import type { IconName } from '@/shared/ui';
import { paths } from '@/shared/routes';

/** Phản ánh hiện trường: report a problem with photos and place, follow the official answer. */
const FeedbackListPage = lazy(() => import('./pages/FeedbackListPage'));
const NewFeedbackPage = lazy(() => import('./pages/NewFeedbackPage'));
const FeedbackDetailPage = lazy(() => import('./pages/FeedbackDetailPage'));
const MyFeedbackPage = lazy(() => import('./pages/MyFeedbackPage'));

export const feedbackRoutes = [
  { path: paths.feedback, element: createElement(FeedbackListPage) },
  { path: paths.newFeedback, element: createElement(NewFeedbackPage) },
  { path: paths.myFeedback, element: createElement(MyFeedbackPage) },
  { path: `${paths.feedback}/:code`, element: createElement(FeedbackDetailPage) },
];

export const feedbackTile = { id: 'feedback', label: 'Phản ánh', icon: 'megaphone' as IconName, to: paths.feedback, tint: '#c2410c' };

export const feedbackPersonalLink = { label: 'Phản ánh của tôi', icon: 'megaphone' as IconName, to: paths.myFeedback };
