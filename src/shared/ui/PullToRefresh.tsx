import { useRef, useState, type ReactNode } from 'react';
import { Icon } from './icons';

const THRESHOLD = 70;

/**
 * Pull the page down from the top to reload it. Touch only: the page scrolls as the window, so it
 * works the same in Zalo's webview and a phone browser; desktop users have the retry buttons.
 */
export function PullToRefresh({ onRefresh, children }: { onRefresh: () => Promise<unknown>; children: ReactNode }) {
  const start = useRef<number | null>(null);
  const [pull, setPull] = useState(0);
  const [refreshing, setRefreshing] = useState(false);

  const onTouchStart = (e: React.TouchEvent) => {
    start.current = window.scrollY <= 0 && !refreshing ? e.touches[0].clientY : null;
  };
  const onTouchMove = (e: React.TouchEvent) => {
    if (start.current === null) return;
    const dy = e.touches[0].clientY - start.current;
    setPull(dy > 0 ? Math.min(dy * 0.5, THRESHOLD * 1.4) : 0);
  };
  const onTouchEnd = async () => {
    if (start.current === null) return;
    start.current = null;
    if (pull >= THRESHOLD) {
      setRefreshing(true);
      setPull(THRESHOLD * 0.6);
      try {
        await onRefresh();
      } catch {
        /* the page shows its own error state */
      } finally {
        setRefreshing(false);
        setPull(0);
      }
    } else setPull(0);
  };

  return (
    <div onTouchStart={onTouchStart} onTouchMove={onTouchMove} onTouchEnd={onTouchEnd} onTouchCancel={onTouchEnd}>
      <div
        className="lc-ptr"
        style={{ height: pull, opacity: pull > 0 ? 1 : 0 }}
        role="status"
        aria-live="polite"
        aria-label={refreshing ? 'Đang làm mới' : undefined}
      >
        <Icon
          name="refresh"
          size={20}
          className={refreshing ? 'lc-spin' : undefined}
          style={{ transform: refreshing ? undefined : `rotate(${pull * 4}deg)` }}
        />
        <span>{refreshing ? 'Đang làm mới…' : pull >= THRESHOLD ? 'Thả ra để làm mới' : 'Kéo xuống để làm mới'}</span>
      </div>
      {children}
    </div>
  );
}
