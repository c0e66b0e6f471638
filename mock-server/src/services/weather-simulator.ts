import { VN_OFFSET_MS, vnDayNumber, vnHour } from '../contract/vn-time.js';
import type { WeatherArea } from './weather-areas.js';

/**
 * A weather simulator for the mountains of Lào Cai. Values come from climate (the real date's
 * season), elevation, time of day and place, plus weather systems shared across a former province
 * (cold surges of the winter monsoon, wet and dry spells). Every hourly value is a pure function of
 * (area, hour): the same question always gets the same answer, which tests rely on. The current
 * observation adds a small, smooth live drift on top, so a live page sees the numbers move.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

// ---------------------------------------------------------------------------------------------
// Deterministic noise

function stringSeed(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform number in [0, 1) fixed by a seed and integers. */
function hash01(seed: string, ...ints: number[]): number {
  let h = stringSeed(seed);
  for (const n of ints) h = mix(h, n | 0);
  return mix(h, 0x27d4eb2d) / 4294967296;
}

/** Smooth value noise in [-1, 1] along x (one random knot per unit, smoothstep between knots). */
function noise(seed: string, x: number): number {
  const i = Math.floor(x);
  const f = x - i;
  const a = hash01(seed, i) * 2 - 1;
  const b = hash01(seed, i + 1) * 2 - 1;
  return a + (b - a) * f * f * (3 - 2 * f);
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

// ---------------------------------------------------------------------------------------------
// Climate of the Red River valley at Lào Cai, reduced to sea level (month by month, Jan..Dec).

/** Mean air temperature at sea level, °C (Lào Cai city at 90 m is about 0.5 °C colder). */
const SEA_LEVEL_MEAN_T = [16.4, 18.0, 21.2, 24.7, 27.5, 28.8, 28.7, 28.3, 27.1, 24.6, 21.0, 17.7];
/** How fast it cools with height, °C per km: drier winter air cools less than summer air. */
const LAPSE_RATE = [5.0, 5.1, 5.3, 5.5, 5.7, 5.8, 5.8, 5.8, 5.7, 5.5, 5.2, 5.0];
/** Chance that a day has rain; the rainy season is May–September. */
const RAIN_CHANCE = [0.3, 0.3, 0.33, 0.45, 0.6, 0.7, 0.75, 0.72, 0.56, 0.38, 0.26, 0.22];
/** Mean rain on a rainy day, mm. */
const RAIN_MEAN_MM = [3, 4, 6, 10, 16, 20, 22, 20, 15, 9, 5, 3];
/** Share of rainy days that are showers and thunderstorms rather than long drizzle. */
const CONVECTIVE_SHARE = [0.05, 0.1, 0.35, 0.7, 0.85, 0.85, 0.85, 0.85, 0.8, 0.55, 0.2, 0.05];
/** Relative humidity near the valley floor, daily mean, %. */
const MEAN_HUMIDITY = [85, 84, 83, 81, 80, 82, 84, 85, 84, 83, 82, 83];
/** Mean cloud cover, %. Winter is grey with drizzle, autumn is the clearest. */
const MEAN_CLOUD = [70, 72, 70, 62, 60, 70, 72, 70, 58, 48, 45, 55];
/** How much of the winter monsoon is blowing: cold surges, frost and snow happen only then. */
const WINTERNESS = [1, 0.9, 0.55, 0.1, 0, 0, 0, 0, 0, 0.1, 0.5, 0.9];

/** Fractional month (0 = mid-January) of a Vietnamese calendar day. */
function monthPosition(day: number): number {
  const d = new Date(day * DAY_MS);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const doy = (d.getTime() - start) / DAY_MS; // 0-based
  return (doy - 15.2) / 30.44;
}

/** Smooth interpolation in a Jan..Dec table, wrapping around the year. */
function seasonal(table: readonly number[], position: number): number {
  const i = Math.floor(position);
  const f = position - i;
  const a = table[((i % 12) + 12) % 12];
  const b = table[(((i + 1) % 12) + 12) % 12];
  const s = f * f * (3 - 2 * f);
  return a + (b - a) * s;
}

/** Winter gate for frost and snow: mid-November to mid-March only. */
export const WINTER_THRESHOLD = 0.5;

/** Whether a Vietnamese calendar day falls in the winter monsoon (frost and snow possible). */
export function isWinterDay(day: number): boolean {
  return seasonal(WINTERNESS, monthPosition(day)) >= WINTER_THRESHOLD;
}

// ---------------------------------------------------------------------------------------------
// The sun (NOAA's solar equations; accurate to about a minute here)

function solarTerms(ms: number): { declination: number; equationOfTime: number } {
  const rad = Math.PI / 180;
  const jd = ms / DAY_MS + 2440587.5;
  const t = (jd - 2451545) / 36525;
  const l0 = (280.46646 + t * (36000.76983 + t * 0.0003032)) % 360;
  const m = 357.52911 + t * (35999.05029 - 0.0001537 * t);
  const e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
  const c =
    Math.sin(m * rad) * (1.914602 - t * (0.004817 + 0.000014 * t)) +
    Math.sin(2 * m * rad) * (0.019993 - 0.000101 * t) +
    Math.sin(3 * m * rad) * 0.000289;
  const omega = 125.04 - 1934.136 * t;
  const lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega * rad);
  const eps0 = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
  const eps = eps0 + 0.00256 * Math.cos(omega * rad);
  const declination = Math.asin(Math.sin(eps * rad) * Math.sin(lambda * rad));
  const y = Math.tan((eps * rad) / 2) ** 2;
  const l0r = l0 * rad;
  const mr = m * rad;
  const equationOfTime =
    (4 / rad) *
    (y * Math.sin(2 * l0r) -
      2 * e * Math.sin(mr) +
      4 * e * y * Math.sin(mr) * Math.cos(2 * l0r) -
      0.5 * y * y * Math.sin(4 * l0r) -
      1.25 * e * e * Math.sin(2 * mr));
  return { declination, equationOfTime };
}

