import { useCallback, useEffect, useRef, useState } from 'react';
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { AsyncBoundary, EmptyState, SkeletonList } from '@/shared/ui';
import { FEED_PAGE_SIZE, type FeedFilter } from '../api';
import { newsPageQuery, type FeedPageKey } from '../state';
import { NewsCard } from './NewsCard';

/*
 * A feed of articles, page after page as the reader scrolls, each page loading and failing on its
 * own: the news page and the learning page show it with their own filters.
 */

/** Shows more when scrolled into view; the button works without scrolling too. */
function LoadMore({ onMore }: { onMore: () => void }) {
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onMore(), { rootMargin: '400px' });
    io.observe(el);
    return () => io.disconnect();
  }, [onMore]);
  return (
    <div ref={ref} className="news-more">
      <button type="button" className="lc-button lc-button--secondary" onClick={onMore}>
        Xem thêm tin
      </button>
    </div>
  );
}

function FeedChunk({ k, isLast, onMore, onClear }: { k: FeedPageKey; isLast: boolean; onMore: () => void; onClear: () => void }) {
  const data = useRecoilValue(newsPageQuery(k));
  if (k.page === 1 && data.total === 0) {
    return (
      <EmptyState
        icon="search"
        title="Không có tin phù hợp"
        description={k.q ? `Không tìm thấy bài nào có “${k.q}”. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.` : 'Chưa có bài nào trong mục này.'}
        action={
          <button type="button" className="lc-button lc-button--secondary" onClick={onClear}>
            Xem tất cả tin
          </button>
        }
      />
    );
  }
  const hasMore = k.page * FEED_PAGE_SIZE < data.total;
  return (
    <>
      <ul className="news-list" aria-label={k.page === 1 ? 'Danh sách tin' : undefined}>
        {data.items.map((item, i) => (
          <li key={item.id}>
            <NewsCard item={item} lead={k.page === 1 && i === 0 && !k.q} />
          </li>
        ))}
      </ul>
      {isLast && hasMore && <LoadMore onMore={onMore} />}
      {isLast && !hasMore && <p className="news-end lc-muted">Bạn đã xem hết {data.total} tin.</p>}
    </>
  );
}

function ChunkBoundary({ k, first, children }: { k: FeedPageKey; first: boolean; children: React.ReactNode }) {
  const refresh = useRecoilRefresher_UNSTABLE(newsPageQuery(k));
  return (
    <AsyncBoundary
      onRetry={refresh}
      compact={!first}
      fallback={first ? <SkeletonList count={5} withImage /> : <SkeletonList count={2} withImage />}
    >
      {children}
    </AsyncBoundary>
  );
}

export function FeedList({ filter, version, onClear }: { filter: FeedFilter; version: number; onClear: () => void }) {
  const [pages, setPages] = useState(1);
  const more = useCallback(() => setPages((n) => n + 1), []);
  return (
    <>
      {Array.from({ length: pages }, (_, i) => {
        const k: FeedPageKey = { ...filter, page: i + 1, version };
        return (
          <ChunkBoundary key={i} k={k} first={i === 0}>
            <FeedChunk k={k} isLast={i + 1 === pages} onMore={more} onClear={onClear} />
          </ChunkBoundary>
        );
      })}
    </>
  );
}

