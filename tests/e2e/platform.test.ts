import { describe, expect, it } from 'vitest';
import { accessibilityProblems, api, appUrl, DEMO_CITIZEN, hasBrowser, officerToken, phonePage, useBrowser } from './harness';

useBrowser();

describe.skipIf(!hasBrowser())('settings, notifications and offline', () => {
  it('keeps the chosen text size and dark theme after a reload', async () => {
    const p = await phonePage();
    await p.go('/me');
    await p.page.getByRole('radio', { name: 'Rất lớn' }).click();
    await p.page.getByRole('radio', { name: 'Tối' }).click();
    const look = () =>
      p.page.evaluate(() => ({
        font: getComputedStyle(document.documentElement).fontSize,
        theme: document.body.getAttribute('zaui-theme'),
      }));
    await p.page.waitForFunction(() => document.body.getAttribute('zaui-theme') === 'dark');
    expect(await look()).toEqual({ font: '20.8px', theme: 'dark' });
    await p.page.reload({ waitUntil: 'networkidle' });
    await p.page.waitForFunction(() => document.body.getAttribute('zaui-theme') === 'dark');
    expect(await look()).toEqual({ font: '20.8px', theme: 'dark' });
    expect(await p.page.getByRole('radio', { name: 'Rất lớn' }).getAttribute('aria-checked')).toBe('true');
    await p.shot('me-settings-dark-large');
    await p.go('/');
    await p.shot('home-dark-large');
    p.expectClean();
    await p.context.close();
  });

  it('in the dark theme the weather cards are dark too, and the unread badge is readable', async () => {
    // The development citizen has unread notices, so the badge shows.
    const p = await phonePage({ userId: DEMO_CITIZEN });
    await p.context.addInitScript(() => localStorage.setItem('lcs.theme', JSON.stringify('dark')));
    await p.go('/');
    await p.page.waitForFunction(() => document.body.getAttribute('zaui-theme') === 'dark');
    const badge = p.page.locator('.lc-tab-badge');
    await badge.waitFor();
    const card = p.page.locator('.wx-widget-main');
    await card.waitFor();
    // The brightest colour of the card's sky: dim, not the light theme's pale blue.
    const skyLuminance = await card.evaluate((el) => {
      const colours = [...getComputedStyle(el).backgroundImage.matchAll(/rgb\((\d+), (\d+), (\d+)\)/g)].map((m) => m.slice(1).map(Number));
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return Math.max(...colours.map(([r, g, b]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)));
    });
    expect(skyLuminance).toBeLessThan(0.1);
    expect(await accessibilityProblems(p.page)).toEqual([]);
    await p.shot('home-dark-badge');
    await p.go('/weather');
    await p.page.locator('.wx-now, .wx-rows').first().waitFor();
    expect(await accessibilityProblems(p.page)).toEqual([]);
    await p.shot('weather-dark');
    p.expectClean();
    await p.context.close();
  });

  it('hides the bottom bar while typing and keeps the field in view', async () => {
    const p = await phonePage();
    await p.go('/scan');
    const nav = p.page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.isVisible()).toBe(true);
    const field = p.page.getByLabel('Hoặc nhập mã');
    await field.focus();
    await p.page.keyboard.type('PA-');
    await p.page.waitForFunction(() => document.body.classList.contains('lc-typing'));
    expect(await nav.isVisible()).toBe(false);
    expect(await field.isVisible()).toBe(true);
    await p.page.getByRole('heading', { name: 'Quét mã QR' }).click();
    await p.page.waitForFunction(() => !document.body.classList.contains('lc-typing'));
    expect(await nav.isVisible()).toBe(true);
    p.expectClean();
    await p.context.close();
  });

  it('explains following the OA outside Zalo', async () => {
    const p = await phonePage();
    await p.go('/me');
    await p.page.getByRole('button', { name: /Quan tâm Official Account/ }).click();
    await p.page.getByText(/Chỉ quan tâm được Official Account khi mở Lào Cai số trong Zalo/).waitFor();
    p.expectClean();
    await p.context.close();
  });

  it('shows an officer’s answer in the notification centre, with the unread badge, and opens the report', async () => {
    const userId = `ntf-${Date.now().toString(36)}`;
    const p = await phonePage({ userId });
    await p.go('/notifications');
    await p.page.getByText('Chưa có thông báo').waitFor();
    // The resident sends a report (through the API, as the app would), the officer answers it.
    const { body: session } = await api('/api/auth/session', { method: 'POST', json: { zaloAccessToken: `mock:${userId}` } });
    const { body: cats } = await api('/api/feedback/categories');
    const category = cats.items.find((c: { fields: { required: boolean }[] }) => !c.fields.some((f) => f.required));
    const sent = await api('/api/feedback', {
      method: 'POST',
      token: session.token,
      headers: { 'Idempotency-Key': `ntf-${userId}` },
      json: {
        categoryId: category.id,
        title: 'Đèn đường trước nhà văn hóa tổ 5 không sáng',
        content: 'Ba đêm nay đèn đường trước nhà văn hóa tổ 5 không sáng, đường tối, người đi bộ dễ vấp ngã.',
        location: { lat: 22.4856, long: 103.9707 },
        photoIds: [],
        anonymous: true,
      },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const answered = await api(`/api/officer/feedback/${sent.body.code}/answer`, {
      method: 'POST',
      token: officerToken(),
      json: { text: 'Điện lực đã thay bóng và kiểm tra lại tủ điện chiếu sáng ngày hôm nay.', agency: 'Điện lực Thành phố Lào Cai' },
    });
    expect(answered.status).toBeLessThan(300);
    // The app notices without a reload (polling while visible; coming back to the app checks at once).
    await p.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const badge = p.page.locator('.lc-tab-badge');
    await badge.waitFor();
    await p.page.getByRole('button', { name: /Đánh dấu đã đọc hết/ }).waitFor();
    await p.shot('notifications');
    await p.page.locator('.ntf-row--unread').first().click();
    await p.page.waitForURL(new RegExp(`/feedback/${sent.body.code}$`));
    p.expectClean();
    await p.context.close();
  });

  it('says so when the connection drops and keeps showing what was loaded', async () => {
    const p = await phonePage({ allow: [/ERR_INTERNET_DISCONNECTED/, /Failed to load resource/] });
    await p.go('/');
    await p.page.getByRole('link', { name: 'Phản ánh' }).first().click();
    const firstReport = p.page.locator('a[href^="/feedback/PA-"]').first();
    await firstReport.waitFor();
    const title = await firstReport.innerText();
    await p.context.setOffline(true);
    await p.page.getByText(/Mất kết nối mạng/).waitFor();
    // Back home and into the list again, still offline: what was loaded is still there.
    await p.page.getByRole('button', { name: 'Quay lại' }).click();
    await p.page.getByRole('link', { name: 'Phản ánh' }).first().click();
    await p.page.getByText(title.split('\n')[0]).first().waitFor();
    await p.shot('offline');
    await p.context.setOffline(false);
    await p.page.getByText(/Mất kết nối mạng/).waitFor({ state: 'detached' });
    await p.context.close();
  });

  it('sends nothing while offline, says so, and sends the report once the connection is back', async () => {
    const userId = `e2e-offline-${Date.now().toString(36)}`;
    const p = await phonePage({ userId, allow: [/ERR_INTERNET_DISCONNECTED/, /Failed to load resource/] });
    await p.context.grantPermissions(['geolocation']);
    await p.context.setGeolocation({ latitude: 22.3364, longitude: 103.8438 });
    const writes: string[] = [];
    p.page.on('request', (r) => {
      if (r.method() === 'POST' && /\/api\/feedback$/.test(new URL(r.url()).pathname)) writes.push(r.url());
    });
    await p.go('/feedback/new');
    await p.page.getByRole('button', { name: 'Môi trường' }).click();
    await p.page.getByLabel('Loại vấn đề *').selectOption({ label: 'Rác thải, đổ rác sai chỗ' });
    await p.page.getByLabel('Tiêu đề *').fill('Rác đổ bừa bãi bên suối Mường Hoa');
    await p.page.getByLabel('Nội dung *').fill('Có người đổ rác thải sinh hoạt xuống mép suối gần cầu treo, mùi hôi và trôi xuống ruộng bậc thang.');
    await p.page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
    await p.page.getByText(/Đã lấy vị trí của bạn/).waitFor();
    const send = p.page.getByRole('button', { name: 'Gửi phản ánh' });
    await expect.poll(() => send.isEnabled(), { timeout: 15_000 }).toBe(true);

    await p.context.setOffline(true);
    await p.page.getByText(/Mất kết nối mạng/).waitFor();
    await send.click();
    await p.page.getByText('Bạn đang mất mạng nên yêu cầu chưa được gửi. Hãy gửi lại khi có mạng.').waitFor();
    // The message is at the top of the form, and the page takes the resident there.
    await p.page.waitForFunction(() => window.scrollY === 0);
    await p.shot('offline-send-refused');
    // Nothing left the phone, and the server has no report of hers.
    expect(writes).toEqual([]);
    const token = (await api('/api/auth/session', { method: 'POST', json: { zaloAccessToken: `mock:${userId}` } })).body.token;
    expect((await api('/api/me/feedback', { token })).body.total).toBe(0);
    // What she typed is still there; back online, the same button sends it.
    expect(await p.page.getByLabel('Tiêu đề *').inputValue()).toBe('Rác đổ bừa bãi bên suối Mường Hoa');
    await p.context.setOffline(false);
    await p.page.getByText(/Mất kết nối mạng/).waitFor({ state: 'detached' });
    await send.click();
    await p.page.getByRole('heading', { name: 'Đã gửi phản ánh' }).waitFor();
    expect(writes).toHaveLength(1);
    expect((await api('/api/me/feedback', { token })).body.total).toBe(1);
    await p.context.close();
  });

  it('a page whose code could not download offline clears on Back, and opens by itself when the signal returns', async () => {
    const p = await phonePage({ allow: [/ERR_INTERNET_DISCONNECTED/, /Failed to load resource/, /Lỗi hiển thị trang/, /dynamically imported module|Unable to preload CSS/] });
    const { page } = p;
    await p.go('/');
    // Phản ánh has no widget on home: neither its code nor its styles are here yet.
    const feedbackStyled = () =>
      page.evaluate(() =>
        [...document.styleSheets].some((sheet) => {
          try {
            return [...sheet.cssRules].some((r) => r instanceof CSSStyleRule && r.selectorText.startsWith('.fb-'));
          } catch {
            return false;
          }
        }),
      );
    expect(await feedbackStyled()).toBe(false);

    await p.context.setOffline(true);
    await page.getByRole('link', { name: 'Phản ánh' }).first().click();
    await page.getByRole('heading', { name: 'Chưa tải được trang này' }).waitFor();
    await p.shot('chunk-offline');
    // Back home: the address and the page agree again.
    await page.goBack();
    await page.getByText('Tiện ích').waitFor();
    expect(await page.getByRole('heading', { name: 'Chưa tải được trang này' }).count()).toBe(0);

    // Still offline, tap it again; then the signal returns and the page opens without a tap.
    await page.getByRole('link', { name: 'Phản ánh' }).first().click();
    await page.getByRole('heading', { name: 'Chưa tải được trang này' }).waitFor();
    await p.context.setOffline(false);
    await page.getByRole('heading', { level: 1, name: 'Phản ánh hiện trường' }).waitFor();
    await page.locator('a[href^="/feedback/PA-"]').first().waitFor();
    // With its styles: the stylesheet that failed offline was fetched again.
    await expect.poll(feedbackStyled).toBe(true);
    await p.shot('chunk-recovered');
    await p.context.close();
  });

  it('keeps the bottom of a page reachable while the offline banner shows', async () => {
    const p = await phonePage({ allow: [/ERR_INTERNET_DISCONNECTED/, /Failed to load resource/] });
    await p.go('/feedback/new');
    const send = p.page.getByRole('button', { name: 'Gửi phản ánh' });
    await send.waitFor();
    await p.context.setOffline(true);
    const banner = p.page.getByText(/Mất kết nối mạng/);
    await banner.waitFor();
    await expect
      .poll(async () => {
        await p.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const [b, s] = await Promise.all([banner.boundingBox(), send.boundingBox()]);
        return !!b && !!s && s.y + s.height <= b.y;
      }, { timeout: 3000 })
      .toBe(true);
    await p.shot('offline-form-bottom');
    await p.context.setOffline(false);
    await banner.waitFor({ state: 'detached' });
    await p.context.close();
  });

  it('fetches again when "Thử lại" is pressed after the server failed, on every kind of page', async () => {
    const p = await phonePage({ allow: [/503/, /Failed to load resource/] });
    let failing = true;
    await p.page.route('**/api/**', (route) => {
      const url = route.request().url();
      if (failing && !/\/api\/(auth|weather\/stream)/.test(url)) {
        return route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'Máy chủ đang bận.' } }) });
      }
      return route.continue();
    });
    const errors = p.page.getByText('Chưa tải được nội dung');
    // Home widgets, one area's weather (its header and back button stay), outages with their
    // branch filter, and the procedure catalogue: each failed query is fetched again.
    for (const [pathname, ready] of [
      ['/', p.page.getByText('Tin mới')],
      ['/weather/sa-pa', p.page.getByText('48 giờ tới')],
      ['/outages', p.page.getByLabel('Lọc theo điện lực')],
      ['/dossiers', p.page.getByText(/\d+ thủ tục/)],
    ] as const) {
      failing = true;
      await p.page.goto(appUrl() + pathname, { waitUntil: 'load' });
      await errors.first().waitFor();
      if (pathname === '/weather/sa-pa') await p.page.getByRole('button', { name: 'Quay lại' }).waitFor();
      await p.shot(`retry-failed${pathname.replace(/\W+/g, '-')}`);
      failing = false;
      // Each press must clear its own error (the page asked again and got an answer).
      for (let left = await errors.count(); left > 0; left = await errors.count()) {
        await p.page.getByRole('button', { name: /Thử lại/ }).first().click();
        await expect.poll(() => errors.count(), { message: `${pathname}: "Thử lại" cleared nothing` }).toBeLessThan(left);
      }
      await ready.first().waitFor();
      expect(await errors.count(), pathname).toBe(0);
    }
    await p.context.close();
  });
});
