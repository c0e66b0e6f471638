import { useLayoutEffect, useRef } from 'react';
import { useRecoilValue } from 'recoil';
import { connectivityState } from '@/shared/net';
import { Icon } from '@/shared/ui';

/**
 * Says plainly when the phone is offline, or when a page shows data saved earlier. The banner
 * floats over the bottom of the page: while it shows, pages get that much more room at the
 * bottom (`--lc-offline-space`), so their last lines and buttons can still be scrolled into view.
 */
export function OfflineBanner() {
  const { online, showingSaved } = useRecoilValue(connectivityState);
  const shown = !online || showingSaved;
  const banner = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = document.documentElement;
    const el = banner.current;
    if (!shown || !el) {
      root.style.removeProperty('--lc-offline-space');
      return;
    }
    const measure = () => root.style.setProperty('--lc-offline-space', `${Math.ceil(el.getBoundingClientRect().height) + 12}px`);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--lc-offline-space');
    };
  }, [shown]);
  if (!shown) return null;
  return (
    <div className="lc-offline" role="status" aria-live="polite" ref={banner}>
      <Icon name="wifi-off" size={18} />
      <span>
        {online
          ? 'Mạng chập chờn: đang hiển thị nội dung đã tải trước đó.'
          : 'Mất kết nối mạng. Đang hiển thị nội dung đã tải trước đó; trang sẽ tự cập nhật khi có mạng.'}
      </span>
    </div>
  );
}
