import { formatTime } from '@/shared/format';
import type { LiveStatus } from '../live';

/** "Cập nhật lúc 09:41 · Trực tiếp", or a clear mark that the numbers are no longer live. */
export function LiveBadge({ status, updatedAt }: { status: LiveStatus; updatedAt: string | null }) {
  const at = updatedAt ? formatTime(updatedAt) : null;
  if (status === 'reconnecting') {
    return (
      <p className="wx-live wx-live--stale" role="status">
        <span className="wx-live-dot" aria-hidden="true" />
        Mất kết nối, đang thử kết nối lại{at ? ` · số liệu lúc ${at}` : ''}
      </p>
    );
  }
  return (
    <p className="wx-live" role="status">
      {status === 'live' && <span className="wx-live-dot wx-live-dot--on" aria-hidden="true" />}
      {at ? `Cập nhật lúc ${at}` : 'Đang kết nối…'}
      {status === 'live' ? ' · Trực tiếp' : status === 'paused' ? ' · Tạm dừng' : ''}
    </p>
  );
}
