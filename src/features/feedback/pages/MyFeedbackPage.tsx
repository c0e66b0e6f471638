import { Link } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { paths } from '@/shared/routes';
import { AsyncBoundary, EmptyState, Icon, PageShell, SkeletonList } from '@/shared/ui';
import { myFeedbackQuery } from '../state';
import { FeedbackCard } from '../components/FeedbackCard';
import '../components/feedback.css';

function MyList() {
  const data = useRecoilValue(myFeedbackQuery);
  if (data.total === 0) {
    return (
      <EmptyState
        icon="megaphone"
        title="Bạn chưa gửi phản ánh nào"
        description="Thấy đường hỏng, rác thải, đèn đường tắt…? Chụp ảnh và gửi để cơ quan chức năng xử lý."
        action={
          <Link to={paths.newFeedback} className="lc-button">
            Gửi phản ánh
          </Link>
        }
      />
    );
  }
  const waiting = data.items.filter((i) => i.state === 'open').length;
  return (
    <>
      <p className="lc-muted fb-count">
        {data.total} phản ánh{waiting ? `, ${waiting} đang chờ xử lý` : ''}
      </p>
      <ul className="fb-list">
        {data.items.map((item) => (
          <FeedbackCard key={item.code} item={item} extra={`${item.code}${item.anonymous ? '' : ' · hiện tên'}`} />
        ))}
      </ul>
    </>
  );
}

/** The resident's own reports, whatever their status. */
export default function MyFeedbackPage() {
  const refresh = useRecoilRefresher_UNSTABLE(myFeedbackQuery);
  return (
    <PageShell title="Phản ánh của tôi" onRefresh={async () => refresh()}>
      <Link to={paths.newFeedback} className="lc-button lc-button--block fb-new">
        <Icon name="plus" size={20} /> Gửi phản ánh mới
      </Link>
      <AsyncBoundary fallback={<SkeletonList count={4} withImage />} onRetry={refresh}>
        <MyList />
      </AsyncBoundary>
    </PageShell>
  );
}
