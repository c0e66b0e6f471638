import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { Section, WidgetBoundary } from '@/shared/ui';
import { paths } from '@/shared/routes';
import { feedVersionState, latestNewsQuery } from '../state';
import { NewsCard } from './NewsCard';
import './news.css';

/** Home widget: the newest articles from every source, and the way to the whole feed. */
export default function LatestNews() {
  const version = useRecoilValue(feedVersionState);
  const refresh = useRecoilRefresher_UNSTABLE(latestNewsQuery(version));
  return (
    <WidgetBoundary onRetry={refresh}>
      <Latest version={version} />
    </WidgetBoundary>
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
