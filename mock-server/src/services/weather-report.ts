import type { CurrentWeather, Forecast, OverviewItem, WeatherAlert as AlertOut, WeatherArea as AreaOut } from '../contract/weather.js';
import { CURRENT_UNITS } from '../contract/weather.js';
import { toVnIso, vnDateKey, vnDayNumber } from '../contract/vn-time.js';
import type { WeatherAlert } from './weather-alerts.js';
import type { WeatherArea } from './weather-areas.js';
import { observe, simulateDay, simulateHour, type DayWeather, type HourWeather } from './weather-simulator.js';

/** Shapes the simulator's numbers as the API answers them (Open-Meteo's names, +07:00 times). */

const HOUR_MS = 3_600_000;

/** Observations are refreshed this often (seconds), as Open-Meteo's `current.interval` says. */
export const OBSERVATION_INTERVAL_S = 60;

export function areaOut(area: WeatherArea): AreaOut {
  return { id: area.id, name: area.name, locality: area.locality, latitude: area.latitude, longitude: area.longitude, elevation: area.elevation };
}

export function currentWeather(area: WeatherArea, now: number): CurrentWeather {
  const o = observe(area, now);
  return { ...o, time: toVnIso(o.time), interval: OBSERVATION_INTERVAL_S };
}

const HOURLY_KEYS = [
  'temperature_2m',
  'relative_humidity_2m',
  'dew_point_2m',
  'apparent_temperature',
  'precipitation_probability',
  'precipitation',
  'rain',
  'showers',
  'snowfall',
  'weather_code',
  'cloud_cover',
  'visibility',
  'wind_speed_10m',
  'wind_direction_10m',
  'wind_gusts_10m',
  'uv_index',
  'is_day',
] as const satisfies readonly (keyof HourWeather)[];

const HOURLY_UNITS: Record<string, string> = {
  time: 'iso8601',
  temperature_2m: '°C',
  relative_humidity_2m: '%',
  dew_point_2m: '°C',
  apparent_temperature: '°C',
  precipitation_probability: '%',
  precipitation: 'mm',
  rain: 'mm',
  showers: 'mm',
  snowfall: 'cm',
  weather_code: 'wmo code',
  cloud_cover: '%',
  visibility: 'm',
  wind_speed_10m: 'km/h',
  wind_direction_10m: '°',
  wind_gusts_10m: 'km/h',
  uv_index: '',
  is_day: '',
};

const DAILY_KEYS = [
  'weather_code',
  'temperature_2m_max',
  'temperature_2m_min',
  'apparent_temperature_max',
  'apparent_temperature_min',
  'daylight_duration',
  'uv_index_max',
  'precipitation_sum',
  'rain_sum',
  'showers_sum',
  'snowfall_sum',
  'precipitation_hours',
  'precipitation_probability_max',
  'wind_speed_10m_max',
  'wind_gusts_10m_max',
  'wind_direction_10m_dominant',
] as const satisfies readonly (keyof DayWeather)[];

const DAILY_UNITS: Record<string, string> = {
  time: 'iso8601',
  weather_code: 'wmo code',
  temperature_2m_max: '°C',
  temperature_2m_min: '°C',
  apparent_temperature_max: '°C',
  apparent_temperature_min: '°C',
  sunrise: 'iso8601',
  sunset: 'iso8601',
  daylight_duration: 's',
  uv_index_max: '',
  precipitation_sum: 'mm',
  rain_sum: 'mm',
  showers_sum: 'mm',
  snowfall_sum: 'cm',
  precipitation_hours: 'h',
  precipitation_probability_max: '%',
  wind_speed_10m_max: 'km/h',
  wind_gusts_10m_max: 'km/h',
  wind_direction_10m_dominant: '°',
};

/** Open-Meteo's forecast for one area: hourly from the current hour, daily from today. */
export function buildForecast(area: WeatherArea, now: number, hours = 48, days = 7): Forecast {
  const started = performance.now();
  const firstHour = Math.floor(now / HOUR_MS) * HOUR_MS;
  const hourList = Array.from({ length: hours }, (_, i) => simulateHour(area, firstHour + i * HOUR_MS));
  const today = vnDayNumber(now);
  const dayList = Array.from({ length: days }, (_, i) => simulateDay(area, today + i));

  const hourly = { time: hourList.map((h) => toVnIso(h.time)) } as Record<string, unknown>;
  for (const key of HOURLY_KEYS) hourly[key] = hourList.map((h) => h[key]);
  const daily = {
    time: dayList.map((d) => vnDateKey(d.hours[0].time)),
    sunrise: dayList.map((d) => toVnIso(d.sunrise)),
    sunset: dayList.map((d) => toVnIso(d.sunset)),
  } as Record<string, unknown>;
  for (const key of DAILY_KEYS) daily[key] = dayList.map((d) => d[key]);

  return {
    latitude: area.latitude,
    longitude: area.longitude,
    elevation: area.elevation,
    generationtime_ms: Math.round((performance.now() - started) * 1000) / 1000,
    utc_offset_seconds: 25200,
    timezone: 'Asia/Ho_Chi_Minh',
    timezone_abbreviation: '+07',
    area: areaOut(area),
    current_units: { ...CURRENT_UNITS },
    current: currentWeather(area, now),
    hourly_units: HOURLY_UNITS,
    hourly: hourly as Forecast['hourly'],
    daily_units: DAILY_UNITS,
    daily: daily as Forecast['daily'],
  };
}

export function overviewItem(area: WeatherArea, now: number, alerts: number): OverviewItem {
  const d = simulateDay(area, vnDayNumber(now));
  return {
    area: areaOut(area),
    current: currentWeather(area, now),
    today: {
      weather_code: d.weather_code,
      temperature_2m_max: d.temperature_2m_max,
      temperature_2m_min: d.temperature_2m_min,
      precipitation_sum: d.precipitation_sum,
      precipitation_probability_max: d.precipitation_probability_max,
    },
    alerts,
  };
}

export function alertOut(a: WeatherAlert): AlertOut {
  return { ...a, start: toVnIso(a.start), end: toVnIso(a.end) };
}
