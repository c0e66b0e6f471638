import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityProblems, hasBrowser, isTileRequest, phonePage, useBrowser } from './harness';
import { drawPng } from './pictures';

useBrowser();

/** A 256×256 map tile drawn here: a pale land colour that varies with the tile, and a grid. */
function tilePng(z: number, x: number, y: number): Buffer {
  const tint = (x * 37 + y * 17 + z * 11) % 40;
  return drawPng(256, 256, (col, row) =>
    row % 64 === 0 || col % 64 === 0 ? [170, 190, 170] : [214 + (tint >> 2), 232 - (tint >> 3), 200 + (tint >> 1)],
  );
}

/** Serves generated tiles for every tile request of the page (instead of the harness's "no tiles"). */
async function serveLocalTiles(page: Page): Promise<{ served: () => number }> {
  let served = 0;
  await page.route(isTileRequest, (route) => {
    const m = /\/(\d+)\/(\d+)\/(\d+)(@2x)?\.\w+$/.exec(new URL(route.request().url()).pathname)!;
    served++;
    return route.fulfill({ status: 200, contentType: 'image/png', body: tilePng(Number(m[1]), Number(m[2]), Number(m[3])) });
  });
  return { served: () => served };
}

const pinText = (page: Page) => page.locator('.fb-pin-state').innerText();

