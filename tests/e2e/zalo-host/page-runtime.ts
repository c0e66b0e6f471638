/*
 * The phone's side of the Zalo host, run in the page before the app (an init script): the state
 * zmp-sdk's stand-in answers from, Zalo's Native Storage, its event bus, and what Zalo draws over
 * a mini app that hides its action bar: the status bar, the ⋯/✕ capsule and the home indicator,
 * with the safe-area insets zmp-ui reads. Self-contained: it is sent to the page as text.
 */
import type { HostBoot, HostRuntime, RecordedCall } from './runtime-types';

(() => {
  const boot: HostBoot = window.__zaloHostBoot;
  const KEPT = '__zaloHost.kept';
  let chrome: { host: HTMLElement; toast: HTMLElement } | null = null;

  // A launch is a fresh page: Zalo does not promise to keep the webview's localStorage, and here
  // it does not. A reload within the same launch keeps everything (sessionStorage lives per tab).
  type Kept = { native: [string, string][]; calls: RecordedCall[]; answers: HostBoot['answers'] };
  let kept: Kept | null = null;
  try {
    kept = JSON.parse(sessionStorage.getItem(KEPT) ?? 'null') as Kept | null;
  } catch {
    kept = null;
  }
  if (!kept) {
    localStorage.clear();
    kept = { native: boot.nativeStorage, calls: [], answers: boot.answers };
  }
  const native = new Map<string, string>(kept.native);
  const calls: RecordedCall[] = kept.calls;
  const save = () => {
    try {
      sessionStorage.setItem(KEPT, JSON.stringify({ native: [...native], calls, answers: runtime.answers }));
    } catch {
      /* the host reads the state from the page anyway */
    }
  };

  const encoder = new TextEncoder();
  const sizeOf = (k: string, v: string) => encoder.encode(k).length + encoder.encode(v).length;
  const usedBytes = () => [...native].reduce((s, [k, v]) => s + sizeOf(k, v), 0);
  const listeners = new Map<string, Set<(data: unknown) => void>>();

  const runtime: HostRuntime = {
    answers: kept.answers,
    calls,
    record(api, args) {
      // Callbacks (success/fail) and other functions are not part of what was asked.
      calls.push({ api, args: JSON.parse(JSON.stringify(args, (_k, v) => (typeof v === 'function' ? undefined : v)) ?? '[]') });
      save();
    },
    nativeStorage: {
      // As zmp-sdk documents it: null for a missing key; past the limit (5 MB in Zalo), the
      // oldest data is dropped to make room.
      getItem: (k) => native.get(k) ?? null,
      setItem(k, v) {
        native.delete(k);
        native.set(k, v);
        while (usedBytes() > boot.nativeStorageLimitBytes && native.size > 1) {
          const oldest = native.keys().next().value as string;
          if (oldest === k) break;
          native.delete(oldest);
          calls.push({ api: 'nativeStorage.evicted', args: [oldest] });
        }
        save();
      },
      removeItem(k) {
        native.delete(k);
        save();
      },
      clear() {
        native.clear();
        save();
      },
      info: () => ({ currentSize: usedBytes() / 1024, limitSize: boot.nativeStorageLimitBytes / 1024 }),
      dump: () => [...native],
    },
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
    },
    off(event, listener) {
      listeners.get(event)?.delete(listener);
    },
    emit(event, data) {
      for (const l of [...(listeners.get(event) ?? [])]) l(data);
    },
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
    statusBarText: boot.initialTextColor,
    setStatusBarText(text) {
      runtime.statusBarText = text;
      chrome?.host.setAttribute('data-text', text);
    },
    toast(message) {
      if (!chrome) return;
      chrome.toast.textContent = message;
      chrome.toast.hidden = false;
      window.clearTimeout(toastTimer);
      toastTimer = window.setTimeout(() => chrome && (chrome.toast.hidden = true), 2500);
    },
  };
  let toastTimer = 0;
  window.__zaloHost = runtime;
  // Zalo's webview has its JS bridge: the app tells Zalo from a browser by it. (The bridge itself
  // is never called: zmp-sdk is the stand-in's.)
  window.ZJSBridge ??= {};

  const drawChrome = () => {
    const host = document.createElement('zalo-host-chrome');
    host.setAttribute('aria-hidden', 'true');
    host.setAttribute('data-text', runtime.statusBarText);
    const root = host.attachShadow({ mode: 'open' });
    const top = boot.safeArea.top;
    // The capsule: 87 × 32 px, 8 px from the right edge, centred in the 44 px bar under the status bar.
    root.innerHTML = `
      <style>
        :host { position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; font: 600 15px -apple-system, system-ui, sans-serif; }
        :host([data-text="white"]) { --fg: #fff; --capsule-bg: rgba(0,0,0,.18); --capsule-line: rgba(255,255,255,.35); }
        :host([data-text="black"]) { --fg: #000; --capsule-bg: rgba(255,255,255,.72); --capsule-line: rgba(0,0,0,.12); }
        .status { position: absolute; top: 0; left: 0; right: 0; height: ${top}px; display: flex; align-items: center; justify-content: space-between; padding: 0 28px; color: var(--fg); }
        .status b { letter-spacing: .5px; }
        .battery { width: 25px; height: 12px; border: 1.5px solid var(--fg); border-radius: 4px; position: relative; opacity: .9; }
        .battery::after { content: ''; position: absolute; inset: 2px 6px 2px 2px; background: var(--fg); border-radius: 1px; }
        .capsule { position: absolute; top: ${top + 6}px; right: 8px; width: 87px; height: 32px; box-sizing: border-box; border-radius: 16px;
          background: var(--capsule-bg); border: 1px solid var(--capsule-line); display: flex; align-items: center; color: var(--fg); pointer-events: auto; }
        .capsule span { flex: 1; text-align: center; font-size: 17px; line-height: 30px; }
        .capsule i { width: 1px; height: 18px; background: var(--capsule-line); }
        .home { position: absolute; bottom: 8px; left: 50%; width: 134px; height: 5px; margin-left: -67px; border-radius: 3px; background: #fff; mix-blend-mode: difference; }
        .toast { position: absolute; left: 50%; bottom: 120px; transform: translateX(-50%); max-width: 300px; padding: 10px 16px; border-radius: 10px;
          background: rgba(30,30,30,.92); color: #fff; font-weight: 500; text-align: center; }
      </style>
      <div class="status"><b>9:41</b><span class="battery"></span></div>
      <div class="capsule" part="capsule"><span>⋯</span><i></i><span>✕</span></div>
      <div class="home"></div>
      <div class="toast" hidden></div>`;
    document.documentElement.appendChild(host);
    chrome = { host, toast: root.querySelector('.toast') as HTMLElement };
  };
  // The script runs before the document has its <html>: as soon as it has, before anything paints.
  const dress = () => {
    // zmp-ui reads these (and so does the app's ui.css): an iPhone's notch and home indicator.
    document.documentElement.style.setProperty('--zaui-safe-area-inset-top', `${boot.safeArea.top}px`);
    document.documentElement.style.setProperty('--zaui-safe-area-inset-bottom', `${boot.safeArea.bottom}px`);
    drawChrome();
  };
  if (document.documentElement) dress();
  else {
    const watch = new MutationObserver(() => {
      if (!document.documentElement) return;
      watch.disconnect();
      dress();
    });
    watch.observe(document, { childList: true });
  }
})();
