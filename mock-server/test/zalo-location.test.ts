import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LocationRefused, isInVietnam, resolveZaloLocation } from '../src/services/zalo-location.js';
import { startServer, type TestServer } from './helpers.js';

const GRAPH = 'https://graph.test';
const answer = (status: number, body: unknown) => vi.fn().mockResolvedValue(new Response(JSON.stringify(body), { status }));
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof LocationRefused ? e.problem : e));

describe('location token exchange', () => {
  it('reads mock-location:<lat>,<long> in mock mode, and nothing else', async () => {
    const base = { mode: 'mock' as const, appSecret: '', graphUrl: GRAPH };
    expect(await resolveZaloLocation({ ...base, token: 'mock-location:22.3364,103.8438' })).toEqual({ lat: 22.3364, long: 103.8438 });
    for (const token of ['mock-location:22.3', 'mock-location:abc,103', 'mock-location:95,103', '22.3,103.8', 'mock:22,103']) {
      expect(await refusal(resolveZaloLocation({ ...base, token }))).toBe('TOKEN_REJECTED');
    }
  });

  it('refuses positions outside Vietnam, at the border too', async () => {
    expect(await isInVietnam({ lat: 22.485, long: 103.97 })).toBe(true); // Lào Cai, by the bridge
    expect(await isInVietnam({ lat: 22.52, long: 103.95 })).toBe(false); // Hà Khẩu, across the river
    expect(await isInVietnam({ lat: 17.97, long: 102.6 })).toBe(false); // Viêng Chăn
    expect(await isInVietnam({ lat: 10.23, long: 103.96 })).toBe(true); // Phú Quốc
    const base = { mode: 'mock' as const, appSecret: '', graphUrl: GRAPH };
    expect(await refusal(resolveZaloLocation({ ...base, token: 'mock-location:13.75,100.5' }))).toBe('OUTSIDE_VIETNAM');
  });

  it('asks Zalo’s Graph API with the access token, the location token and the app secret as headers', async () => {
    const fetchImpl = answer(200, { data: { latitude: '22.3364', longitude: '103.8438', provider: 'gps', timestamp: '1' }, error: 0, message: 'Success' });
    const c = await resolveZaloLocation({ mode: 'zalo', token: 'loc-tok', zaloAccessToken: 'user-tok', appSecret: 's3cret', graphUrl: GRAPH, fetchImpl });
    expect(c).toEqual({ lat: 22.3364, long: 103.8438 });
    const [url, init] = fetchImpl.mock.calls[0];
    expect(url).toBe(`${GRAPH}/v2.0/me/info`);
    expect(init.headers).toEqual({ access_token: 'user-tok', code: 'loc-tok', secret_key: 's3cret' });
  });

  it('turns Zalo’s refusals, odd answers and silence into refusals with words', async () => {
    const base = { mode: 'zalo' as const, token: 't', zaloAccessToken: 'u', appSecret: 's', graphUrl: GRAPH };
    expect(await refusal(resolveZaloLocation({ ...base, fetchImpl: answer(200, { error: -501, message: 'Token expired' }) }))).toBe('TOKEN_REJECTED');
    expect(await refusal(resolveZaloLocation({ ...base, fetchImpl: answer(200, { error: 0, data: { latitude: 'abc', longitude: '1' } }) }))).toBe('TOKEN_REJECTED');
    expect(await refusal(resolveZaloLocation({ ...base, fetchImpl: answer(500, 'oops') }))).toBe('TOKEN_REJECTED');
    expect(await refusal(resolveZaloLocation({ ...base, fetchImpl: vi.fn().mockRejectedValue(new TypeError('fetch failed')) }))).toBe('ZALO_UNAVAILABLE');
    expect(await refusal(resolveZaloLocation({ ...base, zaloAccessToken: undefined, fetchImpl: answer(200, {}) }))).toBe('ACCESS_TOKEN_MISSING');
    expect(await refusal(resolveZaloLocation({ ...base, appSecret: '', fetchImpl: answer(200, {}) }))).toBe('NOT_CONFIGURED');
  });
});

