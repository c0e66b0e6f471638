import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.js';
import { startServerProcess, waitUntil, type ServerProcess } from './server-process.js';
import { FIXED_NOW_ISO } from '../../tests/fixed-time.js';

let procs: ServerProcess[] = [];
let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(procs.map((p) => p.stop(0)));
  procs = [];
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

async function startProcess(env: Record<string, string>): Promise<ServerProcess> {
  const p = await startServerProcess({ LOG_LEVEL: 'info', CLOCK_START: FIXED_NOW_ISO, ...env });
  procs.push(p);
  return p;
}

const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-life-'));
  dirs.push(dir);
  return dir;
};

// Each test starts real server processes; on a busy two-core machine that takes a while.
describe('server lifecycle', { timeout: 90_000 }, () => {
  it('migrates and seeds an absent database before it answers, and keeps the session secret across restarts', async () => {
    const dir = tempDir();
    const env = { DB_PATH: path.join(dir, 'nested', 'app.db') };
    const first = await startProcess(env);
    const session = await fetch(first.url + '/api/auth/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ zaloAccessToken: 'mock:restart-user' }),
    }).then((r) => r.json());
    first.child.kill('SIGTERM');
    expect(await first.exited()).toBe(0);

    const second = await startProcess(env);
    const me = await fetch(second.url + '/api/me', { headers: { authorization: `Bearer ${session.token}` } });
    expect(me.status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited()).toBe(0);
  });

  it('finishes a request in flight on SIGTERM, then closes the database cleanly', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'app.db');
    const p = await startProcess({ DB_PATH: dbPath });
    const { token } = await fetch(p.url + '/api/auth/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ zaloAccessToken: 'mock:slow-uploader' }),
    }).then((r) => r.json());

    // A slow upload: the body trickles in, and SIGTERM arrives halfway through.
    const boundary = 'lcsboundary';
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const body = Buffer.concat([head, png, Buffer.alloc(200_000, 0), tail]);
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const step = 20_000;
        for (let i = 0; i < body.length; i += step) {
          controller.enqueue(new Uint8Array(body.subarray(i, i + step)));
          if (i === step * 3) p.child.kill('SIGTERM');
          await new Promise((r) => setTimeout(r, 30));
        }
        controller.close();
      },
    });
    const res = await fetch(p.url + '/api/uploads', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(201);
    const upload = await res.json();
    expect(await p.exited()).toBe(0);
    // The database was closed properly (WAL checkpointed) and holds the upload.
    expect(fs.existsSync(dbPath + '-wal') ? fs.statSync(dbPath + '-wal').size : 0).toBe(0);
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT name FROM uploads WHERE id = ?').pluck().get(upload.id)).toBe('a.png');
    db.close();
  });

  it('ends within 10 s of SIGTERM even with stuck connections, closing the database cleanly', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'app.db');
    // The request timeout stays at its 30 s: only the shutdown can cut these in time.
    const p = await startProcess({ DB_PATH: dbPath });
    const { port } = new URL(p.url);
    const stuck = (head: string) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(head));
      const drip = setInterval(() => !socket.destroyed && socket.write('x'), 500);
      socket.on('error', () => {});
      socket.on('close', () => clearInterval(drip));
      return socket;
    };
    const sockets = [
      // A body that never finishes, headers that never end, and a live stream.
      stuck('POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{"title":"'),
      stuck('GET /api/health HTTP/1.1\r\nHost: x\r\nX-Never-Ends: '),
    ];
    const live = new AbortController();
    const stream = await fetch(p.url + '/api/weather/stream', { signal: live.signal });
    expect(stream.status).toBe(200);
    await stream.body!.getReader().read();
    await waitUntil(() => sockets.every((s) => s.readyState === 'open' && s.bytesWritten > 0), 'the stuck senders to be connected');
    const started = performance.now();
    p.child.kill('SIGTERM');
    const code = await p.exited();
    const took = performance.now() - started;
    sockets.forEach((s) => s.destroy());
    live.abort();
    expect(took).toBeLessThan(10_000);
    expect(code).toBe(0);
    expect(fs.existsSync(dbPath + '-wal') ? fs.statSync(dbPath + '-wal').size : 0).toBe(0);
  });

  it('logs requests without tokens, query strings or bodies', async () => {
    const dir = tempDir();
    const p = await startProcess({ DB_PATH: path.join(dir, 'app.db') });
    await fetch(p.url + '/api/auth/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ zaloAccessToken: 'mock:0912345678', profile: { name: 'Hoàng Văn Bí Mật' } }),
    });
    await fetch(p.url + '/api/health?cccd=001234567890', { headers: { authorization: 'Bearer secret-token-xyz' } });
    // The request's log line is written after its answer: wait for it rather than for a while.
    await waitUntil(() => p.output().includes('/api/health'), 'the log line of /api/health');
    const log = p.output();
    expect(log).toContain('/api/health');
    expect(log).not.toContain('001234567890');
    expect(log).not.toContain('secret-token-xyz');
    expect(log).not.toContain('0912345678');
    expect(log).not.toContain('Bí Mật');
  });
});

