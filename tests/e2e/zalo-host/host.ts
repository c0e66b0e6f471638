import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { transformWithEsbuild } from 'vite';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { serverNow } from '../harness';
import { pngPicture } from '../pictures';
import * as standInModule from './stand-in';
import { EventName } from './stand-in';
import type { HostBoot, HostEventName, RecordedCall, ZaloAnswers } from './runtime-types';

/*
 * The Zalo host of the browser tests: the production build (www/) run as Zalo runs a mini app.
 * - Served under /zapps/<APP_ID>/, as h5.zdn.vn serves it.
 * - The page is the one Zalo makes from www/app-config.json: a stylesheet per `listCSS`, a module
 *   script per `listSyncJS` (in order) and per `listAsyncJS` (async); index.html and its inline
 *   loader are not used, as Zalo does not use them.
 * - The phone: 390 × 844, an iPhone's safe areas (44 px top, 34 px bottom), Zalo's ⋯/✕ capsule
 *   and status bar drawn over the page (page-runtime.ts), Native Storage that outlives a launch
 *   while localStorage does not.
 * - zmp-sdk answers from a stand-in module served in place of the app's zmp chunk (stand-in.ts
 *   says why), as the typings and Zalo's documentation describe; calls are recorded.
 * - The API (/api, /media…) is the test server, through this host (same origin, as in preview).
 */

export const APP_ID = '4318225517093158622';
export const APP_ROOT = `/zapps/${APP_ID}/`;
const WWW = path.resolve('www');
const PROXIED = /^\/(api|media|rss|open311|qr-sheet)(\/|\?|$)/;

export interface AppConfig {
  app: { title: string; textColor?: string; headerColor?: string; statusBar?: string; actionBarHidden?: boolean };
  listCSS: string[];
  listSyncJS: string[];
  listAsyncJS: string[];
}

export function readAppConfig(www = WWW): AppConfig {
  return JSON.parse(fs.readFileSync(path.join(www, 'app-config.json'), 'utf8')) as AppConfig;
}

/** The document Zalo builds around a mini app from its app-config.json. */
export function zaloDocument(config: AppConfig, root = APP_ROOT): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const script = (src: string, async: boolean) =>
    // Files named *.module.js (as zmp-vite-plugin names them) are ES modules.
    `<script${src.endsWith('.module.js') ? ' type="module"' : ''}${async ? ' async' : ''} crossorigin src="${root}${esc(src)}"></script>`;
  return [
    '<!doctype html>',
    '<html lang="vi"><head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
    `<title>${esc(config.app.title)}</title>`,
    ...config.listCSS.map((href) => `<link rel="stylesheet" crossorigin href="${root}${esc(href)}">`),
    ...config.listSyncJS.map((src) => script(src, false)),
    ...config.listAsyncJS.map((src) => script(src, true)),
    '</head><body><div id="app"></div></body></html>',
  ].join('\n');
}

/** The chunk the build made of src/shared/zalo/zmp.ts: zmp-sdk, the part the app uses. */
export function findSdkChunk(www = WWW): { file: string; exports: string[] } {
  const dir = path.join(www, 'assets');
  const found = fs
    .readdirSync(dir)
    .filter((f) => /^zmp\.[\w-]+\.module\.js$/.test(f))
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const list = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(text)?.[1] ?? '';
      return { file, exports: list.split(',').map((e) => e.trim().split(/\s+as\s+/).pop()!).filter(Boolean) };
    })
    .filter((c) => c.exports.includes('nativeStorage') && c.exports.includes('getLocation'));
  if (found.length !== 1) throw new Error(`Zalo host: expected one zmp-sdk chunk (zmp.*.module.js) in ${dir}, found ${found.length}`);
  return found[0];
}

async function compile(file: string, format: 'esm' | 'iife'): Promise<string> {
  const source = fs.readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
  return (await transformWithEsbuild(source, file, { loader: 'ts', format, target: 'es2020' })).code;
}

export interface ZaloHost {
  origin: string;
  /** Address of a page of the app inside this "Zalo": `/news/x` → http://localhost:…/zapps/<id>/news/x */
  url(appPath: string): string;
  /** Where the app's zmp-sdk chunk is (served as the stand-in). */
  sdkChunkUrl: string;
  /** Pictures the phone's album holds, for chooseImage. */
  picture(name: string): { path: string; size: number };
  close(): Promise<void>;
}

