import { isZaloHost } from './host';
import { loadSdk } from './sdk';

const PREFIX = 'lcs.';

/**
 * Where the app keeps what must outlive a launch (the session, settings, saved items, the offline
 * cache). Inside Zalo that is Native Storage: Zalo does not promise to keep the webview's
 * localStorage, and does keep Native Storage, up to 5 MB, dropping its oldest data when full.
 * In a browser, localStorage. Synchronous once open, like both of them.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Bytes used and allowed, where the store says (Native Storage does; localStorage does not). */
  usage(): { usedBytes: number; limitBytes: number } | null;
}

const browserStore: KeyValueStore = {
  getItem: (k) => localStorage.getItem(k),
  setItem: (k, v) => localStorage.setItem(k, v),
  removeItem: (k) => localStorage.removeItem(k),
  usage: () => null,
};

let opening: Promise<KeyValueStore> | null = null;

/** The store of this host: Zalo's Native Storage (after zmp-sdk has loaded) or localStorage. */
export function openStore(): Promise<KeyValueStore> {
  if (!isZaloHost()) return Promise.resolve(browserStore);
  opening ??= loadSdk().then(({ nativeStorage }) => ({
    // Native Storage answers null (or, in some versions, "") for a key it does not have.
    getItem: (k) => nativeStorage.getItem(k) || null,
    setItem: (k, v) => nativeStorage.setItem(k, v),
    removeItem: (k) => nativeStorage.removeItem(k),
    usage: () => {
      try {
        const { currentSize, limitSize } = nativeStorage.getStorageInfo();
        return Number.isFinite(currentSize) && limitSize > 0 ? { usedBytes: currentSize * 1024, limitBytes: limitSize * 1024 } : null;
      } catch {
        return null;
      }
    },
  }));
  return opening;
}

/** Small persisted values as JSON, under the app's `lcs.` prefix. A damaged value reads as none. */
export const storage = {
  async get<T>(key: string): Promise<T | null> {
    let raw: string | null;
    try {
      raw = (await openStore()).getItem(PREFIX + key);
    } catch {
      return null;
    }
    if (raw === null || raw === undefined || raw === '') return null;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return null;
    }
  },
  async set<T>(key: string, value: T): Promise<void> {
    (await openStore()).setItem(PREFIX + key, JSON.stringify(value));
  },
  async remove(key: string): Promise<void> {
    (await openStore()).removeItem(PREFIX + key);
  },
};
