import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SessionTokens, type Revocations } from '../src/services/tokens.js';
import { OFFICER, startServer } from './helpers.js';

const memory = (): Revocations & { ids: Set<string> } => {
  const ids = new Set<string>();
  return { ids, isRevoked: (id) => ids.has(id), revoke: (id) => void ids.add(id) };
};

const PRODUCTION = {
  IDENTITY_MODE: 'zalo',
  OFFICER_TOKEN: 'o'.repeat(40),
  OFFICER_DEV_PASSWORD: 'mat-khau-rieng-2026',
  ZALO_APP_ID: '2468013579',
  ZALO_APP_SECRET: 'bi-mat-ung-dung',
  OPEN311_API_KEYS: 'khoa-rieng-cua-ung-dung-a:ung-dung-a',
  PUBLIC_BASE_URL: 'https://api.laocai.gov.vn',
  CHECKOUT_MODE: 'zalo',
  CHECKOUT_PRIVATE_KEY: 'khoa-rieng-zalo-checkout-cua-tinh',
};

describe('session tokens', () => {
  it('carry the identity mode that made them and are refused under the other', async () => {
    const secret = 'k'.repeat(40);
    const mock = new SessionTokens(secret, 3600, 'mock', memory());
    const zalo = new SessionTokens(secret, 3600, 'zalo', memory());
    const { token } = await mock.issue('u1');
    expect(await mock.verify(token)).toMatchObject({ userId: 'u1' });
    expect(await zalo.verify(token)).toBeNull();
    const real = (await zalo.issue('5800')).token;
    expect(await mock.verify(real)).toBeNull();
    expect(await zalo.verify(real)).toMatchObject({ userId: '5800' });
  });

  it('each have their own id: ending one leaves the others, and expiry follows the given clock', async () => {
    const revoked = memory();
    const tokens = new SessionTokens('k'.repeat(40), 3600, 'mock', revoked);
    const t0 = Date.UTC(2026, 11, 3, 8, 0, 0);
    const a = (await tokens.issue('u1', t0)).token;
    const b = (await tokens.issue('u1', t0)).token;
    expect(await tokens.revoke(a, t0)).toBe(true);
    expect(await tokens.verify(a, t0)).toBeNull();
    expect(await tokens.verify(b, t0)).toMatchObject({ userId: 'u1' });
    expect(await tokens.verify(b, t0 + 3599_000)).not.toBeNull();
    expect(await tokens.verify(b, t0 + 3601_000)).toBeNull();
    expect(await tokens.revoke('khong.phai.token', t0)).toBe(false);
    expect(revoked.ids.size).toBe(1);
  });
});

describe('sessions over HTTP', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const sharedDb = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-sessions-'));
    dirs.push(dir);
    return { DB_PATH: path.join(dir, 'app.db'), UPLOADS_DIR: path.join(dir, 'uploads'), SESSION_SECRET: 'x'.repeat(40) };
  };

  it('a token signed in mock mode is refused when the same data restarts with Zalo’s identity', async () => {
    const env = sharedDb();
    const dev = await startServer(env);
    const token = await dev.signIn('doi-che-do');
    expect((await dev.api('/api/me', { token })).status).toBe(200);
    await dev.close();
    const real = await startServer({ ...env, ...PRODUCTION });
    try {
      const me = await real.api('/api/me', { token });
      expect(me.status).toBe(401);
      expect(me.body.error.message).toMatch(/đăng nhập lại/);
      // And mock sign-in itself is gone.
      expect((await real.api('/api/auth/session', { method: 'POST', json: { zaloAccessToken: 'mock:doi-che-do' } })).status).toBe(401);
    } finally {
      await real.close();
    }
  });

  it('POST /api/auth/logout ends the session for good, also across a restart; other sessions live on', async () => {
    const env = sharedDb();
    const s = await startServer(env);
    const token = await s.signIn('dang-xuat');
    const other = await s.signIn('dang-xuat');
    expect((await s.api('/api/me', { token })).status).toBe(200);
    const out = await s.api('/api/auth/logout', { method: 'POST', token });
    expect(out.status).toBe(204);
    const after = await s.api('/api/me', { token });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('UNAUTHORIZED');
    // A retry after a lost answer succeeds again; the other session is untouched.
    expect((await s.api('/api/auth/logout', { method: 'POST', token })).status).toBe(204);
    expect((await s.api('/api/me', { token: other })).status).toBe(200);
    // Nobody, a forged token and the officer token have no session to end.
    expect((await s.api('/api/auth/logout', { method: 'POST' })).status).toBe(401);
    expect((await s.api('/api/auth/logout', { method: 'POST', token: 'a.b.c' })).status).toBe(401);
    const officer = await s.api('/api/auth/logout', { method: 'POST', token: OFFICER });
    expect(officer.status).toBe(400);
    expect(officer.body.error.message).toMatch(/OFFICER_TOKEN/);
    await s.close();

    const again = await startServer(env);
    try {
      expect((await again.api('/api/me', { token })).status).toBe(401);
      expect((await again.api('/api/me', { token: other })).status).toBe(200);
    } finally {
      await again.close();
    }
  });
});
