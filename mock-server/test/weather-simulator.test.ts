import { describe, expect, it } from 'vitest';
import { findWeatherArea, nearestWeatherArea, WEATHER_AREAS, type WeatherArea } from '../src/services/weather-areas.js';
import {
  isWinterDay,
  observe,
  simulateDay,
  simulateHour,
  sunTimes,
  TEMPERATURE_DRIFT,
  WMO_CODES,
  type DayWeather,
  type HourWeather,
} from '../src/services/weather-simulator.js';
import { alertsForDay, FOG_MIN_HOURS, HEAVY_RAIN_MM, provinceAlerts } from '../src/services/weather-alerts.js';
import { buildForecast } from '../src/services/weather-report.js';
import { toVnIso, vnDayNumber } from '../src/contract/vn-time.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const area = (id: string) => findWeatherArea(id)!;
const dayOf = (date: string) => vnDayNumber(Date.parse(`${date}T12:00:00+07:00`));

/** Every day of a year, as Vietnamese day numbers. */
const YEAR = Array.from({ length: 365 }, (_, i) => dayOf('2026-01-01') + i);
const monthOf = (day: number) => Number(toVnIso(day * DAY).slice(5, 7));

describe('areas', () => {
  it('covers the agreed places of today’s Lào Cai with coordinates and elevation', () => {
    const agreed = ['lao-cai', 'sa-pa', 'bat-xat', 'y-ty', 'pho-lu', 'pho-rang', 'bac-ha', 'muong-khuong', 'si-ma-cai', 'khanh-yen', 'fansipan', 'yen-bai', 'nghia-lo', 'mu-cang-chai'];
    for (const id of agreed) expect(findWeatherArea(id), id).toBeDefined();
    expect(WEATHER_AREAS.length).toBeGreaterThanOrEqual(14);
    for (const a of WEATHER_AREAS) {
      expect(a.latitude).toBeGreaterThan(21.3);
      expect(a.latitude).toBeLessThan(22.9);
      expect(a.longitude).toBeGreaterThan(103.5);
      expect(a.longitude).toBeLessThan(105.1);
    }
    expect(area('lao-cai').elevation).toBeLessThan(150);
    expect(area('fansipan').elevation).toBe(3143);
  });

  it('finds the nearest inhabited area', () => {
    expect(nearestWeatherArea(22.34, 103.84).area.id).toBe('sa-pa'); // the town, not the summit
    expect(nearestWeatherArea(21.72, 104.9).area.id).toBe('yen-bai');
    expect(nearestWeatherArea(22.63, 103.63).area.id).toBe('y-ty');
  });
});

