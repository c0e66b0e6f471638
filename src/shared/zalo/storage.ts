import { isZaloHost } from './host';
import { loadSdk } from './sdk';

const PREFIX = 'lcs.';

/**
 * Small persisted values (settings, saved items, followed areas). Inside Zalo: the native storage
 * that survives the webview being cleared; in a browser: localStorage. Values are JSON.
 */
export const storage = {
  async get<T>(key: string): Promise<T | null> {
    let raw: string | null = null;
    try {
      raw = isZaloHost() ? (await loadSdk()).nativeStorage.getItem(PREFIX + key) : localStorage.getItem(PREFIX + key);
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
    const raw = JSON.stringify(value);
    if (isZaloHost()) (await loadSdk()).nativeStorage.setItem(PREFIX + key, raw);
    else localStorage.setItem(PREFIX + key, raw);
  },
  async remove(key: string): Promise<void> {
    if (isZaloHost()) (await loadSdk()).nativeStorage.removeItem(PREFIX + key);
    else localStorage.removeItem(PREFIX + key);
  },
};
