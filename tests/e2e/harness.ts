import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import os from 'node:os';
import { startServerProcess, type ServerProcess } from '../../mock-server/test/server-process';

export const SCREENSHOT_DIR = path.resolve('tests/e2e/screenshots');

export const appUrl = () => inject('appUrl');
export const apiUrl = () => inject('apiUrl');
export const officerToken = () => inject('officerToken');
/** False when Chromium is absent outside CI (the setup said so loudly): tests skip. */
export const hasBrowser = () => inject('chromium') !== null;

export interface PhonePage {
  page: Page;
  context: BrowserContext;
  /** Console errors and failed requests seen so far; tests end with `expectClean()`. */
  problems: string[];
  expectClean(): void;
  shot(name: string): Promise<void>;
  /** Path inside the app, e.g. '/me' → the full URL. */
  go(pathname: string): Promise<void>;
}

let browser: Browser | null = null;

/** One Chromium for a test file, started before and closed after its tests. */
export function useBrowser() {
  beforeAll(async () => {
    if (!hasBrowser()) return;
    browser = await chromium.launch({
      executablePath: inject('chromium')!,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--autoplay-policy=no-user-gesture-required',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    browser = null;
  });
}

export interface AppServer {
  url: string;
  close(): Promise<void>;
}

/** The production build served in front of a test's own API server (as global-setup does for the shared one). */
export async function serveAppFor(api: string): Promise<AppServer> {
  const proxy = Object.fromEntries(['/api', '/media', '/rss', '/open311', '/qr-sheet', '/officer'].map((p) => [p, { target: api, changeOrigin: true }]));
  const web = await preview({ logLevel: 'warn', preview: { port: 0, strictPort: true, host: 'localhost', proxy } });
  const { port } = web.httpServer.address() as AddressInfo;
  return { url: `http://localhost:${port}`, close: () => web.close() };
}

/**
 * Servers of a test's own, each with its clock stopped at an instant and its process in a time
 * zone, with the app in front of it; all stopped and removed after the test file.
 */
export function useServersAt(): (at: string, zone?: string) => Promise<{ api: string; app: string }> {
  const running: { api: ServerProcess; app: AppServer; dir: string }[] = [];
  afterAll(async () => {
    await Promise.all(running.map(async (r) => Promise.all([r.api.stop(), r.app.close()])));
    for (const r of running) fs.rmSync(r.dir, { recursive: true, force: true });
  });
  return async (at, zone = 'Asia/Ho_Chi_Minh') => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-at-'));
    const api = await startServerProcess({ TZ: zone, CLOCK_START: at, CLOCK_FROZEN: 'true', DB_PATH: path.join(dir, 'at.db') });
    const app = await serveAppFor(api.url);
    running.push({ api, app, dir });
    return { api: api.url, app: app.url };
  };
}

/** The API server's clock (it started at the suite's fixed instant and runs on), to the second. */
export async function serverNow(base = apiUrl()): Promise<number> {
  const res = await fetch(base + '/api/health');
  return Date.parse(((await res.json()) as { time: string }).time);
}

/** A raster map tile from another host (`…/{z}/{x}/{y}.png`). */
export const isTileRequest = (url: URL) => !/^(localhost|127\.0\.0\.1)$/.test(url.hostname) && /\/\d+\/\d+\/\d+(@2x)?\.(png|jpe?g|webp)$/.test(url.pathname);

export interface PhonePageOptions {
  userId?: string;
  userName?: string;
  allow?: RegExp[];
  /** The phone's time zone (Vietnam's unless a test says otherwise). */
  timezoneId?: string;
  /** A test's own server: its API (whose clock sets the page's) and the app served in front of it. */
  server?: { api: string; app: string };
  /** Stop the page's clock at this instant (timers still run): for pages compared word for word. */
  frozenAt?: number;
  /** A desk or a tablet instead of the phone (the officers' console): no touch, no mobile viewport. */
  viewport?: { width: number; height: number };
  /** Let a test inject axe-core into a page whose CSP forbids inline scripts (the console's). */
  bypassCSP?: boolean;
}

/**
 * A phone-sized page (390×844, touch, Vietnamese, Vietnam's time zone) signed in as its own mock
 * Zalo user, so tests do not see each other's records. Its clock is the server's: the page's
 * "now" starts where the server's is and runs on, so both agree whatever the hour of the run.
 */
export async function phonePage(options: PhonePageOptions = {}): Promise<PhonePage> {
  if (!browser) throw new Error('useBrowser() first');
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 390, height: 844 },
    deviceScaleFactor: options.viewport ? 1 : 2,
    isMobile: !options.viewport,
    hasTouch: !options.viewport,
    bypassCSP: options.bypassCSP ?? false,
    locale: 'vi-VN',
    timezoneId: options.timezoneId ?? 'Asia/Ho_Chi_Minh',
  });
  if (options.frozenAt !== undefined) await context.clock.setFixedTime(options.frozenAt);
  else await context.clock.install({ time: await serverNow(options.server?.api) });
  const base = options.server?.app ?? appUrl();
  // Map tiles come from a tile server on the Internet: tests never reach one (there is no network
  // here, and a suite must not lean on OpenStreetMap), so every map starts without tiles. A test
  // that wants tiles serves its own with page.route (maps.test.ts).
  await context.route(isTileRequest, (route) => route.abort('internetdisconnected'));
  const userId = options.userId ?? `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
  await context.addInitScript(
    ([id, name]) => {
      localStorage.setItem('lcs.devUserId', id);
      if (name) localStorage.setItem('lcs.devUserName', name);
    },
    [userId, options.userName ?? ''] as const,
  );
  const page = await context.newPage();
  const problems: string[] = [];
  const allowed = (text: string) => (options.allow ?? []).some((re) => re.test(text));
  page.on('console', (msg) => {
    const url = msg.location().url;
    if (/^Failed to load resource/.test(msg.text()) && /^https?:/.test(url) && isTileRequest(new URL(url))) return;
    if (msg.type() === 'error' && !allowed(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const text = `${req.method()} ${req.url()} ${req.failure()?.errorText ?? ''}`;
    // Aborted media range requests and navigations away are normal browser behaviour.
    if (/ERR_ABORTED/.test(text)) return;
    if (isTileRequest(new URL(req.url()))) return;
    if (!allowed(text)) problems.push(`request failed: ${text}`);
  });
  page.on('response', (res) => {
    const text = `${res.status()} ${res.request().method()} ${res.url()}`;
    if (res.status() >= 400 && !allowed(text)) problems.push(`http: ${text}`);
  });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    page,
    context,
    problems,
    expectClean: () => expect(problems, problems.join('\n')).toEqual([]),
    shot: async (name) => {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
    },
    go: async (pathname) => {
      // Live pages (weather) keep an event stream open and never reach "network idle".
      const live = /^\/weather/.test(pathname);
      await page.goto(base + pathname, { waitUntil: live ? 'load' : 'networkidle' });
      await settled(page);
    },
  };
}

/**
 * Waits until the page shows what it loaded: its code has arrived (no page skeleton) and no list
 * or widget is still a placeholder. A test then looks at the finished page, not at a moment.
 */
export async function settled(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.lc-page') !== null && document.querySelector('.lc-skeleton, .lc-skeleton-list') === null,
    undefined,
    { timeout },
  );
}

/** Calls the API directly (as an officer, or to prepare data). */
export async function api(pathname: string, init: RequestInit & { json?: unknown; token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const res = await fetch(apiUrl() + pathname, { ...init, headers, body });
  const text = await res.text();
  return { status: res.status, body: text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text };
}

/** Signs in through the API as a mock Zalo user and gives the session token. */
export async function signInApi(userId: string): Promise<string> {
  const res = await api('/api/auth/session', { method: 'POST', json: { zaloAccessToken: `mock:${userId}` } });
  expect(res.status).toBe(200);
  return res.body.token as string;
}

export const DEMO_CITIZEN = 'cong-dan-demo';

/**
 * A dossier the seed gave the development citizen, found by what it is rather than by its code
 * (codes carry the day they were sent, so they follow the server's date).
 */
export async function seededDossier(match: { status: number; procedureId?: string }): Promise<{ code: string; status: number }> {
  const res = await api('/api/me/dossiers?pageSize=100', { token: await signInApi(DEMO_CITIZEN) });
  expect(res.status).toBe(200);
  const found = (res.body.items as { code: string; status: number; procedureId: string }[]).find(
    (d) => d.status === match.status && (!match.procedureId || d.procedureId === match.procedureId),
  );
  if (!found) throw new Error(`no seeded dossier of the demo citizen with ${JSON.stringify(match)}`);
  return found;
}

/** A small but real PNG (a 4×4 grey square): the server sniffs the bytes, not the name. */
export const PAPER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAEAQMAAACTPww9AAAABlBMVEXMzMz///+YfGgMAAAAEUlEQVQI12P4z8DwnwEB/wMANiMF+xIjkZwAAAAASUVORK5CYII=',
  'base64',
);

/** Sends a birth registration (Đăng ký khai sinh) through the API for the signed-in resident; gives its code. */
export async function submitBirthDossier(token: string): Promise<string> {
  const fd = new FormData();
  fd.append('file', new Blob([new Uint8Array(PAPER_PNG)], { type: 'image/png' }), 'giay-chung-sinh.png');
  const upload = await api('/api/uploads', { method: 'POST', token, body: fd });
  expect(upload.status).toBe(201);
  const born = new Date((await serverNow()) - 5 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
  const res = await api('/api/dossiers', {
    method: 'POST',
    token,
    headers: { 'idempotency-key': `e2e-birth-${Math.random().toString(36).slice(2, 12)}` },
    json: {
      procedureId: '1.001193.000.00.00.H38',
      applicant: {
        fullName: 'Hoàng Thị Sen',
        idNumber: '010193004471',
        phone: '0915227364',
        email: '',
        address: { province: 'Lào Cai', commune: 'Phường Sa Pa', street: 'Số 14, phố Cầu Mây' },
      },
      fields: {
        childFullName: 'Hoàng Minh Đức',
        childGender: 'nam',
        childBirthDate: born,
        childBirthPlace: 'Bệnh viện Đa khoa Sa Pa',
        childEthnicity: 'Tày',
        motherFullName: 'Hoàng Thị Sen',
        motherIdNumber: '010193004471',
        relationship: 'Mẹ',
        commitment: true,
      },
      papers: { 'giay-chung-sinh': [upload.body.id] },
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.code as string;
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it is now: the serious and critical WCAG A/AA violations, described. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
