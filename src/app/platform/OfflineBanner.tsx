import { useRecoilValue } from 'recoil';
import { connectivityState } from '@/shared/net';
import { Icon } from '@/shared/ui';

/** Says plainly when the phone is offline, or when a page shows data saved earlier. */
export function OfflineBanner() {
  const { online, showingSaved } = useRecoilValue(connectivityState);
  if (online && !showingSaved) return null;
  return (
    <div className="lc-offline" role="status" aria-live="polite">
      <Icon name="wifi-off" size={18} />
      <span>
        {online
          ? 'Mạng chập chờn: đang hiển thị nội dung đã tải trước đó.'
          : 'Mất kết nối mạng. Đang hiển thị nội dung đã tải trước đó; trang sẽ tự cập nhật khi có mạng.'}
      </span>
    </div>
  );
}
