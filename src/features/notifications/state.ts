import { atom, selector } from 'recoil';
import { fetchNotifications } from './api';

/** Bumped to re-query (pull to refresh, a new notice arrived, marked read). */
export const notificationsVersion = atom({ key: 'notificationsVersion', default: 0 });

export const notificationsQuery = selector({
  key: 'notificationsQuery',
  get: ({ get }) => {
    get(notificationsVersion);
    return fetchNotifications();
  },
});

/** Unread count for the tab badge, kept fresh by polling while the app is open. */
export const unreadCountState = atom<number>({ key: 'unreadCount', default: 0 });