describe.skipIf(!hasBrowser())('maps in a phone browser', () => {
  it('report form without tiles: the map draws the province and its communes, says so, and the pin starts at my location', async () => {
    const p = await phonePage({ userName: 'Lò Thị Hoa' });
    await p.context.grantPermissions(['geolocation']);
    // The stone church on Sa Pa's square.
    await p.context.setGeolocation({ latitude: 22.3356, longitude: 103.8426 });
    await p.go('/feedback/new');
    const map = p.page.locator('.lc-map');
    await p.page.locator('.lc-map[data-tiles="none"]').waitFor();
    await p.page.getByText(/Không tải được bản đồ nền/).waitFor();
    expect(await map.locator('path.lc-map-outline').count()).toBe(1);
    expect(await map.locator('path.lc-map-commune').count()).toBe(99);
    await p.page.getByRole('group', { name: 'Vị trí *' }).scrollIntoViewIfNeeded();
    await p.shot('map-picker-no-tiles');

    await p.page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
    await expect.poll(() => pinText(p.page)).toMatch(/Đã lấy vị trí của bạn \(22\.3356\d, 103\.8426\d\) · thuộc Phường Sa Pa/);
    await expect.poll(() => p.page.getByLabel(/^Xã, phường/).inputValue()).toBe('Phường Sa Pa');
    // Zoomed in at the pin, the communes' names show on the plain background.
    await p.page.locator('.lc-map-box--labels').waitFor();

    // Dragged 120 px to the right: a new position, still in the ward.
    const pin = p.page.locator('.lc-pin-icon');
    const box = (await pin.boundingBox())!;
    await p.page.mouse.move(box.x + box.width / 2, box.y + box.height - 4);
    await p.page.mouse.down();
    await p.page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height - 4, { steps: 5 });
    await p.page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height - 4, { steps: 5 });
    await p.page.mouse.up();
    await expect.poll(() => pinText(p.page)).toMatch(/^Đã ghim vị trí \(22\.33\d+, 103\.84[3-9]\d+\) · thuộc Phường Sa Pa$/);
    const afterDrag = await pinText(p.page);

    // The arrow keys move the focused pin (a keyboard user is never left out).
    await pin.focus();
    for (let i = 0; i < 3; i++) await p.page.keyboard.press('ArrowDown');
    await expect.poll(() => pinText(p.page)).not.toBe(afterDrag);
    const lat = (t: string) => Number(/\((\d+\.\d+),/.exec(t)![1]);
    expect(lat(await pinText(p.page))).toBeLessThan(lat(afterDrag));
    await p.shot('map-picker-pinned');

    await p.page.getByRole('button', { name: 'Giao thông – hạ tầng' }).click();
    await p.page.getByLabel('Tiêu đề *').fill('Cống thoát nước bị tắc ở phố Cầu Mây');
    await p.page.getByLabel('Nội dung *').fill('Cống thoát nước đầu phố bị rác lấp kín, mưa xuống nước tràn lên mặt đường.');
    await p.page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await p.page.waitForURL(/\/feedback\/PA-\d{6}-\d+$/);
    await p.page.getByRole('heading', { name: 'Cống thoát nước bị tắc ở phố Cầu Mây' }).waitFor();
    await p.page.getByText('Phường Sa Pa, tỉnh Lào Cai').waitFor();
    // Its page shows where it is (the owner sees the exact spot).
    await p.page.getByRole('region', { name: /Bản đồ vị trí phản ánh PA-/ }).waitFor();
    await p.page.locator('.fb-detail-map .lc-marker').waitFor();
    await p.page.locator('.fb-detail-map').scrollIntoViewIfNeeded();
    await p.shot('map-report-page');
    p.expectClean();
  });

  it('report form: a commune found by its old name starts the pin at its centre; a tap moves the pin and fills the commune', async () => {
    const p = await phonePage();
    await p.go('/feedback/new');
    const picker = p.page.getByRole('combobox', { name: /^Xã, phường/ });
    await picker.click();
    expect(await p.page.getByRole('option').count()).toBe(99);
    await picker.fill('dong tuyen');
    const option = p.page.getByRole('option', { name: /Xã Cốc San/ });
    await expect(option.innerText()).resolves.toMatch(/gồm xã Đồng Tuyển cũ/);
    await p.shot('map-commune-picker');
    await option.click();
    await expect(picker.inputValue()).resolves.toBe('Xã Cốc San');
    await expect.poll(() => pinText(p.page)).toMatch(/^Ghim đang ở trung tâm xã Cốc San\./);

    // A tap on the map puts the pin there and the commune follows it.
    const map = (await p.page.locator('.lc-map').boundingBox())!;
    await p.page.mouse.click(map.x + map.width * 0.8, map.y + map.height * 0.3);
    await expect.poll(() => pinText(p.page)).toMatch(/^Đã ghim vị trí \(22\.\d+, 10[34]\.\d+\) · thuộc (Xã|Phường) .+$/);
    const commune = /thuộc (.+)$/.exec(await pinText(p.page))![1];
    await expect(picker.inputValue()).resolves.toBe(commune);
    p.expectClean();
  });

  it('with tiles served locally the map shows them, credits their source, and says nothing about a plain background', async () => {
    const p = await phonePage();
    const tiles = await serveLocalTiles(p.page);
    await p.go('/feedback/new');
    await p.page.locator('.lc-map[data-tiles="ok"]').waitFor();
    await expect.poll(() => p.page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(3);
    expect(tiles.served()).toBeGreaterThan(3);
    expect(await p.page.getByText(/Không tải được bản đồ nền/).count()).toBe(0);
    await expect(p.page.locator('.leaflet-control-attribution').innerText()).resolves.toMatch(/OpenStreetMap/);
    // Leaflet's own classes survive the page's change of state (its styles place the controls).
    expect(await p.page.locator('.lc-map.leaflet-container').count()).toBe(1);
    expect(await p.page.locator('.leaflet-control-attribution').evaluate((e) => getComputedStyle(e).fontSize)).toBe('10px');
    await p.page.locator('.lc-map').scrollIntoViewIfNeeded();
    await p.shot('map-picker-local-tiles');
    p.expectClean();
  });

  it('reports on the map: grouped, coloured by status, the same items listed below; a tap opens the report', async () => {
    const p = await phonePage();
    await p.go('/feedback');
    await p.page.getByRole('button', { name: 'Bản đồ' }).click();
    await p.page.waitForURL(/\/feedback\?view=map$/);
    await p.page.getByRole('heading', { name: /\d+ phản ánh trong khung bản đồ/ }).waitFor();
    await p.page.locator('.lc-cluster').first().waitFor();
    const listed = await p.page.locator('.lc-map-list li').count();
    expect(listed).toBeGreaterThan(30);
    await p.shot('map-feedback');
    // A category: fewer reports, all of it.
    await p.page.getByRole('button', { name: 'Giao thông – hạ tầng' }).click();
    await expect.poll(() => p.page.locator('.lc-map-list li').count()).toBeLessThan(listed);

    // Tap groups until a single report shows, then tap it.
    for (let i = 0; i < 8 && (await p.page.locator('.lc-marker--link').count()) === 0; i++) {
      await p.page.locator('.lc-cluster').first().click();
      await p.page.waitForTimeout(600);
    }
    await p.page.locator('.lc-marker--link').first().click();
    await p.page.waitForURL(/\/feedback\/PA-\d{6}-\d+$/);

    // In the dark theme, with tiles, grouped and coloured the same way.
    await p.page.emulateMedia({ colorScheme: 'dark' });
    await serveLocalTiles(p.page);
    await p.go('/feedback?view=map');
    await p.page.locator('.lc-map[data-tiles="ok"]').waitFor();
    await p.page.locator('.lc-cluster').first().waitFor();
    await p.shot('map-feedback-dark-tiles');
    p.expectClean();
  });

  it('places, outages and weather on the map, each with its list', async () => {
    const p = await phonePage();
    await p.go('/tourism?view=map');
    await p.page.getByRole('heading', { name: /\d+ địa điểm trong khung bản đồ/ }).waitFor();
    expect(await p.page.locator('.lc-map-list li').count()).toBeGreaterThanOrEqual(30);
    await p.page.getByRole('link', { name: /Đỉnh Fansipan/ }).waitFor();
    await p.shot('map-places');
    await p.page.getByRole('button', { name: 'Chợ phiên' }).click();
    await expect.poll(() => p.page.locator('.lc-map-list li').count()).toBeLessThan(10);
    await p.page.getByRole('link', { name: /Chợ phiên Cán Cấu/ }).waitFor();

    await p.go('/outages?view=map');
    await p.page.getByRole('heading', { name: /\d+ lịch cắt điện trong khung bản đồ/ }).waitFor();
    const sapa = p.page.getByRole('link', { name: /^Phường Sa Pa Đang mất điện/ });
    await sapa.waitFor();
    expect(await p.page.locator('.lc-map .lc-marker').count()).toBeGreaterThan(0);
    await p.shot('map-outages');
    await sapa.click();
    await p.page.waitForURL(/\/outages\/PCLC-SP-0004$/);

    await p.go('/weather?view=map');
    await p.page.getByRole('heading', { name: '17 khu vực trong khung bản đồ' }).waitFor();
    // Temperatures on the markers, a picture beside each.
    await expect.poll(() => p.page.locator('.lc-marker--badge').count()).toBe(17);
    expect(await p.page.locator('.lc-marker--badge svg.wx-icon').count()).toBe(17);
    await expect(p.page.locator('.lc-marker--badge').first().innerText()).resolves.toMatch(/^−?\d+°$/);
    await p.shot('map-weather');
    p.expectClean();
  });

  it('keyboard and screen-reader users skip the map to its list and are never held in it; no serious axe findings', async () => {
    const p = await phonePage();
    await p.go('/tourism?view=map');
    await p.page.getByRole('heading', { name: /\d+ địa điểm trong khung bản đồ/ }).waitFor();
    await p.page.getByRole('button', { name: 'Bỏ qua bản đồ, tới danh sách' }).focus();
    await p.page.keyboard.press('Enter');
    expect(await p.page.evaluate(() => document.activeElement?.classList.contains('lc-map-list'))).toBe(true);

    // From the map, Tab leaves it within a few presses (zoom buttons, credits), then reaches the list.
    await p.page.locator('.lc-map').focus();
    let inList = false;
    for (let i = 0; i < 8 && !inList; i++) {
      await p.page.keyboard.press('Tab');
      inList = await p.page.evaluate(() => !!document.activeElement?.closest('.lc-map-list'));
    }
    expect(inList).toBe(true);
    expect(await accessibilityProblems(p.page)).toEqual([]);
    p.expectClean();
  });
});