describe('weather simulator', () => {
  it('is deterministic for an area and an hour', () => {
    const t = Date.parse('2026-12-03T09:00:00+07:00');
    const a = simulateHour(area('sa-pa'), t);
    const b = simulateHour(area('sa-pa'), t + 59 * 60_000); // the same hour
    expect(b).toEqual(a);
    expect(simulateHour(area('sa-pa'), t + HOUR)).not.toEqual(a);
    expect(simulateHour(area('y-ty'), t)).not.toEqual(a);
  });

  it('keeps Sa Pa and Y Tý colder than Lào Cai city at the same hour, all year round', () => {
    const problems: string[] = [];
    for (const day of YEAR) {
      for (let h = 0; h < 24; h++) {
        const t = day * DAY - 7 * HOUR + h * HOUR;
        const city = simulateHour(area('lao-cai'), t).temperature_2m;
        const sapa = simulateHour(area('sa-pa'), t).temperature_2m;
        const yty = simulateHour(area('y-ty'), t).temperature_2m;
        const summit = simulateHour(area('fansipan'), t).temperature_2m;
        if (!(sapa < city && yty < city && summit < sapa)) problems.push(`${toVnIso(t)}: city ${city}, Sa Pa ${sapa}, Y Tý ${yty}, Fansipan ${summit}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('orders monthly mean temperatures by elevation', () => {
    const mean = (a: WeatherArea, days: number[]) => {
      const all = days.flatMap((d) => simulateDay(a, d).hours.map((h) => h.temperature_2m));
      return all.reduce((x, y) => x + y, 0) / all.length;
    };
    for (const month of [1, 4, 7, 10]) {
      const days = YEAR.filter((d) => monthOf(d) === month);
      const ordered = ['lao-cai', 'nghia-lo', 'mu-cang-chai', 'bac-ha', 'sa-pa', 'y-ty', 'fansipan'].map((id) => mean(area(id), days));
      for (let i = 1; i < ordered.length; i++) expect(ordered[i], `month ${month}`).toBeLessThan(ordered[i - 1]);
    }
    // Plausible climate: Lào Cai city is mild in January and hot in July; Sa Pa about 9 °C in January.
    const jan = YEAR.filter((d) => monthOf(d) === 1);
    const jul = YEAR.filter((d) => monthOf(d) === 7);
    expect(mean(area('lao-cai'), jan)).toBeGreaterThan(13);
    expect(mean(area('lao-cai'), jan)).toBeLessThan(20);
    expect(mean(area('lao-cai'), jul)).toBeGreaterThan(25);
    expect(mean(area('sa-pa'), jan)).toBeGreaterThan(5);
    expect(mean(area('sa-pa'), jan)).toBeLessThan(12);
  });

  it('warms by day and cools by night', () => {
    let warmer = 0;
    for (const day of YEAR) {
      const d = simulateDay(area('pho-lu'), day);
      if (d.hours[14].temperature_2m > d.hours[5].temperature_2m) warmer++;
    }
    expect(warmer / YEAR.length).toBeGreaterThan(0.95);
  });

  it('reports only valid WMO codes and sane values', () => {
    // Checked in plain code and asserted once: hundreds of thousands of expect() calls are slow.
    const valid = new Set<number>(WMO_CODES);
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok && problems.length < 20) problems.push(what);
    };
    for (const a of WEATHER_AREAS) {
      for (const day of YEAR.filter((_, i) => i % 3 === 0)) {
        const d = simulateDay(a, day);
        check(valid.has(d.weather_code), `${a.id} day ${day} code ${d.weather_code}`);
        for (const h of d.hours) {
          const at = `${a.id} ${toVnIso(h.time)}`;
          check(valid.has(h.weather_code), `${at} code ${h.weather_code}`);
          check(h.relative_humidity_2m >= 0 && h.relative_humidity_2m <= 100, `${at} humidity ${h.relative_humidity_2m}`);
          check(h.cloud_cover >= 0 && h.cloud_cover <= 100, `${at} cloud ${h.cloud_cover}`);
          check(h.precipitation >= 0 && h.precipitation_probability <= 100, `${at} rain ${h.precipitation}`);
          check(h.wind_speed_10m >= 0 && h.wind_gusts_10m >= h.wind_speed_10m, `${at} wind ${h.wind_speed_10m}/${h.wind_gusts_10m}`);
          check(h.wind_direction_10m >= 0 && h.wind_direction_10m < 360, `${at} direction ${h.wind_direction_10m}`);
          check(h.uv_index >= 0 && h.uv_index < 14 && (h.is_day === 1 || h.uv_index === 0), `${at} uv ${h.uv_index} day ${h.is_day}`);
          check(h.precipitation === 0 ? h.weather_code < 51 : h.weather_code >= 51, `${at} rain ${h.precipitation} code ${h.weather_code}`);
          check(h.temperature_2m > -12 && h.temperature_2m < 42, `${at} temperature ${h.temperature_2m}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('allows snow and frost only on high ground in winter', () => {
    const snowMonths = new Set<number>();
    const problems: string[] = [];
    let snowHours = 0;
    for (const a of WEATHER_AREAS) {
      for (const day of YEAR) {
        const d = simulateDay(a, day);
        for (const h of d.hours) {
          const snowy = h.snowfall > 0 || [71, 73, 75, 77, 85, 86].includes(h.weather_code);
          if (snowy) {
            snowHours++;
            snowMonths.add(monthOf(day));
            if (a.elevation < 1400 || !isWinterDay(day)) problems.push(`snow at ${a.id} ${toVnIso(h.time)}`);
          }
          if (a.elevation < 800 && h.temperature_2m <= 1) problems.push(`frost at ${a.id} ${toVnIso(h.time)}`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(snowHours).toBeGreaterThan(0); // it does snow on Fansipan some winters
    for (const m of snowMonths) expect([11, 12, 1, 2, 3]).toContain(m);
  });

  it('rains more in the rainy season (May–September)', () => {
    for (const id of ['lao-cai', 'sa-pa', 'yen-bai']) {
      let wet = 0;
      let dry = 0;
      for (const day of YEAR) {
        const m = monthOf(day);
        const sum = simulateDay(area(id), day).precipitation_sum;
        if (m >= 5 && m <= 9) wet += sum;
        else dry += sum;
      }
      expect(wet, id).toBeGreaterThan(2 * dry);
    }
  });

  it('computes plausible sunrise and sunset for Lào Cai', () => {
    const hm = (ms: number) => toVnIso(ms).slice(11, 16);
    const june = sunTimes(dayOf('2026-06-21'), 22.486, 103.97);
    const dec = sunTimes(dayOf('2026-12-21'), 22.486, 103.97);
    expect(hm(june.sunrise) >= '05:15' && hm(june.sunrise) <= '05:30').toBe(true);
    expect(hm(june.sunset) >= '18:45' && hm(june.sunset) <= '19:00').toBe(true);
    expect(hm(dec.sunrise) >= '06:35' && hm(dec.sunrise) <= '06:50').toBe(true);
    expect(hm(dec.sunset) >= '17:15' && hm(dec.sunset) <= '17:30').toBe(true);
  });

  it('drifts the current observation a little, around the hourly curve', () => {
    const a = area('bac-ha');
    const t0 = Date.parse('2026-11-28T10:00:00+07:00');
    const seen = new Set<number>();
    for (let s = 0; s < 3600; s += 60) {
      const o = observe(a, t0 + s * 1000);
      const h0 = simulateHour(a, t0).temperature_2m;
      const h1 = simulateHour(a, t0 + HOUR).temperature_2m;
      expect(o.temperature_2m).toBeGreaterThanOrEqual(Math.min(h0, h1) - TEMPERATURE_DRIFT - 0.1);
      expect(o.temperature_2m).toBeLessThanOrEqual(Math.max(h0, h1) + TEMPERATURE_DRIFT + 0.1);
      seen.add(o.temperature_2m);
    }
    expect(seen.size).toBeGreaterThan(3); // it moves while the page is open
    expect(observe(a, t0 + 1234)).toEqual(observe(a, t0 + 1234));
  });
});

describe('forecast (Open-Meteo shape)', () => {
  const now = Date.parse('2026-11-27T09:41:00+07:00');
  const f = buildForecast(area('sa-pa'), now);

  it('has 48 hourly rows from the current hour and 7 daily rows from today, all aligned', () => {
    expect(f.hourly.time).toHaveLength(48);
    expect(f.hourly.time[0]).toBe('2026-11-27T09:00:00+07:00');
    expect(f.hourly.time[47]).toBe('2026-11-29T08:00:00+07:00');
    for (const [key, values] of Object.entries(f.hourly)) expect(values, key).toHaveLength(48);
    expect(f.daily.time).toEqual(['2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03']);
    for (const [key, values] of Object.entries(f.daily)) expect(values, key).toHaveLength(7);
    for (const key of Object.keys(f.hourly)) expect(f.hourly_units[key], key).toBeDefined();
    for (const key of Object.keys(f.daily)) expect(f.daily_units[key], key).toBeDefined();
  });

  it('agrees between hourly and daily values', () => {
    f.hourly.time.forEach((t, i) => {
      const d = f.daily.time.indexOf(t.slice(0, 10));
      expect(f.hourly.temperature_2m[i]).toBeLessThanOrEqual(f.daily.temperature_2m_max[d]);
      expect(f.hourly.temperature_2m[i]).toBeGreaterThanOrEqual(f.daily.temperature_2m_min[d]);
    });
    // Tomorrow is wholly inside the hourly window: its rain adds up.
    const tomorrow = f.hourly.time.map((t, i) => (t.startsWith('2026-11-28') ? f.hourly.precipitation[i] : 0));
    expect(Math.round(tomorrow.reduce((a, b) => a + b, 0) * 10) / 10).toBeCloseTo(f.daily.precipitation_sum[1], 5);
    expect(f.current.time).toBe('2026-11-27T09:41:00+07:00');
    expect(f.current.weather_code).toBe(f.hourly.weather_code[0]);
  });
});

describe('alerts', () => {
  const a = area('y-ty');
  const day = dayOf('2027-01-10');
  const base = simulateDay(a, day);
  const hour = (i: number, patch: Partial<HourWeather>): HourWeather => ({ ...base.hours[i], ...patch });
  const calm = base.hours.map((_h, i) => hour(i, { temperature_2m: 8, snowfall: 0, precipitation: 0, rain: 0, showers: 0, visibility: 20000, weather_code: 2 }));
  const made = (hours: HourWeather[], patch: Partial<DayWeather> = {}): DayWeather => ({
    ...base,
    hours,
    precipitation_sum: Math.round(hours.reduce((s, h) => s + h.precipitation, 0) * 10) / 10,
    ...patch,
  });
  const early = base.hours[0].time - 1;

  it('stays quiet on a calm day', () => {
    expect(alertsForDay(a, made(calm), early)).toEqual([]);
  });

  it('fires for frost on high ground in winter only', () => {
    const cold = calm.map((h, i) => (i >= 3 && i <= 6 ? { ...h, temperature_2m: -1.5 } : h));
    const alerts = alertsForDay(a, made(cold), early, true);
    expect(alerts.map((x) => x.kind)).toEqual(['frost']);
    expect(alerts[0].level).toBe('warning');
    expect(alerts[0].value).toBe(-1.5);
    expect(alerts[0].start).toBe(base.hours[3].time);
    expect(alerts[0].end).toBe(base.hours[6].time + HOUR);
    expect(alerts[0].message).toContain('-1,5°C');
    expect(alertsForDay(a, made(cold), early, false)).toEqual([]); // not in summer
    expect(alertsForDay(area('lao-cai'), made(cold), early, true)).toEqual([]); // not in the valley
  });

  it('fires for snow', () => {
    const snowy = calm.map((h, i) => (i === 4 ? { ...h, temperature_2m: -0.5, precipitation: 2, snowfall: 1.4, weather_code: 73 } : h));
    const kinds = alertsForDay(a, made(snowy), early, true).map((x) => x.kind);
    expect(kinds).toContain('snow');
  });

  it('fires for heavy rain at 50 mm a day, stronger above 100 mm', () => {
    const rainy = (mm: number) => calm.map((h, i) => (i >= 14 && i < 19 ? { ...h, precipitation: mm / 5, rain: mm / 5, weather_code: 65 } : h));
    expect(alertsForDay(a, made(rainy(45)), early, false)).toEqual([]);
    const heavy = alertsForDay(a, made(rainy(HEAVY_RAIN_MM + 5)), early, false);
    expect(heavy.map((x) => [x.kind, x.level])).toEqual([['heavy_rain', 'watch']]);
    expect(heavy[0].title).toBe('Mưa to ở Y Tý');
    const veryHeavy = alertsForDay(a, made(rainy(120)), early, false);
    expect(veryHeavy[0].level).toBe('warning');
    expect(veryHeavy[0].title).toBe('Mưa rất to ở Y Tý');
  });

  it('fires for thick fog lasting hours, not for a passing patch', () => {
    const foggy = (n: number, vis: number) => calm.map((h, i) => (i >= 5 && i < 5 + n ? { ...h, visibility: vis, weather_code: 45 } : h));
    expect(alertsForDay(a, made(foggy(FOG_MIN_HOURS - 1, 300)), early)).toEqual([]);
    expect(alertsForDay(a, made(foggy(FOG_MIN_HOURS, 300)), early)[0]).toMatchObject({ kind: 'fog', level: 'watch', value: 300 });
    expect(alertsForDay(a, made(foggy(4, 150)), early)[0].level).toBe('warning');
  });

  it('forgets what is already over', () => {
    const cold = calm.map((h, i) => (i <= 5 ? { ...h, temperature_2m: -2 } : h));
    expect(alertsForDay(a, made(cold), base.hours[4].time, true)).toHaveLength(1);
    expect(alertsForDay(a, made(cold), base.hours[6].time, true)).toHaveLength(0);
  });

  it('fires from the simulator in winter and in the rainy season', () => {
    const kinds = (date: string) => {
      const out = new Set<string>();
      for (let i = 0; i < 30; i += 3) provinceAlerts(Date.parse(`${date}T07:00:00+07:00`) + i * DAY).forEach((x) => out.add(x.kind));
      return out;
    };
    const winter = kinds('2027-01-01');
    expect(winter.has('frost')).toBe(true);
    expect(winter.has('heavy_rain')).toBe(false);
    const summer = kinds('2027-07-01');
    expect(summer.has('heavy_rain')).toBe(true);
    expect(summer.has('frost') || summer.has('snow')).toBe(false);
  });
});
