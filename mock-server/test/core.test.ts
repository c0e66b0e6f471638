import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { OFFICER, startServer, type TestServer } from './helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const expectError = (res: { status: number; body: any }, status: number) => {
  expect(res.status).toBe(status);
  expect(res.body.error.code).toEqual(expect.any(String));
  expect(res.body.error.message).toMatch(/[ạ-ỹàáâãèéêìíòóôõùúýăđ]/i); // Vietnamese, for people
};

describe('health and errors', () => {
  it('reports health with the migrations applied', async () => {
    const res = await s.api('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.time).toMatch(/\+07:00$/);
    expect(res.body.database.migrations).toBeGreaterThanOrEqual(1);
  });

  it('answers unknown paths with the documented 404 shape', async () => {
    expectError(await s.api('/api/khong-co'), 404);
  });

  it('answers a malformed URL with 400, not a crash', async () => {
    for (const path of ['/api/%E0%A4%A', '/api/news/%E0%A4%A', '/api/dossiers/%ZZ']) {
      const res = await s.api(path);
      expect(res.status, path).toBe(400);
      expect(res.body.error.code, path).toBe('BAD_URL');
      expect(res.body.error.message).toBe('Địa chỉ yêu cầu không hợp lệ.');
    }
  });

  it('sends security headers and compresses large responses', async () => {
    const res = await fetch(s.url + '/api/health', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeTruthy();
  });

  it('allows CORS for localhost and Zalo hosts only', async () => {
    const ok = await fetch(s.url + '/api/health', { headers: { origin: 'https://h5.zdn.vn' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://h5.zdn.vn');
    const local = await fetch(s.url + '/api/health', { headers: { origin: 'http://localhost:3000' } });
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const evil = await fetch(s.url + '/api/health', { headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('identity', () => {
  it('signs in with a mock Zalo token and reads /api/me', async () => {
    const res = await s.api('/api/auth/session', {
      method: 'POST',
      json: { zaloAccessToken: 'mock:12345', profile: { name: 'Lò Thị Hoa' } },
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ id: '12345', name: 'Lò Thị Hoa', avatar: null });
    expect(res.body.expiresAt).toMatch(/\+07:00$/);
    const me = await s.api('/api/me', { token: res.body.token });
    expect(me.status).toBe(200);
    expect(me.body.user.name).toBe('Lò Thị Hoa');
    expect(me.body.unreadNotifications).toBe(0);
  });

  it('keeps the name when the user signs in again without sharing it', async () => {
    await s.signIn('777', 'Vàng A Sử');
    const token = await s.signIn('777');
    const me = await s.api('/api/me', { token });
    expect(me.body.user.name).toBe('Vàng A Sử');
  });

  it('refuses a token that is not a mock token, and bad bodies', async () => {
    expectError(await s.api('/api/auth/session', { method: 'POST', json: { zaloAccessToken: 'abc' } }), 401);
    const bad = await s.api('/api/auth/session', { method: 'POST', json: { zaloAccessToken: 42 } });
    expectError(bad, 400);
    expect(bad.body.error.details[0].path).toBe('zaloAccessToken');
    expectError(await s.api('/api/auth/session', { method: 'POST', body: '{"zalo', headers: { 'content-type': 'application/json' } }), 400);
    expectError(await s.api('/api/auth/session', { method: 'POST', body: 'x=1', headers: { 'content-type': 'text/plain' } }), 415);
  });

  it('answers 401 to no token, a tampered token and an expired token', async () => {
    expectError(await s.api('/api/me'), 401);
    const token = await s.signIn();
    const [h, p, sig] = token.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ sub: 'someone-else', iss: 'lao-cai-so', exp: 9999999999 })).toString('base64url')}.${sig}`;
    expectError(await s.api('/api/me', { token: tampered }), 401);
    expectError(await s.api('/api/me', { token: `${h}.${p}.${sig.slice(0, -2)}xx` }), 401);
    const secret = s.ctx.db.prepare("SELECT value FROM app_meta WHERE key = 'session_secret'").pluck().get() as string;
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('12345')
      .setIssuer('lao-cai-so')
      .setExpirationTime(Math.floor(s.ctx.now() / 1000) - 10)
      .sign(new TextEncoder().encode(secret));
    expectError(await s.api('/api/me', { token: expired }), 401);
    expectError(await s.api('/api/me', { headers: { authorization: 'Basic abc' } }), 401);
  });

  it('tells an officer that /api/me is for citizens', async () => {
    expectError(await s.api('/api/me', { token: OFFICER }), 403);
  });
});

describe('notifications', () => {
  it('lists and marks notifications of the signed-in user only', async () => {
    const token = await s.signIn('notif-owner');
    await s.signIn('notif-other');
    const add = s.ctx.db.prepare(
      "INSERT INTO notifications (user_id, kind, ref_id, title, body, created_at) VALUES (?, 'dossier', 'X', 'Hồ sơ', 'Đã tiếp nhận', ?)",
    );
    add.run('notif-owner', s.ctx.now());
    add.run('notif-owner', s.ctx.now() + 1);
    add.run('notif-other', s.ctx.now());
    const list = await s.api('/api/me/notifications', { token });
    expect(list.body.total).toBe(2);
    expect(list.body.unread).toBe(2);
    const read = await s.api('/api/me/notifications/read', { method: 'POST', token, json: { ids: [list.body.items[0].id] } });
    expect(read.body.unread).toBe(1);
    const all = await s.api('/api/me/notifications/read', { method: 'POST', token, json: { all: true } });
    expect(all.body.unread).toBe(0);
    expectError(await s.api('/api/me/notifications/read', { method: 'POST', token, json: { ids: [] } }), 400);
    expectError(await s.api('/api/me/notifications?page=0', { token }), 400);
    expectError(await s.api('/api/me/notifications?pageSize=101', { token }), 400);
  });
});

describe('media', () => {
  it('serves shipped pictures and refuses path tricks', async () => {
    const ok = await fetch(s.url + '/media/test/dot.svg');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('image/svg+xml');
    expect((await fetch(s.url + '/media/../package.json')).status).toBe(404);
    expect((await fetch(s.url + '/media/%2e%2e/%2e%2e/package.json')).status).toBeGreaterThanOrEqual(400);
    expect((await fetch(s.url + '/media/README.md')).status).toBe(404);
  });
});
