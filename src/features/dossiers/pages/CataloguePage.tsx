import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilState, useRecoilValue } from 'recoil';
import { PROCEDURE_FIELDS, SERVICE_LEVELS } from '@contract/dossiers-meta';
import { paths } from '@/shared/routes';
import { AsyncBoundary, Chips, EmptyState, Icon, PageShell, SkeletonList } from '@/shared/ui';
import { SearchField } from '@/shared/ui/SearchField';
import { CATALOGUE_PAGE_SIZE, catalogueFilterState, facetsQuery, procedurePageQuery, type CatalogueFilter } from '../state';
import { ProcedureCard } from '../components/ProcedureCard';
import '../dossiers.css';

function AgencySelect({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const facets = useRecoilValue(facetsQuery);
  return (
    <label className="dsr-agency">
      <span className="lc-visually-hidden">Cơ quan giải quyết</span>
      <select className="dsr-input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Mọi cơ quan giải quyết</option>
        {facets.authorities.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({a.count})
          </option>
        ))}
      </select>
    </label>
  );
}

function ResultChunk({ filter, page, last, onMore }: { filter: CatalogueFilter; page: number; last: boolean; onMore: () => void }) {
  const result = useRecoilValue(procedurePageQuery({ ...filter, page }));
  const shown = (page - 1) * CATALOGUE_PAGE_SIZE + result.items.length;
  return (
    <>
      {page === 1 && (
        <p className="lc-muted dsr-count" role="status">
          {result.total > 0 ? `${result.total} thủ tục` : ''}
        </p>
      )}
      {result.items.map((p) => (
        <ProcedureCard key={p.id} procedure={p} />
      ))}
      {last && shown < result.total && (
        <button type="button" className="lc-button lc-button--secondary lc-button--block" onClick={onMore}>
          Xem thêm thủ tục
        </button>
      )}
    </>
  );
}

function Empty({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      icon="search"
      title="Không tìm thấy thủ tục phù hợp"
      description="Hãy thử từ khóa ngắn hơn, ví dụ “khai sinh”, “xây dựng”, “sổ đỏ”, hoặc bỏ bớt bộ lọc."
      action={
        <button type="button" className="lc-button lc-button--secondary" onClick={onClear}>
          Xóa bộ lọc
        </button>
      }
    />
  );
}

/** One page of results; "Thử lại" refreshes that page (recoil keeps a failed query's error). */
function ChunkSlot(props: { filter: CatalogueFilter; page: number; last: boolean; onMore: () => void }) {
  const refresh = useRecoilRefresher_UNSTABLE(procedurePageQuery({ ...props.filter, page: props.page }));
  return (
    <AsyncBoundary fallback={<SkeletonList count={3} />} onRetry={refresh}>
      <ResultChunk {...props} />
    </AsyncBoundary>
  );
}

function Results({ filter, onClear }: { filter: CatalogueFilter; onClear: () => void }) {
  const [pages, setPages] = useState(1);
  const first = useRecoilValue(procedurePageQuery({ ...filter, page: 1 }));
  if (first.total === 0) return <Empty onClear={onClear} />;
  return (
    <div className="dsr-list">
      {Array.from({ length: pages }, (_, i) => (
        <ChunkSlot key={i} filter={filter} page={i + 1} last={i + 1 === pages} onMore={() => setPages((n) => n + 1)} />
      ))}
    </div>
  );
}

/** The catalogue of administrative procedures: search, filter by field, level and agency. */
export default function CataloguePage() {
  const [filter, setFilter] = useRecoilState(catalogueFilterState);
  const [text, setText] = useState(filter.q);
  useEffect(() => {
    const t = setTimeout(() => setFilter((f) => (f.q === text.trim() ? f : { ...f, q: text.trim() })), 300);
    return () => clearTimeout(t);
  }, [text, setFilter]);
  const refreshFirst = useRecoilRefresher_UNSTABLE(procedurePageQuery({ ...filter, page: 1 }));
  const refreshFacets = useRecoilRefresher_UNSTABLE(facetsQuery);
  const clear = () => {
    setText('');
    setFilter({ q: '', field: '', level: '', agency: '' });
  };
  return (
    <PageShell title="Dịch vụ công">
      <div className="dsr-shortcuts">
        <Link to={paths.trackDossier} className="lc-card dsr-shortcut">
          <Icon name="search" className="lc-row-icon" />
          <span>Tra cứu hồ sơ</span>
        </Link>
        <Link to={paths.myDossiers} className="lc-card dsr-shortcut">
          <Icon name="document" className="lc-row-icon" />
          <span>Hồ sơ của tôi</span>
        </Link>
      </div>
      <SearchField label="Tìm thủ tục" placeholder="Tìm thủ tục: khai sinh, xây dựng…" value={text} onChange={setText} />
      <Chips
        label="Lĩnh vực"
        options={[{ value: '', label: 'Tất cả lĩnh vực' }, ...PROCEDURE_FIELDS.map((f) => ({ value: f.id as string, label: f.label }))]}
        value={filter.field}
        onChange={(field) => setFilter((f) => ({ ...f, field }))}
      />
      <div className="dsr-filter-row">
        <Chips
          label="Mức độ dịch vụ"
          options={[{ value: '', label: 'Mọi mức độ' }, ...SERVICE_LEVELS.map((l) => ({ value: l.id as string, label: l.label }))]}
          value={filter.level}
          onChange={(level) => setFilter((f) => ({ ...f, level }))}
        />
      </div>
      {/* The agency list failing leaves a small "Thử lại" in its place, not a filter gone missing. */}
      <AsyncBoundary fallback={null} compact onRetry={refreshFacets}>
        <AgencySelect value={filter.agency} onChange={(agency) => setFilter((f) => ({ ...f, agency }))} />
      </AsyncBoundary>
      <AsyncBoundary key={JSON.stringify(filter)} fallback={<SkeletonList count={5} />} onRetry={refreshFirst}>
        <Results filter={filter} onClear={clear} />
      </AsyncBoundary>
    </PageShell>
  );
}
