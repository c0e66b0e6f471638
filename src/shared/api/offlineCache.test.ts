import { afterEach, describe, expect, it, vi } from 'vitest';

/* Zalo's Native Storage, as zmp-sdk documents it: synchronous, sizes in KB, a limit it enforces. */
const native = new Map<string, string>();
let limitKb = 5 * 1024;
const usedKb = () => [...native].reduce((s, [k, v]) => s + k.length + new TextEncoder().encode(v).length, 0) / 1024;
vi.mock('../zalo/zmp', () => ({
  nativeStorage: {
    getItem: (k: string) => native.get(k) ?? null,
    setItem: (k: string, v: string) => void native.set(k, v),
    removeItem: (k: string) => void native.delete(k),
    clear: () => native.clear(),
    getStorageInfo: () => ({ currentSize: usedKb(), limitSize: limitKb }),
  },
}));

const { cacheKey, recall, remember } = await import('./offlineCache');
const kept = () => Object.keys(localStorage).filter((k) => k.startsWith('lcs.cache:'));

afterEach(() => {
  delete window.ZJSBridge;
  native.clear();
  limitKb = 5 * 1024;
});

describe('offline cache in a browser', () => {
  it('gives back what it kept, with when', async () => {
    const key = cacheKey('/api/news', { page: 1, source: 'bao-lao-cai' });
    expect(key).toBe('lcs.cache:/api/news?page=1&source=bao-lao-cai');
    await remember(key, { items: [1, 2] }, 1000);
    expect(await recall(key)).toEqual({ data: { items: [1, 2] }, at: 1000 });
    expect(await recall(cacheKey('/api/other'))).toBeNull();
  });

  it('drops the oldest entries first past 60 of them', async () => {
    for (let i = 0; i < 65; i++) await remember(cacheKey(`/api/x/${i}`), i, 1000 + i);
    expect(kept()).toHaveLength(60);
    expect(await recall(cacheKey('/api/x/4'))).toBeNull();
    expect(await recall(cacheKey('/api/x/5'))).not.toBeNull();
    // Written again, an old answer becomes the newest and survives the next round.
    await remember(cacheKey('/api/x/5'), 'again', 2000);
    await remember(cacheKey('/api/x/99'), 99, 2001);
    expect(await recall(cacheKey('/api/x/5'))).toEqual({ data: 'again', at: 2000 });
    expect(await recall(cacheKey('/api/x/6'))).toBeNull();
  });

  it('keeps under a megabyte in all, and never one answer over 250 KB', async () => {
    const big = 'x'.repeat(200_000);
    for (let i = 0; i < 8; i++) await remember(cacheKey(`/api/big/${i}`), big, i);
    const bytes = kept().reduce((s, k) => s + (localStorage.getItem(k) ?? '').length, 0);
    expect(bytes).toBeLessThanOrEqual(1_000_000);
    expect(await recall(cacheKey('/api/big/7'))).not.toBeNull();
    expect(await recall(cacheKey('/api/big/0'))).toBeNull();
    await remember(cacheKey('/api/huge'), 'x'.repeat(300_000));
    expect(await recall(cacheKey('/api/huge'))).toBeNull();
  });
});

describe('offline cache inside Zalo', () => {
  it('lives in Native Storage and leaves room there for the session and saved items', async () => {
    window.ZJSBridge = {};
    limitKb = 100; // a small phone: 100 KB in all
    native.set('lcs.session', JSON.stringify({ token: 't'.repeat(2000) }));
    native.set('lcs.saved-items', JSON.stringify([{ id: 'fansipan', title: 'Fansipan' }]));
    const answer = 'y'.repeat(9_000);
    for (let i = 0; i < 30; i++) {
      await remember(cacheKey(`/api/news/${i}`), answer, 1000 + i);
      expect(usedKb()).toBeLessThanOrEqual(limitKb * 0.6 + 10);
    }
    expect(localStorage.length).toBe(0);
    expect(native.get('lcs.session')).toBeDefined();
    expect(native.get('lcs.saved-items')).toBeDefined();
    expect(await recall(cacheKey('/api/news/29'))).toEqual({ data: answer, at: 1029 });
    expect(await recall(cacheKey('/api/news/0'))).toBeNull();
  });
});