export async function startZaloHost(options: { apiUrl: string; www?: string }): Promise<ZaloHost> {
  const www = options.www ?? WWW;
  const config = readAppConfig(www);
  const sdk = findSdkChunk(www);
  const standIn = await compile('stand-in.ts', 'esm');
  const missing = sdk.exports.filter((name) => !(name in standInModule));
  if (missing.length) throw new Error(`Zalo host: the zmp-sdk stand-in lacks ${missing.join(', ')}`);
  const page = zaloDocument(config);
  const picture = pngPicture();
  const api = new URL(options.apiUrl);

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (PROXIED.test(url.pathname)) {
      const upstream = http.request(
        { host: api.hostname, port: api.port, method: req.method, path: req.url, headers: { ...req.headers, host: api.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      res.on('close', () => upstream.destroy());
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname.startsWith('/__zalo-host/album/')) {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': picture.length }).end(picture);
      return;
    }
    if (!url.pathname.startsWith(APP_ROOT)) {
      res.writeHead(404).end();
      return;
    }
    const rel = decodeURIComponent(url.pathname.slice(APP_ROOT.length));
    if (rel === `assets/${sdk.file}`) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(standIn);
      return;
    }
    const file = path.join(www, path.normalize(rel));
    if (rel && file.startsWith(www + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const type = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain' }[path.extname(file)];
      res.writeHead(200, { 'content-type': `${type ?? 'application/octet-stream'}; charset=utf-8` });
      fs.createReadStream(file).pipe(res);
      return;
    }
    if (rel.startsWith('assets/')) {
      res.writeHead(404).end();
      return;
    }
    // Any page of the app (a deep link, a reload): Zalo's document for the mini app.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (appPath) => origin + APP_ROOT + appPath.replace(/^\//, ''),
    sdkChunkUrl: `${APP_ROOT}assets/${sdk.file}`,
    picture: (name) => ({ path: `${origin}/__zalo-host/album/${encodeURIComponent(name)}`, size: picture.length }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const DEFAULT_ANSWERS: ZaloAnswers = {
  user: { id: 'zalo-e2e', name: 'Lò Thị Hoa', avatar: 'https://s120-ava-talk.zadn.vn/a/b/c.jpg' },
  authorize: 'allow',
  location: { lat: 22.3364, long: 103.8438 }, // Sa Pa town
  scanQRCode: 'cancel',
  chooseImage: 'cancel',
  openShareSheet: 'share',
  followOA: 'follow',
  requestSendNotification: 'allow',
  theme: 'light',
  timeoutMs: 8000,
};

export interface PhoneOptions {
  answers?: Partial<ZaloAnswers>;
  /** Zalo keeps 5 MB; less shows whether the app stays inside its share. */
  nativeStorageLimitBytes?: number;
  /** Problems that are expected (matched against console errors, failed requests, HTTP errors). */
  allow?: RegExp[];
}

/** A phone with Zalo on it, the mini app opened (launched) and closed as a resident would. */
export class ZaloPhone {
  page!: Page;
  readonly problems: string[] = [];
  /** Every request the app made, as `METHOD /path?query`, in every launch. */
  readonly requests: string[] = [];
  private answers: ZaloAnswers;
  private native: [string, string][] = [];
  private earlierCalls: RecordedCall[] = [];
  private runtimeJs: Promise<string>;

  constructor(
    readonly host: ZaloHost,
    readonly context: BrowserContext,
    private readonly options: PhoneOptions,
  ) {
    this.answers = { ...DEFAULT_ANSWERS, ...options.answers };
    this.runtimeJs = compile('page-runtime.ts', 'iife');
  }

  /** Opens the mini app at `appPath` as a new launch: the previous one is closed first. */
  async launch(appPath = '/'): Promise<Page> {
    await this.closeApp();
    const page = await this.context.newPage();
    this.watch(page);
    const boot: HostBoot = {
      answers: this.answers,
      nativeStorage: this.native,
      nativeStorageLimitBytes: this.options.nativeStorageLimitBytes ?? 5 * 1024 * 1024,
      safeArea: { top: 44, bottom: 34 },
      initialTextColor: readAppConfig().app.textColor === 'white' ? 'white' : 'black',
    };
    await page.addInitScript({ content: `window.__zaloHostBoot = ${JSON.stringify(boot)};\n${await this.runtimeJs}` });
    this.page = page;
    await page.goto(this.host.url(appPath), { waitUntil: 'load' });
    await page.locator('.lc-page').first().waitFor();
    // For tests that call the SDK as the app does (a string: the test runner would rewrite import()).
    await page.evaluate(`window.__zaloSdk = () => import(${JSON.stringify(this.host.sdkChunkUrl)})`);
    return page;
  }

  /** Closes the mini app: what Native Storage holds is kept for the next launch. */
  async closeApp(): Promise<void> {
    if (!this.page || this.page.isClosed()) return;
    const state = await this.page.evaluate(() => ({ native: window.__zaloHost.nativeStorage.dump(), calls: window.__zaloHost.calls })).catch(() => null);
    if (state) {
      this.native = state.native;
      this.earlierCalls.push(...state.calls);
    }
    await this.page.close();
  }

  /** Changes how the phone answers from now on (this launch and the next). */
  async answer(patch: Partial<ZaloAnswers>): Promise<void> {
    this.answers = { ...this.answers, ...patch };
    if (this.page && !this.page.isClosed()) await this.page.evaluate((a) => Object.assign(window.__zaloHost.answers, a), patch);
  }

  /** The SDK calls made so far in every launch, or those of one API. */
  async calls(api?: string): Promise<RecordedCall[]> {
    const now = this.page && !this.page.isClosed() ? await this.page.evaluate(() => window.__zaloHost.calls) : [];
    return [...this.earlierCalls, ...now].filter((c) => !api || c.api === api);
  }

  /** Zalo sends the app an event: OpenApp (with `{ path }`), AppPaused, AppResumed. */
  async emit(event: HostEventName, data?: unknown): Promise<void> {
    await this.page.evaluate(([name, d]) => window.__zaloHost.emit(name, d), [EventName[event], data ?? null] as const);
  }

  /** How many listeners the app has on an event (it subscribes once zmp-sdk has loaded). */
  listeners(event: HostEventName): Promise<number> {
    return this.page.evaluate((name) => window.__zaloHost.listenerCount(name), EventName[event]);
  }

  async nativeStorage(): Promise<Record<string, string>> {
    const entries = this.page && !this.page.isClosed() ? await this.page.evaluate(() => window.__zaloHost.nativeStorage.dump()) : this.native;
    return Object.fromEntries(entries);
  }

  statusBarText(): Promise<'white' | 'black'> {
    return this.page.evaluate(() => window.__zaloHost.statusBarText);
  }

  async shot(name: string): Promise<void> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: path.join(SCREENSHOT_DIR, `zalo-${name}.png`) });
  }

  expectClean(): void {
    expect(this.problems, this.problems.join('\n')).toEqual([]);
  }

  private watch(page: Page) {
    const allowed = (text: string) => (this.options.allow ?? []).some((re) => re.test(text));
    const note = (text: string) => !allowed(text) && this.problems.push(text);
    page.on('console', (msg) => msg.type() === 'error' && note(`console: ${msg.text()}`));
    page.on('pageerror', (err) => note(`page error: ${err.message}`));
    page.on('requestfailed', (req) => {
      const text = `${req.method()} ${req.url()} ${req.failure()?.errorText ?? ''}`;
      if (!/ERR_ABORTED/.test(text)) note(`request failed: ${text}`);
    });
    page.on('response', (res) => res.status() >= 400 && note(`http: ${res.status()} ${res.request().method()} ${res.url()}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin === this.host.origin) this.requests.push(`${req.method()} ${url.pathname}${url.search}`);
    });
  }
}

export const SCREENSHOT_DIR = path.resolve('tests/e2e/screenshots');

/** Chromium and a Zalo host for one test file, started before its tests and closed after. */
export function useZaloHost(): { browser: () => Browser; host: () => ZaloHost } {
  let browser: Browser | null = null;
  let host: ZaloHost | null = null;
  beforeAll(async () => {
    if (inject('chromium') === null) return;
    host = await startZaloHost({ apiUrl: inject('apiUrl') });
    browser = await chromium.launch({
      executablePath: inject('chromium')!,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });
  return { browser: () => browser!, host: () => host! };
}

/**
 * A phone (its own browser profile) with the mini app not yet opened. Its clock is the test
 * server's (as the harness's phone pages are): both agree whatever the hour of the run.
 */
export async function zaloPhone(env: ReturnType<typeof useZaloHost>, options: PhoneOptions = {}): Promise<ZaloPhone> {
  const context = await env.browser().newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/25.02.01 ZaloTheme/light ZaloLanguage/vi',
  });
  await context.clock.install({ time: await serverNow() });
  const id = `zalo-e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
  return new ZaloPhone(env.host(), context, { ...options, answers: { ...options.answers, user: { ...DEFAULT_ANSWERS.user, id, ...options.answers?.user } } });
}
