import { describe, expect, it } from 'vitest';
import { accessibilityProblems, api, hasBrowser, phonePage, useBrowser } from './harness';

useBrowser();

/** Every page of the app, with a real item where a page shows one. */
async function pagesToCheck(): Promise<string[]> {
  const list: string[] = ['/', '/me', '/me/saved', '/scan', '/notifications', '/khong-co-trang-nay'];
  list.push('/feedback', '/feedback/new', '/feedback/mine', '/news', '/tv');
  const news = await api('/api/news?pageSize=1');
  if (news.status === 200 && news.body.items.length) list.push(`/news/${news.body.items[0].id}`);
  list.push('/tourism', '/tourism/places/cho-bac-ha', '/tourism/tours', '/tourism/tours/ha-noi-sa-pa-fansipan-3n2d', '/tourism/news');
  const feedback = await api('/api/feedback?pageSize=1');
  if (feedback.status === 200 && feedback.body.items.length) list.push(`/feedback/${feedback.body.items[0].code}`);
  return list;
}

describe.skipIf(!hasBrowser())('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  it('finds no serious or critical problem on any page, in light and dark, at normal and largest text', async () => {
    const paths = await pagesToCheck();
    const found: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
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
