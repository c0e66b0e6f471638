import { useEffect, useState, type FormEvent } from 'react';
import type { AllowedTransition, OfficerDossierView, TransitionPreview } from '../src/contract/officers';
import { ApiError, post } from './api';
import { Attachments, type PaperGroup } from './Attachments';
import { deadlineText, formatDate, formatDateTime, formatVnd, parseAmount } from './format';
import { Preview } from './Preview';
import { useDebounced } from './DossierDesk';
import { Badge, ErrorState, SkeletonRows, fieldError, useData } from './ui';

/**
 * The body of a transition as the API takes it: papers of the procedure by id, others described in
 * words; a fee's amount in đồng (the resident then pays it in the app).
 */
export function transitionBody(t: AllowedTransition, form: { note: string; paperIds: string[]; described: string[]; amount: string }) {
  const amount = t.to === 6 ? parseAmount(form.amount) : null;
  const note = form.note.trim();
  return {
    to: t.to,
    ...(note ? { note } : {}),
    ...(t.needsMissingDocuments && form.paperIds.length ? { missingPapers: form.paperIds } : {}),
    ...(t.needsMissingDocuments && form.described.length ? { missingDocuments: form.described } : {}),
    ...(amount ? { amount } : {}),
  };
}

function TransitionForm({ dossier, t, onDone, onCancel }: { dossier: OfficerDossierView; t: AllowedTransition; onDone: (label: string) => void; onCancel: () => void }) {
  const [note, setNote] = useState('');
  const [paperIds, setPaperIds] = useState<string[]>([]);
  const [described, setDescribed] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const [amount, setAmount] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<{ data: TransitionPreview | null; error: ApiError | null }>({ data: null, error: null });
  const body = transitionBody(t, { note, paperIds, described, amount });
  // Only papers that travel as files can be asked for again (not the online form, not an original shown at the desk).
  const askable = dossier.procedurePapers.filter((p) => p.need.kind !== 'form' && p.need.kind !== 'desk');
  const settled = useDebounced(JSON.stringify(body), 350);
  const path = `/api/officer/dossiers/${encodeURIComponent(dossier.code)}/transitions`;

  // Not asked before the form can pass: the preview waits for the compulsory parts.
  // (Judged on the settled body, the one the preview sends.)
  const sent = JSON.parse(settled) as { note?: string; missingDocuments?: string[]; missingPapers?: string[] };
  const missingPart =
    t.needsMissingDocuments && !sent.missingDocuments?.length && !sent.missingPapers?.length ? 'Chọn giấy tờ cần bổ sung để xem trước.' : t.noteRequired && !sent.note ? 'Nhập ghi chú để xem trước.' : null;
  useEffect(() => {
    if (missingPart) return;
    let live = true;
    post<TransitionPreview>(`${path}/preview`, JSON.parse(settled)).then(
      (data) => live && setPreview({ data, error: null }),
      (e: unknown) => live && setPreview({ data: null, error: e instanceof ApiError ? e : null }),
    );
    return () => {
      live = false;
    };
  }, [settled, path, missingPart]);

  const toggle = (id: string) => setPaperIds((m) => (m.includes(id) ? m.filter((x) => x !== id) : [...m, id]));
  const dropDescribed = (name: string) => setDescribed((m) => m.filter((x) => x !== name));
  const addOther = () => {
    const name = other.trim();
    if (name.length >= 2 && !described.includes(name)) setDescribed((m) => [...m, name]);
    setOther('');
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (t.to === 6 && amount.trim() && !parseAmount(amount)) {
      setError(new ApiError(400, 'VALIDATION_ERROR', 'Số tiền chưa đúng.', [{ path: 'amount', message: 'Nhập số tiền bằng chữ số, ví dụ 1.250.000.' }]));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await post(path, body);
      onDone(t.statusLabel);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', 'Chưa thực hiện được. Vui lòng thử lại.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="cs-action-form" onSubmit={submit} noValidate>
      <h4>{t.action}</h4>
      {t.needsMissingDocuments && (
        <fieldset className="cs-fieldset">
          <legend>Giấy tờ cần bổ sung</legend>
          {askable.map((p) => (
            <label key={p.id} className="cs-check">
              <input type="checkbox" checked={paperIds.includes(p.id)} onChange={() => toggle(p.id)} />
              <span>
                {p.name}
                {p.copies ? <span className="lc-muted"> · {p.copies}</span> : null}
              </span>
            </label>
          ))}
          {described.map((m) => (
            <label key={m} className="cs-check">
              <input type="checkbox" checked onChange={() => dropDescribed(m)} />
              <span>{m}</span>
            </label>
          ))}
          <div className="cs-inline">
            <label className="cs-field cs-grow">
              <span>Giấy tờ khác</span>
              <input
                value={other}
                onChange={(e) => setOther(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addOther();
                  }
                }}
                placeholder="Ví dụ: Bản vẽ mặt bằng có chữ ký"
              />
            </label>
            <button type="button" className="lc-chip" onClick={addOther}>
              Thêm
            </button>
          </div>
          {(fieldError(error, 'missingPapers') ?? fieldError(error, 'missingDocuments')) && (
            <small className="cs-field-error">{fieldError(error, 'missingPapers') ?? fieldError(error, 'missingDocuments')}</small>
          )}
        </fieldset>
      )}
      {t.to === 6 && (
        <label className="cs-field">
          <span>Số tiền phí, lệ phí cần nộp (đồng)</span>
          <input inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} placeholder={dossier.procedure.name ? 'Ví dụ: 100.000' : ''} aria-invalid={!!fieldError(error, 'amount')} />
          {fieldError(error, 'amount') && <small className="cs-field-error">{fieldError(error, 'amount')}</small>}
        </label>
      )}
      <label className="cs-field">
        <span>
          {t.noteRequired ? 'Ghi chú cho công dân (bắt buộc)' : 'Ghi chú cho công dân (không bắt buộc)'}
        </span>
        <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={!!fieldError(error, 'note')} />
        {fieldError(error, 'note') && <small className="cs-field-error">{fieldError(error, 'note')}</small>}
      </label>
      <Preview
        notice={missingPart ? null : (preview.data?.notice ?? null)}
        line={
          preview.data
            ? { title: preview.data.history.action, where: [preview.data.history.office, preview.data.history.officer].filter(Boolean).join(' · '), note: preview.data.history.note }
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
        <button type="submit" className={`lc-button${[3, 8].includes(t.to) ? ' lc-button--danger' : ''}`} disabled={busy}>
          {busy ? 'Đang gửi…' : `Xác nhận: ${t.action}`}
        </button>
        <button type="button" className="lc-button lc-button--secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}

export function DossierDetail({ code, onClose, onChanged }: { code: string; onClose: () => void; onChanged: () => void }) {
  const { data: d, error, loading, reload } = useData<OfficerDossierView>(`/api/officer/dossiers/${encodeURIComponent(code)}`);
  const [acting, setActing] = useState<AllowedTransition | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (error && !d) return <ErrorState error={error} onRetry={reload} />;
  if (!d) return loading ? <SkeletonRows rows={4} label="Đang tải hồ sơ" /> : null;
  const deadline = deadlineText(d);
  // Files under the paper they answer; files sent before papers had slots under one heading.
  const groups: PaperGroup[] = d.papers.length
    ? d.papers.map((p) => ({ title: p.copies ? `${p.name} (${p.copies})` : p.name, files: p.files }))
    : [{ title: 'Giấy tờ đã nộp', files: d.attachments }];
  const dueFee = d.fees.find((f) => f.status === 'due');

  return (
    <article className="cs-card-stack">
      <div className="lc-card">
        <div className="cs-detail-head">
          <button type="button" className="lc-chip cs-back" onClick={onClose}>
            ‹ Danh sách
          </button>
          <code className="cs-code">{d.code}</code>
          <Badge tone={d.final ? 'muted' : 'ok'}>{d.statusLabel}</Badge>
          {deadline.text && <Badge tone={deadline.tone}>{deadline.text}</Badge>}
        </div>
        <h2 className="cs-title">{d.procedure.name}</h2>
        <dl className="cs-facts">
          <div>
            <dt>Cơ quan</dt>
            <dd>{d.agency.name}</dd>
          </div>
          <div>
            <dt>Tiếp nhận</dt>
            <dd>{formatDateTime(d.receivedAt)}</dd>
          </div>
          <div>
            <dt>Hạn trả kết quả</dt>
            <dd>{formatDate(d.dueAt)}</dd>
          </div>
          <div>
            <dt>Mức độ</dt>
            <dd>{d.serviceLevel === 'full' ? 'Toàn trình' : 'Một phần'} · {d.channel}</dd>
          </div>
        </dl>
      </div>

      {done && (
        <p className="cs-success" role="status">
          Đã chuyển hồ sơ sang “{done}”. Công dân đã được thông báo.
        </p>
      )}

      <div className="lc-card">
        <h3>Xử lý hồ sơ</h3>
        {d.transitions.length === 0 ? (
          <p className="lc-muted">Hồ sơ ở trạng thái này không còn bước nào cho cán bộ.{d.status === 5 ? ' Đang chờ công dân gửi giấy tờ bổ sung.' : ''}</p>
        ) : acting ? (
          <TransitionForm
            key={acting.to}
            dossier={d}
            t={acting}
            onCancel={() => setActing(null)}
            onDone={(label) => {
              setActing(null);
              setDone(label);
              reload();
              onChanged();
            }}
          />
        ) : (
          <div className="cs-actions">
            {d.transitions.map((t) => (
              <button key={t.to} type="button" className={`lc-button${[3, 8].includes(t.to) ? ' lc-button--secondary cs-button--danger-outline' : ''}`} onClick={() => {
                setDone(null);
                setActing(t);
              }}>
                {t.action}
              </button>
            ))}
          </div>
        )}
        {d.missingPapers.length > 0 && (
          <div className="cs-note">
            <strong>Đang chờ bổ sung:</strong> {d.missingPapers.map((p) => p.name).join('; ')}
          </div>
        )}
        {d.fees.length > 0 && (
          <ul className="cs-small">
            {d.fees.map((f) => (
              <li key={f.id}>
                {formatVnd(f.amount)} · {f.reason} ·{' '}
                {f.status === 'due'
                  ? 'chờ công dân nộp trong ứng dụng'
                  : f.status === 'paid'
                    ? `đã nộp qua Zalo Checkout${f.receipt ? `, biên lai ${f.receipt.series} số ${f.receipt.number}` : ''}`
                    : f.status === 'settled'
                      ? 'đã xác nhận nộp tại quầy'
                      : 'đã hủy'}
              </li>
            ))}
          </ul>
        )}
        {dueFee && d.status === 6 && <p className="lc-muted cs-small">Nếu công dân đã nộp tại quầy, chọn “Xác nhận đã thực hiện nghĩa vụ tài chính, tiếp tục xử lý”.</p>}
      </div>

      <div className="lc-card">
        <h3>Người nộp</h3>
        {d.applicant && (
          <dl className="cs-facts">
            <div>
              <dt>Họ tên</dt>
              <dd>{d.applicant.fullName}</dd>
            </div>
            <div>
              <dt>Số định danh</dt>
              <dd>{d.applicant.idNumber}</dd>
            </div>
            <div>
              <dt>Điện thoại</dt>
              <dd>{d.applicant.phone}</dd>
            </div>
            {d.applicant.email && (
              <div>
                <dt>Thư điện tử</dt>
                <dd>{d.applicant.email}</dd>
              </div>
            )}
            <div className="cs-wide">
              <dt>Địa chỉ</dt>
              <dd>{[d.applicant.address.street, d.applicant.address.commune, d.applicant.address.province].filter(Boolean).join(', ')}</dd>
            </div>
            <div className="cs-wide">
              <dt>Nhận tin qua Zalo</dt>
              <dd>{d.ownerZalo === 'granted' ? 'Đã cho phép' : d.ownerZalo === 'refused' ? 'Đã từ chối: chỉ nhận thông báo trong ứng dụng' : 'Chưa trả lời: chỉ nhận thông báo trong ứng dụng'}</dd>
            </div>
          </dl>
        )}
      </div>

      {d.fields.length > 0 && (
        <div className="lc-card">
          <h3>Thông tin khai</h3>
          <dl className="cs-facts">
            {d.fields.map((f) => (
              <div key={f.name}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}

      <div className="lc-card">
        <h3>Giấy tờ đính kèm</h3>
        <Attachments groups={groups} />
        {d.procedurePapers.length > 0 && (
          <details className="cs-small">
            <summary>Thành phần hồ sơ theo quy định ({d.procedurePapers.length})</summary>
            <ul>
              {d.procedurePapers.map((p) => (
                <li key={p.id}>
                  {p.name} <span className="lc-muted">· {p.copies}</span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>

      <div className="lc-card">
        <h3>Quá trình xử lý</h3>
        <ol className="cs-history">
          {[...d.history].reverse().map((h) => (
            <li key={h.step}>
              <strong>{h.action}</strong>
              <span className="lc-muted">
                {formatDateTime(h.at)} · {h.office}
                {h.officer ? ` · ${h.officer}` : ''}
              </span>
              {h.note && <span>{h.note}</span>}
            </li>
          ))}
        </ol>
      </div>
    </article>
  );
}
