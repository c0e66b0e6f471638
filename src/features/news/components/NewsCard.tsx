import { Link } from 'react-router-dom';
import type { NewsItem } from '@contract/news';
import { apiUrl } from '@/shared/api';
import { formatRelative } from '@/shared/format';
import { paths } from '@/shared/routes';

/** One article in a list: picture (loaded lazily), title, source and how long ago. */
export function NewsCard({ item, lead = false, now }: { item: NewsItem; lead?: boolean; now?: Date }) {
  return (
    <Link to={paths.article(item.id)} className={`news-card${lead ? ' news-card--lead' : ''}`} data-testid="news-card">
      {item.imageUrl ? (
        <img
          className="news-card-img"
          src={apiUrl(item.imageUrl)}
          alt=""
          loading="lazy"
          decoding="async"
          width={lead ? 358 : 104}
          height={lead ? 201 : 78}
        />
      ) : (
        <span className="news-card-img news-card-img--none" aria-hidden="true" />
      )}
      <span className="news-card-text">
        <span className="news-card-title">{item.title}</span>
        {lead && <span className="news-card-summary">{item.summary}</span>}
        <span className="news-card-meta">
          <span className="news-card-source">{item.sourceName}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={item.publishedAt}>{formatRelative(item.publishedAt, now)}</time>
          <span aria-hidden="true"> · </span>
          <span>{item.categoryLabel}</span>
        </span>
      </span>
    </Link>
  );
}