/** Sun elevation above the horizon, degrees. */
export function sunElevation(ms: number, latitude: number, longitude: number): number {
  const rad = Math.PI / 180;
  const { declination, equationOfTime } = solarTerms(ms);
  const utcMinutes = (((ms % DAY_MS) + DAY_MS) % DAY_MS) / 60000;
  const trueSolarMinutes = utcMinutes + equationOfTime + 4 * longitude;
  const hourAngle = (trueSolarMinutes / 4 - 180) * rad;
  const lat = latitude * rad;
  const cosZenith = Math.sin(lat) * Math.sin(declination) + Math.cos(lat) * Math.cos(declination) * Math.cos(hourAngle);
  return 90 - Math.acos(clamp(cosZenith, -1, 1)) / rad;
}

/** Sunrise and sunset (epoch ms) of a Vietnamese calendar day at a place. */
export function sunTimes(day: number, latitude: number, longitude: number): { sunrise: number; sunset: number } {
  const rad = Math.PI / 180;
  const utcMidnight = day * DAY_MS; // the same calendar date, 00:00 UTC
  const { declination, equationOfTime } = solarTerms(utcMidnight + (12 - 7) * HOUR_MS);
  const lat = latitude * rad;
  const cosH = Math.cos(90.833 * rad) / (Math.cos(lat) * Math.cos(declination)) - Math.tan(lat) * Math.tan(declination);
  const h = Math.acos(clamp(cosH, -1, 1)) / rad;
  const sunrise = utcMidnight + (720 - 4 * (longitude + h) - equationOfTime) * 60000;
  const sunset = utcMidnight + (720 - 4 * (longitude - h) - equationOfTime) * 60000;
  return { sunrise: Math.round(sunrise / 60000) * 60000, sunset: Math.round(sunset / 60000) * 60000 };
}

// ---------------------------------------------------------------------------------------------
// Weather systems

/** Strength (0..1) of a cold surge of the north-east monsoon over a former province. */
function coldSurge(region: string, tHours: number, winterness: number): number {
  if (winterness <= 0) return 0;
  const n = noise(`surge:${region}`, tHours / 96);
  return clamp((n - 0.3) / 0.7, 0, 1) * winterness;
}

/** Wet (> 0) or dry (< 0) spell over a former province, in [-1, 1]. */
function wetSpell(region: string, day: number): number {
  return noise(`wet:${region}`, day / 2.5);
}

/** -1 at dawn (coldest, 06:00), +1 in the early afternoon (warmest, 14:00). */
function diurnal(localHour: number): number {
  if (localHour >= 6 && localHour < 14) return -Math.cos((Math.PI * (localHour - 6)) / 8);
  const h = localHour < 6 ? localHour + 24 : localHour;
  return Math.cos((Math.PI * (h - 14)) / 16);
}

interface RainPlan {
  /** Rain per local hour (0..23), mm. */
  hours: number[];
  convective: boolean;
  chance: number;
}

