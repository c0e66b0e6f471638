import { useRecoilValue } from 'recoil';
import { paths } from '@/shared/routes';
import { Section } from '@/shared/ui';
import { AlertCard } from './AlertCard';
import { favouriteAreaState, hourKey, weatherAlertsQuery } from '../state';
import './weather.css';

/** Home: weather alerts in force, the resident's own area first; nothing when all is calm. */
export default function WeatherAlertsWidget() {
  const { items } = useRecoilValue(weatherAlertsQuery({ ids: '', hour: hourKey() }));
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
