import { z } from 'zod';
import { CoordinateText, VnDateTime } from './common.js';

/**
 * Weather API. The forecast follows Open-Meteo's response shape (`current`, `hourly`, `daily`
 * column arrays sharing `time`, `*_units`, WMO `weather_code`), with two differences: every time
 * carries the +07:00 offset as the rest of this API does (`2026-11-27T09:00:00+07:00`; daily `time`
 * and nothing else is a plain `YYYY-MM-DD` date), and the answer names the `area` it is for.
 *
 * `GET /api/weather/areas` answers an object `{ items: WeatherArea[] }` (not a bare array).
 */

/** An area id is a slug: `sa-pa`, `y-ty`, `mu-cang-chai`. */
export const WeatherAreaId = z
  .string()
  .max(40, 'Mã khu vực quá dài.')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Mã khu vực chỉ gồm chữ thường không dấu, số và dấu gạch nối, ví dụ "sa-pa".');

export const WeatherArea = z.object({
  id: z.string(),
  name: z.string(),
  /** Where it is today: "Phường Sa Pa", "Xã Y Tý", "Vườn quốc gia Hoàng Liên". */
  locality: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  /** Metres above sea level. */
  elevation: z.number(),
});
export type WeatherArea = z.infer<typeof WeatherArea>;

export const WeatherAreaList = z.object({ items: z.array(WeatherArea) });
export type WeatherAreaList = z.infer<typeof WeatherAreaList>;

const IsDay = z.union([z.literal(0), z.literal(1)]);

/** Open-Meteo's `current` block. */
export const CurrentWeather = z.object({
  time: VnDateTime,
  /** Seconds between observations. */
  interval: z.number().int(),
  temperature_2m: z.number(),
  relative_humidity_2m: z.number(),
  apparent_temperature: z.number(),
  is_day: IsDay,
  precipitation: z.number(),
  rain: z.number(),
  showers: z.number(),
  snowfall: z.number(),
  weather_code: z.number().int(),
  cloud_cover: z.number(),
  visibility: z.number(),
  wind_speed_10m: z.number(),
  wind_direction_10m: z.number(),
  wind_gusts_10m: z.number(),
  uv_index: z.number(),
});
export type CurrentWeather = z.infer<typeof CurrentWeather>;

const Units = z.record(z.string(), z.string());
const Numbers = z.array(z.number());

export const HourlyWeather = z.object({
  time: z.array(VnDateTime),
  temperature_2m: Numbers,
  relative_humidity_2m: Numbers,
  dew_point_2m: Numbers,
  apparent_temperature: Numbers,
  precipitation_probability: Numbers,
  precipitation: Numbers,
  rain: Numbers,
  showers: Numbers,
  snowfall: Numbers,
  weather_code: z.array(z.number().int()),
  cloud_cover: Numbers,
  visibility: Numbers,
  wind_speed_10m: Numbers,
  wind_direction_10m: Numbers,
  wind_gusts_10m: Numbers,
  uv_index: Numbers,
  is_day: z.array(IsDay),
});
export type HourlyWeather = z.infer<typeof HourlyWeather>;

export const DailyWeather = z.object({
  time: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  weather_code: z.array(z.number().int()),
  temperature_2m_max: Numbers,
  temperature_2m_min: Numbers,
  apparent_temperature_max: Numbers,
  apparent_temperature_min: Numbers,
  sunrise: z.array(VnDateTime),
  sunset: z.array(VnDateTime),
  /** Seconds. */
  daylight_duration: Numbers,
  uv_index_max: Numbers,
  precipitation_sum: Numbers,
  rain_sum: Numbers,
  showers_sum: Numbers,
  snowfall_sum: Numbers,
  precipitation_hours: Numbers,
  precipitation_probability_max: Numbers,
  wind_speed_10m_max: Numbers,
  wind_gusts_10m_max: Numbers,
  wind_direction_10m_dominant: Numbers,
});
export type DailyWeather = z.infer<typeof DailyWeather>;

export const Forecast = z.object({
  latitude: z.number(),
  longitude: z.number(),
  elevation: z.number(),
  generationtime_ms: z.number(),
  utc_offset_seconds: z.literal(25200),
  timezone: z.literal('Asia/Ho_Chi_Minh'),
  timezone_abbreviation: z.literal('+07'),
  area: WeatherArea,
  current_units: Units,
  current: CurrentWeather,
  hourly_units: Units,
  hourly: HourlyWeather,
  daily_units: Units,
  daily: DailyWeather,
});
export type Forecast = z.infer<typeof Forecast>;

const Coordinate = CoordinateText;

