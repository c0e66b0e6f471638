import { Link } from 'react-router-dom';
import type { CurrentWeather, OverviewItem } from '@contract/weather';
import { paths } from '@/shared/routes';
import { Icon } from '@/shared/ui';
import { formatElevation } from '@/shared/format';
import { WeatherIcon } from './WeatherIcon';
import { formatTemperature, weatherLabel } from '../wmo';

/** One area in the province overview: picture, name, words, temperature now and today's range. */
export function AreaRow({ item, current, favourite }: { item: OverviewItem; current: CurrentWeather; favourite: boolean }) {
  const { area, today } = item;
  return (
    <li>
      <Link to={paths.weatherArea(area.id)} className="wx-row">
        <WeatherIcon code={current.weather_code} isDay={current.is_day} size={44} decorative />
        <span className="wx-row-text">
          <span className="wx-row-name">
            {area.name}
            {favourite && <Icon name="star" size={14} filled label="Khu vực của tôi" />}
            {item.alerts > 0 && <span className="lc-badge lc-badge--warn">{item.alerts} cảnh báo</span>}
          </span>
          <span className="wx-row-sub">
            {weatherLabel(current.weather_code, current.is_day)} · {formatElevation(area.elevation)}
          </span>
        </span>
        <span className="wx-row-temp">
          <strong>{formatTemperature(current.temperature_2m)}</strong>
          <small>
            {formatTemperature(today.temperature_2m_min)} / {formatTemperature(today.temperature_2m_max)}
          </small>
        </span>
      </Link>
    </li>
  );
}
