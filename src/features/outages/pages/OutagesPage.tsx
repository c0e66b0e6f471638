import { useEffect, useState } from 'react';
import { useRecoilRefresher_UNSTABLE, useRecoilState, useRecoilValue, waitForAll } from 'recoil';
import type { Branch } from '@contract/outages';
import { AsyncBoundary, Chips, EmptyState, Icon, PageShell, Skeleton, SkeletonList } from '@/shared/ui';
import { ViewToggle, useListOrMap } from '@/shared/map';
import { FollowButton } from '../components/FollowButton';
import { OutagesMap } from '../components/OutagesMap';
import { OutageCard } from '../components/OutageCard';
import { addToCalendar } from '../calendar';
import { groupByDay } from '../format';
import { branchesQuery, clockKey, followedCommunesState, outageFiltersState, outagePageQuery, VIEW_STATUSES, type OutageFilters, type OutageView } from '../state';
import '../components/outages.css';

const PAGE_SIZE = 50;

const VIEWS: { value: OutageView; label: string }[] = [
  { value: 'upcoming', label: 'Sắp tới' },
  { value: 'ongoing', label: 'Đang mất điện' },
  { value: 'restored', label: 'Đã có điện' },
  { value: 'cancelled', label: 'Đã hủy' },
  { value: 'all', label: 'Tất cả' },
];

const EMPTY_TEXT: Record<OutageView, string> = {
  upcoming: 'Không có lịch cắt điện sắp tới ở khu vực này.',
  ongoing: 'Hiện không có nơi nào mất điện trong khu vực này.',
  restored: 'Chưa có lịch cắt điện nào đã xong trong mấy ngày qua.',
  cancelled: 'Không có lịch cắt điện nào bị hủy.',
  all: 'Không có lịch cắt điện nào khớp với lựa chọn của bạn.',
};

function communeName(branches: Branch[], id: string): string {
  for (const b of branches) for (const c of b.communes) if (c.id === id) return c.name;
  return id;
}

