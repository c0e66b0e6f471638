import type { FastifyInstance, FastifyReply } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { AlertList, AreaListQuery, Forecast, ForecastQuery, Overview, WeatherAreaList } from '../contract/weather.js';
import { AppError, invalidField, notFound } from '../plugins/errors.js';
import { toVnIso } from '../contract/vn-time.js';
import { findWeatherArea, nearestWeatherArea, WEATHER_AREAS, type WeatherArea } from '../services/weather-areas.js';
import { provinceAlerts } from '../services/weather-alerts.js';
import { alertOut, areaOut, buildForecast, currentWeather, overviewItem } from '../services/weather-report.js';

/** More open streams than this and new ones are refused (429) rather than exhausting the server. */
const MAX_STREAMS = 500;
/** A client that stops reading is dropped once this much is waiting for it. */
const MAX_BUFFERED_BYTES = 256 * 1024;

function areasFrom(ids: string[] | undefined): readonly WeatherArea[] {
  if (!ids || ids.length === 0) return WEATHER_AREAS;
  return ids.map((id) => {
    const area = findWeatherArea(id);
    if (!area) throw invalidField('area', `Không có khu vực thời tiết "${id}".`);
    return area;
  });
}

const cacheFor = (reply: FastifyReply, seconds: number) => reply.header('Cache-Control', `public, max-age=${seconds}`);

export default async function weatherRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/weather/areas', { schema: { response: { 200: WeatherAreaList } } }, async (_request, reply) => {
    cacheFor(reply, 86_400);
    return { items: WEATHER_AREAS.map(areaOut) };
  });

  r.get('/api/weather/overview', { schema: { querystring: AreaListQuery, response: { 200: Overview } } }, async (request, reply) => {
    const areas = areasFrom(request.query.area);
    const now = ctx.now();
    const alerts = provinceAlerts(now, areas);
    cacheFor(reply, 60);
    return {
      time: toVnIso(now),
      items: areas.map((a) => overviewItem(a, now, alerts.filter((x) => x.areaId === a.id).length)),
    };
  });

  r.get('/api/weather/forecast', { schema: { querystring: ForecastQuery, response: { 200: Forecast } } }, async (request, reply) => {
    const q = request.query;
    let area: WeatherArea | undefined;
    if (q.area !== undefined) {
      area = findWeatherArea(q.area);
      if (!area) throw notFound(`Không có khu vực thời tiết "${q.area}".`);
    } else {
      area = nearestWeatherArea(q.latitude!, q.longitude!).area;
    }
    cacheFor(reply, 60);
    return buildForecast(area, ctx.now(), q.forecast_hours, q.forecast_days);
  });

  r.get('/api/weather/alerts', { schema: { querystring: AreaListQuery, response: { 200: AlertList } } }, async (request, reply) => {
    const areas = areasFrom(request.query.area);
    const now = ctx.now();
    cacheFor(reply, 60);
    return { time: toVnIso(now), items: provinceAlerts(now, areas).map(alertOut) };
  });

  // ---------------------------------------------------------------------------------------------
  // Server-Sent Events: new observations every interval, alerts when they change, heartbeats.

  const open = new Set<() => void>();
  // Open streams never finish by themselves: end them before the server waits for requests in
  // flight, or a graceful shutdown would hang until every phone closed its page.
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  const intervalMs = Math.max(250, ctx.config.weatherStreamIntervalMs);
  const heartbeatMs = Math.min(15_000, Math.max(250, Math.floor(intervalMs / 2)));

  r.get('/api/weather/stream', { schema: { querystring: AreaListQuery } }, async (request, reply) => {
    const areas = areasFrom(request.query.area);
    if (open.size >= MAX_STREAMS) {
      throw new AppError(429, 'TOO_MANY_STREAMS', 'Máy chủ đang bận. Thời tiết sẽ tự cập nhật lại sau ít phút.');
    }
    if (request.method === 'HEAD') return reply.type('text/event-stream; charset=utf-8').send();
    // Taken over from Fastify: the onSend hooks (compression among them) never see this body,
    // so every event leaves as soon as it is written instead of waiting in a gzip buffer.
    reply.hijack();
    const res = reply.raw;
    const inherited = Object.fromEntries(
      Object.entries(reply.getHeaders()).filter((e): e is [string, string | number | string[]] => e[1] !== undefined),
    );
    res.writeHead(200, {
      ...inherited,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });

    const write = (chunk: string) => {
      if (res.writableEnded || res.destroyed) return;
      if (res.writableLength > MAX_BUFFERED_BYTES) {
        end();
        return;
      }
      res.write(chunk);
    };
    const send = (event: string, data: unknown, id?: string) =>
      write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

    let lastAlerts: string | null = null;
    const push = () => {
      const now = ctx.now();
      send(
        'observation',
        { time: toVnIso(now), items: areas.map((a) => ({ areaId: a.id, current: currentWeather(a, now) })) },
        String(now),
      );
      const alerts = provinceAlerts(now, areas).map(alertOut);
      const fingerprint = alerts.map((a) => `${a.id}:${a.level}`).join(',');
      if (fingerprint !== lastAlerts) {
        lastAlerts = fingerprint;
        send('alerts', { time: toVnIso(now), items: alerts });
      }
    };

    const tick = setInterval(push, intervalMs);
    const beat = setInterval(() => write(': ping\n\n'), heartbeatMs);
    let ended = false;
    const stop = () => {
      clearInterval(tick);
      clearInterval(beat);
      open.delete(end);
    };
    function end() {
      if (ended) return;
      ended = true;
      stop();
      if (!res.writableEnded) res.end();
    }
    open.add(end);
    res.on('close', () => {
      ended = true;
      stop();
    });

    write(`retry: 5000\n: Lào Cai số — thời tiết trực tiếp\n\n`);
    push();
  });
}
