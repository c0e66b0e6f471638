import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { ViewToggle, useListOrMap } from '@/shared/map';
import { AsyncBoundary, PageShell, Section, Skeleton, SkeletonList } from '@/shared/ui';
import { AlertCard } from '../components/AlertCard';
import { AreaRow } from '../components/AreaRow';
import { LiveBadge } from '../components/LiveBadge';
import { NearestArea } from '../components/NearestArea';
import { WeatherMap, weatherMapQuery } from '../components/WeatherMap';
import { useLiveWeather, type LiveWeather } from '../live';
import { favouriteAreaState, hourKey, weatherAlertsQuery, weatherOverviewQuery } from '../state';
import '../components/weather.css';

function ProvinceOverview({ live, hour }: { live: LiveWeather; hour: number }) {
  const overview = useRecoilValue(weatherOverviewQuery(hour));
  const alertList = useRecoilValue(weatherAlertsQuery({ ids: '', hour }));
  const favourite = useRecoilValue(favouriteAreaState);
  const alerts = live.alerts ?? alertList.items;
  const items = [...overview.items].sort((a, b) => (a.area.id === favourite ? -1 : b.area.id === favourite ? 1 : 0));
  return (
    <>
      <LiveBadge status={live.status} updatedAt={live.updatedAt ?? overview.time} />
      {alerts.length > 0 && (
        <Section title={`Cảnh báo thời tiết (${alerts.length})`}>
          <div className="wx-alerts">
            {alerts.map((a) => (
              <AlertCard key={a.id} alert={a} />
            ))}
          </div>
        </Section>
      )}
      <Section title="Toàn tỉnh">
        <ul className="wx-rows lc-card">
          {items.map((item) => (
            <AreaRow key={item.area.id} item={item} current={live.observations[item.area.id] ?? item.current} favourite={item.area.id === favourite} />
          ))}
        </ul>
      </Section>
    </>
  );
}

/** The whole province at a glance, live while the page is open. */
export default function WeatherPage() {
  const hour = hourKey();
  const live = useLiveWeather();
  const refreshOverview = useRecoilRefresher_UNSTABLE(weatherOverviewQuery(hour));
  const refreshAlerts = useRecoilRefresher_UNSTABLE(weatherAlertsQuery({ ids: '', hour }));
  const refreshMap = useRecoilRefresher_UNSTABLE(weatherMapQuery(hour));
  const [view, setView] = useListOrMap();
  const refresh = () => {
    refreshOverview();
    refreshAlerts();
    refreshMap();
  };
  return (
    <PageShell title="Thời tiết" onRefresh={async () => refresh()}>
      <ViewToggle value={view} onChange={setView} />
      {view === 'map' ? (
        <>
          <LiveBadge status={live.status} updatedAt={live.updatedAt} />
          <AsyncBoundary fallback={<Skeleton height="60vh" radius={14} />} onRetry={refresh}>
            <WeatherMap live={live} hour={hour} />
          </AsyncBoundary>
        </>
      ) : (
        <>
          <AsyncBoundary fallback={<Skeleton height={44} radius={22} />} silent>
            <NearestArea />
          </AsyncBoundary>
          <AsyncBoundary fallback={<SkeletonList count={8} />} onRetry={refresh}>
            <ProvinceOverview live={live} hour={hour} />
          </AsyncBoundary>
        </>
      )}
    </PageShell>
  );
}
