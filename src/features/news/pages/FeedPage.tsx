import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useRecoilCallback, useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { AsyncBoundary, Chips, Icon, PageShell, Skeleton, SkeletonList } from '@/shared/ui';
import { paths } from '@/shared/routes';
import type { FeedFilter } from '../api';
import { feedVersionState, newsPageQuery, newsSourcesQuery } from '../state';
import { useFeedFilterParams } from '../filterParams';
import { FeedList } from '../components/FeedList';
import { centerSelectedInRow } from '../components/centerInRow';
import '../components/news.css';

function SourceAndCategoryFilters({ filter, onChange }: { filter: FeedFilter; onChange: (f: Partial<FeedFilter>) => void }) {
  const { items: sources, categories } = useRecoilValue(newsSourcesQuery);
  // A deep link (?source=one-touch from the home tile) shows its chip and tab, not the row's start.
  const box = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    box.current?.querySelectorAll<HTMLElement>('.lc-chips, .news-tabs').forEach((row) => centerSelectedInRow(row));
  }, [filter.source, filter.category]);
  return (
    <div ref={box}>
      <Chips
        label="Nguồn tin"
        value={filter.source}
        onChange={(source) => onChange({ source })}
        options={[{ value: '', label: 'Tất cả nguồn' }, ...sources.map((s) => ({ value: s.id as string, label: s.shortName }))]}
      />
      <div className="news-tabs" role="tablist" aria-label="Chuyên mục">
        {[{ id: '', label: 'Mới nhất' }, ...categories].map((c) => (
          <button
            key={c.id}
            type="button"
            role="tab"
            aria-selected={filter.category === c.id}
            className={`news-tab${filter.category === c.id ? ' news-tab--on' : ''}`}
            onClick={() => onChange({ category: c.id })}
          >
            {c.label}
          </button>
        ))}
      </div>
    </div>
  );
}

function FiltersSkeleton() {
  return (
    <div className="news-filters-skeleton" aria-hidden="true">
      {[96, 84, 110, 90].map((w, i) => (
        <Skeleton key={i} width={w} height={34} radius={17} />
      ))}
    </div>
  );
}

function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text.trim() === value) return;
    const t = window.setTimeout(() => onChange(text.trim()), 400);
    return () => window.clearTimeout(t);
  }, [text, value, onChange]);
  return (
    <form
      className="news-search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(text.trim());
      }}
    >
      <Icon name="search" size={20} />
      <input
        type="search"
        inputMode="search"
        enterKeyHint="search"
        placeholder="Tìm tin: chuyển đổi số, Sa Pa…"
        aria-label="Tìm tin tức"
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.target.value)}
      />
      {text && (
        <button type="button" className="lc-icon-button" aria-label="Xóa từ khóa" onClick={() => setText('')}>
          <Icon name="close" size={18} />
        </button>
      )}
    </form>
  );
}

/** One feed from all the province's sources: chips for the source, tabs for the category, search. */
export default function FeedPage() {
  const [params, onChange] = useFeedFilterParams();
  const filter: FeedFilter = { source: params.get('source') ?? '', category: params.get('category') ?? '', q: params.get('q') ?? '' };
  const version = useRecoilValue(feedVersionState);
  const refreshSources = useRecoilRefresher_UNSTABLE(newsSourcesQuery);

  const onSearch = useCallback((q: string) => onChange({ q }), [onChange]);

  // Pull to refresh: fetch the first page under a new version, then switch to it (no flash).
  const refresh = useRecoilCallback(
    ({ snapshot, set }) =>
      async () => {
        const v = (await snapshot.getPromise(feedVersionState)) + 1;
        await snapshot.getPromise(newsPageQuery({ ...filter, page: 1, version: v })).catch(() => undefined);
        set(feedVersionState, v);
      },
    [filter.source, filter.category, filter.q],
  );

  return (
    <PageShell title="Tin tức" onRefresh={refresh}>
      <SearchBox value={filter.q} onChange={onSearch} />
      <AsyncBoundary fallback={<FiltersSkeleton />} onRetry={refreshSources} compact>
        <SourceAndCategoryFilters filter={filter} onChange={onChange} />
      </AsyncBoundary>
      {(filter.source === '' || filter.source === 'truyen-hinh') && !filter.q && (
        <Link to={paths.tv} className="news-tv-banner">
          <span className="news-tv-banner-icon">
            <Icon name="tv" size={22} />
          </span>
          <span>
            <strong>LCTV trực tiếp</strong>
            <span className="lc-muted"> · Xem kênh và lịch phát sóng</span>
          </span>
          <Icon name="forward" size={18} />
        </Link>
      )}
      <Suspense fallback={<SkeletonList count={5} withImage />}>
        <FeedList
          key={`${filter.source}|${filter.category}|${filter.q}|${version}`}
          filter={filter}
          version={version}
          onClear={() => onChange({ source: '', category: '', q: '' })}
        />
      </Suspense>
    </PageShell>
  );
}
