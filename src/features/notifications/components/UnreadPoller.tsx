import { useEffect } from 'react';
import { useSetRecoilState } from 'recoil';
import { fetchUnreadCount } from '../api';
import { notificationsVersion, unreadCountState } from '../state';

const POLL_MS = 30_000;

/**
 * Keeps the unread count fresh while the app is open and visible: an officer's decision on a
 * dossier shows up within half a minute, and at once when the user comes back to the app.
 */
export function UnreadPoller() {
  const setUnread = useSetRecoilState(unreadCountState);
  const bump = useSetRecoilState(notificationsVersion);
  useEffect(() => {
    let last = -1;
    let timer = 0;
    const check = async () => {
      window.clearTimeout(timer);
      if (document.visibilityState === 'visible') {
        try {
          const n = await fetchUnreadCount();
          setUnread(n);
          if (last !== -1 && n > last) bump((v) => v + 1);
          last = n;
        } catch {
          /* offline or signed out: try again later */
        }
      }
      timer = window.setTimeout(check, POLL_MS);
    };
    void check();
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [setUnread, bump]);
  return null;
}
