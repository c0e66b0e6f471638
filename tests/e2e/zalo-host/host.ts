import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { serverNow } from '../harness';
import { EventName } from './stand-in';
import { compile, DEFAULT_ANSWERS, readAppConfig, startZaloHost, type ZaloHost } from './server';
import type { HostBoot, HostEventName, RecordedCall, ZaloAnswers } from './runtime-types';

export { APP_ID, APP_ROOT, findSdkChunk, readAppConfig, zaloDocument, type ZaloHost } from './server';

/** The phone side of the Zalo host for browser tests (server.ts serves the build as Zalo does). */

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
