import { useEffect, useState, type FormEvent } from 'react';
import type {
  AgencyRef,
  FeedbackAction,
  FeedbackPreview,
  FeedbackQueue,
  OfficerFeedbackListPage,
  OfficerFeedbackView,
  OfficerProfile,
} from '../src/contract/officers';
import { ApiError, post, query } from './api';
import { AgencyPicker, useDebounced } from './DossierDesk';
import { formatDate, formatDateTime } from './format';
import { Preview } from './Preview';
import { Badge, EmptyState, ErrorState, Pager, SkeletonRows, fieldError, useData } from './ui';

const QUEUES: { id: FeedbackQueue | 'all'; label: string }[] = [
  { id: 'new', label: 'Mới' },
  { id: 'handling', label: 'Đang xử lý' },
  { id: 'due-soon', label: 'Sắp đến hạn' },
  { id: 'all', label: 'Tất cả' },
];

const ACTION_LABEL: Record<FeedbackAction, string> = {
  assign: 'Chuyển cơ quan xử lý',
  process: 'Đang xử lý',
  answer: 'Trả lời',
  reject: 'Không xử lý',
  duplicate: 'Trùng phản ánh khác',
  close: 'Hoàn thành',
};

type Form = { agency: string; note: string; text: string; reason: string; originalCode: string };

/** The body each action's route takes. */
export function actionBody(action: FeedbackAction, f: Form): Record<string, string> {
  const opt = (k: string, v: string) => (v.trim() ? { [k]: v } : {});
  switch (action) {
    case 'assign':
      return { agency: f.agency, ...opt('note', f.note) };
    case 'answer':
      return { text: f.text, ...opt('agency', f.agency) };
    case 'reject':
      return { reason: f.reason };
    case 'duplicate':
      return { originalCode: f.originalCode.trim(), ...opt('note', f.note) };
    default:
      return opt('note', f.note);
  }
}

