import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.js';
import type { Programme } from '../src/contract/tv.js';
import { onAirAt, scheduleForDay } from '../src/services/tv-schedule.js';
import { parseVnDate, toVnIso, vnDateKey, vnStartOfDay } from '../src/contract/vn-time.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const DAY = 24 * 3600 * 1000;

function expectContinuousDay(items: { start: string; end: string; title: string; description: string; category: string }[], date: string) {
  expect(items.length).toBeGreaterThan(20);
  expect(items[0].start).toBe(`${date}T00:00:00+07:00`);
  expect(Date.parse(items[items.length - 1].end)).toBe(Date.parse(`${date}T00:00:00+07:00`) + DAY);
  for (let i = 0; i < items.length; i++) {
    const p = items[i];
    expect(Date.parse(p.end)).toBeGreaterThan(Date.parse(p.start));
    if (i > 0) expect(p.start).toBe(items[i - 1].end); // no gap, no overlap
    expect(p.title.length).toBeGreaterThan(3);
    expect(p.description.length).toBeGreaterThan(10);
    expect(p.category.length).toBeGreaterThan(2);
  }
}

describe('schedule service', () => {
  it('covers every day of two weeks from 00:00 to 24:00 without gaps or overlaps', () => {
    const first = parseVnDate('2026-11-20')!;
    for (let d = 0; d < 14; d++) {
      const day = first + d * DAY;
      const items = scheduleForDay('lctv', day).map((p) => ({ ...p, start: toVnIso(p.start), end: toVnIso(p.end) }));
      expectContinuousDay(items, vnDateKey(day));
      expect(new Set(items.map((p) => p.id)).size).toBe(items.length);
    }
  });

  it('moves serials on by one episode a day and changes slots with the weekday', () => {
    const mon = parseVnDate('2026-11-23')!;
    const title = (day: number, at: string) => scheduleForDay('lctv', day).find((p) => toVnIso(p.start).slice(11, 16) === at)!.title;
    const ep = (t: string) => Number(/tập (\d+)/.exec(t)![1]);
    expect(ep(title(mon + DAY, '21:00'))).toBe(ep(title(mon, '21:00')) + 1);
    expect(title(mon, '20:15')).not.toBe(title(mon + DAY, '20:15'));
    expect(title(mon + 2 * DAY, '20:15')).toBe('Dân hỏi – Chính quyền trả lời'); // Wednesday
  });

  it('finds what is on air, including across midnight', () => {
    const at = Date.parse('2026-11-27T19:50:00+07:00');
    expect(onAirAt('lctv', at).now.title).toBe('Thời sự Lào Cai');
    expect(toVnIso(onAirAt('lctv', at).next.start)).toBe('2026-11-27T20:15:00+07:00');
    const late = onAirAt('lctv', Date.parse('2026-11-27T23:59:59+07:00'));
    expect(toVnIso(late.next.start)).toBe('2026-11-28T00:00:00+07:00');
    const edge = onAirAt('lctv', Date.parse('2026-11-28T00:00:00+07:00'));
    expect(toVnIso(edge.now.start)).toBe('2026-11-28T00:00:00+07:00');
  });
});

describe('TV API', () => {
  it('lists a channel with a stream the server really serves, and what is on now', async () => {
    const res = await s.api('/api/tv/channels');
    expect(res.status).toBe(200);
    const ch = res.body.items[0];
    expect(ch).toMatchObject({ id: 'lctv', streamType: 'video/webm' });
    const now = s.ctx.now();
    expect(Date.parse(ch.nowPlaying.start)).toBeLessThanOrEqual(now);
    expect(Date.parse(ch.nowPlaying.end)).toBeGreaterThan(now);
    expect(ch.next.start).toBe(ch.nowPlaying.end);
    const video = await fetch(s.url + ch.streamUrl);
    expect(video.status).toBe(200);
    expect(video.headers.get('content-type')).toContain('video/webm');
    const bytes = Buffer.from(await video.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // EBML: a WebM file
    // Range requests let the player seek and loop.
    const part = await fetch(s.url + ch.streamUrl, { headers: { range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    const poster = await fetch(s.url + ch.posterUrl);
    expect(poster.status).toBe(200);
  });

  it('publishes seven days around today, each continuous', async () => {
    const today = await s.api('/api/tv/schedule');
    expect(today.status).toBe(200);
    expect(today.body.channel.id).toBe('lctv');
    expect(today.body.date).toBe(vnDateKey(s.ctx.now()));
    expect(today.body.availableDates).toHaveLength(7);
    expect(today.body.availableDates[3]).toBe(today.body.date);
    for (const date of today.body.availableDates) {
      const res = await s.api(`/api/tv/schedule?channel=lctv&date=${date}`);
      expect(res.status).toBe(200);
      expect(res.body.date).toBe(date);
      expectContinuousDay(res.body.items, date);
    }
    const onNow = today.body.items.filter((p: Programme) => Date.parse(p.start) <= s.ctx.now() && s.ctx.now() < Date.parse(p.end));
    expect(onNow).toHaveLength(1);
  });

  it('has no schedule outside the published week', async () => {
    const far = vnDateKey(vnStartOfDay(s.ctx.now()) + 30 * DAY + 3600_000);
    const res = await s.api(`/api/tv/schedule?date=${far}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });

  it('refuses malformed and impossible dates and unknown channels', async () => {
    for (const q of ['date=27-11-2026', 'date=2026-11-27T00:00', 'date=hom-nay', 'date=2026-02-30', 'date=2026-13-01', 'channel=vtv1', 'channel=LCTV%20']) {
      const res = await s.api(`/api/tv/schedule?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.details[0].path).toBe(q.split('=')[0]);
    }
  });
});
