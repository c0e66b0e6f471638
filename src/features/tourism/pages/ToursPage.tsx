import { Suspense, useState } from 'react';
import { useRecoilCallback, useRecoilState, useRecoilValue } from 'recoil';
import { AsyncBoundary, Chips, EmptyState, PageShell, SkeletonList, type ChipOption } from '@/shared/ui';
import { TourCard } from '../components/TourCard';
import { TourismTabs } from '../components/TourismTabs';
import { useNow } from '../components/useNow';
import { PAGE_SIZE, tourFilterState, tourParams, toursPageQuery, type DaysFilter, type PriceFilter } from '../state';
import '../components/tourism.css';

const PRICE_OPTIONS: ChipOption<PriceFilter>[] = [
  { value: 'all', label: 'Mọi mức giá' },
  { value: '1000000', label: 'Dưới 1 triệu' },
  { value: '2000000', label: 'Dưới 2 triệu' },
  { value: '3000000', label: 'Dưới 3 triệu' },
];

const DAYS_OPTIONS: ChipOption<DaysFilter>[] = [
  { value: 'all', label: 'Mọi độ dài' },
  { value: '1', label: '1 ngày' },
  { value: '2', label: '2 ngày' },
  { value: '3', label: '3 ngày' },
  { value: '4+', label: 'Từ 4 ngày' },
];

type Filter = { price: PriceFilter; days: DaysFilter };

function TourChunk({ filter, page, now }: { filter: Filter; page: number; now: Date }) {
  const data = useRecoilValue(toursPageQuery(tourParams(filter, page)));
  return (
    <>
      {data.items.map((t) => (
        <li key={t.id}>
          <TourCard tour={t} now={now} />
        </li>
      ))}
    </>
  );
}

function TourResults({ filter, pages, onMore, onClear, now }: { filter: Filter; pages: number; onMore: () => void; onClear: () => void; now: Date }) {
  const first = useRecoilValue(toursPageQuery(tourParams(filter, 1)));
  if (first.total === 0) {
    return (
      <EmptyState
        icon="route"
        title="Chưa có tour phù hợp"
        description="Thử nới mức giá hoặc chọn số ngày khác."
        action={
          <button type="button" className="lc-button lc-button--secondary" onClick={onClear}>
            Xem tất cả tour
          </button>
        }
      />
    );
  }
  const loaded = Math.min(first.total, pages * PAGE_SIZE);
  return (
    <>
      {/* The list's heading (h2 under the page's h1; the cards' titles are h3). */}
      <h2 className="lc-muted tr-count" style={{ margin: '0.25rem 0 0.5rem' }} aria-live="polite">
        {first.total} tour
      </h2>
      <ul className="tr-list">
        {Array.from({ length: pages }, (_, i) => (
          <Suspense key={i} fallback={<li><SkeletonList count={2} withImage /></li>}>
            <TourChunk filter={filter} page={i + 1} now={now} />
          </Suspense>
        ))}
      </ul>
      {loaded < first.total && (
        <div className="tr-more">
          <button type="button" className="lc-button lc-button--secondary" onClick={onMore}>
            Xem thêm tour
          </button>
        </div>
      )}
    </>
  );
}

/** Tours: filter by price and length; each card leads to the day-by-day programme. */
export default function ToursPage() {
  const [filter, setFilter] = useRecoilState(tourFilterState);
  const [pages, setPages] = useState(1);
  const now = useNow();
  const refresh = useRecoilCallback(
    ({ refresh: r }) =>
      () => {
        for (let p = 1; p <= pages; p++) r(toursPageQuery(tourParams(filter, p)));
      },
    [filter, pages],
  );
  return (
    <PageShell title="Tour du lịch" onRefresh={async () => refresh()}>
      <TourismTabs />
      <p className="tr-filter-label">Giá mỗi người</p>
      <Chips<PriceFilter>
        label="Giá mỗi người"
        options={PRICE_OPTIONS}
        value={filter.price}
        onChange={(price) => {
          setFilter((f) => ({ ...f, price }));
          setPages(1);
        }}
      />
      <p className="tr-filter-label">Số ngày</p>
      <Chips<DaysFilter>
        label="Số ngày"
        options={DAYS_OPTIONS}
        value={filter.days}
        onChange={(days) => {
          setFilter((f) => ({ ...f, days }));
          setPages(1);
        }}
      />
      <AsyncBoundary fallback={<SkeletonList count={3} withImage />} onRetry={refresh}>
        <TourResults
          filter={filter}
          pages={pages}
          now={now}
          onMore={() => setPages((n) => n + 1)}
          onClear={() => {
            setFilter({ price: 'all', days: 'all' });
            setPages(1);
          }}
        />
      </AsyncBoundary>
    </PageShell>
  );
}
