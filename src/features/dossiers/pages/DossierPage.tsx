import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useRecoilCallback, useRecoilValue, useRecoilValueLoadable, useSetRecoilState } from 'recoil';
import type { DossierView } from '@contract/dossiers';
import type { Upload } from '@contract/uploads';
import { ApiError, errorMessage, newIdempotencyKey, qrSvgUrl } from '@/shared/api';
import { paths } from '@/shared/routes';
import { AsyncBoundary, EmptyState, Icon, PageShell, Section, Skeleton, SkeletonList } from '@/shared/ui';
import { formatDateTime } from '@/shared/format/date';
import { vietnamWallClock } from '@/shared/format';
import { share, showToast } from '@/shared/zalo';
import { dossierQuery, dossiersVersionState, receiptKeysState, recentLookupsState } from '../state';
import { supplementDossier, withdrawDossier } from '../api';
import { DeadlineBadge, StatusBadge, addressLine, formatPhone } from '../components/status';
import { Timeline } from '../components/Timeline';
import { Sheet } from '../components/Sheet';
import { AttachmentPicker, formatSize } from '../components/AttachmentPicker';
import { QrCard, copyCode } from '../components/QrCard';
import '../dossiers.css';

/** A stable Idempotency-Key per content: retries of the same action reuse it. */
function useActionKey() {
  const last = useRef<{ key: string; body: string } | null>(null);
  return (body: unknown) => {
    const json = JSON.stringify(body);
    if (last.current?.body !== json) last.current = { key: newIdempotencyKey(), body: json };
    return last.current.key;
  };
}

function deadlineText(d: DossierView): string {
  if (d.workingDaysLeft === null) return '';
  if (d.overdue) return `Đã quá hạn ${Math.max(1, -d.workingDaysLeft)} ngày làm việc`;
  if (d.workingDaysLeft === 0) return 'Hạn trả kết quả là hôm nay';
  return `Còn ${d.workingDaysLeft} ngày làm việc`;
}

