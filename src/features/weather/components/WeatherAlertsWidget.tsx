import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { paths } from '@/shared/routes';
import { AsyncBoundary, Section, Skeleton } from '@/shared/ui';
import { AlertCard } from './AlertCard';
import { favouriteAreaState, hourKey, weatherAlertsQuery } from '../state';
import './weather.css';

/** Home: weather alerts in force, the resident's own area first; nothing when all is calm. */
export default function WeatherAlertsWidget() {
  const hour = hourKey();
  // "Thử lại" must fetch again: recoil keeps a failed query's error until it is refreshed.
  const refresh = useRecoilRefresher_UNSTABLE(weatherAlertsQuery({ ids: '', hour }));
  return (
    <AsyncBoundary compact fallback={<Skeleton height={96} radius={14} style={{ margin: '1rem 0' }} />} onRetry={refresh}>
      <WeatherAlerts hour={hour} />
    </AsyncBoundary>
  );
}

function WeatherAlerts({ hour }: { hour: number }) {
  const { items } = useRecoilValue(weatherAlertsQuery({ ids: '', hour }));
  const favourite = useRecoilValue(favouriteAreaState);
  if (items.length === 0) return null;
  const ordered = [...items].sort((a, b) => Number(b.areaId === favourite) - Number(a.areaId === favourite));
  return (
    <Section title="Cảnh báo thời tiết" moreTo={paths.weather} moreLabel={items.length > 2 ? `Tất cả (${items.length})` : 'Chi tiết'}>
      <div className="wx-alerts">
        {ordered.slice(0, 2).map((a) => (
          <AlertCard key={a.id} alert={a} compact />
        ))}
      </div>
    </Section>
  );
}
