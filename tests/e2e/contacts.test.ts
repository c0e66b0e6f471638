import { describe, expect, it } from 'vitest';
import { accessibilityProblems, hasBrowser, phonePage, useBrowser } from './harness';

useBrowser();

describe.skipIf(!hasBrowser())('Danh bạ – Đường dây nóng', () => {
  it('from home: emergency numbers first, every commune’s centre, found without accents or by digits', async () => {
    const p = await phonePage();
    const { page } = p;
    await p.go('/');
    await page.getByRole('link', { name: 'Đường dây nóng' }).click();
    await page.getByRole('heading', { name: 'Danh bạ – Đường dây nóng' }).waitFor();
    for (const n of ['113', '114', '115']) await page.getByRole('button', { name: new RegExp(`^Gọi ${n} `) }).waitFor();
    await page.getByRole('heading', { name: /Trung tâm phục vụ hành chính công xã, phường \(\d+\)/ }).waitFor();
    const communes = Number(/\((\d+)\)/.exec((await page.getByRole('heading', { name: /xã, phường \(/ }).textContent())!)![1]);
    expect(communes).toBeGreaterThanOrEqual(99);
    await p.shot('contacts');
    expect(await accessibilityProblems(page)).toEqual([]);

    const search = page.getByLabel('Tìm trong danh bạ');
    await search.fill('bat xat');
    const centre = page.locator('.ct-row', { hasText: 'Trung tâm Phục vụ hành chính công xã Bát Xát' });
    await centre.waitFor();
    await expect.poll(() => page.locator('.ct-row').count()).toBe(1);
    expect(await centre.textContent()).toMatch(/Trụ sở HĐND – UBND xã Bát Xát.*Thứ Hai – Thứ Sáu: 7:30 – 11:30, 13:30 – 17:00.*02(14|16) \d \d{3} \d{3}/);
    await p.shot('contacts-search');

    await search.fill('6769');
    await page.locator('.ct-row', { hasText: 'Tổng đài chăm sóc khách hàng điện lực' }).waitFor();
    await search.fill('karaoke sân bay');
    await page.getByText('Không có số nào khớp “karaoke sân bay”').waitFor();
    await page.getByRole('button', { name: 'Xem cả danh bạ' }).click();
    await page.getByRole('button', { name: /^Gọi 113 / }).waitFor();

    // In the dark theme the red buttons and the rows stay readable.
    await page.emulateMedia({ colorScheme: 'dark' });
    await p.go('/contacts');
    await page.getByRole('button', { name: /^Gọi 115 / }).waitFor();
    await p.shot('contacts-dark');
    expect(await accessibilityProblems(page)).toEqual([]);
    p.expectClean();
    await p.context.close();
  });
});
