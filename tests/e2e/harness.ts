import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

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

/**
 * A phone-sized page (390×844, touch, Vietnamese, Vietnam's time zone) signed in as its own mock
 * Zalo user, so tests do not see each other's records.
 */
export async function phonePage(options: { userId?: string; userName?: string; allow?: RegExp[] } = {}): Promise<PhonePage> {
  if (!browser) throw new Error('useBrowser() first');
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
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
    if (msg.type() === 'error' && !allowed(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const text = `${req.method()} ${req.url()} ${req.failure()?.errorText ?? ''}`;
    // Aborted media range requests and navigations away are normal browser behaviour.
    if (/ERR_ABORTED/.test(text)) return;
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
      await page.goto(appUrl() + pathname, { waitUntil: live ? 'load' : 'networkidle' });
      if (live) await page.waitForTimeout(800);
    },
  };
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
