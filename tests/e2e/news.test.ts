import { describe, expect, it } from 'vitest';
import { api, hasBrowser, phonePage, useBrowser } from './harness';

useBrowser();

describe.skipIf(!hasBrowser())('news, reader and TV in a phone browser', () => {
  it('home shows the latest news and leads to the feed; filter by source, open, save, find it in Cá nhân', async () => {
    const p = await phonePage();
    const { page } = p;
    await p.go('/');
    const latest = page.getByRole('heading', { name: 'Tin mới' });
    await latest.waitFor();
    const homeCards = page.getByTestId('news-card');
    await homeCards.first().waitFor();
    expect(await homeCards.count()).toBe(4);
    await expect(page.getByRole('link', { name: 'Truyền hình' }).isVisible()).resolves.toBe(true);
    await p.shot('news-home');

    await page.getByRole('link', { name: 'Tin tức', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tin tức' }).waitFor();
    const cards = page.getByTestId('news-card');
    await cards.first().waitFor();
    // Times read in Vietnamese: "2 giờ trước", "3 ngày trước"…
    expect(await page.locator('.news-card-meta time').first().innerText()).toMatch(/trước|Vừa xong|\d{2}\/\d{2}\/\d{4}/);
    await p.shot('news-feed');

    // Infinite scroll: reaching the bottom loads the next page.
    const firstCount = await cards.count();
    expect(firstCount).toBe(12);
    await page.mouse.wheel(0, 20_000);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="news-card"]').length > n, firstCount);

    // Filter by source.
    await page.getByRole('button', { name: 'Du lịch Lào Cai' }).click();
    await page.waitForURL(/source=du-lich/);
    await page.waitForFunction(() => {
      const metas = [...document.querySelectorAll('.news-card-source')].map((e) => e.textContent);
      return metas.length > 0 && metas.every((t) => t === 'Du lịch Lào Cai');
    });
    await expect(page.getByRole('button', { name: 'Du lịch Lào Cai' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await p.shot('news-feed-du-lich');

    // Open the first article.
    const title = (await page.locator('.news-card-title').first().innerText()).trim();
    await cards.first().click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await expect(page.locator('.article-body p').first().isVisible()).resolves.toBe(true);
    await page.getByRole('heading', { name: 'Tin liên quan' }).waitFor();
    await p.shot('news-article');

    // Text size.
    const before = await page.locator('.article-body').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    await page.getByRole('button', { name: 'Cỡ chữ' }).click();
    await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
    const after = await page.locator('.article-body').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(after).toBeGreaterThan(before);
    await p.shot('news-article-large-text');

    // Save, then find it in Cá nhân › Đã lưu.
    await page.getByRole('button', { name: 'Lưu bài viết' }).click();
    await page.getByRole('button', { name: 'Bỏ lưu bài viết' }).waitFor();
    await page.getByText(/Đã lưu bài viết/).waitFor();
    await p.go('/me');
    await page.getByRole('link', { name: /Đã lưu/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Đã lưu' }).waitFor();
    await page.getByText(title).waitFor();
    await p.shot('news-saved');
    // Still there after a reload (kept on the phone), and it opens the article.
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByText(title).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    p.expectClean();
    await p.context.close();
  });

  it('searches without diacritics and by category, and shows an empty state', async () => {
    const p = await phonePage();
    const { page } = p;
    await p.go('/news');
    await page.getByRole('searchbox', { name: 'Tìm tin tức' }).fill('chuyen doi so');
    await page.waitForURL(/q=chuyen/);
    await page.getByTestId('news-card').first().waitFor();
    await page.getByRole('tab', { name: 'Chuyển đổi số' }).click();
    await page.waitForURL(/category=chuyen-doi-so/);
    await page.waitForFunction(() => {
      const metas = [...document.querySelectorAll('.news-card-meta')].map((e) => e.textContent ?? '');
      return metas.length > 0 && metas.every((t) => t.includes('Chuyển đổi số'));
    });
    await p.shot('news-search');
    await page.getByRole('searchbox', { name: 'Tìm tin tức' }).fill('khong co bai nao nhu vay');
    await page.getByText('Không có tin phù hợp').waitFor();
    await p.shot('news-empty');
    await page.getByRole('button', { name: 'Xem tất cả tin' }).click();
    await page.getByTestId('news-card').first().waitFor();
    p.expectClean();
    await p.context.close();
  });

  it('the "Học trực tuyến" tile opens the learning page: One Touch, its topics, and the other sources’ education news', async () => {
    const p = await phonePage();
    const { page } = p;
    await p.go('/');
    await page.getByRole('link', { name: 'Học trực tuyến' }).click();
    await page.getByRole('heading', { level: 1, name: 'Học trực tuyến' }).waitFor();
    await page.getByText(/nền tảng học trực tuyến One Touch/).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Tin tức' }).count()).toBe(0);
    const topics = await page.getByRole('tablist', { name: 'Chủ đề' }).getByRole('tab').allInnerTexts();
    expect(topics).toEqual(['Tất cả', 'Giáo dục', 'Chuyển đổi số', 'Xã hội']);
    await page.waitForFunction(() => {
      const metas = [...document.querySelectorAll('.news-card-source')].map((e) => e.textContent);
      return metas.length > 0 && metas.every((t) => t === 'One Touch');
    });
    await p.shot('learning');
    await page.getByRole('tab', { name: 'Chuyển đổi số' }).click();
    await page.waitForURL(/category=chuyen-doi-so/);
    await page.waitForFunction(() => [...document.querySelectorAll('.news-card-meta, .news-card')].length > 0);
    // Another source: its education articles only.
    const others = page.getByRole('group', { name: 'Nguồn' }).getByRole('button');
    expect((await others.allInnerTexts())[0]).toBe('One Touch');
    expect(await others.count()).toBeGreaterThan(1);
    await others.nth(1).click();
    await page.waitForURL(/source=(?!one-touch)/);
    expect(await page.getByRole('tab', { name: 'Tất cả' }).count()).toBe(0);
    await p.shot('learning-other-source');
    p.expectClean();
    await p.context.close();
  });

  it('an unknown article says so in Vietnamese and leads back to the feed', async () => {
    const p = await phonePage({ allow: [/404/, /status of 404/] });
    await p.go('/news/khong-co-bai-nay-1');
    await p.page.getByText('Không tìm thấy bài viết').waitFor();
    await p.shot('news-article-missing');
    await p.page.getByRole('link', { name: 'Xem tin mới' }).click();
    await p.page.getByRole('heading', { level: 1, name: 'Tin tức' }).waitFor();
    await p.context.close();
  });

  it('TV: the live channel plays and the schedule shows what is on now', async () => {
    const p = await phonePage();
    const { page } = p;
    await p.go('/tv');
    await page.getByRole('heading', { name: 'Lịch phát sóng' }).waitFor();
    // The video element really plays: it advances past its first half second.
    await page.waitForFunction(
      () => {
        const v = document.querySelector('video');
        return !!v && !v.paused && v.readyState >= 3 && v.currentTime > 0.5;
      },
      undefined,
      { timeout: 20_000 },
    );
    const channel = (await api('/api/tv/channels')).body.items[0];
    const onNow = page.locator('[data-testid="programme"][aria-current="true"]');
    await onNow.waitFor();
    expect(await onNow.count()).toBe(1);
    // What the server says is on air (or, if a programme just ended, the one after it).
    const nowTitle = await page.getByTestId('tv-now-title').innerText();
    expect([channel.nowPlaying.title, channel.next.title]).toContain(nowTitle);
    expect(await onNow.locator('.tv-programme-title').innerText()).toContain(nowTitle);
    await expect(page.getByText('Tiếp theo').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('tab', { name: 'Hôm nay' }).getAttribute('aria-selected')).resolves.toBe('true');
    await p.shot('tv');
    // Another day: no programme is on air there.
    const tomorrow = (await api('/api/tv/schedule')).body.availableDates[4] as string;
    await page.getByRole('tab', { name: 'Ngày mai' }).click();
    await page.locator(`[data-testid="programme"] time[datetime^="${tomorrow}"]`).first().waitFor();
    expect(await page.locator('[data-testid="programme"][aria-current="true"]').count()).toBe(0);
    expect(await page.getByTestId('programme').count()).toBeGreaterThan(20);
    await p.shot('tv-tomorrow');
    p.expectClean();
    await p.context.close();
  });

  it('TV: the highlight moves on when the next programme starts', async () => {
    const p = await phonePage();
    const { page } = p;
    const today = (await api('/api/tv/schedule')).body.date as string;
    // 19:44:50 today, Vietnam time: "Thời tiết"… ends at 19:45, when "Thời sự Lào Cai" begins.
    await p.context.clock.install({ time: new Date(`${today}T19:44:50+07:00`) });
    await p.go('/tv');
    const onNow = page.locator('[data-testid="programme"][aria-current="true"] .tv-programme-title');
    await onNow.waitFor();
    expect(await onNow.innerText()).not.toContain('Thời sự Lào Cai');
    await p.context.clock.runFor(30_000);
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="programme"][aria-current="true"] .tv-programme-title')?.textContent ?? '').includes('Thời sự Lào Cai'),
    );
    expect(await page.getByTestId('tv-now-title').innerText()).toBe('Thời sự Lào Cai');
    await p.shot('tv-highlight-moved');
    await p.context.close();
  });
});
