import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER, startServer, type TestServer } from './helpers.js';

/**
 * Broken percent escapes (a `%` with nothing after it, non-hex digits, UTF-8 cut short or
 * overlong, encoded surrogates), generated over every route the server has (new routes are
 * covered as they are added), in the path, in each name the route's query takes, in a query value
 * that is itself a link holding a broken escape (the QR resolver decodes those), in JSON, form and
 * multipart bodies. None may get a 5xx, every error keeps its shape, and nothing stored changes.
 */
const ESCAPES = ['%', '%%', '%2', '%zz', '%G1', '%E0%A4%A', '%C3%28', '%ED%A0%80', '%F0%9F%92', '%FF%FE', '%00', '%u0041', '%%32%30', 'a%', '%C0%AF', '%E2%80%AE'];
/** Links that carry a broken escape, as a QR code or a pasted text might. */
const LINKS = (esc: string) => [
  `https://zalo.me/s/1/?qr=dossier/${esc}&key=${esc}`,
  `http://localhost:3000/dossiers/track/${esc}`,
  `http://localhost:3000/feedback/PA-${esc}`,
  `https://baolaocai.vn/${esc}.html`,
];
/** Names any body may use: every field a write of ours reads. */
const BODY_FIELDS = [
  'zaloAccessToken', 'title', 'content', 'address', 'reason', 'text', 'agency', 'note', 'comment', 'categoryId', 'areaId',
  'procedureId', 'submitTo', 'originalCode', 'officerName', 'api_key', 'service_code', 'description', 'address_string', 'media_url',
  'lat', 'long', 'email', 'first_name', 'jurisdiction_id',
];

interface Req {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | FormData;
}

const fill = (url: string, value: string) => url.replace(/:[A-Za-z]+/g, value).replace(/\*$/, value);

function generate(routes: TestServer['routes'], citizen: string): Req[] {
  const auths: Record<string, string>[] = [{}, { authorization: `Bearer ${citizen}` }, { authorization: `Bearer ${OFFICER}` }];
  const out: Req[] = [];
  routes.forEach((route, ri) => {
    // Signing out would end the session the other requests use (and change what is stored): it gets the officer token or none.
    const usable = route.url === '/api/auth/logout' ? [auths[0], auths[2]] : auths;
    const auth = (i: number) => usable[(ri + i) % usable.length];
    const base = fill(route.url, 'khong-co');
    const write = route.method !== 'GET';
    const withKey = (i: number, h: Record<string, string> = {}) => ({ ...auth(i), ...(write ? { 'idempotency-key': `escapes-${ri}-${i}` } : {}), ...h });
    // In the path: every parameter, and a static segment.
    ESCAPES.forEach((esc, i) => {
      if (route.url.includes(':') || route.url.endsWith('*')) out.push({ method: route.method, path: fill(route.url, esc), headers: withKey(i) });
    });
    out.push({ method: route.method, path: `${base}${ESCAPES[ri % ESCAPES.length]}`, headers: withKey(0) });
    // In the query: each name the route takes (and a few it does not), as the value and as the name.
    const names = [...new Set([...route.query, 'q', 'data'])];
    names.forEach((name, ni) => {
      ESCAPES.forEach((esc, i) => out.push({ method: route.method, path: `${base}?${name}=${esc}`, headers: withKey(ni + i) }));
      LINKS(ESCAPES[ni % ESCAPES.length]).forEach((link, i) =>
        out.push({ method: route.method, path: `${base}?${name}=${encodeURIComponent(link)}`, headers: withKey(ni + i) }),
      );
    });
    out.push({ method: route.method, path: `${base}?${ESCAPES[ri % ESCAPES.length]}=1`, headers: withKey(1) });
    // In the body: JSON with every field, a form, and a multipart file name.
    if (write) {
      ESCAPES.forEach((esc, i) => {
        const json = Object.fromEntries(BODY_FIELDS.map((f, fi) => [f, fi % 2 ? esc : LINKS(esc)[fi % 4]]));
        Object.assign(json, { papers: { 'giay-chung-sinh': [esc] }, photoIds: [esc], fields: { [esc]: esc }, applicant: { fullName: esc, address: { commune: esc } } });
        out.push({ method: route.method, path: fill(route.url, 'PA-000000-0000'), headers: withKey(i, { 'content-type': 'application/json' }), body: JSON.stringify(json) });
        out.push({
          method: route.method,
          path: fill(route.url, 'PA-000000-0000'),
          headers: withKey(i + 1, { 'content-type': 'application/x-www-form-urlencoded' }),
          body: BODY_FIELDS.map((f) => `${f}=${esc}`).join('&') + `&attribute[${esc}]=${esc}`,
        });
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])]), `${esc}.png`);
        out.push({ method: route.method, path: fill(route.url, 'PA-000000-0000'), headers: withKey(i + 2), body: form });
      });
      // A file name in RFC 5987 form with a broken escape: the multipart parser decodes that one.
      const raw = `--zz\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''%E0%A4%A.png\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--zz--\r\n`;
      out.push({ method: route.method, path: fill(route.url, 'PA-000000-0000'), headers: withKey(3, { 'content-type': 'multipart/form-data; boundary=zz' }), body: raw });
    }
  });
  return out;
}

