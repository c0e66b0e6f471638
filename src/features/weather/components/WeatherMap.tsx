import { useMemo } from 'react';
import { selectorFamily, useRecoilValue } from 'recoil';
import { MapWithList, fetchMapFeatures, positionsOf, type MapMarker } from '@/shared/map';
import type { LiveWeather } from '../live';
import { formatTemperature, weatherLabel } from '../wmo';
import { WeatherIcon } from './WeatherIcon';

/** The areas with their weather when the page opened (`hour` renews it); the live stream updates it after. */
export const weatherMapQuery = selectorFamily({ key: 'weather/map', get: (_hour: number) => () => fetchMapFeatures('weather') });

/** Marker edge by temperature: blue in the cold, green mild, orange hot. */
function temperatureColor(t: number): string {
  if (t <= 5) return '#2563eb';
  if (t <= 15) return '#0e7490';
  if (t <= 27) return '#1b6b45';
  return '#c2410c';
}

/** The province's weather areas on the map: temperature and picture, updated live. */
export function WeatherMap({ live, hour }: { live: LiveWeather; hour: number }) {
  const collection = useRecoilValue(weatherMapQuery(hour));
  const markers = useMemo(
    () =>
      collection.features.map((f): MapMarker => {
        const now = live.observations[f.id];
        const temperature = now?.temperature_2m ?? f.properties.temperature ?? 0;
        const code = now?.weather_code ?? f.properties.weatherCode ?? 0;
        const isDay = now ? now.is_day === 1 : (f.properties.isDay ?? true);
        return {
          key: f.id,
          itemId: f.id,
          ...positionsOf(f)[0],
          title: f.properties.title,
          subtitle: f.properties.subtitle,
          badge: `${formatTemperature(temperature)}, ${weatherLabel(code, isDay).toLowerCase()}`,
          color: temperatureColor(temperature),
          shape: 'badge',
          text: formatTemperature(temperature),
          content: <WeatherIcon code={code} isDay={isDay} size={22} decorative />,
          path: f.properties.path,
        };
      }),
    [collection, live.observations],
  );
  return (
    <MapWithList
      label="Bản đồ thời tiết các khu vực"
      markers={markers}
      listTitle={(n) => `${n} khu vực trong khung bản đồ`}
      emptyText="Không có khu vực nào trong khung này. Thu nhỏ bản đồ để xem cả tỉnh."
    />
  );
}
