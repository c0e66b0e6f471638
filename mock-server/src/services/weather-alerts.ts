import { toVnIso, vnDayNumber } from '../contract/vn-time.js';
import { WEATHER_AREAS, type WeatherArea } from './weather-areas.js';
import { isWinterDay, simulateDay, type DayWeather, type HourWeather } from './weather-simulator.js';

/**
 * Weather alerts, derived from the simulated forecast the way a provincial hydro-meteorological
 * station words its warnings: snow and frost on high ground in winter, heavy rain (≥ 50 mm in a
 * day, with the risk of flash floods and landslides), and thick fog.
 */
export type AlertKind = 'snow' | 'frost' | 'heavy_rain' | 'fog';
export type AlertLevel = 'watch' | 'warning';

export interface WeatherAlert {
  id: string;
  areaId: string;
  areaName: string;
  kind: AlertKind;
  level: AlertLevel;
  title: string;
  message: string;
  /** Epoch ms: when the condition starts and ends (the end is exclusive). */
  start: number;
  end: number;
  /** The figure behind the alert: cm of snow, lowest °C, mm of rain, lowest visibility in m. */
  value: number;
  unit: string;
}

/** Heavy rain: 50 mm or more in a day; more than 100 mm is "very heavy". */
export const HEAVY_RAIN_MM = 50;
export const VERY_HEAVY_RAIN_MM = 100;
/** Frost (băng giá, sương muối) is possible when the air falls to 1 °C on high ground in winter. */
export const FROST_MAX_C = 1;
export const FROST_MIN_ELEVATION = 800;
/** Fog worth warning about: visibility under 500 m for at least 3 hours. */
export const FOG_VISIBILITY_M = 500;
export const FOG_MIN_HOURS = 3;
export const DENSE_FOG_VISIBILITY_M = 200;

const HOUR_MS = 3_600_000;

const hhmm = (ms: number) => toVnIso(ms).slice(11, 16);

/** "từ 05:00 đến 09:00 ngày mai", "từ 20:00 hôm nay đến hết ngày", "cả ngày mai". */
function during(start: number, end: number, now: number): string {
  const day = dayPhrase(start, now);
  const endsAtMidnight = hhmm(end) === '00:00';
  if (hhmm(start) === '00:00' && endsAtMidnight) return day === 'ngày mai' ? 'cả ngày mai' : `cả ${day}`;
  if (endsAtMidnight) return `từ ${hhmm(start)} ${day} đến hết ngày`;
  return `từ ${hhmm(start)} đến ${hhmm(end)} ${day}`;
}

