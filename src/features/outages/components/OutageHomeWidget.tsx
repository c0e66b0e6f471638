import { Link } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilValue, waitForAll } from 'recoil';
import type { Outage } from '@contract/outages';
import { paths } from '@/shared/routes';
import { Icon, WidgetBoundary } from '@/shared/ui';
import { formatDayLabel, formatTime } from '@/shared/format';
import { timeRange } from '../format';
import { clockKey, followedCommunesState, outagePageQuery } from '../state';
import './outages.css';

function OutNow({ outage }: { outage: Outage }) {
  return (
    <div role="alert">
      <Link to={paths.outage(outage.id)} className="oc-banner">
        <span className="oc-banner-icon" aria-hidden="true">
          <Icon name="bolt-off" size={26} />
        </span>
        <span className="oc-banner-text">
          <strong>Đang mất điện</strong>
          <span>
            {outage.communes.join(', ')} · dự kiến có điện lại lúc {formatTime(outage.end)}
          </span>
        </span>
        <Icon name="forward" size={18} />
      </Link>
    </div>
  );
}

/**
 * Home: the "Đang mất điện" banner when a followed commune has power off now, and the next
 * planned cut there; without followed communes, how many places are out across the province.
 */
export default function OutageHomeWidget() {
  const followed = useRecoilValue(followedCommunesState);
  const at = clockKey();
  const commune = followed.length ? followed.join(',') : undefined;
  const refreshOngoing = useRecoilRefresher_UNSTABLE(outagePageQuery(ongoingParams(commune, at)));
  const refreshNext = useRecoilRefresher_UNSTABLE(outagePageQuery(nextParams(commune, at)));
  return (
    <WidgetBoundary
      onRetry={() => {
        refreshOngoing();
        refreshNext();
      }}
    >
      <OutagesNearMe commune={commune} at={at} />
    </WidgetBoundary>
  );
}

const ongoingParams = (commune: string | undefined, at: number) => ({ commune, status: ['ongoing' as const], pageSize: 10, page: 1, at });
const nextParams = (commune: string | undefined, at: number) => ({ commune, status: ['scheduled' as const], pageSize: 1, page: 1, at });

function OutagesNearMe({ commune, at }: { commune: string | undefined; at: number }) {
  const [ongoing, next] = useRecoilValue(waitForAll([outagePageQuery(ongoingParams(commune, at)), outagePageQuery(nextParams(commune, at))]));

  if (!commune) {
    return (
      <section className="oc-widget lc-card" aria-label="Lịch cắt điện">
        <p className="oc-widget-title">
          <Icon name="bolt" size={18} /> Lịch cắt điện
        </p>
        <p className="oc-widget-text">
          {ongoing.total > 0 ? `Hiện có ${ongoing.total} nơi đang mất điện trong tỉnh.` : 'Hiện không có nơi nào mất điện trong tỉnh.'} Theo dõi
          xã, phường của bạn để được báo ngay tại đây.
        </p>
        <Link to={paths.outages} className="oc-widget-link">
          Xem lịch và chọn khu vực <Icon name="forward" size={14} />
        </Link>
      </section>
    );
  }

  const upcoming = next.items[0];
  return (
    <section className="oc-widget-wrap" aria-label="Lịch cắt điện nơi bạn theo dõi">
      {ongoing.items.map((o) => (
        <OutNow key={o.id} outage={o} />
      ))}
      <Link to={upcoming ? paths.outage(upcoming.id) : paths.outages} className="oc-widget lc-card oc-widget--next">
        <span className="oc-widget-title">
          <Icon name="calendar" size={18} /> Lịch cắt điện sắp tới
        </span>
        {upcoming ? (
          <span className="oc-widget-text">
            <strong>
              {formatDayLabel(upcoming.start)}, {timeRange(upcoming)}
            </strong>{' '}
            · {upcoming.communes.join(', ')}
          </span>
        ) : (
          <span className="oc-widget-text">Chưa có lịch cắt điện nào ở khu vực bạn theo dõi.</span>
        )}
      </Link>
    </section>
  );
}
