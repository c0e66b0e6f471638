import { useLayoutEffect, useSyncExternalStore } from 'react';

/** The colour family of the page header now on screen: the green brand header, or a plain one. */
export type HeaderTone = 'plain' | 'brand';

/** Null until the first page has said (the status bar waits rather than guess). */
let current: HeaderTone | null = null;
const listeners = new Set<() => void>();

/** A page says what its header is (PageShell does), so the status bar above it can match. */
export function useHeaderTone(tone: HeaderTone): void {
  useLayoutEffect(() => {
    if (current !== tone) {
      current = tone;
      listeners.forEach((l) => l());
    }
  }, [tone]);
}

/** The tone of the header on screen, for whoever colours the status bar over it. */
export function useCurrentHeaderTone(): HeaderTone | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
