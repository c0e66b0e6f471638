import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, phonePage, useBrowser } from './harness';

useBrowser();

/** Waits until the pictures on screen have loaded (lazy ones further down load as they scroll in). */
const picturesShown = (page: Page) =>
  page.waitForFunction(() =>
    Array.from(document.images)
      .filter((i) => {
        const r = i.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      })
      .every((i) => i.complete && i.naturalWidth > 0),
  );


describe.skipIf(!hasBrowser())('tourism in a phone browser', () => {
  it('places → filter → place → tours → tour → call button with the provider’s number', async () => {
    const p = await phonePage();
    const { page } = p;

    // Home: the tile and the widget.
    await p.go('/');
    await page.getByTestId('tourism-widget').waitFor();
    await p.shot('tourism-home');
    await page.getByRole('link', { name: 'Du lịch' }).first().click();

    // Places.
    await page.getByRole('heading', { level: 1, name: 'Du lịch Lào Cai' }).waitFor();
    await page.getByTestId('place-card').first().waitFor();
    await page.getByText(/^\d+ địa điểm$/).waitFor();
    expect(await page.getByTestId('place-card').count()).toBe(20);
    await picturesShown(page);
    await p.shot('tourism-places');

    // Search without accents finds the place written with them.
    await page.getByRole('searchbox', { name: 'Tìm địa điểm du lịch' }).fill('cat cat');
    await page.getByRole('heading', { name: 'Bản Cát Cát' }).waitFor();
    await page.getByText('1 địa điểm').waitFor();
    await page.getByRole('button', { name: 'Xóa từ khóa' }).click();

    // Filter: markets.
    await page.getByRole('button', { name: 'Chợ phiên', exact: true }).click();
    await page.getByText('5 địa điểm').waitFor();
    const names = await page.getByTestId('place-card').locator('h3').allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(['Chợ phiên Bắc Hà', 'Chợ phiên Cán Cấu', 'Chợ phiên Cốc Ly']));
    // Each market card says whether it meets today, consistently with the server's calendar.
    const today = await (await page.request.get(new URL('/api/tourism/today', page.url()).toString())).json();
    const meetingToday = today.markets.filter((m: { marketDay: { today: boolean } }) => m.marketDay.today).length;
    expect(await page.getByText('Chợ họp hôm nay').count()).toBe(meetingToday);
    await p.shot('tourism-places-markets');

    // A place.
    await page.getByRole('link', { name: /Chợ phiên Bắc Hà/ }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Chợ phiên Bắc Hà' }).waitFor();
    await page.getByText('Chủ nhật hằng tuần: 6:00–14:00').waitFor();
    await page.getByText('Ngày họp chợ').waitFor();
    await expect(page.getByRole('button', { name: 'Chỉ đường' }).isVisible()).resolves.toBe(true);
    await picturesShown(page);
    await p.shot('tourism-place');
    // Save it, and find it in Cá nhân › Đã lưu later.
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('button', { name: 'Đã lưu' }).waitFor();
    await page.getByRole('heading', { name: 'Mùa đẹp' }).scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: 'Mùa đẹp' }).waitFor();
    await p.shot('tourism-place-more');

    // Tours, filtered by price and days.
    await p.go('/tourism/tours');
    await page.getByRole('heading', { level: 1, name: 'Tour du lịch' }).waitFor();
    await page.getByTestId('tour-card').first().waitFor();
    await page.getByRole('button', { name: 'Dưới 1 triệu' }).click();
    await page.getByRole('button', { name: '1 ngày' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="tour-card"]').length > 0 && !document.querySelector('.lc-skeleton'));
    const prices = await page.getByTestId('tour-card').locator('strong').allInnerTexts();
    expect(prices.length).toBeGreaterThan(0);
    for (const price of prices) expect(Number(price.replace(/\D/g, ''))).toBeLessThanOrEqual(1_000_000);
    expect(await page.getByTestId('tour-card').locator('.tr-kicker').allTextContents()).toEqual(prices.map(() => '1 ngày'));
    await picturesShown(page);
    await p.shot('tourism-tours');

    // A tour.
    await page.getByRole('link', { name: /Chợ phiên Bắc Hà – Dinh Hoàng A Tưởng/ }).click();
    await page.getByRole('heading', { level: 2, name: /Chợ phiên Bắc Hà – Dinh Hoàng A Tưởng/ }).waitFor();
    await page.getByRole('heading', { name: 'Lịch trình từng ngày' }).waitFor();
    await p.shot('tourism-tour');
    const call = page.getByRole('button', { name: 'Gọi 0915 326 478 (Lữ hành Sông Hồng Lào Cai)' });
    await call.scrollIntoViewIfNeeded();
    await expect(call.isVisible()).resolves.toBe(true);
    expect(await call.innerText()).toContain('0915 326 478');
    await p.shot('tourism-tour-provider');

    // Saved place is listed in Cá nhân.
    await p.go('/me/saved');
    await page.getByText('Chợ phiên Bắc Hà').waitFor();

    // Tourism news: steps aside politely until the news feed is there.
    await p.go('/tourism/news');
    await page.getByRole('heading', { level: 1, name: 'Tin du lịch' }).waitFor();
    await page.locator('[data-testid="tourism-news-item"], .lc-state').first().waitFor();
    await p.shot('tourism-news');

    p.expectClean();
    await p.context.close();
  });

  it('opens a place directly and says plainly when a place does not exist', async () => {
    const p = await phonePage({ allow: [/\/api\/tourism\/places\/khong-co/, /Failed to load resource: the server responded with a status of 404/] });
    await p.go('/tourism/places/fansipan');
    // Today's weather at the peak, from the weather service's nearest area.
    await p.page.getByTestId('place-weather').getByText(/Số liệu của khu vực Fansipan/).waitFor();
    // The place's own QR code, drawn by the server.
    const qr = p.page.getByRole('img', { name: /Mã QR mở .*Fansipan/ });
    await qr.scrollIntoViewIfNeeded();
    await p.page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.tr-qr img');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await p.page.getByRole('heading', { level: 2, name: 'Đỉnh Fansipan' }).waitFor();
    await p.page.getByText('3.143 m').first().waitFor();
    await p.go('/tourism/places/khong-co');
    await p.page.getByText('Không tìm thấy địa điểm này').waitFor();
    await p.shot('tourism-place-missing');
    p.expectClean();
    await p.context.close();
  });
});
