import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { AsyncBoundary, Icon, PageShell, Skeleton } from '@/shared/ui';
import { formatDayLabel } from '@/shared/format';
import { formatDateTime } from '@/shared/format/date';
import { callPhone, share, showToast, ZaloError } from '@/shared/zalo';
import { paths } from '@/shared/routes';
import { FollowButton } from '../components/FollowButton';
import { StatusBadge } from '../components/StatusBadge';
import { addToCalendar } from '../calendar';
import { formatDuration, placeText, timeRange, TYPE_LABEL, whenText } from '../format';
import { clockKey, outageQuery } from '../state';
import '../components/outages.css';

function Detail({ id, at }: { id: string; at: number }) {
  const o = useRecoilValue(outageQuery({ id, at }));
  const [problem, setProblem] = useState<string | null>(null);
  const act = (f: () => Promise<unknown>) => async () => {
    setProblem(null);
    try {
      await f();
    } catch (e) {
      setProblem(e instanceof ZaloError ? e.userMessage : 'Chưa thực hiện được. Vui lòng thử lại.');
    }
  };
  return (
    <article className="oc-detail">
      <div className={`oc-hero oc-hero--${o.status}`}>
        <div className="oc-hero-badges">
          <StatusBadge status={o.status} />
          <span className={`lc-badge${o.type === 'emergency' ? ' lc-badge--danger' : ''}`}>{TYPE_LABEL[o.type]}</span>
        </div>
        <p className="oc-hero-day">{formatDayLabel(o.start)}</p>
        <p className="oc-hero-time">{timeRange(o)}</p>
        <p className="oc-hero-when">{whenText(o)}</p>
        <p className="oc-hero-when">Thời gian cắt điện: {formatDuration(o.durationMinutes)}</p>
      </div>
      {o.note && (
        <p className="oc-note" role="note">
          <Icon name="info" size={18} /> {o.note}
        </p>
      )}
      <dl className="oc-facts lc-card">
        <div>
          <dt>Xã, phường</dt>
          <dd>{o.communes.join(', ')}</dd>
        </div>
        <div>
          <dt>Khu vực mất điện</dt>
          <dd>{o.area}</dd>
        </div>
        <div>
          <dt>Lý do</dt>
          <dd>{o.reason}</dd>
        </div>
        <div>
          <dt>Đơn vị</dt>
          <dd>
            {o.branch} – {o.company}
          </dd>
        </div>
        <div>
          <dt>Mã lịch</dt>
          <dd>
            {o.id} · đăng lúc {formatDateTime(o.publishedAt)}
          </dd>
        </div>
      </dl>
      <div className="oc-actions">
        {o.status !== 'cancelled' && o.status !== 'restored' && (
          <button type="button" className="lc-button lc-button--block" onClick={act(() => addToCalendar({ id: o.id }))}>
            <Icon name="calendar" size={18} /> Thêm vào lịch
          </button>
        )}
        {o.communeIds.map((cid, i) => (
          <FollowButton key={cid} id={cid} name={o.communes[i]} />
        ))}
        <button type="button" className="lc-button lc-button--secondary lc-button--block" onClick={act(() => callPhone(o.phone))}>
          <Icon name="phone" size={18} /> Gọi tổng đài điện lực {o.phone}
        </button>
        <button
          type="button"
          className="lc-button lc-button--secondary lc-button--block"
          onClick={act(async () => {
            const outcome = await share({
              title: `Lịch cắt điện ${placeText(o.communes)}`,
              text: `${timeRange(o)} ${formatDayLabel(o.start).toLowerCase()}: ${o.area}`,
              path: paths.outage(o.id),
            });
            if (outcome === 'copied') await showToast('Đã sao chép liên kết.');
          })}
        >
          <Icon name="share" size={18} /> Chia sẻ
        </button>
        {problem && (
          <p className="oc-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
    </article>
  );
}

export default function OutageDetailPage() {
  const { id = '' } = useParams();
  const at = clockKey();
  const refresh = useRecoilRefresher_UNSTABLE(outageQuery({ id, at }));
  return (
    <PageShell title="Chi tiết lịch cắt điện" onRefresh={async () => refresh()}>
      <AsyncBoundary fallback={<Skeleton height={260} radius={16} />} onRetry={refresh}>
        <Detail id={id} at={at} />
      </AsyncBoundary>
    </PageShell>
  );
}
