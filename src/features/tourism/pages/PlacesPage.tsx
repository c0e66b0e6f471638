import { Suspense, useEffect, useState } from 'react';
import { useRecoilCallback, useRecoilState, useRecoilValue } from 'recoil';
import { PLACE_CATEGORIES, PLACE_CATEGORY_LABELS } from '@contract/tourism-meta';
import { ViewToggle, useListOrMap } from '@/shared/map';
import { AsyncBoundary, Chips, EmptyState, Icon, PageShell, Skeleton, SkeletonList, type ChipOption } from '@/shared/ui';
import { PlaceCard } from '../components/PlaceCard';
import { PlacesMap, placesMapQuery } from '../components/PlacesMap';
import { TodayStrip } from '../components/TodayStrip';
import { NearMe } from '../components/NearMe';
import { TourismTabs } from '../components/TourismTabs';
import { useNow } from '../components/useNow';
import { placeFilterState, placeParams, placesPageQuery, todayQuery, PAGE_SIZE, type CategoryFilter, type PlaceFilter } from '../state';
import '../components/tourism.css';

const CATEGORY_OPTIONS: ChipOption<CategoryFilter>[] = [
  { value: 'all', label: 'Tất cả' },
  { value: 'season', label: 'Đẹp tháng này' },
  ...PLACE_CATEGORIES.map((c) => ({ value: c, label: PLACE_CATEGORY_LABELS[c] })),
];

function PlaceChunk({ filter, page, now }: { filter: PlaceFilter; page: number; now: Date }) {
  const data = useRecoilValue(placesPageQuery(placeParams(filter, page, now)));
  return (
    <>
      {data.items.map((p) => (
        <li key={p.id}>
          <PlaceCard place={p} now={now} />
        </li>
      ))}
    </>
  );
}

function PlaceResults({ filter, pages, onMore, onClear, now }: { filter: PlaceFilter; pages: number; onMore: () => void; onClear: () => void; now: Date }) {
  const first = useRecoilValue(placesPageQuery(placeParams(filter, 1, now)));
  if (first.total === 0) {
    return (
      <EmptyState
        icon="search"
        title="Không tìm thấy địa điểm nào"
        description={filter.q ? `Chưa có địa điểm khớp với “${filter.q}”. Thử từ khóa ngắn hơn, có dấu hay không dấu đều được.` : 'Thử chọn loại khác.'}
        action={
          <button type="button" className="lc-button lc-button--secondary" onClick={onClear}>
            Xem tất cả địa điểm
          </button>
        }
      />
    );
  }
  const loaded = Math.min(first.total, pages * PAGE_SIZE);
  return (
    <>
      {/* The list's heading (h2 under the page's h1; the cards' titles are h3). */}
      <h2 className="lc-muted tr-count" style={{ margin: '0 0 0.5rem' }} aria-live="polite">
        {first.total} địa điểm
      </h2>
      <ul className="tr-list">
        {Array.from({ length: pages }, (_, i) => (
          <Suspense key={i} fallback={<li><SkeletonList count={2} withImage /></li>}>
            <PlaceChunk filter={filter} page={i + 1} now={now} />
          </Suspense>
        ))}
      </ul>
      {loaded < first.total && (
        <div className="tr-more">
          <button type="button" className="lc-button lc-button--secondary" onClick={onMore}>
            Xem thêm {Math.min(PAGE_SIZE, first.total - loaded)} địa điểm
          </button>
        </div>
      )}
    </>
  );
}

/** Places: what is on today, search without worrying about accents, categories, cards. */
export default function PlacesPage() {
  const [filter, setFilter] = useRecoilState(placeFilterState);
  const [text, setText] = useState(filter.q);
  const [pages, setPages] = useState(1);
  const now = useNow();
  const [view, setView] = useListOrMap();

  // Search as the visitor types, once they pause.
  useEffect(() => {
    const id = setTimeout(() => {
      if (text !== filter.q) {
        setFilter((f) => ({ ...f, q: text }));
        setPages(1);
      }
    }, 350);
    return () => clearTimeout(id);
  }, [text, filter.q, setFilter]);

  const refresh = useRecoilCallback(
    ({ refresh: r }) =>
      () => {
        r(todayQuery);
        r(placesMapQuery);
        for (let p = 1; p <= pages; p++) r(placesPageQuery(placeParams(filter, p, now)));
      },
    [filter, pages, now],
  );

  return (
    <PageShell title="Du lịch Lào Cai" onRefresh={async () => refresh()}>
      <TourismTabs />
      <ViewToggle value={view} onChange={setView} />
      {view === 'map' ? (
        <AsyncBoundary fallback={<Skeleton height="60vh" radius={14} />} onRetry={refresh}>
          <PlacesMap />
        </AsyncBoundary>
      ) : (
        <>
          <AsyncBoundary fallback={null} silent>
            <TodayStrip now={now} />
          </AsyncBoundary>
          <form className="tr-search" role="search" onSubmit={(e) => e.preventDefault()}>
            <Icon name="search" size={20} />
            <input
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="Tìm: Cát Cát, đền, chợ, Y Tý…"
              aria-label="Tìm địa điểm du lịch"
              enterKeyHint="search"
            />
            {text && (
              <button type="button" aria-label="Xóa từ khóa" onClick={() => setText('')}>
                <Icon name="close" size={18} />
              </button>
            )}
          </form>
          <NearMe
            near={filter.near}
            onNear={(near) => {
              setFilter((f) => ({ ...f, near }));
              setPages(1);
            }}
          />
          <Chips<CategoryFilter>
            label="Loại địa điểm"
            options={CATEGORY_OPTIONS}
            value={filter.category}
            onChange={(category) => {
              setFilter((f) => ({ ...f, category }));
              setPages(1);
            }}
          />
          <AsyncBoundary fallback={<SkeletonList count={3} withImage />} onRetry={refresh}>
            <PlaceResults
              filter={filter}
              pages={pages}
              now={now}
              onMore={() => setPages((n) => n + 1)}
              onClear={() => {
                setText('');
                setFilter({ category: 'all', q: '', near: null });
                setPages(1);
              }}
            />
          </AsyncBoundary>
        </>
      )}
    </PageShell>
  );
}
