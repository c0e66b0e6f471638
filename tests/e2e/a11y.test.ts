import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, api, hasBrowser, phonePage, seededDossier, signInApi, useBrowser } from './harness';

useBrowser();

/** A list the API must give: a failed call fails the test rather than quietly dropping its pages. */
async function firstOf(pathname: string): Promise<any> {
  const res = await api(pathname);
  expect(res.status, `${pathname} → ${res.status}`).toBe(200);
  expect(res.body.items.length, `${pathname} is empty`).toBeGreaterThan(0);
  return res.body.items[0];
}

/** Every page of the app, with a real item where a page shows one. */
async function pagesToCheck(): Promise<string[]> {
  const list: string[] = ['/', '/me', '/me/saved', '/scan', '/notifications', '/search?q=sa%20pa', NOT_FOUND];
  list.push('/feedback', '/feedback/new', '/feedback/mine', '/news', '/tv', '/learning');
  list.push(`/news/${(await firstOf('/api/news?pageSize=1')).id}`);
  list.push('/tourism', '/tourism/places/cho-bac-ha', '/tourism/tours', '/tourism/tours/ha-noi-sa-pa-fansipan-3n2d', '/tourism/news');
  list.push('/weather', '/weather/sa-pa', '/outages', '/dossiers', '/dossiers/track', '/dossiers/mine');
  list.push(`/outages/${(await firstOf('/api/outages')).id}`);
  const procedure = await firstOf('/api/procedures?pageSize=1');
  list.push(`/dossiers/procedures/${procedure.id}`, `/dossiers/procedures/${procedure.id}/submit`);
  list.push(`/dossiers/track/${(await seededDossier({ status: 4 })).code}`);
  list.push(`/feedback/${(await firstOf('/api/feedback?pageSize=1')).code}`);
  list.push('/feedback?view=map', '/tourism?view=map', '/outages?view=map', '/weather?view=map');
  list.push('/appointments/new', '/appointments/new?office=tinh-lao-cai', '/appointments/mine');
  return list;
}

/** A ticket of the phone's own user, booked for the next working day's morning. */
async function ticketOf(userId: string): Promise<string> {
  const token = await signInApi(userId);
  const days = await api('/api/appointments/days?officeId=xa-bac-ha&days=7');
  const date = (days.body.days as { date: string; open: boolean }[]).filter((d) => d.open)[1].date;
  const res = await api('/api/appointments', {
    method: 'POST',
    token,
    headers: { 'idempotency-key': `a11y-${userId}` },
    json: { officeId: 'xa-bac-ha', date, time: '09:00', procedureId: '1.001193.000.00.00.H38' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return `/appointments/${res.body.code}`;
}

const NOT_FOUND = '/khong-co-trang-nay';

/** An error in place of the page (a failed load, the app's error screen) is a failure too. */
async function errorShown(page: Page, path: string): Promise<string | null> {
  if (path === NOT_FOUND) return null;
  const alert = page.locator('.lc-state--error, [role="alert"]:has-text("Xin lỗi")');
  return (await alert.count()) > 0 ? (await alert.first().innerText()).replace(/\s+/g, ' ') : null;
}

describe.skipIf(!hasBrowser())('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  it.each(['light', 'dark'] as const)('finds no serious or critical problem on any page (%s theme)', { timeout: 300_000 }, async (theme) => {
    const userId = `e2e-a11y-${theme}-${Date.now().toString(36)}`;
    const paths = [...(await pagesToCheck()), await ticketOf(userId)];
    const found: string[] = [];
    {
      const p = await phonePage({ userId });
      await p.context.addInitScript(
        ([t, size]) => {
          localStorage.setItem('lcs.theme', JSON.stringify(t));
          localStorage.setItem('lcs.text-size', JSON.stringify(size));
        },
        [theme, theme === 'dark' ? 'larger' : 'normal'] as const,
      );
      for (const path of paths) {
        await p.go(path);
        const error = await errorShown(p.page, path);
        if (error) found.push(`${theme} ${path}: shows an error instead of the page: ${error}`);
        for (const problem of await accessibilityProblems(p.page)) found.push(`${theme} ${path}: ${problem}`);
      }
      await p.context.close();
    }
    expect(found, found.join('\n')).toEqual([]);
  });
});

describe.skipIf(!hasBrowser())('pages at 200% text size', () => {
  it('lay out without sideways scrolling on a phone', { timeout: 300_000 }, async () => {
    const paths = await pagesToCheck();
    const p = await phonePage();
    const overflowing: string[] = [];
    for (const path of paths) {
      await p.go(path);
      await p.page.evaluate(() => document.documentElement.style.setProperty('--lc-text-scale', '2'));
      // The new size is laid out once the root's font size has changed.
      await p.page.waitForFunction(() => getComputedStyle(document.documentElement).fontSize === '32px');
      // Anything visible that sticks out past the screen's right edge, unless it sits in a
      // sideways scroller on purpose (chip rows, hourly strips) or is cut off by a box that fits
      // the screen (a map's panes and labels beyond its edge).
      const cut = await p.page.evaluate(() => {
        const scrolls = (el: Element | null): boolean => {
          for (let a = el?.parentElement; a; a = a.parentElement) {
            const o = getComputedStyle(a).overflowX;
            if (o === 'auto' || o === 'scroll') return true;
            if ((o === 'hidden' || o === 'clip') && a.getBoundingClientRect().right <= window.innerWidth + 1) return true;
          }
          return false;
        };
        const out: string[] = [];
        for (const el of Array.from(document.body.querySelectorAll('*'))) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || r.right <= window.innerWidth + 1) continue;
          if (getComputedStyle(el).visibility === 'hidden' || scrolls(el)) continue;
          if (el.children.length === 0 || (el as HTMLElement).innerText?.trim()) out.push(`${el.tagName.toLowerCase()}.${el.className}`.slice(0, 60));
        }
        return out.slice(0, 3);
      });
      if (cut.length) overflowing.push(`${path}: ${cut.join(', ')}`);
      // The page itself must not scroll sideways either: something absolutely placed inside a
      // sideways scroller that is not its containing block escapes it and widens the page.
      const wider = await p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wider > 1) overflowing.push(`${path}: the page scrolls sideways by ${wider}px`);
    }
    await p.go('/');
    await p.page.evaluate(() => document.documentElement.style.setProperty('--lc-text-scale', '2'));
    await p.shot('home-200-percent');
    await p.context.close();
    expect(overflowing, overflowing.join('\n')).toEqual([]);
  });
});
