import { lazy } from 'react';

/** Notification centre: status changes of the user's dossiers and reports. */
export const NotificationsPage = lazy(() => import('./pages/NotificationsPage'));
export { UnreadPoller } from './components/UnreadPoller';
export { unreadCountState } from './state';