function rainPlan(area: WeatherArea, day: number, position: number, winterness: number): RainPlan {
  const wet = wetSpell(area.region, day);
  const localNoonHours = day * 24 + 5; // 12:00 in Vietnam is 05:00 UTC
  const surge = coldSurge(area.region, localNoonHours, winterness);
  const chance = clamp(seasonal(RAIN_CHANCE, position) + 0.3 * wet + 0.45 * surge, 0.03, 0.95);
  const hours = new Array<number>(24).fill(0);
  if (hash01(`rain:${area.id}`, day) >= chance) return { hours, convective: false, chance };

  const convective = surge < 0.2 && hash01(`conv:${area.region}`, day) < seasonal(CONVECTIVE_SHARE, position);
  const mean = seasonal(RAIN_MEAN_MM, position) * area.wetness * (1 + 0.4 * Math.max(0, wet));
  let total = Math.min(mean * -Math.log(1 - 0.995 * hash01(`amount:${area.id}`, day)), mean * 7);
  if (!convective && winterness > 0.5) total = Math.min(total, 9); // winter drizzle stays light
  const h3 = hash01(`shape:${area.id}`, day);

  let start: number;
  let n: number;
  let weights: number[];
  if (convective) {
    n = clamp(2 + Math.floor(h3 * 4) + Math.floor(total / 25), 2, 9);
    // Afternoon and evening storms; mountain slopes also get rain before dawn.
    const night = area.elevation > 800 && hash01(`night:${area.id}`, day) < 0.25;
    start = night ? 1 + Math.floor(h3 * 3) : 14 + Math.floor(hash01(`start:${area.id}`, day) * 5);
    weights = Array.from({ length: n }, (_, i) => (i < 2 ? 3 - i * 0.5 : 2 / i));
  } else {
    n = 4 + Math.floor(h3 * 9);
    start = Math.floor(hash01(`start:${area.id}`, day) * (24 - n + 1));
    weights = Array.from({ length: n }, (_, i) => 0.6 + hash01(`w:${area.id}`, day, i));
  }
  start = Math.min(start, 24 - n);
  const sum = weights.reduce((a, b) => a + b, 0);
  weights.forEach((w, i) => {
    hours[start + i] = round1((total * w) / sum);
  });
  return { hours, convective, chance };
}

// ---------------------------------------------------------------------------------------------
// Hourly values

export interface HourWeather {
  /** Epoch ms of the start of the hour. */
  time: number;
  temperature_2m: number;
  relative_humidity_2m: number;
  dew_point_2m: number;
  apparent_temperature: number;
  precipitation_probability: number;
  precipitation: number;
  rain: number;
  showers: number;
  snowfall: number;
  weather_code: number;
  cloud_cover: number;
  visibility: number;
  wind_speed_10m: number;
  wind_direction_10m: number;
  wind_gusts_10m: number;
  uv_index: number;
  is_day: 0 | 1;
}

export interface DayWeather {
  /** Vietnamese calendar day number (days since the epoch, Vietnam time). */
  day: number;
  hours: HourWeather[];
  weather_code: number;
  temperature_2m_max: number;
  temperature_2m_min: number;
  apparent_temperature_max: number;
  apparent_temperature_min: number;
  sunrise: number;
  sunset: number;
  daylight_duration: number;
  uv_index_max: number;
  precipitation_sum: number;
  rain_sum: number;
  showers_sum: number;
  snowfall_sum: number;
  precipitation_hours: number;
  precipitation_probability_max: number;
  wind_speed_10m_max: number;
  wind_gusts_10m_max: number;
  wind_direction_10m_dominant: number;
}

/** Magnus formula. */
export function dewPoint(t: number, rh: number): number {
  const a = 17.27;
  const b = 237.7;
  const g = (a * t) / (b + t) + Math.log(Math.max(rh, 1) / 100);
  return (b * g) / (a - g);
}

/** Feels-like temperature (Australian Bureau of Meteorology, as Open-Meteo uses): wind in km/h. */
export function apparentTemperature(t: number, rh: number, windKmh: number): number {
  const e = (rh / 100) * 6.105 * Math.exp((17.27 * t) / (237.7 + t));
  return t + 0.33 * e - 0.7 * (windKmh / 3.6) - 4;
}

function cloudCode(cloud: number): number {
  if (cloud < 20) return 0;
  if (cloud < 50) return 1;
  if (cloud < 80) return 2;
  return 3;
}

const SNOW_MIN_ELEVATION = 1400;

