import { describe, expect, it } from 'vitest';
import { hasBrowser, phonePage, useBrowser } from './harness';

useBrowser();

describe.skipIf(!hasBrowser())('search from home', () => {
  it('finds procedures, news, places and reports from one box, without diacritics', async () => {
    const p = await phonePage();
    await p.go('/');
    await p.page.getByRole('link', { name: /Tìm tin, địa điểm, thủ tục/ }).click();
    const box = p.page.getByRole('searchbox');
    await box.fill('khai sinh');
    await p.page.getByRole('heading', { name: /Thủ tục hành chính \(\d+\)/ }).waitFor();
    await p.page.getByRole('link', { name: /Đăng ký khai sinh/ }).first().waitFor();
    expect(new URL(p.page.url()).searchParams.get('q')).toBe('khai sinh');
    // The procedure comes first on the page, and the news under it speak of birth registration first.
    const results = p.page.locator('.lc-link-row');
    expect(await results.first().innerText()).toMatch(/^Đăng ký khai sinh\n/);
    await p.page.getByRole('heading', { name: /Tin tức \(\d+\)/ }).waitFor();
    const firstNews = p.page.locator('a[href^="/news/"]').first();
    expect(await firstNews.innerText()).not.toMatch(/^Triển khai/);
    await p.shot('search-khai-sinh');
    await box.fill('sa pa');
    await p.page.getByRole('heading', { name: /Địa điểm du lịch \(\d+\)/ }).waitFor();
    await p.shot('search');
    await p.page.locator('a[href^="/tourism/places/"]').first().click();
    await p.page.waitForURL(/\/tourism\/places\//);
    await box.waitFor({ state: 'detached' });
    await p.page.goBack();
    expect(await p.page.getByRole('searchbox').inputValue()).toBe('sa pa');
    await p.page.getByRole('searchbox').fill('xyzxyz khong co');
    await p.page.getByText(/Không thấy kết quả cho/).waitFor();
    p.expectClean();
    await p.context.close();
  });
});
