import { DefaultValue, type AtomEffect } from 'recoil';
import { storage } from '../zalo/storage';

/**
 * Keeps an atom in the Zalo adapter's storage: read once when first used, written on every change,
 * removed on reset. When the store is open (always in a browser) the atom starts with the kept
 * value at once; otherwise (inside Zalo before zmp-sdk has loaded) components reading it suspend
 * briefly. Setting an atom from a promise that settles before Recoil's root has mounted is what
 * made React warn about Recoil's "Batcher" on every start.
 */
export function persisted<T>(key: string): AtomEffect<T> {
  return ({ setSelf, onSet, trigger }) => {
    if (trigger === 'get') {
      const now = storage.peek<T>(key);
      if (now) {
        if (now.value !== null) setSelf(now.value);
      } else {
        setSelf(storage.get<T>(key).then((v) => (v === null ? new DefaultValue() : v)) as Promise<T | DefaultValue>);
      }
    }
    onSet((value, _old, isReset) => {
      void (isReset ? storage.remove(key) : storage.set(key, value));
    });
  };
}
