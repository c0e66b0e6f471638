import { Link } from 'react-router-dom';
import { useRecoilRefresher_UNSTABLE, useRecoilValue } from 'recoil';
import { paths } from '@/shared/routes';
import { Icon, WidgetBoundary } from '@/shared/ui';
import { formatTime } from '@/shared/format';
import { WeatherIcon } from './WeatherIcon';
import { favouriteAreaState, hourKey, weatherOverviewQuery } from '../state';
import { formatTemperature, weatherLabel } from '../wmo';
import './weather.css';

/** Home: the weather now at the resident's own area (Lào Cai city until they choose one). */
export default function WeatherNowWidget() {
  const hour = hourKey();
  const refresh = useRecoilRefresher_UNSTABLE(weatherOverviewQuery(hour));
  return (
    <WidgetBoundary onRetry={refresh}>
      <WeatherNow hour={hour} />
    </WidgetBoundary>
  );
}

function WeatherNow({ hour }: { hour: number }) {
  const favourite = useRecoilValue(favouriteAreaState);
  const overview = useRecoilValue(weatherOverviewQuery(hour));
  const item = overview.items.find((i) => i.area.id === favourite) ?? overview.items.find((i) => i.area.id === 'lao-cai') ?? overview.items[0];
  if (!item) return null;
  const { area, current, today } = item;
  return (
    <section className="wx-widget" aria-label="Thời tiết">
      <Link to={paths.weatherArea(area.id)} className={`wx-widget-main ${current.is_day ? 'wx-now--day' : 'wx-now--night'}`}>
        <WeatherIcon code={current.weather_code} isDay={current.is_day} size={64} decorative />
        <span className="wx-widget-text">
          <span className="wx-widget-place">
            <Icon name={favourite ? 'star' : 'pin'} size={14} filled={!!favourite} /> {area.name}
          </span>
          <span className="wx-widget-temp">{formatTemperature(current.temperature_2m)}</span>
          <span className="wx-widget-label">
            {weatherLabel(current.weather_code, current.is_day)} · {formatTemperature(today.temperature_2m_min)} / {formatTemperature(today.temperature_2m_max)}
          </span>
        </span>
        <span className="wx-widget-side">
          {item.alerts > 0 && <span className="lc-badge lc-badge--warn">{item.alerts} cảnh báo</span>}
          <small>Lúc {formatTime(current.time)}</small>
        </span>
      </Link>
      <div className="wx-widget-foot">
        {favourite ? null : <span>Chọn khu vực của bạn bằng dấu sao ở trang thời tiết.</span>}
        <Link to={paths.weather}>
          Toàn tỉnh <Icon name="forward" size={14} />
        </Link>
      </div>
    </section>
  );
}