function dayPhrase(ms: number, now: number): string {
  const diff = vnDayNumber(ms) - vnDayNumber(now);
  if (diff === 0) return 'hôm nay';
  if (diff === 1) return 'ngày mai';
  const iso = toVnIso(ms);
  return `ngày ${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}

const fmt = (x: number) => x.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

function span(hours: HourWeather[]): { start: number; end: number } {
  return { start: hours[0].time, end: hours[hours.length - 1].time + HOUR_MS };
}

/**
 * The alerts one day's forecast at one area calls for, counting only hours not yet over at `now`.
 * A pure function of its inputs, so the rules can be tested on any day, real or made up.
 */
export function alertsForDay(area: WeatherArea, forecast: DayWeather, now: number, winter = isWinterDay(forecast.day)): WeatherAlert[] {
  const alerts: WeatherAlert[] = [];
  const ahead = forecast.hours.filter((h) => h.time + HOUR_MS > now);
  if (ahead.length === 0) return alerts;
  const dateKey = toVnIso(forecast.hours[0].time).slice(0, 10).replace(/-/g, '');
  const base = (kind: AlertKind) => ({ id: `${kind}-${area.id}-${dateKey}`, areaId: area.id, areaName: area.name, kind });

  const snowHours = ahead.filter((h) => h.snowfall > 0);
  if (snowHours.length > 0) {
    const { start, end } = span(snowHours);
    const total = Math.round(snowHours.reduce((a, h) => a + h.snowfall, 0) * 10) / 10;
    const coldest = Math.min(...ahead.map((h) => h.temperature_2m));
    alerts.push({
      ...base('snow'),
      level: 'warning',
      title: `Tuyết rơi ở ${area.name}`,
      message:
        `Dự báo có tuyết rơi ${during(start, end, now)}, nhiệt độ thấp nhất khoảng ${fmt(coldest)}°C. ` +
        'Đường lên cao có thể đóng băng, trơn trượt: hạn chế đi lại ban đêm, giữ ấm cho người già, trẻ nhỏ và gia súc.',
      start,
      end,
      value: total,
      unit: 'cm',
    });
  }

  if (winter && area.elevation >= FROST_MIN_ELEVATION) {
    const frosty = ahead.filter((h) => h.temperature_2m <= FROST_MAX_C);
    if (frosty.length > 0) {
      const { start, end } = span(frosty);
      const coldest = Math.min(...frosty.map((h) => h.temperature_2m));
      alerts.push({
        ...base('frost'),
        level: coldest <= -1 ? 'warning' : 'watch',
        title: `Băng giá, sương muối ở ${area.name}`,
        message:
          `Nhiệt độ có thể xuống ${fmt(coldest)}°C ${during(start, end, now)}, dễ có băng giá và sương muối. ` +
          (area.id === 'fansipan'
            ? 'Du khách lên đỉnh mặc đủ ấm, đi giày chống trơn và theo hướng dẫn của ban quản lý khu du lịch.'
            : 'Che chắn chuồng trại, không thả rông trâu bò ban đêm, phủ ấm cây trồng; người dân và du khách mặc đủ ấm.'),
        start,
        end,
        value: coldest,
        unit: '°C',
      });
    }
  }

  if (forecast.precipitation_sum >= HEAVY_RAIN_MM) {
    const wet = ahead.filter((h) => h.precipitation > 0);
    if (wet.length > 0) {
      const { start, end } = span(wet);
      const veryHeavy = forecast.precipitation_sum > VERY_HEAVY_RAIN_MM;
      alerts.push({
        ...base('heavy_rain'),
        level: veryHeavy ? 'warning' : 'watch',
        title: `${veryHeavy ? 'Mưa rất to' : 'Mưa to'} ở ${area.name}`,
        message:
          `Lượng mưa có thể tới ${fmt(forecast.precipitation_sum)} mm trong ngày, tập trung ${during(start, end, now)}. ` +
          'Đề phòng lũ quét, sạt lở đất ở vùng núi và ngập úng ở vùng trũng; không qua ngầm, tràn, suối khi nước lên.',
        start,
        end,
        value: forecast.precipitation_sum,
        unit: 'mm',
      });
    }
  }

  const foggy = ahead.filter((h) => h.visibility < FOG_VISIBILITY_M && h.precipitation === 0);
  if (foggy.length >= FOG_MIN_HOURS) {
    const { start, end } = span(foggy);
    const lowest = Math.min(...foggy.map((h) => h.visibility));
    alerts.push({
      ...base('fog'),
      level: lowest < DENSE_FOG_VISIBILITY_M ? 'warning' : 'watch',
      title: `Sương mù dày ở ${area.name}`,
      message:
        `Tầm nhìn có lúc chỉ còn khoảng ${lowest} m ${during(start, end, now)}. ` +
        'Lái xe chậm, bật đèn sương mù và giữ khoảng cách, nhất là trên các đường đèo.',
      start,
      end,
      value: lowest,
      unit: 'm',
    });
  }
  return alerts;
}

/** How many days of forecast alerts look at: today and the next two. */
export const ALERT_DAYS = 3;

export function alertsForArea(area: WeatherArea, now: number, days = ALERT_DAYS): WeatherAlert[] {
  const today = vnDayNumber(now);
  const out: WeatherAlert[] = [];
  for (let d = today; d < today + days; d++) out.push(...alertsForDay(area, simulateDay(area, d), now));
  return out;
}

/** Alerts across the province (or some areas): warnings first, then by start time. */
export function provinceAlerts(now: number, areas: readonly WeatherArea[] = WEATHER_AREAS): WeatherAlert[] {
  return areas
    .flatMap((a) => alertsForArea(a, now))
    .sort((x, y) => (x.level === y.level ? x.start - y.start || x.id.localeCompare(y.id) : x.level === 'warning' ? -1 : 1));
}
