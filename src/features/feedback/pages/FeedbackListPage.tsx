import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilState, useRecoilValue, useRecoilValueLoadable } from 'recoil';
import { COMMUNES_BY_NAME } from '@contract/communes';
import { paths } from '@/shared/routes';
import { ViewToggle, useListOrMap } from '@/shared/map';
import { AsyncBoundary, Chips, EmptyState, Icon, PageShell, Skeleton, SkeletonList } from '@/shared/ui';
import { PAGE_SIZE, STATUS_GROUPS, type FeedbackFilter } from '../api';
import { feedbackCategoriesQuery, feedbackFilterState, feedbackMapQuery, feedbackPageQuery, feedbackPagesState } from '../state';
import { FeedbackCard } from '../components/FeedbackCard';
import { FeedbackMap } from '../components/FeedbackMap';
import '../components/feedback.css';

function Filters() {
  const [filter, setFilter] = useRecoilState(feedbackFilterState);
  const [, setPages] = useRecoilState(feedbackPagesState);
  const categories = useRecoilValueLoadable(feedbackCategoriesQuery);
  const [text, setText] = useState(filter.q);
  const change = (patch: Partial<FeedbackFilter>) => {
    setPages(1);
    setFilter((f) => ({ ...f, ...patch }));
  };
  // Search after the resident stops typing for a moment.
  useEffect(() => {
    const t = setTimeout(() => {
      if (text.trim() !== filter.q) change({ q: text.trim() });
    }, 400);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  return (
    <div className="fb-filters">
      <label className="fb-search">
        <Icon name="search" size={20} />
        <span className="lc-visually-hidden">Tìm phản ánh</span>
        <input type="search" value={text} placeholder="Tìm theo nội dung, địa chỉ, mã…" onChange={(e) => setText(e.target.value)} />
      </label>
      <Chips
        label="Lọc theo lĩnh vực"
        value={filter.category}
        onChange={(category) => change({ category })}
        options={[{ value: '', label: 'Mọi lĩnh vực' }, ...(categories.state === 'hasValue' ? categories.contents.map((c) => ({ value: c.id, label: c.name })) : [])]}
      />
      <div className="fb-filter-row">
        <Chips label="Lọc theo tình trạng" value={filter.group} onChange={(group) => change({ group })} options={STATUS_GROUPS.map((g) => ({ value: g.value, label: g.label }))} />
      </div>
      <label className="fb-area-filter">
        <span className="lc-visually-hidden">Lọc theo xã, phường</span>
        <select className="fb-input" value={filter.area} onChange={(e) => change({ area: e.target.value })}>
          <option value="">Mọi xã, phường</option>
          {COMMUNES_BY_NAME.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function ResultPage({ filter, page, last, onMore }: { filter: FeedbackFilter; page: number; last: boolean; onMore: () => void }) {
  const data = useRecoilValue(feedbackPageQuery({ filter, page }));
  if (page === 1 && data.total === 0) {
    return (
      <EmptyState
        icon="search"
        title="Không có phản ánh phù hợp"
        description="Thử bỏ bớt bộ lọc hoặc tìm với từ khác."
      />
    );
  }
  const hasMore = page * PAGE_SIZE < data.total;
  return (
    <>
      {page === 1 && <p className="lc-muted fb-count">{data.total.toLocaleString('vi-VN')} phản ánh</p>}
      <ul className="fb-list">
        {data.items.map((item) => (
          <FeedbackCard key={item.code} item={item} />
        ))}
      </ul>
      {last && hasMore && (
        <button type="button" className="lc-button lc-button--secondary lc-button--block fb-more" onClick={onMore}>
          Xem thêm
        </button>
      )}
    </>
  );
}

function Results() {
  const filter = useRecoilValue(feedbackFilterState);
  const [pages, setPages] = useRecoilState(feedbackPagesState);
  const refreshFirst = useRecoilRefresher_UNSTABLE(feedbackPageQuery({ filter, page: 1 }));
  return (
    <>
      {Array.from({ length: pages }, (_, i) => (
        <AsyncBoundary key={`${JSON.stringify(filter)}-${i}`} fallback={<SkeletonList count={i === 0 ? 5 : 2} withImage />} onRetry={refreshFirst}>
          <ResultPage filter={filter} page={i + 1} last={i + 1 === pages} onMore={() => setPages(pages + 1)} />
        </AsyncBoundary>
      ))}
    </>
  );
}

/** Everyone's reports and the official answers: anonymous, searchable, filterable. */
export default function FeedbackListPage() {
  const filter = useRecoilValue(feedbackFilterState);
  const [, setPages] = useRecoilState(feedbackPagesState);
  const refreshFirst = useRecoilRefresher_UNSTABLE(feedbackPageQuery({ filter, page: 1 }));
  const refreshMap = useRecoilRefresher_UNSTABLE(feedbackMapQuery);
  const [view, setView] = useListOrMap();
  return (
    <PageShell
      title="Phản ánh hiện trường"
      actions={
        <Link to={paths.myFeedback} className="fb-header-link">
          Của tôi
        </Link>
      }
      onRefresh={async () => {
        setPages(1);
        refreshFirst();
        refreshMap();
      }}
    >
      <Link to={paths.newFeedback} className="lc-button lc-button--block fb-new">
        <Icon name="plus" size={20} /> Gửi phản ánh mới
      </Link>
      <ViewToggle value={view} onChange={setView} />
      {view === 'map' ? (
        <AsyncBoundary fallback={<Skeleton height="60vh" radius={14} />} onRetry={refreshMap}>
          <FeedbackMap />
        </AsyncBoundary>
      ) : (
        <>
          <Filters />
          <Results />
        </>
      )}
    </PageShell>
  );
}