function snapshot(s: TestServer): Record<string, string> {
  const tables = s.ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, createHash('sha1').update(JSON.stringify(s.ctx.db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all())).digest('hex')]),
  );
}

let s: TestServer;
let citizen: string;
beforeAll(async () => {
  s = await startServer({ WRITES_PER_MINUTE: '1000000', DOSSIER_LOOKUPS_PER_MINUTE: '1000000', UPLOADS_PER_DAY: '100000' });
  citizen = await s.signIn('escape-citizen');
});
afterAll(() => s.close());

describe('broken percent escapes on every route', () => {
  it('never get a 5xx, keep the error shape, and change nothing', { timeout: 240_000 }, async () => {
    expect(s.routes.length).toBeGreaterThan(60);
    // Every route names the query it takes, so each name gets its own broken values.
    expect(s.routes.find((r) => r.url === '/api/qr/resolve')?.query).toEqual(['data']);
    const requests = generate(s.routes, citizen);
    expect(requests.length).toBeGreaterThan(3000);
    const covered = new Set(requests.map((r) => `${r.method} ${r.path.split('?')[0]}`));
    expect(covered.size).toBeGreaterThan(s.routes.length);
    const before = snapshot(s);
    const failures: string[] = [];
    for (let i = 0; i < requests.length; i += 16) {
      await Promise.all(
        requests.slice(i, i + 16).map(async (r) => {
          const res = await fetch(s.url + r.path, { method: r.method, headers: r.headers, body: r.body, signal: AbortSignal.timeout(15_000) });
          if ((res.headers.get('content-type') ?? '').includes('text/event-stream')) {
            await res.body?.cancel();
            return;
          }
          const text = await res.text();
          if (res.status >= 500) failures.push(`${res.status} ${r.method} ${r.path.slice(0, 140)} ${text.slice(0, 200)}`);
          else if (res.status >= 400 && (res.headers.get('content-type') ?? '').includes('json')) {
            const body = JSON.parse(text);
            const shaped = typeof body?.error?.message === 'string' || (Array.isArray(body) && typeof body[0]?.description === 'string');
            if (!shaped) failures.push(`unshaped ${res.status} ${r.method} ${r.path.slice(0, 140)} ${text.slice(0, 200)}`);
          }
        }),
      );
    }
    expect(failures, failures.slice(0, 20).join('\n')).toEqual([]);
    expect((await s.api('/api/health')).status).toBe(200);
    expect(snapshot(s)).toEqual(before);
  });
});