function SupplementSheet({ d, open, onClose }: { d: DossierView; open: boolean; onClose: () => void }) {
  const [files, setFiles] = useState<Upload[]>([]);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const bump = useSetRecoilState(dossiersVersionState);
  const keyFor = useActionKey();
  const send = async () => {
    if (files.length === 0) {
      setError('Vui lòng đính kèm giấy tờ bổ sung.');
      return;
    }
    const body = { attachmentIds: files.map((f) => f.id), ...(note.trim() ? { note: note.trim() } : {}) };
    setSending(true);
    setError(null);
    try {
      await supplementDossier(d.code, body, keyFor(body));
      onClose();
      setFiles([]);
      setNote('');
      bump((v) => v + 1);
      await showToast('Đã gửi giấy tờ bổ sung. Hồ sơ tiếp tục được xử lý.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSending(false);
    }
  };
  return (
    <Sheet title="Bổ sung giấy tờ" open={open} onClose={onClose}>
      <p className="dsr-hint">Cơ quan cần các giấy tờ sau:</p>
      <ul className="dsr-missing">
        {d.missingDocuments.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <AttachmentPicker attachments={files} max={10} onAdd={(u) => setFiles((f) => [...f, u])} onRemove={(id) => setFiles((f) => f.filter((x) => x.id !== id))} />
      <div className="dsr-field">
        <label htmlFor="dsr-sup-note" className="dsr-label">
          Ghi chú cho cán bộ <span className="lc-muted dsr-optional">(không bắt buộc)</span>
        </label>
        <textarea id="dsr-sup-note" className="dsr-input" rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && (
        <p className="dsr-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="lc-button lc-button--block" onClick={() => void send()} disabled={sending}>
        {sending ? 'Đang gửi…' : 'Gửi giấy tờ bổ sung'}
      </button>
    </Sheet>
  );
}

const WITHDRAW_REASONS = [
  'Tôi sẽ nộp trực tiếp tại bộ phận Một cửa',
  'Tôi khai sai thông tin, sẽ nộp hồ sơ mới',
  'Tôi không còn nhu cầu giải quyết',
  'Lý do khác',
];

function WithdrawSheet({ d, open, onClose }: { d: DossierView; open: boolean; onClose: () => void }) {
  const [choice, setChoice] = useState(WITHDRAW_REASONS[0]);
  const [other, setOther] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const bump = useSetRecoilState(dossiersVersionState);
  const keyFor = useActionKey();
  const confirm = async () => {
    const reason = choice === 'Lý do khác' ? other.trim() : choice;
    if (reason.length < 3) {
      setError('Vui lòng cho biết lý do rút hồ sơ.');
      return;
    }
    setSending(true);
    setError(null);
    try {
      await withdrawDossier(d.code, { reason }, keyFor({ reason }));
      onClose();
      bump((v) => v + 1);
      await showToast('Đã rút hồ sơ.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSending(false);
    }
  };
  return (
    <Sheet title="Rút hồ sơ?" open={open} onClose={onClose}>
      <p>
        Hồ sơ <strong>{d.procedure.name}</strong> sẽ dừng xử lý và không thể tiếp tục. Nếu cần, bạn phải nộp hồ sơ mới.
      </p>
      <fieldset className="dsr-fieldset dsr-reasons">
        <legend className="dsr-label">Lý do rút hồ sơ</legend>
        {WITHDRAW_REASONS.map((r) => (
          <label key={r} className="dsr-radio">
            <input type="radio" name="withdraw-reason" value={r} checked={choice === r} onChange={() => setChoice(r)} />
            <span>{r}</span>
          </label>
        ))}
        {choice === 'Lý do khác' && (
          <textarea className="dsr-input" rows={3} maxLength={500} aria-label="Lý do khác" value={other} onChange={(e) => setOther(e.target.value)} />
        )}
      </fieldset>
      {error && (
        <p className="dsr-error" role="alert">
          {error}
        </p>
      )}
      <div className="dsr-form-actions">
        <button type="button" className="lc-button lc-button--secondary" onClick={onClose} disabled={sending}>
          Không rút
        </button>
        <button type="button" className="lc-button lc-button--danger dsr-primary" onClick={() => void confirm()} disabled={sending}>
          {sending ? 'Đang rút…' : 'Rút hồ sơ'}
        </button>
      </div>
    </Sheet>
  );
}

/** Sent outside office hours (after 17:00, before 7:00, or on a day off): counted from the next working day. */
function outOfHours(iso: string): boolean {
  const wall = vietnamWallClock(new Date(iso));
  const hour = wall.getUTCHours();
  const weekday = wall.getUTCDay();
  return hour >= 17 || hour < 7 || weekday === 0 || weekday === 6;
}

/**
 * The receipt's code, sent to a relative who follows the dossier too: inside Zalo a card that opens
 * the dossier's public page (status only, personal data masked) in the mini app.
 */
async function shareReceipt(d: DossierView) {
  try {
    const outcome = await share({
      title: `Hồ sơ ${d.procedure.name}`,
      text: `Mã hồ sơ ${d.code}: bấm để xem tình trạng giải quyết trên Lào Cai số.`,
      path: paths.dossier(d.code),
      imageUrl: qrSvgUrl('dossier', d.code),
    });
    if (outcome === 'copied') void showToast('Đã chép liên kết tra cứu hồ sơ.');
  } catch (e) {
    void showToast(errorMessage(e));
  }
}

function Receipt({ d }: { d: DossierView }) {
  return (
    <section className="lc-card dsr-receipt" aria-labelledby="dsr-receipt-title">
      <p className="dsr-receipt-ok">
        <Icon name="check" size={22} />
        <span id="dsr-receipt-title">Đã gửi hồ sơ thành công</span>
      </p>
      <p className="dsr-receipt-text">
        {d.agency.name} đã nhận hồ sơ lúc {formatDateTime(d.receivedAt)}. Hẹn trả kết quả trước <strong>{formatDateTime(d.dueAt)}</strong>
        {outOfHours(d.receivedAt) ? ' (hồ sơ gửi ngoài giờ hành chính được tính từ ngày làm việc tiếp theo)' : ''}. Bạn sẽ nhận được thông báo mỗi khi hồ sơ đổi trạng thái.
      </p>
      {d.receipt && <QrCard code={d.code} receipt={d.receipt} caption="Giữ mã QR này để tra cứu và xuất trình khi đến bộ phận Một cửa." />}
      <button type="button" className="lc-button lc-button--secondary lc-button--block dsr-receipt-share" onClick={() => void shareReceipt(d)}>
        <Icon name="share" size={18} /> Chia sẻ mã hồ sơ
      </button>
    </section>
  );
}

/** What the page says about whose details it shows, by how it was opened. */
function AccessNote({ d, keyRejected }: { d: DossierView; keyRejected: boolean }) {
  if (d.access === 'receipt') {
    return (
      <p className="dsr-note">
        <Icon name="shield" size={18} /> Bạn mở hồ sơ bằng mã QR hoặc liên kết trên giấy tiếp nhận: họ tên và số giấy tờ của người nộp đã được che bớt. Người nộp đăng
        nhập bằng tài khoản Zalo của mình sẽ thấy đầy đủ.
      </p>
    );
  }
  if (d.access !== 'public') return null;
  return (
    <p className="dsr-note">
      <Icon name="shield" size={18} />{' '}
      {keyRejected
        ? 'Liên kết hoặc mã QR này không khớp với hồ sơ, nên chỉ hiện tình trạng xử lý. Hãy quét lại mã QR trên giấy tiếp nhận.'
        : 'Bạn đang xem tình trạng xử lý của hồ sơ. Thông tin người nộp chỉ hiện khi mở bằng mã QR hoặc liên kết trên giấy tiếp nhận (đã che bớt), hoặc khi người nộp đăng nhập bằng tài khoản Zalo của mình.'}
    </p>
  );
}

function Content({ code }: { code: string }) {
  const [params] = useSearchParams();
  const savedKeys = useRecoilValue(receiptKeysState);
  const linkKey = params.get('key');
  const key = linkKey || savedKeys[code] || null;
  const loadable = useRecoilValueLoadable(dossierQuery({ code, key }));
  const location = useLocation();
  const setSavedKeys = useSetRecoilState(receiptKeysState);
  // The list lives in the phone's storage and may still be loading: read it before adding to it.
  const remember = useRecoilCallback(({ snapshot, set }) => async (found: string) => {
    const stored: unknown = await snapshot.getPromise(recentLookupsState);
    // Recoil can hand back its DefaultValue marker here when nothing was stored yet.
    const recent = Array.isArray(stored) ? (stored as string[]) : [];
    set(recentLookupsState, [found, ...recent.filter((c) => c !== found)].slice(0, 8));
  });
  const [sheet, setSheet] = useState<'supplement' | 'withdraw' | null>(null);
  const d = loadable.state === 'hasValue' ? loadable.contents : null;
  useEffect(() => {
    if (d) void remember(d.code);
  }, [d, remember]);
  // A receipt key that worked is kept for this dossier on this phone; one that did not is forgotten.
  useEffect(() => {
    if (!d || !key) return;
    if (d.access === 'receipt' && savedKeys[d.code] !== key) setSavedKeys((all) => ({ ...all, [d.code]: key }));
    if (d.access === 'public' && savedKeys[d.code] === key) {
      setSavedKeys(({ [d.code]: _forgotten, ...rest }) => rest);
    }
  }, [d, key, savedKeys, setSavedKeys]);

  if (loadable.state === 'loading') throw loadable.contents;
  if (loadable.state === 'hasError') {
    const e = loadable.contents;
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) {
      return (
        <EmptyState
          icon="search"
          title="Không tìm thấy hồ sơ"
          description={`Không có hồ sơ mang mã ${code}. Hãy kiểm tra lại từng chữ số trên giấy tiếp nhận.`}
          action={
            <Link to={paths.trackDossier} className="lc-button lc-button--secondary">
              Tra cứu mã khác
            </Link>
          }
        />
      );
    }
    throw e;
  }
  if (!d) return null;
  const receipt = (location.state as { receipt?: boolean } | null)?.receipt && d.isOwner;
  const lastNote = [...d.history].reverse().find((h) => h.status === d.status)?.note;
  return (
    <>
      {receipt && <Receipt d={d} />}
      <section className="lc-card dsr-summary" aria-label="Tình trạng hồ sơ">
        <div className="dsr-dossier-top">
          <StatusBadge status={d.status} label={d.statusLabel} />
          <DeadlineBadge overdue={d.overdue} dueSoon={d.dueSoon} />
        </div>
        <h2 className="dsr-summary-title">{d.procedure.name}</h2>
        <p className="lc-muted dsr-summary-agency">{d.agency.name}</p>
        <button type="button" className="dsr-code-row" onClick={() => void copyCode(d.code)} aria-label={`Mã hồ sơ ${d.code}, bấm để sao chép`}>
          <span className="dsr-code">{d.code}</span>
          <Icon name="copy" size={16} />
        </button>
        <dl className="dsr-dl dsr-dates">
          <dt>Ngày nộp</dt>
          <dd>{formatDateTime(d.receivedAt)}</dd>
          {d.finishedAt ? (
            <>
              <dt>{d.status === 9 || d.status === 10 ? 'Có kết quả' : 'Kết thúc'}</dt>
              <dd>{formatDateTime(d.finishedAt)}</dd>
            </>
          ) : (
            <>
              <dt>Hẹn trả kết quả</dt>
              {d.status === 5 ? (
                // The time limit starts again once the papers arrive (the server sets the new date then).
                <dd>{d.isOwner ? 'Được tính lại khi bạn gửi giấy tờ bổ sung' : 'Tạm dừng, chờ người nộp bổ sung giấy tờ'}</dd>
              ) : (
                <dd>
                  {formatDateTime(d.dueAt)}
                  {deadlineText(d) && <span className={`dsr-left${d.overdue ? ' dsr-left--late' : ''}`}>{deadlineText(d)}</span>}
                </dd>
              )}
            </>
          )}
          <dt>Hình thức</dt>
          <dd>Nộp {d.channel.toLowerCase()}</dd>
        </dl>
      </section>

      {d.isOwner && d.status === 5 && (
        <section className="lc-card dsr-action" aria-labelledby="dsr-need-papers">
          <h3 id="dsr-need-papers" className="dsr-action-title">
            <Icon name="alert" size={20} /> Cơ quan yêu cầu bổ sung giấy tờ
          </h3>
          <ul className="dsr-missing">
            {d.missingDocuments.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <p className="lc-muted dsr-hint">Sau khi bạn gửi bổ sung, hồ sơ được xử lý tiếp và hạn trả kết quả được tính lại.</p>
          <button type="button" className="lc-button lc-button--block" onClick={() => setSheet('supplement')}>
            <Icon name="upload" size={20} /> Bổ sung giấy tờ
          </button>
        </section>
      )}
      {d.isOwner && d.status === 6 && (
        <section className="lc-card dsr-action" aria-labelledby="dsr-need-fee">
          <h3 id="dsr-need-fee" className="dsr-action-title">
            <Icon name="ticket" size={20} /> Cần thực hiện nghĩa vụ tài chính
          </h3>
          {lastNote && <p>{lastNote}</p>}
          <p className="lc-muted dsr-hint">Nộp tại bộ phận Một cửa hoặc qua Cổng Dịch vụ công quốc gia; cán bộ xác nhận xong hồ sơ sẽ được xử lý tiếp.</p>
        </section>
      )}
      <AccessNote d={d} keyRejected={!!key && d.access === 'public'} />

      <Section title="Quá trình xử lý">
        <div className="lc-card">
          <Timeline steps={d.history} />
        </div>
      </Section>

      {d.applicant && (
        <Section title="Người nộp">
          <dl className="lc-card dsr-dl">
            <dt>Họ và tên</dt>
            <dd>{d.applicant.fullName}</dd>
            <dt>Số CCCD</dt>
            <dd>{d.applicant.idNumber}</dd>
            <dt>Điện thoại</dt>
            <dd>{formatPhone(d.applicant.phone)}</dd>
            <dt>Địa chỉ</dt>
            <dd>{addressLine(d.applicant.address)}</dd>
          </dl>
        </Section>
      )}

      {d.fields.length > 0 && (
        <Section title="Nội dung hồ sơ">
          <dl className="lc-card dsr-dl">
            {d.fields.map((f) => (
              <div key={f.name} className="dsr-dl-row">
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}
      {d.attachments.length > 0 && (
        <Section title={`Giấy tờ đã nộp (${d.attachments.length})`}>
          <ul className="lc-card dsr-review-files">
            {d.attachments.map((f) => (
              <li key={f.id}>
                <Icon name={f.contentType === 'application/pdf' ? 'document' : 'image'} size={18} /> {f.name} <span className="lc-muted">({formatSize(f.size)})</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {d.isOwner && d.receipt && !receipt && (
        <Section title="Mã QR của hồ sơ">
          <div className="lc-card">
            <QrCard code={d.code} receipt={d.receipt} caption="Xuất trình mã này khi đến bộ phận Một cửa nhận kết quả." />
          </div>
        </Section>
      )}
      {d.canWithdraw && (
        <div className="dsr-withdraw">
          <button type="button" className="lc-button lc-button--secondary dsr-danger-outline lc-button--block" onClick={() => setSheet('withdraw')}>
            Rút hồ sơ
          </button>
        </div>
      )}
      {d.canSupplement && <SupplementSheet d={d} open={sheet === 'supplement'} onClose={() => setSheet(null)} />}
      {d.canWithdraw && <WithdrawSheet d={d} open={sheet === 'withdraw'} onClose={() => setSheet(null)} />}
    </>
  );
}

function DossierSkeleton() {
  return (
    <div role="status" aria-label="Đang tải hồ sơ">
      <div className="lc-card" style={{ display: 'grid', gap: 10 }}>
        <Skeleton width="40%" height={22} radius={999} />
        <Skeleton width="85%" height={22} />
        <Skeleton width="60%" height={16} />
        <Skeleton width="100%" height={70} />
      </div>
      <div style={{ marginTop: 16 }}>
        <SkeletonList count={3} />
      </div>
    </div>
  );
}

/** A dossier by its code: status, due date, timeline; for its owner also the details and actions. */
export default function DossierPage() {
  const { code = '' } = useParams();
  const normalised = code.trim().toUpperCase();
  const bump = useSetRecoilState(dossiersVersionState);
  return (
    <PageShell title="Hồ sơ" onRefresh={async () => bump((v) => v + 1)}>
      <AsyncBoundary fallback={<DossierSkeleton />} onRetry={() => bump((v) => v + 1)}>
        <Content code={normalised} />
      </AsyncBoundary>
    </PageShell>
  );
}