describe('POST /api/zalo/location (mock mode)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('gives a signed-in resident their coordinates', async () => {
    const token = await server.signIn();
    const res = await server.api('/api/zalo/location', { method: 'POST', token, json: { token: 'mock-location:22.3364,103.8438' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ lat: 22.3364, long: 103.8438 });
  });

  it('refuses strangers, bad tokens and places abroad in the error shape', async () => {
    const anonymous = await server.api('/api/zalo/location', { method: 'POST', json: { token: 'mock-location:22.3,103.8' } });
    expect(anonymous.status).toBe(401);
    const token = await server.signIn();
    const bad = await server.api('/api/zalo/location', { method: 'POST', token, json: { token: 'not-a-token' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('LOCATION_TOKEN_REJECTED');
    expect(bad.body.error.details[0].path).toBe('token');
    const abroad = await server.api('/api/zalo/location', { method: 'POST', token, json: { token: 'mock-location:17.97,102.6' } });
    expect(abroad.status).toBe(400);
    expect(abroad.body.error).toMatchObject({ code: 'LOCATION_OUTSIDE_VIETNAM', message: expect.stringMatching(/ngoài Việt Nam/) });
    const empty = await server.api('/api/zalo/location', { method: 'POST', token, json: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.map((d: { path: string }) => d.path)).toContain('token');
  });
});

/** A stand-in for graph.zalo.me on this machine: identity and one-time location tokens. */
function fakeGraphApi() {
  const used = new Set<string>();
  const seen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.headers);
    const send = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url?.startsWith('/v2.0/me?')) {
      return req.headers.access_token === 'zalo-user-token' ? send({ id: '8400001', name: 'Vàng Thị Mỷ' }) : send({ error: 452, message: 'Invalid access token' });
    }
    if (req.url === '/v2.0/me/info') {
      const code = String(req.headers.code);
      if (req.headers.secret_key !== 'app-secret' || req.headers.access_token !== 'zalo-user-token') return send({ error: -124, message: 'Invalid' });
      if (used.has(code) || code !== 'loc-sa-pa') return send({ error: -501, message: 'Token is invalid or expired' });
      used.add(code);
      return send({ data: { provider: 'gps', latitude: '22.3364', longitude: '103.8438', timestamp: '1767225600000' }, error: 0, message: 'Success' });
    }
    res.writeHead(404).end();
  });
  return { server, seen };
}

describe('POST /api/zalo/location (zalo mode, against a local Graph API)', () => {
  const graph = fakeGraphApi();
  let server: TestServer;
  beforeAll(async () => {
    await new Promise<void>((r) => graph.server.listen(0, '127.0.0.1', r));
    const { port } = graph.server.address() as AddressInfo;
    // Zalo mode is running for real: the server asks for production settings.
    server = await startServer({
      IDENTITY_MODE: 'zalo',
      OFFICER_TOKEN: 'o'.repeat(40),
      OFFICER_DEV_PASSWORD: 'mat-khau-rieng-cua-tinh-2027',
      SESSION_SECRET: 's'.repeat(40),
      ZALO_APP_ID: '2468013579',
      ZALO_APP_SECRET: 'app-secret',
      OPEN311_API_KEYS: 'khoa-rieng-cua-ung-dung-a:ung-dung-a',
      PUBLIC_BASE_URL: 'https://api.laocai.gov.vn',
      CHECKOUT_MODE: 'zalo',
      CHECKOUT_PRIVATE_KEY: 'khoa-rieng-zalo-checkout-cua-tinh',
      ZALO_GRAPH_URL: `http://127.0.0.1:${port}`,
    });
  });
  afterAll(async () => {
    await server?.close();
    graph.server.close();
  });

  it('exchanges a token once, with the resident’s own Zalo token', async () => {
    const session = await server.api('/api/auth/session', { method: 'POST', json: { zaloAccessToken: 'zalo-user-token' } });
    expect(session.status).toBe(200);
    const token = session.body.token as string;
    const ok = await server.api('/api/zalo/location', { method: 'POST', token, json: { token: 'loc-sa-pa', zaloAccessToken: 'zalo-user-token' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ lat: 22.3364, long: 103.8438 });
    expect(graph.seen.at(-1)).toMatchObject({ access_token: 'zalo-user-token', code: 'loc-sa-pa', secret_key: 'app-secret' });

    const again = await server.api('/api/zalo/location', { method: 'POST', token, json: { token: 'loc-sa-pa', zaloAccessToken: 'zalo-user-token' } });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('LOCATION_TOKEN_REJECTED');
    // A mock token means nothing to Zalo.
    const mock = await server.api('/api/zalo/location', { method: 'POST', token, json: { token: 'mock-location:22.3,103.8', zaloAccessToken: 'zalo-user-token' } });
    expect(mock.status).toBe(400);
    const noAccess = await server.api('/api/zalo/location', { method: 'POST', token, json: { token: 'loc-other' } });
    expect(noAccess.status).toBe(400);
    expect(noAccess.body.error.code).toBe('ZALO_ACCESS_TOKEN_MISSING');
  });
});