function simulateHourInDay(area: WeatherArea, day: number, localHour: number, plan: RainPlan, position: number, winterness: number): HourWeather {
  const time = day * DAY_MS - VN_OFFSET_MS + localHour * HOUR_MS;
  const tHours = time / HOUR_MS;
  const elevKm = area.elevation / 1000;
  const id = area.id;
  const precipitation = plan.hours[localHour];
  const dayRain = plan.hours.reduce((a, b) => a + b, 0);
  const surge = coldSurge(area.region, tHours, winterness);
  const wet = wetSpell(area.region, day);
  const d = diurnal(localHour);

  // Clouds: season, spells, surges, and thick cloud whenever it rains.
  const cloudBase = clamp(
    seasonal(MEAN_CLOUD, position) + 22 * wet + 30 * surge + 18 * noise(`cloud:${id}`, tHours / 6) + (dayRain > 0 ? 12 : 0),
    0,
    100,
  );
  const cloud = Math.round(clamp(precipitation > 0 ? Math.max(cloudBase, 88 + 12 * hash01(`cc:${id}`, tHours)) : cloudBase, 0, 100));

  // Temperature: sea-level climate, cooled with height, moved by spells and surges.
  let mean = seasonal(SEA_LEVEL_MEAN_T, position) - seasonal(LAPSE_RATE, position) * elevKm + (area.region === 'yen-bai' ? 0.3 : 0);
  mean += 1.8 * noise(`temp:${area.region}`, tHours / 60) + 0.6 * noise(`temp:${id}`, tHours / 20);
  mean -= surge * 6 * (1 - 0.15 * elevKm);
  mean -= Math.min(2, dayRain / 15);
  const amplitude = (4.3 - 0.4 * elevKm) * (1.2 - 0.45 * (cloudBase / 100)) * (dayRain > 0 ? 0.85 : 1);
  let t = mean + amplitude * d - Math.min(2, precipitation * 0.6);

  // Wind: stronger with height, in the afternoon and in a surge; NE monsoon in winter, SE in summer.
  const gustHash = hash01(`gust:${id}`, tHours);
  const stormy = plan.convective && precipitation > 0;
  const wind = Math.max(
    0.5,
    (3 + 6.5 * elevKm) * (1 + 0.35 * Math.max(0, d)) * (1 + 0.3 * noise(`wind:${id}`, tHours / 8)) + surge * 5 + (stormy ? 6 : 0),
  );
  const gusts = wind * (1.5 + 0.4 * gustHash) + (stormy ? 12 : 0);
  const baseDirection = lerp(150, 45, winterness) + (hash01(`valley:${id}`) * 70 - 35);
  const direction = (((baseDirection + 40 * noise(`dir:${area.region}`, tHours / 24)) % 360) + 360) % 360;

  // Humidity: wetter up the mountain, at night, in surges and in rain.
  const rh = Math.round(
    clamp(
      seasonal(MEAN_HUMIDITY, position) + 2.5 * elevKm + 4 * wet + 8 * surge - 9 * d + (precipitation > 0 ? 8 : 0) + 3 * noise(`rh:${id}`, tHours / 5),
      30,
      100,
    ),
  );

  // What falls: snow on high ground in winter when cold enough, else rain, drizzle or showers.
  let snowfall = 0;
  let rain = 0;
  let showers = 0;
  let code: number;
  const canSnow = winterness >= WINTER_THRESHOLD && area.elevation >= SNOW_MIN_ELEVATION;
  if (precipitation > 0) {
    if (canSnow && t <= 0.5) {
      snowfall = round2(precipitation * 0.7);
      t = Math.min(t, 0);
      code = plan.convective ? (precipitation < 1 ? 85 : 86) : precipitation < 1 ? 71 : precipitation < 3 ? 73 : 75;
    } else if (plan.convective) {
      showers = precipitation;
      const thunder = precipitation >= 10 || (precipitation >= 4 && hash01(`thunder:${id}`, tHours) < 0.6);
      if (thunder) code = position >= 1.5 && position < 4.5 && hash01(`hail:${id}`, tHours) < 0.12 ? 96 : 95;
      else code = precipitation < 2.5 ? 80 : precipitation < 7.6 ? 81 : 82;
    } else {
      rain = precipitation;
      const drizzle = dayRain < 8;
      if (t < 0) code = drizzle ? (precipitation < 0.5 ? 56 : 57) : precipitation < 2.5 ? 66 : 67;
      else if (drizzle) code = precipitation < 0.2 ? 51 : precipitation < 0.6 ? 53 : 55;
      else code = precipitation < 2.5 ? 61 : precipitation < 7.6 ? 63 : 65;
    }
  } else {
    code = cloudCode(cloud);
  }

  // Fog: saturated, calm air at night and in the morning, on the mountains or in river valleys.
  const foggyHour = localHour >= 20 || localHour <= 9;
  const foggyPlace = area.elevation >= 600 || (area.riverValley && winterness > 0.3);
  const fog = precipitation === 0 && foggyHour && foggyPlace && rh >= 97 && wind < 15;
  let visibility: number;
  if (fog) {
    code = t < 0 ? 48 : 45;
    visibility = Math.round((120 + 780 * hash01(`vis:${id}`, tHours)) / 10) * 10;
  } else if (precipitation > 0) {
    visibility = Math.round((9000 - Math.min(7000, precipitation * 900)) / 100) * 100;
  } else {
    visibility = Math.round((24000 - Math.max(0, rh - 60) * 300) / 100) * 100;
  }

  const elevation = sunElevation(time, area.latitude, area.longitude);
  const isDay = elevation > -0.833 ? 1 : 0;
  const cosZenith = Math.max(0, Math.sin((elevation * Math.PI) / 180));
  const uvClear = 12.5 * cosZenith ** 2.42 * (1 + 0.06 * elevKm);
  const uv = round1(uvClear * (1 - 0.7 * (cloud / 100) ** 2.5) * (precipitation > 0 ? 0.5 : 1));

  const chanceHere =
    precipitation > 0
      ? 60 + 35 * hash01(`pop:${id}`, tHours)
      : plan.hours.some((p, h) => p > 0 && Math.abs(h - localHour) <= 3)
        ? plan.chance * 55 + 10 * hash01(`pop:${id}`, tHours)
        : plan.chance * 35 * hash01(`pop:${id}`, tHours);

  const temperature = round1(t);
  return {
    time,
    temperature_2m: temperature,
    relative_humidity_2m: rh,
    dew_point_2m: round1(dewPoint(temperature, rh)),
    apparent_temperature: round1(apparentTemperature(temperature, rh, wind)),
    precipitation_probability: Math.round(clamp(chanceHere, 0, 100)),
    precipitation: round1(precipitation),
    rain: round1(rain),
    showers: round1(showers),
    snowfall,
    weather_code: code,
    cloud_cover: cloud,
    visibility,
    wind_speed_10m: round1(wind),
    wind_direction_10m: Math.round(direction) % 360,
    wind_gusts_10m: round1(gusts),
    uv_index: Math.max(0, uv),
    is_day: isDay,
  };
}

