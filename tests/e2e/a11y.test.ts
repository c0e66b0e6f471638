import { describe, expect, it } from 'vitest';
import { accessibilityProblems, api, hasBrowser, phonePage, useBrowser } from './harness';

useBrowser();

/** Every page of the app, with a real item where a page shows one. */
async function pagesToCheck(): Promise<string[]> {
  const list: string[] = ['/', '/me', '/me/saved', '/scan', '/notifications', '/search?q=sa%20pa', '/khong-co-trang-nay'];
  list.push('/feedback', '/feedback/new', '/feedback/mine', '/news', '/tv');
  const news = await api('/api/news?pageSize=1');
  if (news.status === 200 && news.body.items.length) list.push(`/news/${news.body.items[0].id}`);
  list.push('/tourism', '/tourism/places/cho-bac-ha', '/tourism/tours', '/tourism/tours/ha-noi-sa-pa-fansipan-3n2d', '/tourism/news');
  list.push('/weather', '/weather/sa-pa', '/outages', '/dossiers', '/dossiers/track', '/dossiers/mine');
  const outages = await api('/api/outages');
  if (outages.status === 200 && outages.body.items?.length) list.push(`/outages/${outages.body.items[0].id}`);
  const procedures = await api('/api/procedures?pageSize=1');
  if (procedures.status === 200 && procedures.body.items.length) {
    list.push(`/dossiers/procedures/${procedures.body.items[0].id}`, `/dossiers/procedures/${procedures.body.items[0].id}/submit`);
  }
  list.push('/dossiers/track/000.00.20.H38-261124-0001');
  const feedback = await api('/api/feedback?pageSize=1');
  if (feedback.status === 200 && feedback.body.items.length) list.push(`/feedback/${feedback.body.items[0].code}`);
  return list;
}

describe.skipIf(!hasBrowser())('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  it.each(['light', 'dark'] as const)('finds no serious or critical problem on any page (%s theme)', { timeout: 300_000 }, async (theme) => {
    const paths = await pagesToCheck();
    const found: string[] = [];
    {
      const p = await phonePage();
      await p.context.addInitScript(
        ([t, size]) => {
          localStorage.setItem('lcs.theme', JSON.stringify(t));
          localStorage.setItem('lcs.text-size', JSON.stringify(size));
        },
        [theme, theme === 'dark' ? 'larger' : 'normal'] as const,
      );
      for (const path of paths) {
        await p.go(path);
        await p.page.waitForTimeout(300);
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
      await p.page.waitForTimeout(200);
      // Anything visible that sticks out past the screen's right edge, unless it sits in a
      // sideways scroller on purpose (chip rows, hourly strips).
      const cut = await p.page.evaluate(() => {
        const scrolls = (el: Element | null): boolean => {
          for (let a = el?.parentElement; a; a = a.parentElement) {
            const o = getComputedStyle(a).overflowX;
            if (o === 'auto' || o === 'scroll') return true;
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
