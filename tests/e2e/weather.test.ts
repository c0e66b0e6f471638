import { describe, expect, it } from 'vitest';
import { accessibilityProblems, appUrl, hasBrowser, phonePage, useBrowser, useServersAt, type PhonePage } from './harness';

useBrowser();

/** Weather pages keep an event stream open, so they never reach "network idle": wait for content. */
async function open(p: PhonePage, pathname: string) {
  await p.page.goto(appUrl() + pathname, { waitUntil: 'domcontentloaded' });
}

const serverAt = useServersAt();

describe.skipIf(!hasBrowser())('weather in a phone browser', () => {
  it('says a whole-day alert in words, in Vietnam time, on a phone set to Berlin', async () => {
    // Thursday 3 December 2026, 15:26 in Lào Cai: frost is forecast on Fansipan all of Friday and Saturday.
    const at = '2026-12-03T15:26:00+07:00';
    const server = await serverAt(at, 'Europe/Berlin');
    const p = await phonePage({ timezoneId: 'Europe/Berlin', frozenAt: Date.parse(at), server });
    await p.go('/weather');
    const frost = p.page.locator('.wx-alert', { hasText: 'Băng giá, sương muối ở Fansipan' });
    await frost.first().waitFor();
    const when = await frost.locator('.wx-alert-when').allInnerTexts();
    expect(when).toEqual(expect.arrayContaining(['Cả ngày mai', 'Cả ngày Thứ Bảy, 05/12']));
    expect(await p.page.getByText(/00:00 – 00:00|18:00 – 18:00/).count()).toBe(0);
    await frost.first().scrollIntoViewIfNeeded();
    await p.shot('weather-alert-whole-day-berlin');
    p.expectClean();
    await p.context.close();
  });

  it('goes from the province overview to an area and back, with live updates', async () => {
    const p = await phonePage();
    await open(p, '/');
    await p.page.getByRole('link', { name: 'Thời tiết', exact: true }).click();
    await p.page.getByRole('heading', { level: 1, name: 'Thời tiết' }).waitFor();
    const list = p.page.locator('.wx-rows');
    await list.getByRole('link', { name: /^Sa Pa/ }).waitFor();
    expect(await list.getByRole('link').count()).toBeGreaterThanOrEqual(14);
    // The stream connects (the e2e server pushes every 2 s) and says so.
    await p.page.getByText(/Cập nhật lúc \d\d:\d\d · Trực tiếp/).waitFor({ timeout: 15_000 });
    await p.shot('weather-overview');
    expect(await accessibilityProblems(p.page)).toEqual([]);

    await list.getByRole('link', { name: /^Y Tý/ }).click();
    await p.page.getByRole('heading', { level: 1, name: 'Thời tiết Y Tý' }).waitFor();
    for (const text of ['Cảm giác như', 'Độ ẩm', 'Chỉ số UV', 'Mặt trời mọc', 'Mặt trời lặn', '48 giờ tới', '7 ngày tới']) {
      await p.page.getByText(text, { exact: true }).first().waitFor();
    }
    expect(await p.page.locator('.wx-hour').count()).toBe(48);
    expect(await p.page.locator('.wx-day').count()).toBe(7);
    await p.page.getByText('Hôm nay', { exact: true }).first().waitFor();
    await p.page.getByText(/Trực tiếp/).waitFor({ timeout: 15_000 });
    await p.shot('weather-area');
    expect(await accessibilityProblems(p.page)).toEqual([]);
    await p.page.locator('.wx-days').scrollIntoViewIfNeeded();
    await p.shot('weather-area-days');

    await p.page.getByRole('button', { name: 'Quay lại' }).click();
    await p.page.getByRole('heading', { level: 1, name: 'Thời tiết' }).waitFor();
    await p.page.locator('.wx-rows').getByRole('link', { name: /^Sa Pa/ }).waitFor();
    p.expectClean();
    await p.context.close();
  });

  it('remembers a favourite area and shows it on home', async () => {
    const p = await phonePage();
    await open(p, '/weather/bac-ha');
    await p.page.getByRole('heading', { name: 'Thời tiết Bắc Hà' }).waitFor();
    await p.page.getByRole('button', { name: 'Chọn Bắc Hà là khu vực của tôi' }).click();
    await p.page.getByRole('button', { name: 'Bỏ chọn Bắc Hà là khu vực của tôi' }).waitFor();
    await open(p, '/');
    const widget = p.page.getByRole('region', { name: 'Thời tiết' });
    await widget.getByText('Bắc Hà').waitFor();
    await p.shot('home-weather');
    await p.page.reload({ waitUntil: 'domcontentloaded' });
    await p.page.getByRole('region', { name: 'Thời tiết' }).getByText('Bắc Hà').waitFor();
    p.expectClean();
    await p.context.close();
  });

  it('finds the nearest area from the position, and explains a refusal', async () => {
    const p = await phonePage();
    await p.context.grantPermissions(['geolocation'], { origin: appUrl() });
    await p.context.setGeolocation({ latitude: 22.34, longitude: 103.85 });
    await open(p, '/weather');
    await p.page.getByRole('button', { name: 'Thời tiết nơi tôi đang ở' }).click();
    await p.page.getByRole('heading', { name: 'Thời tiết Sa Pa' }).waitFor();
    await p.page.getByText(/Khu vực gần bạn nhất, cách khoảng \d+ km/).waitFor();
    p.expectClean();
    await p.context.close();

    const refused = await phonePage();
    await refused.context.clearPermissions();
    await open(refused, '/weather');
    await refused.page.getByRole('button', { name: 'Thời tiết nơi tôi đang ở' }).click();
    await refused.page.getByRole('alert').filter({ hasText: /không cho phép dùng vị trí|Chưa xác định được vị trí/ }).waitFor();
    await refused.shot('weather-location-refused');
    refused.expectClean();
    await refused.context.close();
  });

  it('marks the numbers stale when the connection drops, and reconnects', async () => {
    const p = await phonePage({ allow: [/api\/weather\/stream/] });
    await open(p, '/weather/sa-pa');
    await p.page.getByText(/Trực tiếp/).waitFor({ timeout: 15_000 });
    // The phone loses its network: the page says at once that the numbers are no longer live.
    await p.context.setOffline(true);
    await p.page.getByText(/Mất kết nối, đang thử kết nối lại/).waitFor({ timeout: 20_000 });
    await p.shot('weather-stale');
    await p.context.setOffline(false);
    await p.page.getByText(/Trực tiếp/).waitFor({ timeout: 30_000 });
    await p.context.close();
  });
});
