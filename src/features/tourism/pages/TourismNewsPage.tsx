import { Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { useRecoilCallback, useRecoilValue } from 'recoil';
import { apiUrl } from '@/shared/api';
import { formatRelative } from '@/shared/format';
import { paths } from '@/shared/routes';
import { AsyncBoundary, EmptyState, PageShell, SkeletonList } from '@/shared/ui';
import { TourismTabs } from '../components/TourismTabs';
import { tourismNewsQuery } from '../state';
import '../components/tourism.css';

function NewsChunk({ page }: { page: number }) {
  const data = useRecoilValue(tourismNewsQuery(page));
  return (
    <>
      {(data?.items ?? []).map((n) => (
        <li key={n.id}>
          <Link to={paths.article(n.id)} className="tr-row tr-news-row" data-testid="tourism-news-item">
            {n.imageUrl ? <img src={apiUrl(n.imageUrl)} alt="" loading="lazy" /> : null}
            <span>
              <p className="tr-row-title">{n.title}</p>
              <p className="tr-row-sub">{formatRelative(n.publishedAt)}</p>
            </span>
          </Link>
        </li>
      ))}
    </>
  );
}

function News({ pages, onMore }: { pages: number; onMore: () => void }) {
  const first = useRecoilValue(tourismNewsQuery(1));
  if (!first || first.total === 0) {
    return (
      <EmptyState
        icon="news"
        title="Chưa có tin du lịch"
        description="Tin du lịch của tỉnh sẽ hiện ở đây. Trong lúc chờ, mời bạn xem các địa điểm và tour."
        action={
          <Link className="lc-button lc-button--secondary" to={paths.places}>
            Xem địa điểm du lịch
          </Link>
        }
      />
    );
  }
  const loaded = Math.min(first.total, pages * first.pageSize);
  return (
    <>
      <ul className="tr-row-list">
        {Array.from({ length: pages }, (_, i) => (
          <Suspense key={i} fallback={<li><SkeletonList count={2} withImage /></li>}>
            <NewsChunk page={i + 1} />
          </Suspense>
        ))}
      </ul>
      {loaded < first.total && (
        <div className="tr-more">
          <button type="button" className="lc-button lc-button--secondary" onClick={onMore}>
            Xem thêm tin
          </button>
        </div>
      )}
    </>
  );
}

/** Tourism news from the news feed's tourism source; each opens in the article reader. */
export default function TourismNewsPage() {
  const [pages, setPages] = useState(1);
  const refresh = useRecoilCallback(
    ({ refresh: r }) =>
      () => {
        for (let p = 1; p <= pages; p++) r(tourismNewsQuery(p));
      },
    [pages],
  );
  return (
    <PageShell title="Tin du lịch" onRefresh={async () => refresh()}>
      <TourismTabs />
      <AsyncBoundary fallback={<SkeletonList count={5} withImage />} onRetry={refresh}>
        <News pages={pages} onMore={() => setPages((n) => n + 1)} />
      </AsyncBoundary>
    </PageShell>
  );
}
