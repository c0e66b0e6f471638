import { describe, expect, it, vi } from 'vitest';
import { IdentityRejected, resolveZaloIdentity } from '../src/services/zalo-identity.js';

const answer = (status: number, body: unknown) => vi.fn().mockResolvedValue(new Response(JSON.stringify(body), { status }));

describe('Zalo identity', () => {
  it('accepts mock tokens in mock mode only', async () => {
    expect(await resolveZaloIdentity('mock', 'mock:abc_1')).toEqual({ zaloUserId: 'abc_1', name: null, avatar: null });
    await expect(resolveZaloIdentity('mock', 'mock:')).rejects.toBeInstanceOf(IdentityRejected);
    await expect(resolveZaloIdentity('mock', 'real-token')).rejects.toBeInstanceOf(IdentityRejected);
  });

  it('asks Zalo’s Graph API in zalo mode, with the token in the header', async () => {
    const fetchImpl = answer(200, { id: '5800', name: 'Lý Seo Chứ', picture: { data: { url: 'https://s120.zdn.vn/a.jpg' } } });
    const id = await resolveZaloIdentity('zalo', 'tok', fetchImpl);
    expect(id).toEqual({ zaloUserId: '5800', name: 'Lý Seo Chứ', avatar: 'https://s120.zdn.vn/a.jpg' });
    const [url, init] = fetchImpl.mock.calls[0];
    expect(String(url)).toMatch(/^https:\/\/graph\.zalo\.me\/v2\.0\/me/);
    expect(init.headers.access_token).toBe('tok');
    // A mock token is not a Zalo token.
    await expect(resolveZaloIdentity('zalo', 'mock:1', answer(200, { error: 452, message: 'invalid' }))).rejects.toBeInstanceOf(IdentityRejected);
  });

  it('turns Zalo being unreachable into a refusal with words, not a crash', async () => {
    const down = vi.fn().mockRejectedValue(new TypeError('fetch failed'));
    await expect(resolveZaloIdentity('zalo', 'tok', down)).rejects.toThrow(/Không kết nối được tới Zalo/);
  });
});