/** The daily code is the most significant weather of the day, as Open-Meteo reports it. */
function dailyCode(hours: HourWeather[]): number {
  const wet = hours.filter((h) => h.weather_code >= 51).map((h) => h.weather_code);
  if (wet.length) return Math.max(...wet);
  const fogHours = hours.filter((h) => h.weather_code === 45 || h.weather_code === 48);
  if (fogHours.length >= 3) return fogHours.some((h) => h.weather_code === 48) ? 48 : 45;
  const daytime = hours.filter((h) => h.is_day);
  const cloud = daytime.reduce((a, h) => a + h.cloud_cover, 0) / Math.max(1, daytime.length);
  return cloudCode(cloud);
}

const dayCache = new Map<string, DayWeather>();
const DAY_CACHE_LIMIT = 5000;

/** All 24 hours of one Vietnamese calendar day at one area, and the day's summary. */
export function simulateDay(area: WeatherArea, day: number): DayWeather {
  const key = `${area.id}:${day}`;
  const cached = dayCache.get(key);
  if (cached) return cached;

  const position = monthPosition(day);
  const winterness = seasonal(WINTERNESS, position);
  const plan = rainPlan(area, day, position, winterness);
  const hours = Array.from({ length: 24 }, (_, h) => simulateHourInDay(area, day, h, plan, position, winterness));
  const { sunrise, sunset } = sunTimes(day, area.latitude, area.longitude);
  const sum = (f: (h: HourWeather) => number) => hours.reduce((a, h) => a + f(h), 0);
  const max = (f: (h: HourWeather) => number) => Math.max(...hours.map(f));
  const min = (f: (h: HourWeather) => number) => Math.min(...hours.map(f));
  const vx = sum((h) => h.wind_speed_10m * Math.sin((h.wind_direction_10m * Math.PI) / 180));
  const vy = sum((h) => h.wind_speed_10m * Math.cos((h.wind_direction_10m * Math.PI) / 180));

  const result: DayWeather = {
    day,
    hours,
    weather_code: dailyCode(hours),
    temperature_2m_max: max((h) => h.temperature_2m),
    temperature_2m_min: min((h) => h.temperature_2m),
    apparent_temperature_max: max((h) => h.apparent_temperature),
    apparent_temperature_min: min((h) => h.apparent_temperature),
    sunrise,
    sunset,
    daylight_duration: Math.round((sunset - sunrise) / 1000),
    uv_index_max: max((h) => h.uv_index),
    precipitation_sum: round1(sum((h) => h.precipitation)),
    rain_sum: round1(sum((h) => h.rain)),
    showers_sum: round1(sum((h) => h.showers)),
    snowfall_sum: round2(sum((h) => h.snowfall)),
    precipitation_hours: hours.filter((h) => h.precipitation > 0).length,
    precipitation_probability_max: max((h) => h.precipitation_probability),
    wind_speed_10m_max: max((h) => h.wind_speed_10m),
    wind_gusts_10m_max: max((h) => h.wind_gusts_10m),
    wind_direction_10m_dominant: Math.round(((Math.atan2(vx, vy) * 180) / Math.PI + 360) % 360) % 360,
  };
  if (dayCache.size >= DAY_CACHE_LIMIT) dayCache.clear();
  dayCache.set(key, result);
  return result;
}

