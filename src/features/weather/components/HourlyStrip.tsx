import type { HourlyWeather } from '@contract/weather';
import { formatTime } from '@/shared/format';
import { formatDate } from '@/shared/format/date';
import { WeatherIcon } from './WeatherIcon';
import { formatTemperature, weatherLabel } from '../wmo';

/** The next 48 hours, side by side: time, picture, temperature, chance of rain. */
export function HourlyStrip({ hourly }: { hourly: HourlyWeather }) {
  return (
    // Focusable so that a keyboard can scroll it sideways.
    <ol className="wx-hours" aria-label="Dự báo theo giờ" tabIndex={0}>
      {hourly.time.map((t, i) => {
        const hour = formatTime(t);
        const newDay = i > 0 && hour === '00:00';
        const rain = hourly.precipitation_probability[i];
        return (
          <li key={t} className={`wx-hour${newDay ? ' wx-hour--day' : ''}`}>
            <span className="wx-hour-time">{i === 0 ? 'Bây giờ' : newDay ? formatDate(t).slice(0, 5) : hour}</span>
            <WeatherIcon code={hourly.weather_code[i]} isDay={hourly.is_day[i]} size={36} decorative />
            <span className="wx-hour-temp">{formatTemperature(hourly.temperature_2m[i])}</span>
            <span className="wx-hour-rain" aria-hidden="true">
              {rain >= 20 ? `${rain}%` : '\u00a0'}
            </span>
            <span className="lc-visually-hidden">
              {weatherLabel(hourly.weather_code[i], hourly.is_day[i])}, khả năng mưa {rain}%
            </span>
          </li>
        );
      })}
    </ol>
  );
}
