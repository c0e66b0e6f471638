import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { ScheduleQuery, ScheduleResponse, TvChannelsResponse, type Programme } from '../contract/tv.js';
import { invalidField } from '../plugins/errors.js';
import { parseVnDate, toVnIso, vnDateKey, vnStartOfDay } from '../contract/vn-time.js';
import {
  SCHEDULE_DAYS_AHEAD,
  SCHEDULE_DAYS_BACK,
  onAirAt,
  scheduleForDay,
  type ScheduledProgramme,
} from '../services/tv-schedule.js';

interface ChannelRow {
  id: string;
  name: string;
  short_name: string;
  description: string;
  stream_url: string;
  stream_type: string;
  poster_url: string;
}

const DAY_MS = 24 * 3600 * 1000;

const programmeOf = (p: ScheduledProgramme): Programme => ({
  id: p.id,
  start: toVnIso(p.start),
  end: toVnIso(p.end),
  title: p.title,
  description: p.description,
  category: p.category,
  live: p.live,
});

export default async function tvRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;
  const channels = () => db.prepare('SELECT * FROM tv_channels ORDER BY sort').all() as ChannelRow[];

  r.get('/api/tv/channels', { schema: { response: { 200: TvChannelsResponse } } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const now = ctx.now();
    return {
      items: channels().map((c) => {
        const air = onAirAt(c.id, now);
        return {
          id: c.id,
          name: c.name,
          shortName: c.short_name,
          description: c.description,
          streamUrl: c.stream_url,
          streamType: c.stream_type,
          posterUrl: c.poster_url,
          nowPlaying: programmeOf(air.now),
          next: programmeOf(air.next),
        };
      }),
    };
  });

  r.get('/api/tv/schedule', { schema: { querystring: ScheduleQuery, response: { 200: ScheduleResponse } } }, async (request) => {
    const all = channels();
    const channel = request.query.channel ? all.find((c) => c.id === request.query.channel) : all[0];
    if (!channel) {
      throw invalidField('channel', `Không có kênh "${request.query.channel}". Các kênh: ${all.map((c) => c.id).join(', ')}.`);
    }
    const today = vnStartOfDay(ctx.now());
    let day = today;
    if (request.query.date) {
      const parsed = parseVnDate(request.query.date);
      if (parsed === null) throw invalidField('date', 'Ngày không có thật trên lịch.');
      day = parsed;
    }
    const available: string[] = [];
    for (let d = -SCHEDULE_DAYS_BACK; d <= SCHEDULE_DAYS_AHEAD; d++) available.push(vnDateKey(today + d * DAY_MS + 12 * 3600 * 1000));
    const date = vnDateKey(day + 12 * 3600 * 1000);
    // Only the published week has a schedule; other days answer with an empty list.
    const items = available.includes(date) ? scheduleForDay(channel.id, day).map(programmeOf) : [];
    return { channel: { id: channel.id, name: channel.name }, date, availableDates: available, items };
  });
}
