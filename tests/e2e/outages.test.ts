import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, api, hasBrowser, phonePage, useBrowser } from './harness';

useBrowser();

describe.skipIf(!hasBrowser())('power outages in a phone browser', () => {
  it('lists outages by day and filters them by branch', async () => {
    const p = await phonePage();
    await p.go('/');
    await p.page.getByRole('link', { name: 'Lịch cắt điện', exact: true }).click();
    await p.page.getByRole('heading', { level: 1, name: 'Lịch cắt điện' }).waitFor();
    await p.page.locator('.oc-card').first().waitFor();
    await p.page.getByRole('heading', { level: 2, name: 'Hôm nay' }).waitFor();
    await p.shot('outages');
    expect(await accessibilityProblems(p.page)).toEqual([]);

    await p.page.getByRole('combobox', { name: 'Lọc theo điện lực' }).selectOption({ label: 'Điện lực Sa Pa' });
    await p.page.waitForFunction(() => {
      const cards = [...document.querySelectorAll('.oc-card .oc-branch')];
      return cards.length > 0 && cards.every((c) => c.textContent?.startsWith('Điện lực Sa Pa'));
    });
    const expected = await api('/api/outages?branch=sa-pa&status=scheduled,ongoing&pageSize=100');
    expect(await p.page.locator('.oc-card').count()).toBe(expected.body.total);
    await p.shot('outages-sa-pa');

    await p.page.getByRole('button', { name: 'Tất cả', exact: true }).click();
    const all = await api('/api/outages?branch=sa-pa&pageSize=100');
    await p.page.waitForFunction((n) => document.querySelectorAll('.oc-card').length === n, all.body.total);

    // Search narrows further, without diacritics.
    await p.page.getByRole('searchbox', { name: 'Tìm lịch cắt điện' }).fill('xuan vien');
    await p.page.waitForFunction(() => document.querySelectorAll('.oc-card').length === 1);
    p.expectClean();
    await p.context.close();
  });

  it('opens an outage, adds it to the calendar, follows the ward and shows the banner on home', async () => {
    const p = await phonePage();
    await p.go('/outages');
    await p.page.getByRole('combobox', { name: 'Lọc theo xã, phường' }).selectOption({ label: 'Phường Sa Pa' });
    await p.page.getByRole('button', { name: 'Đang mất điện', exact: true }).click();
    const card = p.page.locator('.oc-card--ongoing').first();
    await card.waitFor();
    await card.click();
    await p.page.getByRole('heading', { name: 'Chi tiết lịch cắt điện' }).waitFor();
    await p.page.getByText(/Dự kiến có điện lại lúc \d\d:\d\d/).waitFor();
    await p.shot('outage-detail');
    expect(await accessibilityProblems(p.page)).toEqual([]);

    const [download] = await Promise.all([p.page.waitForEvent('download'), p.page.getByRole('button', { name: 'Thêm vào lịch' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^lich-cat-dien-.+\.ics$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('STATUS:CONFIRMED');

    await p.page.getByRole('button', { name: 'Theo dõi phường Sa Pa' }).click();
    await p.page.getByRole('button', { name: 'Đang theo dõi phường Sa Pa' }).waitFor();
    await p.go('/');
    const banner = p.page.getByRole('alert').filter({ hasText: 'Đang mất điện' });
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/Phường Sa Pa/);
    await p.page.getByText('Lịch cắt điện sắp tới').waitFor();
    await p.shot('home-outage-banner');
    expect(await accessibilityProblems(p.page)).toEqual([]);
    // Followed areas survive a reload (kept in the adapter's storage).
    await p.page.reload({ waitUntil: 'networkidle' });
    await p.page.getByRole('alert').filter({ hasText: 'Đang mất điện' }).waitFor();
    p.expectClean();
    await p.context.close();
  });

  it('shows a clear message for an unknown outage', async () => {
    const p = await phonePage({ allow: [/404/, /ApiError: Không tìm thấy lịch cắt điện/] });
    await p.go('/outages/KHONG-CO');
    await p.page.getByText('Không tìm thấy lịch cắt điện này.').waitFor();
    p.expectClean();
    await p.context.close();
  });
});