/** The simulated hour containing `ms` at an area (deterministic). */
export function simulateHour(area: WeatherArea, ms: number): HourWeather {
  return simulateDay(area, vnDayNumber(ms)).hours[vnHour(ms)];
}

// ---------------------------------------------------------------------------------------------
// The current observation: between this hour and the next, with a small live drift.

export interface Observation {
  time: number;
  temperature_2m: number;
  relative_humidity_2m: number;
  apparent_temperature: number;
  is_day: 0 | 1;
  precipitation: number;
  rain: number;
  showers: number;
  snowfall: number;
  weather_code: number;
  cloud_cover: number;
  visibility: number;
  wind_speed_10m: number;
  wind_direction_10m: number;
  wind_gusts_10m: number;
  uv_index: number;
}

/** Largest live drift of the temperature around the hourly curve, °C. */
export const TEMPERATURE_DRIFT = 0.35;

export function observe(area: WeatherArea, ms: number): Observation {
  const hourStart = Math.floor(ms / HOUR_MS) * HOUR_MS;
  const a = simulateHour(area, hourStart);
  const b = simulateHour(area, hourStart + HOUR_MS);
  const f = (ms - hourStart) / HOUR_MS;
  const drift = (what: string) => noise(`drift:${what}:${area.id}`, ms / 180_000);
  const t = round1(lerp(a.temperature_2m, b.temperature_2m, f) + TEMPERATURE_DRIFT * drift('t'));
  const rh = Math.round(clamp(lerp(a.relative_humidity_2m, b.relative_humidity_2m, f) + 1.5 * drift('rh'), 1, 100));
  const wind = round1(Math.max(0, lerp(a.wind_speed_10m, b.wind_speed_10m, f) + 1.2 * drift('wind')));
  const elevation = sunElevation(ms, area.latitude, area.longitude);
  return {
    time: Math.floor(ms / 1000) * 1000,
    temperature_2m: t,
    relative_humidity_2m: rh,
    apparent_temperature: round1(apparentTemperature(t, rh, wind)),
    is_day: elevation > -0.833 ? 1 : 0,
    precipitation: a.precipitation,
    rain: a.rain,
    showers: a.showers,
    snowfall: a.snowfall,
    weather_code: a.weather_code,
    cloud_cover: Math.round(lerp(a.cloud_cover, b.cloud_cover, f)),
    visibility: a.visibility,
    wind_speed_10m: wind,
    wind_direction_10m: Math.round((a.wind_direction_10m + 8 * drift('dir') + 360) % 360) % 360,
    wind_gusts_10m: round1(Math.max(wind, lerp(a.wind_gusts_10m, b.wind_gusts_10m, f) + 1.5 * drift('gust'))),
    uv_index: round1(Math.max(0, lerp(a.uv_index, b.uv_index, f))),
  };
}

/** Every WMO weather code the simulator (and Open-Meteo) can report. */
export const WMO_CODES = [0, 1, 2, 3, 45, 48, 51, 53, 55, 56, 57, 61, 63, 65, 66, 67, 71, 73, 75, 77, 80, 81, 82, 85, 86, 95, 96, 99] as const;
