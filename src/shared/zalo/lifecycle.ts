import { isZaloHost } from './host';
import { loadSdk } from './sdk';

/*
 * Whether the mini app is in front. Zalo says so with zmp-sdk's AppPaused / AppResumed events
 * (the webview may stay "visible" while Zalo shows a chat over it); a browser tab says so with
 * its visibility. Live streams and polling stop while paused and refresh when resumed.
 */

type Handler = () => void;
const onPause = new Set<Handler>();
const onResume = new Set<Handler>();
let paused = false;
let wired = false;

function setPaused(next: boolean) {
  if (next === paused) return;
  paused = next;
  for (const h of [...(next ? onPause : onResume)]) h();
}

function wire() {
  if (wired) return;
  wired = true;
  paused = document.visibilityState === 'hidden';
  document.addEventListener('visibilitychange', () => setPaused(document.visibilityState === 'hidden'));
  if (isZaloHost()) {
    void loadSdk()
      .then(({ events, EventName }) => {
        events.on(EventName.AppPaused, () => setPaused(true));
        events.on(EventName.AppResumed, () => setPaused(false));
      })
      .catch(() => undefined);
  }
}

/** True while the app is in the background (Zalo paused it, or the tab is hidden). */
export function isAppPaused(): boolean {
  wire();
  return paused;
}

/** Calls `paused` / `resumed` as the app goes to the background and comes back; returns an unsubscribe. */
export function onAppLifecycle(handlers: { paused?: Handler; resumed?: Handler }): () => void {
  wire();
  if (handlers.paused) onPause.add(handlers.paused);
  if (handlers.resumed) onResume.add(handlers.resumed);
  return () => {
    if (handlers.paused) onPause.delete(handlers.paused);
    if (handlers.resumed) onResume.delete(handlers.resumed);
  };
}

/**
 * A deep link or a QR code opened while the mini app was already running (zmp-sdk's OpenApp
 * event: the SDK gives the address below the app's root, `/?qr=place/fansipan` or
 * `/news/abc`). Nothing happens in a browser, where a link simply loads the page.
 */
export function onOpenApp(handler: (path: string) => void): () => void {
  if (!isZaloHost()) return () => undefined;
  let off = () => undefined as void;
  let active = true;
  void loadSdk()
    .then(({ events, EventName }) => {
      if (!active) return;
      const listener = (data: unknown) => {
        const path = typeof data === 'object' && data !== null && typeof (data as { path?: unknown }).path === 'string' ? (data as { path: string }).path : null;
        if (path && path.startsWith('/')) handler(path);
      };
      events.on(EventName.OpenApp, listener);
      off = () => void events.off(EventName.OpenApp, listener);
    })
    .catch(() => undefined);
  return () => {
    active = false;
    off();
  };
}
