import { useRecoilValue } from 'recoil';
import { AsyncBoundary, Icon, Section, Skeleton } from '@/shared/ui';
import { formatElevation } from '@/shared/format';
import { placeWeatherQuery } from '../state';
import { temperatureAtElevation, weatherWords } from '../model';

interface Props {
  name: string;
  latitude: number;
  longitude: number;
  elevation: number;
}

function Weather({ name, latitude, longitude, elevation }: Props) {
  const w = useRecoilValue(placeWeatherQuery({ lat: latitude, long: longitude }));
  if (!w) return null;
  const { current, area } = w;
  const words = weatherWords(current.weather_code, current.is_day !== 0);
  const here = temperatureAtElevation(current.temperature_2m, area.elevation, elevation);
  const differs = Math.abs(elevation - area.elevation) >= 300 && here !== Math.round(current.temperature_2m);
  return (
    <Section title="Thời tiết hôm nay">
      <div className="lc-card" data-testid="place-weather">
        <div className="tr-weather">
          <span className="tr-weather-icon">
            <Icon name={words.icon} size={30} />
          </span>
          <div>
            <div className="tr-weather-temp">{Math.round(current.temperature_2m)}°C</div>
            <div>{words.label}</div>
          </div>
        </div>
        <p className="tr-note">
          Số liệu của khu vực {area.name}
          {w.km >= 1 ? ` (cách ${Math.round(w.km)} km)` : ''}
          {typeof current.apparent_temperature === 'number' ? ` · cảm giác như ${Math.round(current.apparent_temperature)}°C` : ''}
          {typeof current.relative_humidity_2m === 'number' ? ` · độ ẩm ${Math.round(current.relative_humidity_2m)}%` : ''}
          {typeof current.wind_speed_10m === 'number' ? ` · gió ${Math.round(current.wind_speed_10m)} km/h` : ''}.
        </p>
        {differs && (
          <p className="tr-note">
            Ở {name} ({formatElevation(elevation)}) ước chừng khoảng {here}°C, {here < current.temperature_2m ? 'lạnh hơn' : 'ấm hơn'} vì chênh độ cao.
          </p>
        )}
      </div>
    </Section>
  );
}

/** Holds the weather's place while it loads, so the page does not jump when it arrives. */
function WeatherPlaceholder() {
  return (
    <Section title="Thời tiết hôm nay">
      <div className="lc-card" aria-busy="true" data-testid="place-weather-loading">
        <Skeleton height={62} />
      </div>
    </Section>
  );
}

/** Today's weather at a place, from the nearest weather area; steps aside quietly when there is none. */
export function WeatherAtPlace(props: Props) {
  return (
    <AsyncBoundary fallback={<WeatherPlaceholder />} silent>
      <Weather {...props} />
    </AsyncBoundary>
  );
}
