import type { DailyWeather } from '@contract/weather';
import { formatDayLabel, formatNumber } from '@/shared/format';
import { WeatherIcon } from './WeatherIcon';
import { formatTemperature, weatherLabel } from '../wmo';

/** Seven days: the day, its picture and words, rain, and the low–high range on a shared scale. */
export function DailyList({ daily }: { daily: DailyWeather }) {
  const lo = Math.min(...daily.temperature_2m_min);
  const hi = Math.max(...daily.temperature_2m_max);
  const span = Math.max(1, hi - lo);
  return (
    <ul className="wx-days lc-card" aria-label="Dự báo 7 ngày">
      {daily.time.map((d, i) => {
        const min = daily.temperature_2m_min[i];
        const max = daily.temperature_2m_max[i];
        const rain = daily.precipitation_sum[i];
        const snow = daily.snowfall_sum[i];
        return (
          <li key={d} className="wx-day">
            <WeatherIcon code={daily.weather_code[i]} size={36} decorative />
            <span className="wx-day-text">
              <span className="wx-day-name">{formatDayLabel(d)}</span>
              <span className="wx-day-what">
                {weatherLabel(daily.weather_code[i])}
                {snow > 0 ? ` · tuyết ${formatNumber(snow)} cm` : rain > 0 ? ` · ${formatNumber(rain)} mm` : ''}
              </span>
            </span>
            <span className="wx-day-range" aria-label={`Thấp nhất ${formatTemperature(min)}, cao nhất ${formatTemperature(max)}`}>
              <span className="wx-day-min">{formatTemperature(min)}</span>
              <span className="wx-day-bar" aria-hidden="true">
                <span style={{ left: `${((min - lo) / span) * 100}%`, right: `${((hi - max) / span) * 100}%` }} />
              </span>
              <span className="wx-day-max">{formatTemperature(max)}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
