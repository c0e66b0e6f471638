import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, TEST_NOW, type TestServer } from './helpers.js';
import { clockFrom } from '../src/services/clock.js';
import { Forecast, Overview, AlertList, StreamObservation } from '../src/contract/weather.js';
import { WMO_CODES } from '../src/services/weather-simulator.js';

let s: TestServer;
/** Set to stop the server's clock at an instant; null lets it run on from TEST_NOW. */
let frozen: number | null = null;
beforeAll(async () => {
  const running = clockFrom(TEST_NOW);
  s = await startServer({ WEATHER_STREAM_INTERVAL_MS: '1000' }, { now: () => frozen ?? running() });
});
afterAll(() => s.close());
afterEach(() => {
  frozen = null;
});

const expectError = (res: { status: number; body: any }, status: number, path?: string) => {
  expect(res.status).toBe(status);
  expect(res.body.error.message).toMatch(/[ạ-ỹàáâãèéêìíòóôõùúýăđ]/i);
  if (path) expect(res.body.error.details.some((d: { path: string }) => d.path === path || d.path.startsWith(`${path}.`))).toBe(true);
};

describe('areas', () => {
  it('answers { items } with the agreed slugs, coordinates and elevation', async () => {
    const res = await s.api('/api/weather/areas');
    expect(res.status).toBe(200);
    const ids = res.body.items.map((a: any) => a.id);
    for (const id of ['lao-cai', 'sa-pa', 'bat-xat', 'y-ty', 'pho-lu', 'pho-rang', 'bac-ha', 'muong-khuong', 'si-ma-cai', 'khanh-yen', 'fansipan', 'yen-bai', 'nghia-lo', 'mu-cang-chai']) {
      expect(ids).toContain(id);
    }
    for (const a of res.body.items) expect(Object.keys(a).sort()).toEqual(['elevation', 'id', 'latitude', 'locality', 'longitude', 'name']);
    expect(res.body.items.find((a: any) => a.id === 'y-ty').name).toBe('Y Tý');
  });
});

describe('forecast', () => {
  it('answers Open-Meteo’s shape with current, 48 hourly and 7 daily rows', async () => {
    const res = await s.api('/api/weather/forecast?area=sa-pa');
    expect(res.status).toBe(200);
    const f = Forecast.parse(res.body);
    expect(f.area.id).toBe('sa-pa');
    expect(f.elevation).toBe(1550);
    for (const key of ['time', 'temperature_2m', 'apparent_temperature', 'relative_humidity_2m', 'weather_code', 'wind_speed_10m', 'is_day']) {
      expect(res.body.current, key).toHaveProperty(key);
    }
    expect(f.hourly.time).toHaveLength(48);
    for (const values of Object.values(f.hourly)) expect(values).toHaveLength(48);
    expect(f.daily.time).toHaveLength(7);
    for (const values of Object.values(f.daily)) expect(values).toHaveLength(7);
    const valid = new Set<number>(WMO_CODES);
    expect([...f.hourly.weather_code, ...f.daily.weather_code, f.current.weather_code].every((c) => valid.has(c))).toBe(true);
    // The first hourly row is the current hour.
    const hourStart = Math.floor(s.ctx.now() / 3_600_000) * 3_600_000;
    expect([hourStart, hourStart - 3_600_000]).toContain(Date.parse(f.hourly.time[0]));
    expect(f.current.time).toMatch(/\+07:00$/);
    expect(res.headers.get('cache-control')).toMatch(/max-age/);
  });

  it('is colder in Y Tý than in Lào Cai city, identical within an hour, and moves on with the next', async () => {
    const hour = Date.parse('2027-01-14T10:00:00+07:00');
    frozen = hour + 5 * 60_000;
    const city = (await s.api('/api/weather/forecast?area=lao-cai')).body;
    const yty = (await s.api('/api/weather/forecast?area=y-ty')).body;
    for (let i = 0; i < 48; i++) expect(yty.hourly.temperature_2m[i]).toBeLessThan(city.hourly.temperature_2m[i]);
    expect(city.hourly.time[0]).toBe('2027-01-14T10:00:00+07:00');
    frozen = hour + 55 * 60_000;
    const later = (await s.api('/api/weather/forecast?area=lao-cai')).body;
    expect(later.hourly).toEqual(city.hourly);
    expect(later.daily).toEqual(city.daily);
    frozen = hour + 65 * 60_000;
    const next = (await s.api('/api/weather/forecast?area=lao-cai')).body;
    expect(next.hourly.time[0]).toBe('2027-01-14T11:00:00+07:00');
    expect(next.hourly.temperature_2m.slice(0, 47)).toEqual(city.hourly.temperature_2m.slice(1));
  });

  it('finds the nearest area from coordinates and honours the number of days and hours', async () => {
    const res = await s.api('/api/weather/forecast?latitude=22.34&longitude=103.85&forecast_days=3&forecast_hours=12');
    expect(res.status).toBe(200);
    expect(res.body.area.id).toBe('sa-pa');
    expect(res.body.daily.time).toHaveLength(3);
    expect(res.body.hourly.temperature_2m).toHaveLength(12);
  });

  it('refuses unknown areas and bad parameters', async () => {
    expectError(await s.api('/api/weather/forecast?area=ha-noi'), 404);
    expectError(await s.api('/api/weather/forecast'), 400, 'area');
    expectError(await s.api('/api/weather/forecast?area=Sa%20Pa'), 400, 'area');
    expectError(await s.api('/api/weather/forecast?latitude=22.3'), 400, 'longitude');
    expectError(await s.api('/api/weather/forecast?latitude=abc&longitude=103'), 400, 'latitude');
    expectError(await s.api('/api/weather/forecast?latitude=95&longitude=103'), 400, 'latitude');
    expectError(await s.api('/api/weather/forecast?area=sa-pa&forecast_days=8'), 400, 'forecast_days');
    expectError(await s.api('/api/weather/forecast?area=sa-pa&forecast_hours=0'), 400, 'forecast_hours');
  });
});

