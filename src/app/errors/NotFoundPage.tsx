import { Link } from 'react-router-dom';
import { EmptyState, PageShell } from '@/shared/ui';

export function NotFoundPage() {
  return (
    <PageShell title="Không tìm thấy trang">
      <EmptyState
        icon="search"
        title="Trang này không có trong Lào Cai số"
        description="Đường dẫn có thể đã cũ hoặc gõ nhầm. Hãy quay lại trang chủ để tìm tiện ích bạn cần."
        action={
          <Link to="/" className="lc-button">
            Về trang chủ
          </Link>
        }
      />
    </PageShell>
  );
}
