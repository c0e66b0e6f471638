import { useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilValueLoadable } from 'recoil';
import type { FeedbackDetail } from '@contract/feedback';
import { ApiError, apiUrl, errorMessage, newIdempotencyKey, qrSvgUrl } from '@/shared/api';
import { formatRelative } from '@/shared/format';
import { formatDate, formatDateTime } from '@/shared/format/date';
import { paths } from '@/shared/routes';
import { showToast } from '@/shared/zalo';
import { AsyncBoundary, EmptyState, Icon, PageShell, Section, Skeleton } from '@/shared/ui';
import { rateFeedback, reopenFeedback } from '../api';
import { feedbackDetailQuery, feedbackPageQuery, myFeedbackQuery } from '../state';
import { StatusBadge } from '../components/FeedbackCard';
import { Stars, starWords } from '../components/Stars';
import { Timeline } from '../components/Timeline';
import { Receipt } from '../components/Receipt';
import { ReportMap } from '../components/ReportMap';
import '../components/feedback.css';

function RateForm({ report, onDone }: { report: FeedbackDetail; onDone: (r: FeedbackDetail) => void }) {
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!score) return setError('Hãy chọn số sao.');
    setBusy(true);
    setError(null);
    try {
      onDone(await rateFeedback(report.code, score, comment.trim(), key.current));
      await showToast('Cảm ơn bạn đã đánh giá.');
    } catch (err) {
      if (err instanceof ApiError && err.code === 'IDEMPOTENCY_KEY_REUSED') key.current = newIdempotencyKey();
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="lc-card fb-owner-card" onSubmit={submit}>
      <h3 className="fb-card-heading">Bạn thấy câu trả lời thế nào?</h3>
      <Stars value={score} onChange={setScore} size={34} />
      <p className="fb-hint" aria-live="polite">
        {score ? starWords(score) : 'Chạm vào sao để chọn.'}
      </p>
      <label htmlFor="fb-rate-comment" className="fb-label fb-label--small">
        Nhận xét (không bắt buộc)
      </label>
      <textarea id="fb-rate-comment" className="fb-input fb-textarea" rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
      {error && (
        <p className="fb-field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="lc-button lc-button--block" disabled={busy}>
        {busy ? 'Đang gửi…' : 'Gửi đánh giá'}
      </button>
    </form>
  );
}

function ReopenForm({ report, onDone }: { report: FeedbackDetail; onDone: (r: FeedbackDetail) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  if (!open) {
    return (
      <button type="button" className="lc-button lc-button--secondary lc-button--block" onClick={() => setOpen(true)}>
        Chưa hài lòng? Đề nghị xem xét lại
      </button>
    );
  }
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (reason.trim().length < 10) return setError('Hãy nêu lý do, ít nhất 10 ký tự.');
    setBusy(true);
    setError(null);
    try {
      onDone(await reopenFeedback(report.code, reason.trim(), key.current));
      await showToast('Đã gửi đề nghị xem xét lại.');
    } catch (err) {
      if (err instanceof ApiError && err.code === 'IDEMPOTENCY_KEY_REUSED') key.current = newIdempotencyKey();
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="lc-card fb-owner-card" onSubmit={submit}>
      <h3 className="fb-card-heading">Đề nghị xem xét lại</h3>
      <p className="fb-hint">
        Bạn có thể mở lại phản ánh đến {report.viewer.reopenUntil ? formatDateTime(report.viewer.reopenUntil) : ''}. Hãy cho cơ quan biết điều gì chưa được giải quyết.
      </p>
      <label htmlFor="fb-reopen-reason" className="fb-label fb-label--small">
        Lý do *
      </label>
      <textarea id="fb-reopen-reason" className="fb-input fb-textarea" rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      {error && (
        <p className="fb-field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="lc-button lc-button--block" disabled={busy}>
        {busy ? 'Đang gửi…' : 'Gửi đề nghị'}
      </button>
    </form>
  );
}

/** An old or mistyped code (a link, a QR code) is an answer to show, not a failure to retry. */
function NotFound({ code }: { code: string }) {
  return (
    <EmptyState
      icon="search"
      title="Không tìm thấy phản ánh"
      description={`Không có phản ánh mang mã ${code}. Hãy kiểm tra lại mã trên biên nhận.`}
      action={
        <Link to={paths.feedback} className="lc-button lc-button--secondary">
          Xem các phản ánh
        </Link>
      }
    />
  );
}

function Detail({ code }: { code: string }) {
  const loadable = useRecoilValueLoadable(feedbackDetailQuery(code));
  if (loadable.state === 'loading') throw loadable.contents;
  if (loadable.state === 'hasError') {
    const e = loadable.contents;
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) return <NotFound code={code} />;
    throw e;
  }
  return <Report code={code} report={loadable.contents} />;
}

function Report({ code, report }: { code: string; report: FeedbackDetail }) {
  const refresh = useRecoilRefresher_UNSTABLE(feedbackDetailQuery(code));
  const refreshMine = useRecoilRefresher_UNSTABLE(myFeedbackQuery);
  const refreshPage = useRecoilRefresher_UNSTABLE(feedbackPageQuery({ filter: { category: '', group: '', area: '', q: '' }, page: 1 }));
  const [qrOk, setQrOk] = useState(true);
  const changed = () => {
    refresh();
    refreshMine();
    refreshPage();
  };
  const justSent = (useLocation().state as { receipt?: boolean } | null)?.receipt === true && report.viewer.mine;
  return (
    <article className="fb-detail">
      {justSent && <Receipt report={report} />}
      <div className="fb-detail-head">
        <StatusBadge status={report.status} label={report.statusLabel} />
        <span className="lc-muted">
          {report.code} · {formatRelative(report.createdAt)}
        </span>
      </div>
      <h2 className="fb-detail-title">{report.title}</h2>
      <p className="fb-detail-meta lc-muted">
        {report.categoryName} · Người gửi: {report.reporterName ?? 'ẩn danh'}
      </p>

      {report.duplicateOf && (
        <div className="fb-notice">
          <Icon name="info" size={20} />
          <span>
            Nội dung này trùng với phản ánh <Link to={paths.feedbackItem(report.duplicateOf)}>{report.duplicateOf}</Link>; kết quả được cập nhật ở đó.
          </span>
        </div>
      )}

      {report.answer && (
        <section className="fb-answer" aria-label="Trả lời chính thức">
          <p className="fb-answer-from">
            <Icon name="megaphone" size={20} /> {report.answer.agency}
          </p>
          <p className="fb-answer-text">{report.answer.text}</p>
          <p className="fb-hint">Trả lời lúc {formatDateTime(report.answer.at)}</p>
        </section>
      )}

      {report.rating && (
        <div className="fb-rating">
          <Stars value={report.rating.score} size={20} />
          <span className="lc-muted"> Đánh giá của người gửi: {starWords(report.rating.score)}</span>
          {report.rating.comment && <p className="fb-rating-comment">“{report.rating.comment}”</p>}
        </div>
      )}

      {report.viewer.canRate && <RateForm report={report} onDone={changed} />}
      {report.viewer.canReopen && <ReopenForm report={report} onDone={changed} />}

      <Section title="Nội dung">
        <p className="fb-content">{report.content}</p>
        {report.fields.length > 0 && (
          <dl className="fb-fields">
            {report.fields.map((f) => (
              <div key={f.code}>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {report.photos.length > 0 && (
          <div className="fb-gallery">
            {report.photos.map((p, i) => (
              <a key={p.id} href={apiUrl(p.url)} target="_blank" rel="noreferrer">
                <img src={apiUrl(p.url)} alt={`Ảnh hiện trường ${i + 1}`} loading="lazy" />
              </a>
            ))}
          </div>
        )}
      </Section>

      <Section title="Địa điểm">
        <p className="fb-place">
          <Icon name="pin" size={20} />
          <span>{[report.address, report.areaName, 'tỉnh Lào Cai'].filter(Boolean).join(', ')}</span>
        </p>
        <ReportMap report={report} />
      </Section>

      <Section title="Quá trình xử lý">
        {/* Just sent, the receipt above already says where it went and when to expect an answer. */}
        {!justSent && (
          <p className="fb-hint">
            Cơ quan xử lý: {report.agency}. Hạn trả lời dự kiến: {formatDate(report.expectedAt)}.
          </p>
        )}
        <Timeline entries={report.timeline} />
      </Section>

      {report.viewer.mine && (
        <Section title="Mã tra cứu">
          <div className="fb-qr-row">
            {qrOk && <img src={qrSvgUrl('feedback', report.code)} alt={`Mã QR của phản ánh ${report.code}`} className="fb-qr-small" onError={() => setQrOk(false)} />}
            <p className="fb-hint">Đưa mã {report.code} hoặc mã QR này cho cán bộ khi cần tra cứu nhanh.</p>
          </div>
        </Section>
      )}
    </article>
  );
}

function DetailSkeleton() {
  return (
    <div role="status" aria-label="Đang tải phản ánh" style={{ display: 'grid', gap: 12 }}>
      <Skeleton width="40%" height={20} />
      <Skeleton height={28} />
      <Skeleton width="70%" height={16} />
      <Skeleton height={120} radius={12} />
    </div>
  );
}

export default function FeedbackDetailPage() {
  const { code = '' } = useParams();
  const refresh = useRecoilRefresher_UNSTABLE(feedbackDetailQuery(code));
  return (
    <PageShell title="Chi tiết phản ánh" onRefresh={async () => refresh()}>
      <AsyncBoundary fallback={<DetailSkeleton />} onRetry={refresh}>
        <Detail code={code} />
      </AsyncBoundary>
    </PageShell>
  );
}
