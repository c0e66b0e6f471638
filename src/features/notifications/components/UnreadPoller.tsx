import { useEffect } from 'react';
import { useSetRecoilState } from 'recoil';
import { isAppPaused, onAppLifecycle } from '@/shared/zalo/lifecycle';
import { fetchUnreadCount } from '../api';
import { notificationsVersion, unreadCountState } from '../state';

const POLL_MS = 30_000;

/**
 * Keeps the unread count fresh while the app is in front: an officer's decision on a dossier
 * shows up within half a minute, and at once when the user comes back to the app. Nothing is
 * asked while Zalo has the app paused (or the tab is hidden).
 */
export function UnreadPoller() {
  const setUnread = useSetRecoilState(unreadCountState);
  const bump = useSetRecoilState(notificationsVersion);
  useEffect(() => {
    let last = -1;
    let timer = 0;
    const check = async () => {
      window.clearTimeout(timer);
      if (isAppPaused()) return; // the resumed handler starts again
      try {
        const n = await fetchUnreadCount();
        setUnread(n);
        if (last !== -1 && n > last) bump((v) => v + 1);
        last = n;
      } catch {
        /* offline or signed out: try again later */
      }
      if (!isAppPaused()) timer = window.setTimeout(check, POLL_MS);
    };
    void check();
    const off = onAppLifecycle({ paused: () => window.clearTimeout(timer), resumed: () => void check() });
    return () => {
      window.clearTimeout(timer);
      off();
    };
  }, [setUnread, bump]);
  return null;
}