/**
 * `?area=sa-pa`, or `?latitude=22.34&longitude=103.84` for the nearest area (as Open-Meteo is
 * asked by coordinates). `forecast_days` (1–7, default 7) and `forecast_hours` (1–48, default 48).
 */
export const ForecastQuery = z
  .object({
    area: WeatherAreaId.optional(),
    latitude: Coordinate('Vĩ độ', -90, 90).optional(),
    longitude: Coordinate('Kinh độ', -180, 180).optional(),
    forecast_days: z.coerce.number({ error: 'Số ngày phải là số.' }).int('Số ngày phải là số nguyên.').min(1, 'Ít nhất 1 ngày.').max(7, 'Tối đa 7 ngày.').default(7),
    forecast_hours: z.coerce.number({ error: 'Số giờ phải là số.' }).int('Số giờ phải là số nguyên.').min(1, 'Ít nhất 1 giờ.').max(48, 'Tối đa 48 giờ.').default(48),
  })
  .superRefine((q, ctx) => {
    if (q.area !== undefined) return;
    if (q.latitude === undefined && q.longitude === undefined) {
      ctx.addIssue({ code: 'custom', path: ['area'], message: 'Cần chọn khu vực (area) hoặc gửi vĩ độ và kinh độ.' });
    } else if (q.latitude === undefined) {
      ctx.addIssue({ code: 'custom', path: ['latitude'], message: 'Thiếu vĩ độ.' });
    } else if (q.longitude === undefined) {
      ctx.addIssue({ code: 'custom', path: ['longitude'], message: 'Thiếu kinh độ.' });
    }
  });
export type ForecastQuery = z.infer<typeof ForecastQuery>;

/** `?area=sa-pa,y-ty`: a comma-separated list of area ids (at most 30); empty or absent means all. */
export const AreaListQuery = z.object({
  area: z
    .string()
    .max(1000, 'Danh sách khu vực quá dài.')
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(WeatherAreaId).max(30, 'Tối đa 30 khu vực.'))
    .optional(),
});
export type AreaListQuery = z.infer<typeof AreaListQuery>;

export const TodaySummary = z.object({
  weather_code: z.number().int(),
  temperature_2m_max: z.number(),
  temperature_2m_min: z.number(),
  precipitation_sum: z.number(),
  precipitation_probability_max: z.number(),
});

export const OverviewItem = z.object({
  area: WeatherArea,
  current: CurrentWeather,
  today: TodaySummary,
  /** How many alerts are in force for the area (details at /api/weather/alerts?area=). */
  alerts: z.number().int(),
});
export type OverviewItem = z.infer<typeof OverviewItem>;

export const Overview = z.object({
  time: VnDateTime,
  items: z.array(OverviewItem),
});
export type Overview = z.infer<typeof Overview>;

export const AlertKind = z.enum(['snow', 'frost', 'heavy_rain', 'fog']);
export type AlertKind = z.infer<typeof AlertKind>;
export const AlertLevel = z.enum(['watch', 'warning']);
export type AlertLevel = z.infer<typeof AlertLevel>;

export const WeatherAlert = z.object({
  /** Stable for a kind, area and day: `frost-y-ty-20261128`. */
  id: z.string(),
  areaId: z.string(),
  areaName: z.string(),
  kind: AlertKind,
  /** `warning` is the stronger level. */
  level: AlertLevel,
  title: z.string(),
  message: z.string(),
  start: VnDateTime,
  end: VnDateTime,
  /** The figure behind it: cm of snow, lowest °C, mm of rain, or lowest visibility in m. */
  value: z.number(),
  unit: z.string(),
});
export type WeatherAlert = z.infer<typeof WeatherAlert>;

export const AlertList = z.object({
  time: VnDateTime,
  items: z.array(WeatherAlert),
});
export type AlertList = z.infer<typeof AlertList>;

/**
 * `GET /api/weather/stream?area=` (text/event-stream). Events:
 * - `observation`: `StreamObservation`, at once on connecting and then every interval;
 * - `alerts`: `AlertList`, on connecting and whenever the alerts in force change;
 * - comment lines (`: ping`) as heartbeats. A `retry:` line tells EventSource to wait 5 s.
 */
export const StreamObservation = z.object({
  time: VnDateTime,
  items: z.array(z.object({ areaId: z.string(), current: CurrentWeather })),
});
export type StreamObservation = z.infer<typeof StreamObservation>;

export const CURRENT_UNITS = {
  time: 'iso8601',
  interval: 'seconds',
  temperature_2m: '°C',
  relative_humidity_2m: '%',
  apparent_temperature: '°C',
  is_day: '',
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
} as const;
