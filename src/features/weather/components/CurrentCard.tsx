import type { CurrentWeather, DailyWeather, WeatherArea } from '@contract/weather';
import { Icon } from '@/shared/ui';
import { formatElevation, formatNumber, formatTime } from '@/shared/format';
import { WeatherIcon } from './WeatherIcon';
import { formatTemperature, uvLevel, weatherLabel, windDirection } from '../wmo';

/** The big picture of now at one area: temperature, words, feels-like and the details. */
export function CurrentCard({ area, current, today }: { area: WeatherArea; current: CurrentWeather; today?: { daily: DailyWeather; index: number } }) {
  const d = today?.daily;
  const i = today?.index ?? 0;
  return (
    <section className={`wx-now ${current.is_day ? 'wx-now--day' : 'wx-now--night'}`} aria-label={`Thời tiết hiện tại ở ${area.name}`}>
      <div className="wx-now-main">
        <WeatherIcon code={current.weather_code} isDay={current.is_day} size={88} />
        <div>
          <p className="wx-now-temp">{formatTemperature(current.temperature_2m)}</p>
          <p className="wx-now-label">{weatherLabel(current.weather_code, current.is_day)}</p>
          {d && (
            <p className="wx-now-range">
              Thấp {formatTemperature(d.temperature_2m_min[i])} · Cao {formatTemperature(d.temperature_2m_max[i])}
            </p>
          )}
        </div>
      </div>
      <p className="wx-now-place">
        <Icon name="mountain" size={16} /> {area.locality} · độ cao {formatElevation(area.elevation)}
      </p>
      <dl className="wx-facts">
        <div>
          <dt>
            <Icon name="thermometer" size={18} /> Cảm giác như
          </dt>
          <dd>{formatTemperature(current.apparent_temperature)}</dd>
        </div>
        <div>
          <dt>
            <Icon name="droplet" size={18} /> Độ ẩm
          </dt>
          <dd>{current.relative_humidity_2m}%</dd>
        </div>
        <div>
          <dt>
            <Icon name="wind" size={18} /> Gió {windDirection(current.wind_direction_10m)}
          </dt>
          <dd>
            {formatNumber(Math.round(current.wind_speed_10m))} km/h
            <small> · giật {formatNumber(Math.round(current.wind_gusts_10m))}</small>
          </dd>
        </div>
        <div>
          <dt>
            <Icon name="sun" size={18} /> Chỉ số UV
          </dt>
          <dd>
            {formatNumber(Math.round((d ? d.uv_index_max[i] : current.uv_index) * 10) / 10)} <small>· {uvLevel(d ? d.uv_index_max[i] : current.uv_index)}{d ? ' (trưa)' : ''}</small>
          </dd>
        </div>
        {d && (
          <>
            <div>
              <dt>
                <Icon name="sun" size={18} /> Mặt trời mọc
              </dt>
              <dd>{formatTime(d.sunrise[i])}</dd>
            </div>
            <div>
              <dt>
                <Icon name="moon" size={18} /> Mặt trời lặn
              </dt>
              <dd>{formatTime(d.sunset[i])}</dd>
            </div>
          </>
        )}
        <div>
          <dt>
            <Icon name="eye" size={18} /> Tầm nhìn
          </dt>
          <dd>{current.visibility >= 1000 ? `${formatNumber(Math.round(current.visibility / 100) / 10)} km` : `${current.visibility} m`}</dd>
        </div>
        <div>
          <dt>
            <Icon name="rain" size={18} /> Mưa hôm nay
          </dt>
          <dd>{d ? `${formatNumber(d.precipitation_sum[i])} mm · ${d.precipitation_probability_max[i]}%` : `${formatNumber(current.precipitation)} mm`}</dd>
        </div>
      </dl>
    </section>
  );
}
