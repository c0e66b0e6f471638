import { Link, useLocation, useParams } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilState, useRecoilValue, useRecoilValueLoadable } from 'recoil';
import type { WeatherArea } from '@contract/weather';
import { paths } from '@/shared/routes';
import { AsyncBoundary, EmptyState, ErrorState, Icon, PageShell, Section, Skeleton, SkeletonList } from '@/shared/ui';
import { formatNumber } from '@/shared/format';
import { showToast } from '@/shared/zalo';
import { AlertCard } from '../components/AlertCard';
import { CurrentCard } from '../components/CurrentCard';
import { DailyList } from '../components/DailyList';
import { HourlyStrip } from '../components/HourlyStrip';
import { LiveBadge } from '../components/LiveBadge';
import { useLiveWeather } from '../live';
import { favouriteAreaState, forecastQuery, hourKey, weatherAlertsQuery, weatherAreasQuery } from '../state';
import '../components/weather.css';

function AreaWeather({ id, hour }: { id: string; hour: number }) {
  const forecast = useRecoilValue(forecastQuery({ id, hour }));
  const alertList = useRecoilValue(weatherAlertsQuery({ ids: id, hour }));
  const live = useLiveWeather([id]);
  const current = live.observations[id] ?? forecast.current;
  const alerts = live.alerts ?? alertList.items;
  return (
    <>
      <LiveBadge status={live.status} updatedAt={live.updatedAt ?? forecast.current.time} />
      <CurrentCard area={forecast.area} current={current} today={{ daily: forecast.daily, index: 0 }} />
      {alerts.length > 0 && (
        <Section title="Cảnh báo">
          <div className="wx-alerts">
            {alerts.map((a) => (
              <AlertCard key={a.id} alert={a} />
            ))}
          </div>
        </Section>
      )}
      <Section title="48 giờ tới">
        <HourlyStrip hourly={forecast.hourly} />
      </Section>
      <Section title="7 ngày tới">
        <DailyList daily={forecast.daily} />
      </Section>
    </>
  );
}

function FavouriteButton({ id, name }: { id: string; name: string }) {
  const [favourite, setFavourite] = useRecoilState(favouriteAreaState);
  const on = favourite === id;
  return (
    <button
      type="button"
      className="lc-icon-button"
      aria-pressed={on}
      aria-label={on ? `Bỏ chọn ${name} là khu vực của tôi` : `Chọn ${name} là khu vực của tôi`}
      onClick={() => {
        setFavourite(on ? null : id);
        void showToast(on ? 'Đã bỏ chọn khu vực của bạn.' : `Trang chủ sẽ hiện thời tiết ${name}.`);
      }}
    >
      <Icon name="star" filled={on} />
    </button>
  );
}

function AreaPage({ id, areas }: { id: string; areas: WeatherArea[] }) {
  const location = useLocation();
  const hour = hourKey();
  const refreshForecast = useRecoilRefresher_UNSTABLE(forecastQuery({ id, hour }));
  const refreshAlerts = useRecoilRefresher_UNSTABLE(weatherAlertsQuery({ ids: id, hour }));
  const area = areas.find((a) => a.id === id);
  if (!area) {
    return (
      <PageShell title="Thời tiết">
        <EmptyState
          icon="search"
          title="Không có khu vực này"
          description="Khu vực bạn tìm không có trong danh sách thời tiết của tỉnh."
          action={
            <Link to={paths.weather} className="lc-button">
              Xem toàn tỉnh
            </Link>
          }
        />
      </PageShell>
    );
  }
  const nearKm = (location.state as { nearKm?: number } | null)?.nearKm;
  const refresh = () => {
    refreshForecast();
    refreshAlerts();
  };
  return (
    <PageShell title={`Thời tiết ${area.name}`} actions={<FavouriteButton id={area.id} name={area.name} />} onRefresh={async () => refresh()}>
      {nearKm !== undefined && (
        <p className="wx-near-note">
          <Icon name="pin" size={16} /> Khu vực gần bạn nhất, cách khoảng {formatNumber(Math.max(1, Math.round(nearKm)))} km
        </p>
      )}
      <AsyncBoundary fallback={<SkeletonList count={4} />} onRetry={refresh}>
        <AreaWeather id={area.id} hour={hour} />
      </AsyncBoundary>
    </PageShell>
  );
}

/** One area: now, alerts, the next 48 hours and 7 days. */
export default function WeatherAreaPage() {
  const { id = '' } = useParams();
  const areas = useRecoilValueLoadable(weatherAreasQuery);
  // Recoil keeps a failed query's error: "Thử lại" refreshes it. The header (and its back
  // button) stays while the list of areas loads or has failed.
  const refreshAreas = useRecoilRefresher_UNSTABLE(weatherAreasQuery);
  if (areas.state === 'hasValue') return <AreaPage id={id} areas={areas.contents} />;
  return (
    <PageShell title="Thời tiết">
      {areas.state === 'loading' ? <Skeleton height={220} radius={18} /> : <ErrorState error={areas.contents} onRetry={refreshAreas} />}
    </PageShell>
  );
}
