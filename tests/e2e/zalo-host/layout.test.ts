import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, hasBrowser, seededDossier } from '../harness';
import { useZaloHost, zaloPhone } from './host';

/*
 * Every page as Zalo shows it: Zalo's ⋯/✕ capsule floats at the top right, so nothing the
 * resident could tap may sit in the top-right 100 × 48 px under the status bar (at the top of the
 * page, and scrolled); the status bar's icons are white over the green home header and in the
 * dark theme, black over light headers.
 */
const env = useZaloHost();
const SAFE_TOP = 44;

async function pagesOfTheApp(): Promise<string[]> {
  const news = (await api('/api/news?pageSize=1')).body.items[0].id as string;
  const procedure = (await api('/api/procedures?pageSize=1')).body.items[0].id as string;
  const feedback = (await api('/api/feedback?pageSize=1')).body.items[0].code as string;
  const outage = (await api('/api/outages')).body.items[0].id as string;
  return [
    '/',
    '/search',
    '/scan',
    '/notifications',
    '/me',
    '/me/saved',
    '/news',
    `/news/${news}`,
    '/tv',
    '/learning',
    '/weather',
    '/weather/sa-pa',
    '/outages',
    `/outages/${outage}`,
    '/tourism',
    '/tourism/places/fansipan',
    '/tourism/tours',
    '/tourism/tours/ha-noi-sa-pa-fansipan-3n2d',
    '/tourism/news',
    '/dossiers',
    `/dossiers/procedures/${procedure}`,
    `/dossiers/procedures/${procedure}/submit`,
    '/dossiers/track',
    `/dossiers/track/${(await seededDossier({ status: 4 })).code}`,
    '/dossiers/mine',
    '/feedback',
    '/feedback/new',
    `/feedback/${feedback}`,
    '/feedback/mine',
    '/appointments/new',
    '/appointments/new?office=tinh-lao-cai',
    '/appointments/mine',
    '/contacts',
    '/khong-co-trang-nay',
  ];
}

/** Tappable things under the capsule's corner (the capsule itself, drawn by the host, aside). */
function tappableUnderCapsule(page: Page, safeTop: number): Promise<string[]> {
  return page.evaluate((top) => {
    const TAPPABLE = 'a[href], button, input, select, textarea, label, summary, [role=button], [role=link], [role=tab], [role=radio], [role=checkbox], [role=switch], [tabindex]:not([tabindex="-1"])';
    const found = new Map<Element, string>();
    for (let y = top; y < top + 48; y += 4) {
      for (let x = innerWidth - 100; x < innerWidth; x += 4) {
        const el = document.elementsFromPoint(x, y).find((e) => e.tagName.toLowerCase() !== 'zalo-host-chrome');
        const hit = el?.closest(TAPPABLE);
        if (hit && !found.has(hit)) found.set(hit, `${hit.tagName.toLowerCase()} "${(hit.getAttribute('aria-label') ?? hit.textContent ?? '').trim().slice(0, 40)}" at ${x},${y}`);
      }
    }
    return [...found.values()];
  }, safeTop);
}

async function settle(page: Page) {
  // Live pages keep a stream open: "network idle" may never come.
  await page.waitForLoadState('networkidle', { timeout: 4000 }).catch(() => undefined);
  await page.locator('.lc-skeleton').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
}

describe.skipIf(!hasBrowser())('every page inside Zalo', () => {
  it('keeps the capsule’s corner free of anything tappable, at the top and scrolled', async () => {
    const phone = await zaloPhone(env, { allow: [/status of 404/, /404 GET .*\/api\/me\/dossiers|khong-co-trang-nay/] });
    const page = await phone.launch('/');
    const problems: string[] = [];
    for (const path of await pagesOfTheApp()) {
      await page.goto(phone.host.url(path), { waitUntil: 'load' });
      await page.locator('.lc-page').first().waitFor();
      await settle(page);
      problems.push(...(await tappableUnderCapsule(page, SAFE_TOP)).map((p) => `${path}: ${p}`));
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(150);
      problems.push(...(await tappableUnderCapsule(page, SAFE_TOP)).map((p) => `${path} (scrolled): ${p}`));
      if (['/', '/news', '/tourism/places/fansipan', '/weather/sa-pa', '/feedback'].includes(path) || path.startsWith('/news/')) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await phone.shot(`layout${path.replace(/\//g, '-').replace(/-$/, '') || '-home'}`.slice(0, 60));
      }
    }
    expect(problems).toEqual([]);
    await phone.context.close();
  });

  it('colours the status bar per page: white on the green home, black on light headers, white in the dark theme', async () => {
    const phone = await zaloPhone(env);
    const page = await phone.launch('/');
    await expect.poll(() => phone.statusBarText()).toBe('white');
    await page.getByRole('link', { name: 'Lịch cắt điện' }).first().click();
    await page.getByRole('heading', { name: 'Lịch cắt điện' }).waitFor();
    await expect.poll(() => phone.statusBarText()).toBe('black');
    await phone.shot('status-bar-light-page');
    await page.goBack();
    await expect.poll(() => phone.statusBarText()).toBe('white');
    const views = (await phone.calls('configAppView')).map((c) => (c.args[0] as { headerTextColor?: string }).headerTextColor);
    expect(views).toEqual(['white', 'black', 'white']);

    // Zalo in its dark theme, the app following it ("Theo Zalo" is the default).
    await phone.answer({ theme: 'dark' });
    await phone.launch('/outages');
    await phone.page.getByRole('heading', { name: 'Lịch cắt điện' }).waitFor();
    await expect.poll(() => phone.statusBarText()).toBe('white');
    await phone.shot('status-bar-dark');
    phone.expectClean();
    await phone.context.close();
  });
});
