declare global {
  interface Window {
    ZJSBridge?: unknown;
  }
}

/**
 * Inside the Zalo app the page has Zalo's JS bridge, or is served by Zalo's host under /zapps/.
 * Everywhere else (a desktop browser, tests, the simulator's web preview) we use browser fallbacks.
 */
export function isZaloHost(win: Window = window): boolean {
  if (typeof win.ZJSBridge !== 'undefined') return true;
  const { hostname, pathname } = win.location;
  return hostname === 'h5.zdn.vn' && pathname.startsWith('/zapps/');
}

/** The app's own address: `https://h5.zdn.vn/zapps/<APP_ID>/` inside Zalo, the site's root elsewhere. */
export function appRoot(win: Window = window): string {
  const base = /^\/zapps\/[^/]+/.exec(win.location.pathname)?.[0] ?? '';
  return `${win.location.origin}${base}/`;
}
