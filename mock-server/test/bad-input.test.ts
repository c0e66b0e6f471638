import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER, startServer, type TestServer } from './helpers.js';

/**
 * At least a thousand malformed requests, generated over every route the server has (new routes
 * are covered as they are added): wrong types, huge and empty strings, broken JSON and multipart,
 * bad UTF-8, path tricks, SQL and HTML meta characters, oversized bodies. None may get a 5xx, the
 * server must keep answering, and nothing stored may change.
 */
const PARAM_JUNK = [
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  "1'%20OR%20'1'%3D'1",
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'x'.repeat(300),
  '%00',
  '%C3%28',
  '%E0%A4%A',
  '-1',
  '9999999999999999999999',
  '%F0%9F%92%A9',
  'NaN',
];
const QUERY_KEYS = ['page', 'pageSize', 'q', 'source', 'category', 'date', 'area', 'from', 'to', 'branch', 'commune', 'status', 'lat', 'long', 'data', 'maxPrice', 'days', 'channel', 'field', 'level', 'agency', 'unread', 'id'];
const QUERY_JUNK = ['-1', '0', 'abc', '1e309', "'; DROP TABLE users;--", '<img src=x onerror=alert(1)>', 'x'.repeat(5000), '%C3%28', '[]', '{}'];
const BODY_JUNK: { type: string; body: string | Buffer }[] = [
  { type: 'application/json', body: '{"a":' },
  { type: 'application/json', body: '' },
  { type: 'application/json', body: 'null' },
  { type: 'application/json', body: '[]' },
  { type: 'application/json', body: '"chuỗi"' },
  { type: 'application/json', body: '12345' },
  { type: 'application/json', body: '{"__proto__":{"admin":true}}' },
  { type: 'application/json', body: JSON.stringify({ title: 42, content: ['x'], categoryId: null, procedureId: {}, applicant: 'x', to: 'done', score: 99, reason: '', text: '' }) },
  { type: 'application/json', body: JSON.stringify({ title: '<script>alert(1)</script>'.repeat(400), content: "'; DELETE FROM feedback;--" }) },
  { type: 'application/json', body: JSON.stringify({ nested: JSON.parse('['.repeat(500) + ']'.repeat(500)) }) },
  { type: 'application/json', body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]) },
  { type: 'application/json', body: '{"x":"' + 'a'.repeat(1_200_000) + '"}' },
  { type: 'multipart/form-data; boundary=zzz', body: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nnot a png\r\n--zz' },
  { type: 'multipart/form-data', body: 'garbage' },
  { type: 'application/x-www-form-urlencoded', body: 'a=1&b=%ZZ' },
  { type: 'text/xml', body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>' },
];

interface Req {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

function fill(url: string, value: string): string {
  return url.replace(/:[A-Za-z]+/g, value).replace(/\*$/, value);
}

function generate(routes: { method: string; url: string }[], citizen: string): Req[] {
  const out: Req[] = [];
  const allAuths: Record<string, string>[] = [{}, { authorization: `Bearer ${citizen}` }, { authorization: `Bearer ${OFFICER}` }, { authorization: 'Bearer a.b.c' }];
  routes.forEach((route, ri) => {
    const base = fill(route.url, 'khong-co');
    // Signing out would end the citizen's session (a real change): that route gets the other credentials.
    const auths = route.url === '/api/auth/logout' ? allAuths.filter((a) => a.authorization !== `Bearer ${citizen}`) : allAuths;
    for (const [i, junk] of PARAM_JUNK.entries()) {
      if (!route.url.includes(':') && !route.url.endsWith('*')) break;
      out.push({ method: route.method, path: fill(route.url, junk), headers: auths[(ri + i) % auths.length] });
    }
    for (const [i, value] of QUERY_JUNK.entries()) {
      for (const shift of [0, 7]) {
        const key = QUERY_KEYS[(ri + i + shift) % QUERY_KEYS.length];
        out.push({ method: route.method, path: `${base}?${key}=${value}&${key}=${value}`, headers: auths[(ri + i + shift) % auths.length] });
      }
    }
    if (route.method !== 'GET') {
      for (const [i, junk] of BODY_JUNK.entries()) {
        out.push({
          method: route.method,
          path: fill(route.url, 'PA-000000-0000'),
          headers: { 'content-type': junk.type, 'idempotency-key': i % 3 === 0 ? 'x' : `fuzz-${ri}-${i}-key`, ...auths[(ri + i) % auths.length] },
          body: junk.body,
        });
      }
    }
  });
  return out;
}

/** A fingerprint of everything stored, table by table. */
function snapshot(s: TestServer): Record<string, string> {
  const tables = s.ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, createHash('sha1').update(JSON.stringify(s.ctx.db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all())).digest('hex')]),
  );
}

let s: TestServer;
let citizen: string;
beforeAll(async () => {
  s = await startServer({ WRITES_PER_MINUTE: '100000' });
  citizen = await s.signIn('fuzz-citizen');
});
afterAll(() => s.close());

describe('malformed requests across every endpoint', () => {
  it('never answer 5xx, always in the error shape, and change nothing', { timeout: 180_000 }, async () => {
    const requests = generate(s.routes, citizen);
    expect(requests.length).toBeGreaterThanOrEqual(1000);
    const before = snapshot(s);
    const failures: string[] = [];
    for (let i = 0; i < requests.length; i += 16) {
      await Promise.all(
        requests.slice(i, i + 16).map(async (r) => {
          const res = await fetch(s.url + r.path, { method: r.method, headers: r.headers, body: r.body as BodyInit | undefined, signal: AbortSignal.timeout(15_000) });
          // A live stream accepted its (junk but harmless) query: it would never end; stop reading.
          if ((res.headers.get('content-type') ?? '').includes('text/event-stream')) {
            await res.body?.cancel();
            return;
          }
          const text = await res.text();
          if (res.status >= 500) failures.push(`${res.status} ${r.method} ${r.path.slice(0, 120)} ${text.slice(0, 200)}`);
          else if (res.status >= 400 && (res.headers.get('content-type') ?? '').includes('json')) {
            const body = JSON.parse(text);
            const shaped = typeof body?.error?.message === 'string' || (Array.isArray(body) && typeof body[0]?.description === 'string');
            if (!shaped) failures.push(`unshaped ${res.status} ${r.method} ${r.path.slice(0, 120)} ${text.slice(0, 200)}`);
          }
        }),
      );
    }
    expect(failures, failures.slice(0, 20).join('\n')).toEqual([]);
    expect((await s.api('/api/health')).status).toBe(200);
    expect(snapshot(s)).toEqual(before);
  });
});