function ActionForm({ report, action, agencies, me, onDone, onCancel }: {
  report: OfficerFeedbackView;
  action: FeedbackAction;
  agencies: AgencyRef[];
  me: OfficerProfile;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<Form>({ agency: action === 'answer' && me.role !== 'admin' ? (me.agency?.name ?? '') : '', note: '', text: '', reason: '', originalCode: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<{ data: FeedbackPreview | null; error: ApiError | null }>({ data: null, error: null });
  const body = actionBody(action, form);
  const settled = useDebounced(JSON.stringify(body), 350);
  const base = `/api/officer/feedback/${encodeURIComponent(report.code)}`;
  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  // The preview waits for what the action cannot go without.
  // (Judged on the settled body, the one the preview sends.)
  const sent = JSON.parse(settled) as Partial<Form>;
  const missingPart =
    action === 'assign' && !sent.agency
      ? 'Chọn cơ quan để xem trước.'
      : action === 'answer' && (sent.text ?? '').trim().length < 10
        ? 'Nhập nội dung trả lời để xem trước.'
        : action === 'reject' && (sent.reason ?? '').trim().length < 10
          ? 'Nhập lý do để xem trước.'
          : action === 'duplicate' && !sent.originalCode
            ? 'Nhập mã phản ánh gốc để xem trước.'
            : null;
  useEffect(() => {
    if (missingPart) return;
    let live = true;
    post<FeedbackPreview>(`${base}/preview`, { action, ...JSON.parse(settled) }).then(
      (data) => live && setPreview({ data, error: null }),
      (e: unknown) => live && setPreview({ data: null, error: e instanceof ApiError ? e : null }),
    );
    return () => {
      live = false;
    };
  }, [settled, base, action, missingPart]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await post(`${base}/${action}`, body);
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', 'Chưa thực hiện được. Vui lòng thử lại.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="cs-action-form" onSubmit={submit} noValidate>
      <h4>{ACTION_LABEL[action]}</h4>
      {(action === 'assign' || (action === 'answer' && me.role === 'admin')) && (
        <label className="cs-field">
          <span>{action === 'assign' ? 'Chuyển tới cơ quan' : 'Trả lời nhân danh cơ quan'}</span>
          <select value={form.agency} onChange={set('agency')} aria-invalid={!!fieldError(error, 'agency')}>
            <option value="">Chọn cơ quan…</option>
            {agencies.map((a) => (
              <option key={a.code} value={a.name}>
                {a.name}
              </option>
            ))}
          </select>
          {fieldError(error, 'agency') && <small className="cs-field-error">{fieldError(error, 'agency')}</small>}
        </label>
      )}
      {action === 'answer' && (
        <label className="cs-field">
          <span>Nội dung trả lời (công khai)</span>
          <textarea rows={5} value={form.text} onChange={set('text')} aria-invalid={!!fieldError(error, 'text')} />
          {fieldError(error, 'text') && <small className="cs-field-error">{fieldError(error, 'text')}</small>}
        </label>
      )}
      {action === 'reject' && (
        <label className="cs-field">
          <span>Lý do không xử lý (công khai, bắt buộc)</span>
          <textarea rows={3} value={form.reason} onChange={set('reason')} aria-invalid={!!fieldError(error, 'reason')} />
          {fieldError(error, 'reason') && <small className="cs-field-error">{fieldError(error, 'reason')}</small>}
        </label>
      )}
      {action === 'duplicate' && (
        <label className="cs-field">
          <span>Mã phản ánh gốc</span>
          <input value={form.originalCode} onChange={set('originalCode')} placeholder="PA-270315-0001" aria-invalid={!!fieldError(error, 'originalCode')} />
          {fieldError(error, 'originalCode') && <small className="cs-field-error">{fieldError(error, 'originalCode')}</small>}
        </label>
      )}
      {['assign', 'process', 'close', 'duplicate'].includes(action) && (
        <label className="cs-field">
          <span>Ghi chú cho người phản ánh (không bắt buộc)</span>
          <textarea rows={2} value={form.note} onChange={set('note')} />
        </label>
      )}
      <Preview
        notice={missingPart ? null : (preview.data?.notice ?? null)}
        line={
          preview.data
            ? { title: preview.data.timeline.title, where: preview.data.timeline.officer ?? '', note: action === 'answer' ? null : preview.data.timeline.note }
            : null
        }
        delivery={preview.data?.delivery ?? null}
        problem={missingPart ?? preview.error?.details[0]?.message ?? preview.error?.message ?? null}
        waiting={!!missingPart}
      />
      {error && error.details.length === 0 && (
        <p className="cs-form-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="cs-inline">
        <button type="submit" className={`lc-button${action === 'reject' ? ' lc-button--danger' : ''}`} disabled={busy}>
          {busy ? 'Đang gửi…' : `Xác nhận: ${ACTION_LABEL[action]}`}
        </button>
        <button type="button" className="lc-button lc-button--secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}

const STATUS_TONE: Record<string, 'danger' | 'warn' | 'ok' | 'muted'> = {
  received: 'warn',
  assigned: 'ok',
  processing: 'ok',
  answered: 'ok',
  closed: 'muted',
  rejected: 'muted',
  duplicate: 'muted',
};

function FeedbackDetail({ code, me, onClose, onChanged }: { code: string; me: OfficerProfile; onClose: () => void; onChanged: () => void }) {
  const { data: r, error, loading, reload } = useData<OfficerFeedbackView>(`/api/officer/feedback/${encodeURIComponent(code)}`);
  const agencies = useData<{ items: AgencyRef[] }>('/api/officer/agencies');
  const [acting, setActing] = useState<FeedbackAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (error && !r) return <ErrorState error={error} onRetry={reload} />;
  if (!r) return loading ? <SkeletonRows rows={4} label="Đang tải phản ánh" /> : null;
  return (
    <article className="cs-card-stack">
      <div className="lc-card">
        <div className="cs-detail-head">
          <button type="button" className="lc-chip cs-back" onClick={onClose}>
            ‹ Danh sách
          </button>
          <code className="cs-code">{r.code}</code>
          <Badge tone={STATUS_TONE[r.status] ?? 'ok'}>{r.statusLabel}</Badge>
        </div>
        <h2 className="cs-title">{r.title}</h2>
        <p className="cs-pre">{r.content}</p>
        <dl className="cs-facts">
          <div>
            <dt>Nhóm</dt>
            <dd>{r.categoryName}</dd>
          </div>
          <div>
            <dt>Nơi xảy ra</dt>
            <dd>{[r.address, r.areaName].filter(Boolean).join(', ')}</dd>
          </div>
          <div>
            <dt>Gửi lúc</dt>
            <dd>{formatDateTime(r.createdAt)}</dd>
          </div>
          <div>
            <dt>Hạn trả lời</dt>
            <dd>{formatDate(r.expectedAt)}</dd>
          </div>
          <div>
            <dt>Cơ quan xử lý</dt>
            <dd>{r.agency}</dd>
          </div>
          <div>
            <dt>Người phản ánh</dt>
            <dd>
              {r.reporter.name ?? 'Không rõ tên'}
              {r.anonymous ? ' (ẩn danh với công chúng)' : ''}
            </dd>
          </div>
          {r.location && (
            <div>
              <dt>Tọa độ</dt>
              <dd>
                {r.location.lat.toFixed(5)}, {r.location.long.toFixed(5)}
              </dd>
            </div>
          )}
          {r.fields.map((f) => (
            <div key={f.code}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        {r.photos.length > 0 && (
          <div className="cs-photos">
            {r.photos.map((p) => (
              <img key={p.id} src={p.url} alt={`Ảnh đính kèm phản ánh ${r.code}`} loading="lazy" />
            ))}
          </div>
        )}
      </div>
      {done && (
        <p className="cs-success" role="status">
          {done}
        </p>
      )}
      <div className="lc-card">
        <h3>Xử lý phản ánh</h3>
        {r.actions.length === 0 ? (
          <p className="lc-muted">Phản ánh đã kết thúc: không còn thao tác nào.</p>
        ) : acting ? (
          <ActionForm
            key={acting}
            report={r}
            action={acting}
            me={me}
            agencies={agencies.data?.items ?? []}
            onCancel={() => setActing(null)}
            onDone={() => {
              setDone(`Đã thực hiện: ${ACTION_LABEL[acting]}. Người phản ánh đã được thông báo.`);
              setActing(null);
              reload();
              onChanged();
            }}
          />
        ) : (
          <div className="cs-actions">
            {r.actions.map((a) => (
              <button key={a} type="button" className={`lc-button${a === 'reject' || a === 'duplicate' ? ' lc-button--secondary' : ''}`} onClick={() => {
                setDone(null);
                setActing(a);
              }}>
                {ACTION_LABEL[a]}
              </button>
            ))}
          </div>
        )}
      </div>
      {r.answer && (
        <div className="lc-card">
          <h3>Trả lời của {r.answer.agency}</h3>
          <p className="cs-pre">{r.answer.text}</p>
          {r.rating && (
            <p className="lc-muted">
              Người phản ánh đánh giá {r.rating.score}/5{r.rating.comment ? `: “${r.rating.comment}”` : ''}
            </p>
          )}
        </div>
      )}
      <div className="lc-card">
        <h3>Quá trình xử lý</h3>
        <ol className="cs-history">
          {[...r.timeline].reverse().map((t, i) => (
            <li key={i}>
              <strong>{t.title}</strong>
              <span className="lc-muted">
                {formatDateTime(t.at)} · {t.statusLabel}
                {t.officer ? ` · ${t.officer}` : ''}
              </span>
              {t.note && t.kind !== 'answered' && <span>{t.note}</span>}
            </li>
          ))}
        </ol>
      </div>
    </article>
  );
}

export function FeedbackDesk({ me, code, open }: { me: OfficerProfile; code: string | null; open: (code: string | null) => void }) {
  const [queue, setQueue] = useState<FeedbackQueue | 'all'>('new');
  const [search, setSearch] = useState('');
  const [agency, setAgency] = useState('');
  const [page, setPage] = useState(1);
  const q = useDebounced(search.trim());
  const list = useData<OfficerFeedbackListPage>(
    `/api/officer/feedback${query({ queue: q || queue === 'all' ? undefined : queue, q, agency: agency || undefined, page, pageSize: 20 })}`,
  );
  useEffect(() => setPage(1), [queue, q, agency]);
  return (
    <div className={`cs-desk${code ? ' cs-desk--open' : ''}`}>
      <section className="cs-list" aria-label="Danh sách phản ánh">
        <div className="cs-list-head">
          <label className="cs-search">
            <span className="cs-sr-only">Tìm phản ánh</span>
            <input type="search" placeholder="Tìm theo mã, tiêu đề, nội dung, địa chỉ" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          {me.role === 'admin' && <AgencyPicker value={agency} onChange={setAgency} filter={() => true} />}
          <div className="lc-chips" role="tablist" aria-label="Hàng chờ">
            {QUEUES.map((x) => (
              <button
                key={x.id}
                type="button"
                role="tab"
                aria-selected={!q && queue === x.id}
                className={`lc-chip${!q && queue === x.id ? ' lc-chip--on' : ''}`}
                onClick={() => {
                  setSearch('');
                  setQueue(x.id);
                }}
              >
                {x.label}
                {list.data && x.id !== 'all' ? ` (${list.data.queues[x.id]})` : ''}
              </button>
            ))}
          </div>
        </div>
        {list.error && <ErrorState error={list.error} onRetry={list.reload} />}
        {!list.data && list.loading && <SkeletonRows label="Đang tải danh sách phản ánh" />}
        {list.data && list.data.items.length === 0 && <EmptyState title={q ? 'Không tìm thấy phản ánh' : 'Không có phản ánh nào trong hàng chờ này'} />}
        {list.data && list.data.items.length > 0 && (
          <ul className="cs-rows">
            {list.data.items.map((f) => (
              <li key={f.code}>
                <a href={`#/phan-anh/${encodeURIComponent(f.code)}`} className={`cs-row${f.code === code ? ' cs-row--on' : ''}`} aria-current={f.code === code ? 'true' : undefined}>
                  <span className="cs-row-top">
                    <code>{f.code}</code>
                    {f.late ? <Badge tone="danger">Quá hạn trả lời</Badge> : <Badge tone={STATUS_TONE[f.status] ?? 'ok'}>{f.statusLabel}</Badge>}
                  </span>
                  <strong>{f.title}</strong>
                  <span className="cs-row-sub">
                    {f.categoryName} · {f.areaName}
                  </span>
                  <span className="cs-row-sub lc-muted">
                    Gửi {formatDate(f.createdAt)} · hạn trả lời {formatDate(f.expectedAt)}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
        {list.data && <Pager page={page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} />}
      </section>
      <section className="cs-detail" aria-label="Phản ánh đang mở">
        {code ? (
          <FeedbackDetail key={code} code={code} me={me} onClose={() => open(null)} onChanged={list.reload} />
        ) : (
          <EmptyState title="Chọn một phản ánh" text="Phản ánh mới và sắp đến hạn trả lời cần xử lý trước." />
        )}
      </section>
    </div>
  );
}
