import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { AsyncBoundary, Section, Skeleton } from '@/shared/ui';
import { paths } from '@/shared/routes';
import { feedVersionState, latestNewsQuery } from '../state';
import { NewsCard } from './NewsCard';
import './news.css';

/** Home widget: the newest articles from every source, and the way to the whole feed. */
export default function LatestNews() {
  const version = useRecoilValue(feedVersionState);
  // "Thử lại" must fetch again: recoil keeps a failed query's error until it is refreshed.
  const refresh = useRecoilRefresher_UNSTABLE(latestNewsQuery(version));
  return (
    <AsyncBoundary compact fallback={<Skeleton height={96} radius={14} style={{ margin: '1rem 0' }} />} onRetry={refresh}>
      <Latest version={version} />
    </AsyncBoundary>
  );
}

function Latest({ version }: { version: number }) {
  const { items } = useRecoilValue(latestNewsQuery(version));
  return (
    <Section title="Tin mới" moreTo={paths.news} moreLabel="Xem tất cả tin">
      <ul className="news-list news-list--card">
        {items.map((item) => (
          <li key={item.id}>
            <NewsCard item={item} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
