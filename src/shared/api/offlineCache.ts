import { openStore, type KeyValueStore } from '../zalo/storage';

/**
 * The last answer of each public read, kept on the phone, so the app still opens with news,
 * weather and outages on a bad connection. Only public GETs (no session) are kept; personal data
 * is never written here. Inside Zalo it lives in Native Storage beside the session and saved
 * items, which Zalo empties oldest-first past 5 MB: the cache stays well inside a budget and
 * drops its own oldest entries first, so Zalo never has to drop anything.
 */
const ENTRY = 'lcs.cache:';
const INDEX = 'lcs.cache-index';
const MAX_ENTRIES = 60;
const MAX_ENTRY_BYTES = 250_000;
const MAX_TOTAL_BYTES = 1_000_000;
/** After a write, at most this share of the store's own limit may be in use (where it tells). */
const STORE_SHARE = 0.6;

interface Entry {
  at: number;
  data: unknown;
}
interface Indexed {
  k: string;
  at: number;
  size: number;
}

export function cacheKey(url: string, params?: Record<string, unknown>): string {
  const query = params
    ? Object.keys(params)
        .sort()
        .map((k) => `${k}=${String(params[k])}`)
        .join('&')
    : '';
  return ENTRY + url + (query ? '?' + query : '');
}

const bytes = (text: string) => new TextEncoder().encode(text).length;

function readIndex(store: KeyValueStore): Indexed[] {
  try {
    const list = JSON.parse(store.getItem(INDEX) ?? 'null') as Indexed[] | null;
    if (Array.isArray(list)) return list.filter((e) => e && typeof e.k === 'string' && e.k.startsWith(ENTRY) && Number.isFinite(e.at) && Number.isFinite(e.size));
  } catch {
    /* rebuilt below */
  }
  // No index yet (a first start, or entries from a version that kept none): what localStorage holds.
  if (typeof localStorage === 'undefined' || store.usage() !== null) return [];
  return Object.keys(localStorage)
    .filter((k) => k.startsWith(ENTRY))
    .map((k) => {
      const raw = localStorage.getItem(k) ?? '';
      let at = 0;
      try {
        at = (JSON.parse(raw) as Entry).at ?? 0;
      } catch {
        /* oldest of all */
      }
      return { k, at, size: bytes(raw) };
    });
}

/** Keeps a public answer, dropping the oldest kept answers while over any of the limits. */
export async function remember(key: string, data: unknown, now = Date.now()): Promise<void> {
  try {
    const store = await openStore();
    const text = JSON.stringify({ at: now, data } satisfies Entry);
    const size = bytes(text);
    const previous = readIndex(store);
    const replaced = previous.find((e) => e.k === key)?.size ?? 0;
    const index = previous.filter((e) => e.k !== key);
    if (size > MAX_ENTRY_BYTES) {
      if (replaced) store.removeItem(key);
      store.setItem(INDEX, JSON.stringify(index));
      return;
    }
    index.push({ k: key, at: now, size });
    index.sort((a, b) => a.at - b.at);
    const usage = store.usage();
    const cap = usage ? usage.limitBytes * STORE_SHARE : Infinity;
    let projected = usage ? usage.usedBytes - replaced + size : 0;
    let total = index.reduce((s, e) => s + e.size, 0);
    let keep = true;
    while (index.length && (index.length > MAX_ENTRIES || total > MAX_TOTAL_BYTES || projected > cap)) {
      const oldest = index.shift()!;
      total -= oldest.size;
      projected -= oldest.size;
      if (oldest.k === key) keep = false;
      else store.removeItem(oldest.k);
    }
    if (keep) store.setItem(key, text);
    else if (replaced) store.removeItem(key);
    store.setItem(INDEX, JSON.stringify(index));
  } catch {
    /* storage full or unavailable: the cache is a nicety */
  }
}

export async function recall<T>(key: string): Promise<{ data: T; at: number } | null> {
  try {
    const raw = (await openStore()).getItem(key);
    if (!raw) return null;
    const e = JSON.parse(raw) as Entry;
    return { data: e.data as T, at: e.at };
  } catch {
    return null;
  }
}
