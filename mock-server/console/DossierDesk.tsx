import { useEffect, useState } from 'react';
import type { AgencyRef, DossierQueue, OfficerDossierPage, OfficerProfile } from '../src/contract/officers';
import { query } from './api';
import { DossierDetail } from './DossierDetail';
import { deadlineText, formatDate } from './format';
import { Badge, EmptyState, ErrorState, Pager, SkeletonRows, useData } from './ui';

const QUEUES: { id: DossierQueue; label: string }[] = [
  { id: 'open', label: 'Đang mở' },
  { id: 'overdue', label: 'Quá hạn' },
  { id: 'received', label: 'Mới tiếp nhận' },
  { id: 'processing', label: 'Đang xử lý' },
  { id: 'waiting', label: 'Chờ bổ sung, nộp phí' },
];

/** Typing settles before the list is asked again. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/** Dossier agencies an admin may pick (those with an identification code). */
export function AgencyPicker({ value, onChange, filter }: { value: string; onChange: (code: string) => void; filter: (a: AgencyRef) => boolean }) {
  const { data } = useData<{ items: AgencyRef[] }>('/api/officer/agencies');
  return (
    <label className="cs-field cs-field--inline">
      <span>Cơ quan</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Tất cả cơ quan</option>
        {(data?.items ?? []).filter(filter).map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The dossier desk: queues and search on the left, the open dossier on the right (one above the other on a narrow tablet). */
export function DossierDesk({ me, code, open }: { me: OfficerProfile; code: string | null; open: (code: string | null) => void }) {
  const [queue, setQueue] = useState<DossierQueue>('open');
  const [search, setSearch] = useState('');
  const [agency, setAgency] = useState('');
  const [page, setPage] = useState(1);
  const q = useDebounced(search.trim());
  const path = `/api/officer/dossiers${query({ queue: q ? undefined : queue, q, agency: agency || undefined, page, pageSize: 20 })}`;
  const list = useData<OfficerDossierPage>(path);
  useEffect(() => setPage(1), [queue, q, agency]);

  return (
    <div className={`cs-desk${code ? ' cs-desk--open' : ''}`}>
      <section className="cs-list" aria-label="Danh sách hồ sơ">
        <div className="cs-list-head">
          <label className="cs-search">
            <span className="cs-sr-only">Tìm hồ sơ</span>
            <input type="search" placeholder="Tìm theo mã hồ sơ hoặc tên người nộp" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          {me.role === 'admin' && <AgencyPicker value={agency} onChange={setAgency} filter={(a) => a.code.endsWith('.H38')} />}
          <div className="lc-chips" role="tablist" aria-label="Hàng chờ">
            {QUEUES.map((x) => (
              <button
                key={x.id}
                type="button"
                role="tab"
                aria-selected={!q && queue === x.id}
                className={`lc-chip${!q && queue === x.id ? ' lc-chip--on' : ''}${x.id === 'overdue' && (list.data?.queues.overdue ?? 0) > 0 ? ' cs-chip--alert' : ''}`}
                onClick={() => {
                  setSearch('');
                  setQueue(x.id);
                }}
              >
                {x.label}
                {list.data ? ` (${list.data.queues[x.id]})` : ''}
              </button>
            ))}
          </div>
        </div>
        {list.error && <ErrorState error={list.error} onRetry={list.reload} />}
        {!list.data && list.loading && <SkeletonRows label="Đang tải danh sách hồ sơ" />}
        {list.data && list.data.items.length === 0 && (
          <EmptyState title={q ? 'Không tìm thấy hồ sơ' : 'Không có hồ sơ nào trong hàng chờ này'} text={q ? 'Thử mã hồ sơ đầy đủ hoặc họ tên người nộp.' : undefined} />
        )}
        {list.data && list.data.items.length > 0 && (
          <ul className="cs-rows">
            {list.data.items.map((d) => {
              const deadline = deadlineText(d);
              return (
                <li key={d.code}>
                  <a href={`#/ho-so/${encodeURIComponent(d.code)}`} className={`cs-row${d.code === code ? ' cs-row--on' : ''}`} aria-current={d.code === code ? 'true' : undefined}>
                    <span className="cs-row-top">
                      <code>{d.code}</code>
                      {deadline.text && <Badge tone={deadline.tone}>{deadline.text}</Badge>}
                    </span>
                    <strong>{d.applicantName}</strong>
                    <span className="cs-row-sub">{d.procedureName}</span>
                    <span className="cs-row-sub lc-muted">
                      {d.statusLabel} · hạn {formatDate(d.dueAt)}
                      {me.role === 'admin' ? ` · ${d.agencyName}` : ''}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        )}
        {list.data && <Pager page={page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} />}
      </section>
      <section className="cs-detail" aria-label="Hồ sơ đang mở">
        {code ? (
          <DossierDetail
            key={code}
            code={code}
            onClose={() => open(null)}
            onChanged={list.reload}
          />
        ) : (
          <EmptyState title="Chọn một hồ sơ" text="Hồ sơ quá hạn ở đầu mỗi hàng chờ. Bấm vào hồ sơ để xem giấy tờ và xử lý." />
        )}
      </section>
    </div>
  );
}
