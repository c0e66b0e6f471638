import { DefaultValue, type AtomEffect } from 'recoil';
import { storage } from '../zalo/storage';

/**
 * Keeps an atom in the Zalo adapter's storage: read once when first used (components reading it
 * suspend briefly), written on every change, removed on reset.
 */
export function persisted<T>(key: string): AtomEffect<T> {
  return ({ setSelf, onSet, trigger }) => {
    if (trigger === 'get') {
      setSelf(storage.get<T>(key).then((v) => (v === null ? new DefaultValue() : v)) as Promise<T | DefaultValue>);
    }
    onSet((value, _old, isReset) => {
      void (isReset ? storage.remove(key) : storage.set(key, value));
    });
  };
}
