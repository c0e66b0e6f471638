/**
 * The last answer of each public read, kept on the phone, so the app still opens with news,
 * weather and outages on a bad connection. Only public GETs (no session) are kept; personal data
 * is never written here. Bounded: the oldest entries go first.
 */
const PREFIX = 'lcs.cache:';
const MAX_ENTRIES = 60;
const MAX_BYTES = 250_000;

interface Entry {
  at: number;
  data: unknown;
}

export function cacheKey(url: string, params?: Record<string, unknown>): string {
  const query = params
    ? Object.keys(params)
        .sort()
        .map((k) => `${k}=${String(params[k])}`)
        .join('&')
    : '';
  return PREFIX + url + (query ? '?' + query : '');
}

export function remember(key: string, data: unknown): void {
  try {
    const text = JSON.stringify({ at: Date.now(), data } satisfies Entry);
    if (text.length > MAX_BYTES) return;
    localStorage.setItem(key, text);
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
    if (keys.length > MAX_ENTRIES) {
      const byAge = keys
        .map((k) => ({ k, at: (JSON.parse(localStorage.getItem(k) ?? '{"at":0}') as Entry).at }))
        .sort((a, b) => a.at - b.at);
      byAge.slice(0, keys.length - MAX_ENTRIES).forEach(({ k }) => localStorage.removeItem(k));
    }
  } catch {
    /* storage full or unavailable: the cache is a nicety */
  }
}

export function recall<T>(key: string): { data: T; at: number } | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const e = JSON.parse(raw) as Entry;
    return { data: e.data as T, at: e.at };
  } catch {
    return null;
  }
}
