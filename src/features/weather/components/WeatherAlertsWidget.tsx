import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { paths } from '@/shared/routes';
import { Section, WidgetBoundary } from '@/shared/ui';
import { AlertCard } from './AlertCard';
import { favouriteAreaState, hourKey, weatherAlertsQuery } from '../state';
import './weather.css';

/** Home: weather alerts in force, the resident's own area first; nothing when all is calm. */
export default function WeatherAlertsWidget() {
  const hour = hourKey();
  const refresh = useRecoilRefresher_UNSTABLE(weatherAlertsQuery({ ids: '', hour }));
  return (
    <WidgetBoundary onRetry={refresh}>
      <WeatherAlerts hour={hour} />
    </WidgetBoundary>
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
