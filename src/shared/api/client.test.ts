import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiGet, apiPost, setAuthProvider } from './client';
import { ApiError } from './errors';
import { HttpFailure, transport, withParams, type HttpRequest } from './transport';

type Reply = { status: number; data?: unknown } | 'network' | 'timeout';

function fakeServer(replies: Reply[]) {
  const seen: HttpRequest[] = [];
  transport.send = async (req) => {
    seen.push(req);
    const r = replies.shift() ?? { status: 200, data: {} };
    if (r === 'network' || r === 'timeout') throw new HttpFailure(r);
    return { status: r.status, data: r.data };
  };
  return seen;
}

beforeEach(() => {
  vi.useRealTimers();
});

describe('api client', () => {
  it('turns the server’s error into an ApiError with its Vietnamese message and details', async () => {
    fakeServer([{ status: 400, data: { error: { code: 'VALIDATION_ERROR', message: 'Dữ liệu chưa hợp lệ.', details: [{ path: 'applicant.phone', message: 'Số điện thoại không đúng.' }] } } }]);
    const err = (await apiGet('/api/x').catch((e) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.message).toBe('Dữ liệu chưa hợp lệ.');
    expect(err.status).toBe(400);
    expect(err.fieldMessage('applicant.phone')).toBe('Số điện thoại không đúng.');
  });

  it('retries a read after a network failure, with backoff', async () => {
    const seen = fakeServer(['network', 'network', { status: 200, data: { ok: true } }]);
    expect(await apiGet('/api/news')).toEqual({ ok: true });
    expect(seen).toHaveLength(3);
  });

  it('never retries a write on its own, since it may have arrived', async () => {
    setAuthProvider({ token: async () => 't', renew: async () => 't2' });
    const seen = fakeServer(['network']);
    const err = (await apiPost('/api/feedback', { a: 1 }, { idempotencyKey: 'k-12345678' }).catch((e) => e)) as ApiError;
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/Không kết nối được máy chủ/);
    expect(seen).toHaveLength(1);
    expect(seen[0].headers['Idempotency-Key']).toBe('k-12345678');
  });

  it('signs in again once when the server refuses the token', async () => {
    const renew = vi.fn().mockResolvedValue('fresh');
    setAuthProvider({ token: async () => 'stale', renew });
    const seen = fakeServer([{ status: 401, data: { error: { code: 'UNAUTHORIZED', message: 'Hết hạn' } } }, { status: 200, data: { user: 1 } }]);
    expect(await apiGet('/api/me', { auth: true })).toEqual({ user: 1 });
    expect(seen.map((c) => c.headers.Authorization)).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('refuses a write at once when the phone is offline, saying it was not sent', async () => {
    const seen = fakeServer([{ status: 201, data: {} }]);
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const err = (await apiPost('/api/feedback', {}).catch((e) => e)) as ApiError;
    online.mockRestore();
    expect(err.code).toBe('OFFLINE');
    expect(err.message).toMatch(/chưa được gửi/);
    expect(seen).toHaveLength(0);
  });

  it('serves the last answer of a public read when the network fails', async () => {
    fakeServer([{ status: 200, data: { items: ['tin 1'] } }]);
    expect(await apiGet('/api/news', { params: { page: 1 } })).toEqual({ items: ['tin 1'] });
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    fakeServer(['network']);
    expect(await apiGet('/api/news', { params: { page: 1 } })).toEqual({ items: ['tin 1'] });
    fakeServer(['network']);
    await expect(apiGet('/api/news', { params: { page: 2 } })).rejects.toBeInstanceOf(ApiError);
    online.mockRestore();
  });

  it('drops empty query parameters', async () => {
    const seen = fakeServer([{ status: 200, data: [] }]);
    await apiGet('/api/news', { params: { q: '', source: 'bao-lao-cai', page: 1, category: undefined } });
    expect(seen[0].params).toEqual({ source: 'bao-lao-cai', page: 1 });
    expect(withParams(seen[0].url, seen[0].params)).toBe('/api/news?source=bao-lao-cai&page=1');
  });

  it('says the network is slow when the server does not answer in time, and retries reads', async () => {
    const seen = fakeServer(['timeout', 'timeout', 'timeout', 'timeout']);
    const err = (await apiGet('/api/weather/overview').catch((e) => e)) as ApiError;
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/Mạng đang chậm/);
    expect(seen).toHaveLength(4);
  }, 10_000);
});
