import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.js';
import { TEST_NOW, startServer, type TestServer } from './helpers.js';
import type { Clock } from '../src/services/clock.js';

const HOUR = 3600 * 1000;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function form(bytes: Buffer, name = 'anh.png') {
  const fd = new FormData();
  fd.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  return fd;
}

let servers: TestServer[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function server(env: Record<string, string> = {}, options: { now?: Clock } = {}) {
  const s = await startServer(env, options);
  servers.push(s);
  return s;
}

/** Opens a weather stream as the client at `address` (the tests' proxy header is believed from loopback). */
async function openStream(s: TestServer, address: string) {
  const abort = new AbortController();
  const res = await fetch(`${s.url}/api/weather/stream`, { headers: { 'x-forwarded-for': address }, signal: abort.signal });
  if (res.status !== 200) {
    const body = await res.json();
    return { status: res.status, body, close: () => {} };
  }
  return { status: res.status, body: null, close: () => abort.abort() };
}

async function eventually(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`never happened: ${what}`);
}

describe('weather streams', () => {
  it('one client gets at most 10; the 11th is refused in Vietnamese while others still connect; a closed one frees its slot', async () => {
    const s = await server();
    expect(s.config.weatherStreamsPerClient).toBe(10);
    const mine = [];
    for (let i = 0; i < 10; i++) mine.push(await openStream(s, '10.1.1.1'));
    expect(mine.map((m) => m.status)).toEqual(Array(10).fill(200));
    const eleventh = await openStream(s, '10.1.1.1');
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.error).toMatchObject({ code: 'TOO_MANY_STREAMS', message: expect.stringContaining('tối đa 10') });
    const neighbour = await openStream(s, '10.1.1.2');
    expect(neighbour.status).toBe(200);
    mine[0].close();
    await eventually(async () => {
      const again = await openStream(s, '10.1.1.1');
      again.close();
      return again.status === 200;
    }, 'a slot freed by a closed stream');
    [...mine, neighbour].forEach((m) => m.close());
  });

  it('caps the streams of everyone together', async () => {
    const s = await server({ WEATHER_STREAMS_MAX: '3' });
    const open = [];
    for (let i = 1; i <= 3; i++) open.push(await openStream(s, `10.2.0.${i}`));
    expect(open.map((m) => m.status)).toEqual([200, 200, 200]);
    const fourth = await openStream(s, '10.2.0.4');
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.message).toMatch(/Máy chủ đang bận/);
    open[1].close();
    await eventually(async () => {
      const again = await openStream(s, '10.2.0.4');
      if (again.status === 200) open.push(again);
      return again.status === 200;
    }, 'a slot freed for everyone');
    open.forEach((m) => m.close());
  });

  it('never allows more than 10 per client, whatever the setting says', () => {
    expect(loadConfig({ WEATHER_STREAMS_PER_CLIENT: '50' }).weatherStreamsPerClient).toBe(10);
    expect(loadConfig({ WEATHER_STREAMS_PER_CLIENT: '4' }).weatherStreamsPerClient).toBe(4);
  });
});

/** A raw connection that sends `head` and then one byte of body every `everyMs`; resolves when the server ends it. */
function trickle(url: string, head: string, everyMs: number): Promise<{ elapsedMs: number; answer: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const started = performance.now();
    let answer = '';
    const socket = net.connect(Number(port), hostname, () => socket.write(head));
    const timer = setInterval(() => !socket.destroyed && socket.write('a'), everyMs);
    socket.on('data', (d) => (answer += d));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ elapsedMs: performance.now() - started, answer });
    });
  });
}

describe('slow senders', () => {
  it('the request timeout is 30 s at most, and cannot be set longer', () => {
    expect(loadConfig({}).requestTimeoutMs).toBe(30_000);
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '120000' }).requestTimeoutMs).toBe(30_000);
  });

  it('cuts a body that arrives a byte at a time, and headers that never end', { timeout: 20_000 }, async () => {
    const s = await server({ REQUEST_TIMEOUT_MS: '1500' });
    expect(s.ctx.config.requestTimeoutMs).toBe(1500);
    const [body, headers] = await Promise.all([
      trickle(s.url, 'POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{', 200),
      trickle(s.url, 'GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ', 200),
    ]);
    for (const cut of [body, headers]) {
      // Cut after the timeout (checked each second), long before the sender would have finished.
      expect(cut.elapsedMs).toBeGreaterThanOrEqual(1400);
      expect(cut.elapsedMs).toBeLessThan(5000);
      expect(cut.answer).toMatch(/^(HTTP\/1\.1 408|$)/);
    }
    expect((await s.api('/api/health')).status).toBe(200);
  });
});