describe('rate limiting of writes', () => {
  it('answers 429 with the documented shape past the limit, and reads still work', async () => {
    const s = await startServer({ WRITES_PER_MINUTE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push((await s.api('/api/auth/session', { method: 'POST', json: { zaloAccessToken: 'mock:flood' } })).status);
      }
      expect(codes.slice(0, 3)).toEqual([200, 200, 200]);
      const last = await s.api('/api/auth/session', { method: 'POST', json: { zaloAccessToken: 'mock:flood' } });
      expect(last.status).toBe(429);
      expect(last.body.error.code).toBe('RATE_LIMITED');
      expect(last.body.error.message).toMatch(/thử lại sau/);
      expect((await s.api('/api/health')).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('believes X-Forwarded-For only from a trusted proxy: a client cannot name a new address for each write', async () => {
    const flood = (s: TestServer, i: number) =>
      s.api('/api/auth/session', { method: 'POST', headers: { 'x-forwarded-for': `10.0.0.${i}` }, json: { zaloAccessToken: 'mock:flood' } });
    // The tests' client (127.0.0.1) is not the proxy named here: its header is not believed.
    const direct = await startServer({ WRITES_PER_MINUTE: '3', TRUST_PROXY: '10.9.9.9' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await flood(direct, i)).status);
      expect(codes).toEqual([200, 200, 200, 429]);
    } finally {
      await direct.close();
    }
    // By default a proxy on this machine is believed, so the residents behind it keep their own allowance.
    const behindProxy = await startServer({ WRITES_PER_MINUTE: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await flood(behindProxy, i)).status);
      expect(codes).toEqual([200, 200, 200, 200]);
    } finally {
      await behindProxy.close();
    }
  });

  it('counts by who the caller proves to be: a made-up token or a second session opens no new allowance', async () => {
    const s = await startServer({ WRITES_PER_MINUTE: '3' });
    try {
      const signIn = (i: number) =>
        s.api('/api/auth/session', { method: 'POST', headers: { authorization: `Bearer made-up-${i}` }, json: { zaloAccessToken: 'mock:flood' } });
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await signIn(i)).status);
      expect(codes).toEqual([200, 200, 200, 429]);

      const open311 = (i: number) =>
        s.api('/open311/v2/requests.json', {
          method: 'POST',
          headers: { authorization: `Bearer other-${i}`, 'content-type': 'application/x-www-form-urlencoded' },
          body: 'api_key=open311-dev-key-lao-cai&service_code=giao-thong&description=C%C3%B3%20%E1%BB%95%20g%C3%A0%20l%E1%BB%9Bn&lat=22.48&long=103.97',
        });
      const sent: number[] = [];
      for (let i = 0; i < 4; i++) sent.push((await open311(i)).status);
      expect(sent).toEqual([201, 201, 201, 429]);
      expect(s.ctx.db.prepare("SELECT COUNT(*) FROM feedback WHERE source LIKE 'open311:%' AND seeded = 0").pluck().get()).toBe(3);
    } finally {
      await s.close();
    }
    const t = await startServer({ WRITES_PER_MINUTE: '3' });
    try {
      // Two sessions of one person share one allowance.
      const tokens = [await t.signIn('same-person'), await t.signIn('same-person')];
      const read = (i: number) =>
        t.api('/api/me/notifications/read', { method: 'POST', token: tokens[i % 2], json: { all: true } });
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await read(i)).status);
      expect(codes).toEqual([200, 200, 200, 429]);
    } finally {
      await t.close();
    }
  });
});
