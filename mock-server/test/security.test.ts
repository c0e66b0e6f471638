import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const fill = (url: string) => url.replace(/:[A-Za-z]+/g, 'PA-000000-0000');

describe('security over every route', () => {
  it('refuses citizens and strangers on every officer endpoint', async () => {
    // Signing in is the one officer route open to anyone (it is how an officer gets a session).
    const officerRoutes = s.routes.filter((r) => r.url.startsWith('/api/officer/') && !(r.method === 'POST' && r.url === '/api/officer/session'));
    expect(officerRoutes.length).toBeGreaterThan(10);
    const citizen = await s.signIn('not-an-officer');
    for (const r of officerRoutes) {
      const asCitizen = await s.api(fill(r.url), { method: r.method, token: citizen, json: r.method === 'GET' ? undefined : {} });
      expect(asCitizen.status, `${r.method} ${r.url}`).toBe(403);
      const anonymous = await s.api(fill(r.url), { method: r.method, json: r.method === 'GET' ? undefined : {} });
      expect(anonymous.status, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('refuses a tampered token on every personal endpoint', async () => {
    const token = await s.signIn('tamper-victim');
    const [h, , sig] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ sub: 'tamper-victim', iss: 'lao-cai-so', exp: 9999999999 })).toString('base64url')}.${sig}`;
    const personal = s.routes.filter((r) => r.url.startsWith('/api/me'));
    expect(personal.length).toBeGreaterThan(0);
    for (const r of personal) {
      const res = await s.api(fill(r.url), { method: r.method, token: forged, json: r.method === 'GET' ? undefined : { all: true } });
      expect(res.status, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('lets the app’s preflight through on personal and officer paths (it carries no token)', async () => {
    for (const path of ['/api/me', '/api/me/notifications', '/api/officer/feedback/PA-000000-0000/answer']) {
      const res = await fetch(`${s.url}${path}`, {
        method: 'OPTIONS',
        headers: { origin: 'https://h5.zdn.vn', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
      expect(res.status, path).toBeLessThan(300);
      expect(res.headers.get('access-control-allow-origin')).toBe('https://h5.zdn.vn');
    }
  });

  it('answers a disallowed origin’s preflight without permission', async () => {
    const res = await fetch(`${s.url}/api/feedback`, {
      method: 'OPTIONS',
      headers: { origin: 'https://lua-dao.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const ok = await fetch(`${s.url}/api/feedback`, {
      method: 'OPTIONS',
      headers: { origin: 'https://h5.zdn.vn', 'access-control-request-method': 'POST', 'access-control-request-headers': 'idempotency-key,authorization,content-type' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://h5.zdn.vn');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
  });
});