/** Branch and commune choosers, the follow button, and the areas already followed. */
function PlaceFilters() {
  const branches = useRecoilValue(branchesQuery);
  const [filters, setFilters] = useRecoilState(outageFiltersState);
  const followed = useRecoilValue(followedCommunesState);
  const branch = branches.find((b) => b.id === filters.branch);
  const communeChoices = branch ? [branch] : branches;
  return (
    <>
      <div className="oc-selects">
        <label className="oc-field">
          <span>Điện lực</span>
          <select
            value={filters.branch}
            onChange={(e) => setFilters((f) => ({ ...f, branch: e.target.value, commune: '' }))}
            aria-label="Lọc theo điện lực"
          >
            <option value="">Tất cả điện lực</option>
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
        <label className="oc-field">
          <span>Xã, phường</span>
          <select value={filters.commune} onChange={(e) => setFilters((f) => ({ ...f, commune: e.target.value }))} aria-label="Lọc theo xã, phường">
            <option value="">Tất cả xã, phường</option>
            {communeChoices.map((b) => (
              <optgroup key={b.id} label={b.name}>
                {b.communes.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </div>
      {filters.commune && <FollowButton id={filters.commune} name={communeName(branches, filters.commune)} />}
      {followed.length > 0 && (
        <div className="oc-followed">
          <span className="oc-followed-title">
            <Icon name="bell" size={16} /> Bạn theo dõi:
          </span>
          {followed.map((id) => (
            <button
              key={id}
              type="button"
              className={`lc-chip${filters.commune === id ? ' lc-chip--on' : ''}`}
              aria-pressed={filters.commune === id}
              onClick={() => {
                const owner = branches.find((b) => b.communes.some((c) => c.id === id));
                setFilters((f) => (f.commune === id ? { ...f, commune: '' } : { ...f, branch: owner?.id ?? '', commune: id }));
              }}
            >
              {communeName(branches, id)}
            </button>
          ))}
        </div>
      )}
    </>
  );
}

function OutageList({ filters, at }: { filters: OutageFilters; at: number }) {
  const [pages, setPages] = useState(1);
  const params = {
    branch: filters.branch || undefined,
    commune: filters.commune || undefined,
    status: VIEW_STATUSES[filters.view],
    q: filters.q || undefined,
    pageSize: PAGE_SIZE,
    at,
  };
  const results = useRecoilValue(waitForAll(Array.from({ length: pages }, (_, i) => outagePageQuery({ ...params, page: i + 1 }))));
  const items = results.flatMap((r) => r.items);
  const total = results[0].total;
  if (items.length === 0) {
    return <EmptyState icon="bolt" title="Không có lịch cắt điện" description={EMPTY_TEXT[filters.view]} />;
  }
  return (
    <>
      <p className="oc-count">
        {total} lịch cắt điện{filters.view === 'upcoming' ? ' sắp tới và đang diễn ra' : ''}
      </p>
      {groupByDay(items).map((g) => (
        <section key={g.key} className="oc-day" aria-label={g.label}>
          <h2 className="oc-day-title">{g.label}</h2>
          <div className="oc-list">
            {g.items.map((o) => (
              <OutageCard key={o.id} outage={o} />
            ))}
          </div>
        </section>
      ))}
      {items.length < total && (
        <button type="button" className="lc-button lc-button--secondary lc-button--block" onClick={() => setPages((p) => p + 1)}>
          Xem thêm
        </button>
      )}
    </>
  );
}

function SearchBox() {
  const [filters, setFilters] = useRecoilState(outageFiltersState);
  const [text, setText] = useState(filters.q);
  useEffect(() => {
    const t = setTimeout(() => setFilters((f) => (f.q === text.trim() ? f : { ...f, q: text.trim() })), 350);
    return () => clearTimeout(t);
  }, [text, setFilters]);
  return (
    <label className="oc-search">
      <Icon name="search" size={20} />
      <input
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Tìm thôn, tổ dân phố, trạm biến áp…"
        aria-label="Tìm lịch cắt điện"
        maxLength={200}
        enterKeyHint="search"
      />
    </label>
  );
}

/** Power cuts across the province, grouped by day, with filters and calendar export. */
export default function OutagesPage() {
  const filters = useRecoilValue(outageFiltersState);
  const [rev, setRev] = useState(0);
  const at = clockKey() * 1000 + rev;
  const [view, setView] = useListOrMap();
  return (
    <PageShell title="Lịch cắt điện" onRefresh={async () => setRev((r) => r + 1)}>
      <ViewToggle value={view} onChange={setView} />
      {view === 'map' ? (
        <AsyncBoundary fallback={<Skeleton height="60vh" radius={14} />} onRetry={() => setRev((r) => r + 1)}>
          <OutagesMap at={at} />
        </AsyncBoundary>
      ) : (
        <OutageListView filters={filters} at={at} setRev={setRev} />
      )}
    </PageShell>
  );
}

/** The list: search, branch and commune, status, the outages by day, calendar export. */
function OutageListView({ filters, at, setRev }: { filters: OutageFilters; at: number; setRev: (f: (r: number) => number) => void }) {
  const [, setFilters] = useRecoilState(outageFiltersState);
  const refreshBranches = useRecoilRefresher_UNSTABLE(branchesQuery);
  return (
    <>
      <SearchBox />
      <AsyncBoundary fallback={<Skeleton height={64} radius={12} />} onRetry={refreshBranches} compact>
        <PlaceFilters />
      </AsyncBoundary>
      <Chips<OutageView> label="Trạng thái" value={filters.view} onChange={(view) => setFilters((f) => ({ ...f, view }))} options={VIEWS} />
      <AsyncBoundary fallback={<SkeletonList count={5} />} onRetry={() => setRev((r) => r + 1)}>
        <OutageList key={JSON.stringify(filters)} filters={filters} at={at} />
      </AsyncBoundary>
      <button
        type="button"
        className="lc-button lc-button--secondary lc-button--block oc-calendar"
        onClick={() => void addToCalendar({ branch: filters.branch || undefined, commune: filters.commune || undefined })}
      >
        <Icon name="calendar" size={18} /> Thêm lịch cắt điện {filters.commune ? 'của xã, phường này' : filters.branch ? 'của điện lực này' : 'toàn tỉnh'} vào lịch
      </button>
    </>
  );
}