describe('uploads of one person in a day', () => {
  it('are limited in number, with a Vietnamese 429, per person, and allowed again 24 hours later', async () => {
    let now = TEST_NOW;
    const s = await server({ UPLOADS_PER_DAY: '2' }, { now: () => now });
    const token = await s.signIn('chup-nhieu-anh');
    for (let i = 0; i < 2; i++) expect((await s.api('/api/uploads', { method: 'POST', token, body: form(PNG) })).status).toBe(201);
    const third = await s.api('/api/uploads', { method: 'POST', token, body: form(PNG) });
    expect(third.status).toBe(429);
    expect(third.body.error).toMatchObject({ code: 'UPLOAD_QUOTA', message: expect.stringContaining('2 tệp trong 24 giờ qua') });
    expect(s.ctx.db.prepare("SELECT COUNT(*) FROM uploads WHERE owner_id = 'chup-nhieu-anh'").pluck().get()).toBe(2);
    // Someone else is not held back.
    expect((await s.api('/api/uploads', { method: 'POST', token: await s.signIn('nguoi-khac'), body: form(PNG) })).status).toBe(201);
    now += 24 * HOUR + 1000;
    expect((await s.api('/api/uploads', { method: 'POST', token, body: form(PNG) })).status).toBe(201);
  });

  it('are limited in size too', async () => {
    const s = await server({ UPLOAD_MB_PER_DAY: '1' });
    const token = await s.signIn('tep-lon');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(600 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
    expect((await s.api('/api/uploads', { method: 'POST', token, body: form(big) })).status).toBe(201);
    const second = await s.api('/api/uploads', { method: 'POST', token, body: form(big) });
    expect(second.status).toBe(429);
    expect(second.body.error.message).toMatch(/tối đa 1 MB mỗi người/);
    expect((await s.api('/api/uploads', { method: 'POST', token, body: form(PNG) })).status).toBe(201);
  });
});

describe('a quiet server', () => {
  it('deletes remembered answers, unattached uploads and ended sessions on its own after their time', async () => {
    // The sweep's timer is faked (nothing else is): time passes only when the test says so.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = TEST_NOW;
    const s = await server({ SESSION_TTL_SECONDS: '3600' }, { now: () => now });
    const db = s.ctx.db;
    const token = await s.signIn('nguoi-im-lang');
    const loose = await s.api('/api/uploads', { method: 'POST', token, body: form(PNG, 'bo-quen.png') });
    const used = await s.api('/api/uploads', { method: 'POST', token, body: form(PNG, 'da-dung.png') });
    const report = await s.api('/api/feedback', {
      method: 'POST',
      token,
      headers: { 'idempotency-key': 'quiet-server-0001' },
      json: {
        categoryId: 'giao-thong',
        title: 'Đèn tín hiệu hỏng',
        content: 'Đèn tín hiệu ở ngã tư Hoàng Liên tắt từ sáng, xe đi lộn xộn.',
        location: { lat: 22.4856, long: 103.9707 },
        photoIds: [used.body.id],
      },
    });
    expect(report.status).toBe(201);
    const ended = await s.signIn('nguoi-im-lang');
    expect((await s.api('/api/auth/logout', { method: 'POST', token: ended })).status).toBe(204);

    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    const keys = () => count("SELECT COUNT(*) FROM idempotency_keys WHERE key = 'quiet-server-0001'");
    const revoked = () => count('SELECT COUNT(*) FROM revoked_sessions');
    const hasUpload = (id: string) => count(`SELECT COUNT(*) FROM uploads WHERE id = '${id}'`) === 1 && fs.existsSync(path.join(s.config.uploadsDir, id));
    expect([keys(), revoked(), hasUpload(loose.body.id), hasUpload(used.body.id)]).toEqual([1, 1, true, true]);

    // A day and an hour later, with no request at all: the clock alone deletes nothing…
    now += 25 * HOUR;
    expect([keys(), revoked(), hasUpload(loose.body.id)]).toEqual([1, 1, true]);
    // …the periodic sweep does, the next time it runs.
    vi.advanceTimersByTime(s.config.sweepEveryMs);
    expect(keys()).toBe(0);
    expect(revoked()).toBe(0);
    expect(hasUpload(loose.body.id)).toBe(false);
    // What was attached stays, and so does the report.
    expect(hasUpload(used.body.id)).toBe(true);
    expect(count(`SELECT COUNT(*) FROM feedback WHERE code = '${report.body.code}'`)).toBe(1);
  });

  it('leaves what is younger than a day', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = TEST_NOW;
    const s = await server({}, { now: () => now });
    const token = await s.signIn('nguoi-vua-tai');
    const up = await s.api('/api/uploads', { method: 'POST', token, body: form(PNG) });
    now += 23 * HOUR;
    vi.advanceTimersByTime(s.config.sweepEveryMs * 3);
    expect(s.ctx.db.prepare('SELECT COUNT(*) FROM uploads WHERE id = ?').pluck().get(up.body.id)).toBe(1);
  });
});