describe('overview', () => {
  it('gives the current weather of every area, consistent with the forecast', async () => {
    const res = await s.api('/api/weather/overview');
    expect(res.status).toBe(200);
    const o = Overview.parse(res.body);
    expect(o.items.length).toBe((await s.api('/api/weather/areas')).body.items.length);
    const sapa = o.items.find((i) => i.area.id === 'sa-pa')!;
    const f = (await s.api('/api/weather/forecast?area=sa-pa')).body;
    expect(sapa.today.temperature_2m_max).toBe(f.daily.temperature_2m_max[0]);
    expect(sapa.today.temperature_2m_min).toBe(f.daily.temperature_2m_min[0]);
    expect(Math.abs(sapa.current.temperature_2m - f.current.temperature_2m)).toBeLessThan(1);
    const city = o.items.find((i) => i.area.id === 'lao-cai')!;
    expect(sapa.current.temperature_2m).toBeLessThan(city.current.temperature_2m);
  });

  it('can be limited to some areas', async () => {
    const res = await s.api('/api/weather/overview?area=y-ty,bac-ha');
    expect(res.body.items.map((i: any) => i.area.id)).toEqual(['y-ty', 'bac-ha']);
    expectError(await s.api('/api/weather/overview?area=y-ty,ha-noi'), 400, 'area');
  });
});

describe('alerts', () => {
  it('lists alerts in force, in the documented shape, and counts them in the overview', async () => {
    const res = await s.api('/api/weather/alerts');
    expect(res.status).toBe(200);
    const list = AlertList.parse(res.body);
    const overview = (await s.api('/api/weather/overview')).body;
    const counted = overview.items.reduce((n: number, i: any) => n + i.alerts, 0);
    expect(counted).toBe(list.items.length);
    for (const a of list.items) {
      expect(Date.parse(a.end)).toBeGreaterThan(s.ctx.now() - 60_000);
      expect(a.title).toContain(a.areaName);
    }
    const one = await s.api('/api/weather/alerts?area=fansipan');
    expect(one.body.items.every((a: any) => a.areaId === 'fansipan')).toBe(true);
    expectError(await s.api('/api/weather/alerts?area=--'), 400, 'area');
  });
});

/** Reads Server-Sent Events from a fetch body until `until` says enough. */
async function readEvents(res: Response, until: (events: { event: string; data: string }[], comments: string[]) => boolean, timeoutMs = 8000) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: { event: string; data: string }[] = [];
  const comments: string[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (!until(events, comments)) {
    if (Date.now() > deadline) throw new Error(`timed out; got ${events.map((e) => e.event).join(', ')}`);
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) comments.push(line);
        else if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length) events.push({ event, data: data.join('\n') });
    }
  }
  return { events, comments, reader };
}

describe('event stream', () => {
  it('pushes an observation at once, then every interval, with heartbeats and no compression', async () => {
    const controller = new AbortController();
    const res = await fetch(`${s.url}/api/weather/stream?area=sa-pa,y-ty`, {
      headers: { 'accept-encoding': 'gzip, deflate, br', origin: 'http://localhost:3000' },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const started = Date.now();
    const { events, reader } = await readEvents(
      res,
      (ev, cm) => ev.filter((e) => e.event === 'observation').length >= 2 && cm.some((c) => c.startsWith(': ping')),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const observations = events.filter((e) => e.event === 'observation').map((e) => StreamObservation.parse(JSON.parse(e.data)));
    expect(observations[0].items.map((i) => i.areaId)).toEqual(['sa-pa', 'y-ty']);
    expect(observations[1].time >= observations[0].time).toBe(true);
    expect(events.some((e) => e.event === 'alerts')).toBe(true);
    expect(AlertList.parse(JSON.parse(events.find((e) => e.event === 'alerts')!.data)).items.every((a) => ['sa-pa', 'y-ty'].includes(a.areaId))).toBe(true);
    await reader.cancel();
    controller.abort();
  });

  it('refuses unknown areas before streaming', async () => {
    const res = await s.api('/api/weather/stream?area=ha-noi');
    expectError(res, 400, 'area');
  });

  it('does not hold up a graceful shutdown', async () => {
    const own = await startServer({ WEATHER_STREAM_INTERVAL_MS: '60000' });
    const res = await fetch(`${own.url}/api/weather/stream`);
    const { reader } = await readEvents(res, (ev) => ev.some((e) => e.event === 'observation'));
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(3000);
    // The stream was ended by the server, not left hanging.
    const rest = await Promise.race([
      (async () => {
        for (;;) {
          const { done } = await reader.read();
          if (done) return 'ended';
        }
      })(),
      new Promise((resolve) => setTimeout(() => resolve('hanging'), 3000)),
    ]);
    expect(rest).toBe('ended');
  });
});
