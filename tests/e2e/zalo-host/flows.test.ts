import { describe, expect, it } from 'vitest';
import { api, hasBrowser, seededDossier } from '../harness';
import { useZaloHost, zaloPhone } from './host';

/*
 * The main flows of the app as a resident lives them inside Zalo: the production build in the
 * Zalo host (host.ts), zmp-sdk answered by its stand-in, the real API server behind.
 */
const env = useZaloHost();

const deepLinkCards = async (phone: Awaited<ReturnType<typeof zaloPhone>>) =>
  (await phone.calls('openShareSheet')).map((c) => c.args[0] as { type: string; data: { path?: string; title: string; thumbnail: string } });

describe.skipIf(!hasBrowser())('inside Zalo', () => {
  it('home: signs in once, keeps the session, settings, saved items and cache in Native Storage across launches', async () => {
    const phone = await zaloPhone(env);
    const page = await phone.launch('/');
    await page.getByRole('heading', { name: 'Tin mới' }).waitFor();
    await page.locator('.lc-page a[href*="/news/"]').first().waitFor();
    await phone.shot('home');

    // Read an article from home and save it.
    await page.locator('.lc-page a[href*="/news/"]').first().click();
    await page.getByRole('button', { name: 'Lưu bài viết' }).click();
    await page.getByRole('button', { name: 'Bỏ lưu bài viết' }).waitFor();
    const title = (await page.locator('.article-title').innerText()).trim();
    // A larger text size, chosen in Cá nhân.
    await page.getByRole('link', { name: 'Quay lại' }).or(page.getByRole('button', { name: 'Quay lại' })).click();
    await page.getByRole('link', { name: 'Cá nhân' }).click();
    await page.getByRole('radio', { name: 'Rất lớn' }).click();
    await expect.poll(async () => (await phone.nativeStorage())['lcs.text-size']).toBe('"larger"');

    const stored = await phone.nativeStorage();
    expect(Object.keys(stored)).toEqual(expect.arrayContaining(['lcs.session', 'lcs.saved-items', 'lcs.text-size', 'lcs.cache-index']));
    expect(Object.keys(stored).some((k) => k.startsWith('lcs.cache:/api/news'))).toBe(true);
    expect(phone.requests.filter((r) => r === 'POST /api/auth/session')).toHaveLength(1);

    // A new launch: localStorage is gone, Native Storage is not.
    await phone.launch('/me/saved');
    expect(await phone.page.evaluate(() => localStorage.length)).toBe(0);
    await phone.page.getByText(title).waitFor();
    expect(await phone.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20.8px');
    expect(phone.requests.filter((r) => r === 'POST /api/auth/session')).toHaveLength(1);
    await phone.shot('saved-after-relaunch');

    // Without a network for news, the next launch still shows the last news it read.
    await phone.context.route(/\/api\/news/, (route) => route.abort('internetdisconnected'));
    await phone.launch('/');
    await phone.page.getByText(/đang hiển thị nội dung đã tải trước đó/).first().waitFor();
    await phone.page.locator('.lc-page a[href*="/news/"]').first().waitFor();
    await phone.context.unroute(/\/api\/news/);
    expect(phone.problems.filter((p) => !/\/api\/news|ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
    await phone.context.close();
  });

  it('QR: Zalo’s camera lands on the dossier; a second code scanned while the app is open arrives as OpenApp', async () => {
    const { code } = await seededDossier({ status: 4 });
    const phone = await zaloPhone(env, { answers: { scanQRCode: code } });
    const page = await phone.launch('/');
    await page.getByRole('link', { name: 'Quét QR' }).click();
    await page.getByRole('button', { name: 'Quét mã' }).click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname).endsWith(`/dossiers/track/${code}`));
    await page.getByText(/Đang xử lý/).first().waitFor();
    expect(await phone.calls('scanQRCode')).toHaveLength(1);
    await phone.shot('qr-dossier');

    // Zalo's own camera reads a place's code while the app is open: Zalo sends OpenApp.
    await expect.poll(() => phone.listeners('OpenApp')).toBeGreaterThan(0);
    await phone.emit('OpenApp', { path: '/?qr=place/fansipan' });
    await page.waitForURL((url) => url.pathname.endsWith('/tourism/places/fansipan'));
    await page.getByRole('heading', { name: /Fansipan/ }).first().waitFor();
    // Back returns to the dossier the resident was reading, not to a "?qr=" step.
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await page.waitForURL((url) => decodeURIComponent(url.pathname).endsWith(`/dossiers/track/${code}`));

    // Closing Zalo's scanner is not an error.
    await phone.answer({ scanQRCode: 'cancel' });
    await page.goto(phone.host.url('/scan'));
    await page.getByRole('button', { name: 'Quét mã' }).click();
    await expect.poll(() => phone.calls('scanQRCode').then((c) => c.length)).toBe(2);
    expect(await page.getByRole('alert').count()).toBe(0);
    phone.expectClean();
    await phone.context.close();
  });

  it('submits a dossier with a photo from Zalo’s album and shares the receipt as a deep link', async () => {
    const phone = await zaloPhone(env);
    const page = await phone.launch('/');
    await phone.answer({ chooseImage: [phone.host.picture('giay-chung-sinh.png')] });
    await page.getByRole('link', { name: 'Dịch vụ công' }).click();
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai sinh');
    await page.getByRole('link', { name: /Đăng ký khai sinh/ }).first().click();
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.getByLabel('Họ và tên').fill('Lò Thị Hoa');
    await page.getByLabel('Số Căn cước (CCCD)').fill('010195003344');
    await page.getByLabel('Số điện thoại di động').fill('0912 345 678');
    await page.getByLabel(/^Xã, phường/).selectOption('Xã Y Tý');
    await page.getByLabel('Số nhà, thôn, tổ dân phố').fill('Thôn Lao Chải');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel('Họ, chữ đệm và tên của trẻ').fill('Lò Văn Minh');
    await page.getByLabel('Giới tính').selectOption('nam');
    const today = await page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()));
    await page.getByLabel('Ngày sinh của trẻ').fill(today);
    await page.getByLabel('Nơi sinh').fill('Trạm Y tế xã Y Tý');
    await page.getByLabel('Dân tộc của trẻ').selectOption('Hà Nhì');
    await page.getByLabel('Họ và tên mẹ').fill('Lò Thị Hoa');
    await page.getByLabel('Số định danh cá nhân của mẹ').fill('010195003344');
    await page.getByLabel('Quan hệ của người nộp với trẻ').selectOption('Mẹ');
    await page.getByLabel(/Tôi cam đoan/).check();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    // The photo comes from Zalo's picker (chooseImage), not a file input.
    await page.getByRole('button', { name: 'Chụp hoặc chọn ảnh' }).click();
    await page.getByText('Đã tải lên').first().waitFor();
    expect((await phone.calls('chooseImage'))[0].args[0]).toMatchObject({ sourceType: ['album', 'camera'] });
    await phone.shot('dossier-attachment');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
    await page.getByText('Đã gửi hồ sơ thành công').waitFor();
    const code = (await page.locator('.dsr-qr-code').first().innerText()).trim();
    await phone.shot('dossier-receipt');

    await page.getByRole('button', { name: 'Chia sẻ mã hồ sơ' }).click();
    await expect.poll(async () => (await deepLinkCards(phone)).length).toBe(1);
    const [card] = await deepLinkCards(phone);
    expect(card).toMatchObject({ type: 'zmp_deep_link', data: { path: `/dossiers/track/${encodeURIComponent(code)}`, title: 'Hồ sơ Đăng ký khai sinh' } });
    expect(card.data.thumbnail).toMatch(/^http:\/\/localhost:\d+\/api\/qr\/dossier\//);
    // The card opens the same dossier (Zalo opens the app at the card's path).
    await phone.launch(card.data.path!);
    await phone.page.getByText(code).first().waitFor();
    phone.expectClean();
    await phone.context.close();
  });

  it('sends a report with a photo and the position Zalo gives (a token exchanged on the server)', async () => {
    // By the seeded pothole at Cốc Lếu market.
    const phone = await zaloPhone(env, { answers: { location: { lat: 22.49955, long: 103.96792 } } });
    const page = await phone.launch('/feedback/new');
    await phone.answer({ chooseImage: [phone.host.picture('o-ga.png')] });
    await page.getByRole('button', { name: 'Giao thông – hạ tầng' }).click();
    await page.getByLabel('Tiêu đề *').fill('Hố sâu trước cổng chợ Cốc Lếu');
    await page.getByLabel('Nội dung *').fill('Mặt đường trước cổng chợ bị vỡ thành hố sâu, trời mưa đọng nước rất nguy hiểm cho xe máy.');
    await page.getByRole('button', { name: /Thêm ảnh/ }).click();
    await page.getByRole('img', { name: 'Ảnh 1' }).waitFor();
    await page.getByText(/Ứng dụng chỉ lấy vị trí khi bạn bấm/).waitFor();
    await page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
    await page.getByText('Đã lấy vị trí của bạn (22.49955, 103.96792)').waitFor();
    await page.getByText(/Đã có \d+ phản ánh tương tự trong vòng 150 m/).waitFor();
    expect(phone.requests).toContain('POST /api/zalo/location');
    await phone.shot('feedback-location');
    const send = page.getByRole('button', { name: 'Gửi phản ánh' });
    await expect.poll(() => send.isEnabled(), { timeout: 15_000 }).toBe(true);
    await send.click();
    await page.getByRole('heading', { name: 'Đã gửi phản ánh' }).waitFor();
    const code = (await page.locator('.fb-receipt-code').innerText()).trim();
    // Its sender sees the exact position (the public sees it rounded, the report being anonymous).
    const { token } = JSON.parse((await phone.nativeStorage())['lcs.session']) as { token: string };
    const report = await api(`/api/feedback/${code}`, { token });
    expect(report.body.location).toEqual({ lat: 22.49955, long: 103.96792 });
    phone.expectClean();
    await phone.context.close();
  });

  it('refused location: says so, and the report goes with a commune chosen by hand', async () => {
    const phone = await zaloPhone(env, { answers: { location: 'refuse' } });
    const page = await phone.launch('/feedback/new');
    await page.getByRole('button', { name: 'Giao thông – hạ tầng' }).click();
    await page.getByLabel('Tiêu đề *').fill('Đèn đường tắt trên cầu treo suối Ngòi Đum');
    await page.getByLabel('Nội dung *').fill('Cả dãy đèn trên cầu treo qua suối Ngòi Đum tắt đã một tuần, buổi tối người đi bộ qua cầu rất nguy hiểm.');
    await page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bạn đã từ chối chia sẻ vị trí' }).waitFor();
    expect(phone.requests).not.toContain('POST /api/zalo/location');
    await page.getByRole('combobox', { name: /^Xã, phường/ }).fill('sa pa');
    await page.getByRole('option', { name: 'Phường Sa Pa' }).click();
    await page.getByLabel(/^Địa chỉ/).fill('Cầu treo suối Ngòi Đum');
    await page.getByLabel(/^Địa chỉ/).blur();
    await phone.shot('feedback-location-refused');
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await page.getByRole('heading', { name: 'Đã gửi phản ánh' }).waitFor();
    phone.expectClean();
    await phone.context.close();
  });

  it('reads an article and shares it as a card that opens the same article', async () => {
    const phone = await zaloPhone(env);
    const { body } = await api('/api/news?source=bao-lao-cai&pageSize=1');
    const article = body.items[0];
    const page = await phone.launch(`/news/${article.id}`);
    await page.getByRole('heading', { name: article.title }).waitFor();
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    await expect.poll(async () => (await deepLinkCards(phone)).length).toBe(1);
    const [card] = await deepLinkCards(phone);
    expect(card).toMatchObject({ type: 'zmp_deep_link', data: { title: article.title, path: `/news/${article.id}` } });
    // The person it was sent to taps the card while their app is on home: OpenApp with its path.
    await phone.launch('/');
    await expect.poll(() => phone.listeners('OpenApp')).toBeGreaterThan(0);
    await phone.emit('OpenApp', { path: card.data.path });
    await phone.page.getByRole('heading', { name: article.title }).waitFor();
    // A place and a tour share deep links too.
    await phone.page.goto(phone.host.url('/tourism/places/fansipan'));
    await phone.page.getByRole('button', { name: 'Chia sẻ' }).click();
    await phone.page.goto(phone.host.url('/tourism/tours/ha-noi-sa-pa-fansipan-3n2d'));
    await phone.page.getByRole('button', { name: 'Chia sẻ' }).click();
    await expect.poll(async () => (await deepLinkCards(phone)).map((c) => c.data.path)).toEqual([
      `/news/${article.id}`,
      '/tourism/places/fansipan',
      '/tourism/tours/ha-noi-sa-pa-fansipan-3n2d',
    ]);
    phone.expectClean();
    await phone.context.close();
  });

  it('outages: follows a ward (kept in Native Storage) and hands the calendar file to the phone outside Zalo', async () => {
    const phone = await zaloPhone(env);
    const page = await phone.launch('/outages');
    await page.getByRole('combobox', { name: 'Lọc theo xã, phường' }).selectOption({ label: 'Phường Sa Pa' });
    await page.getByRole('button', { name: 'Đang mất điện', exact: true }).click();
    await page.locator('.oc-card--ongoing').first().click();
    await page.getByRole('heading', { name: 'Chi tiết lịch cắt điện' }).waitFor();
    await page.getByRole('button', { name: 'Thêm vào lịch' }).click();
    await expect.poll(() => phone.calls('openOutApp').then((c) => c.length)).toBe(1);
    const [{ args }] = await phone.calls('openOutApp');
    const ics = new URL((args[0] as { url: string }).url);
    expect(ics.pathname).toBe('/api/outages.ics');
    const file = await fetch(`${phone.host.origin}${ics.pathname}${ics.search}`);
    expect(await file.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    await page.getByRole('button', { name: 'Theo dõi phường Sa Pa' }).click();
    await page.getByRole('button', { name: 'Đang theo dõi phường Sa Pa' }).waitFor();
    await expect.poll(async () => (await phone.nativeStorage())['lcs.outages-followed-communes']).toMatch(/Sa Pa|sa-pa/i);
    await phone.launch('/');
    await phone.page.getByRole('alert').filter({ hasText: 'Đang mất điện' }).waitFor();
    await phone.shot('outage-followed-banner');
    phone.expectClean();
    await phone.context.close();
  });

  it('hotlines: one tap opens Zalo’s dialer; the directory is there on the next launch without a network', async () => {
    const phone = await zaloPhone(env);
    const page = await phone.launch('/');
    await page.getByRole('link', { name: 'Đường dây nóng' }).click();
    await page.getByRole('button', { name: /^Gọi 114 / }).click();
    await expect.poll(() => phone.calls('openPhone').then((c) => c.map((x) => x.args[0]))).toEqual([{ phoneNumber: '114' }]);
    await page.getByLabel('Tìm trong danh bạ').fill('y ty');
    const centre = page.locator('.ct-row', { hasText: 'Trung tâm Phục vụ hành chính công xã Y Tý' });
    const number = (await centre.locator('.ct-call-number').innerText()).trim();
    await centre.getByRole('button').click();
    await expect.poll(() => phone.calls('openPhone').then((c) => c.length)).toBe(2);
    expect((await phone.calls('openPhone'))[1].args[0]).toEqual({ phoneNumber: number.replace(/\s/g, '') });
    await phone.shot('contacts-in-zalo');

    // No network at the next launch: the numbers kept in Native Storage are still there to call.
    await phone.context.route(/\/api\/contacts/, (route) => route.abort('internetdisconnected'));
    await phone.launch('/contacts');
    await phone.page.getByRole('button', { name: /^Gọi 115 / }).waitFor();
    await phone.page.locator('.ct-row', { hasText: 'Trung tâm Phục vụ hành chính công xã Y Tý' }).waitFor();
    await phone.context.unroute(/\/api\/contacts/);
    expect(phone.problems.filter((p) => !/\/api\/contacts|ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
    await phone.context.close();
  });

  it('paused by Zalo: the weather stream and the notification polling stop, and come back on resume', async () => {
    const phone = await zaloPhone(env);
    const page = await phone.launch('/weather');
    await page.getByText(/· Trực tiếp/).waitFor();
    await expect.poll(() => phone.listeners('AppPaused')).toBeGreaterThan(0);
    const streams = () => phone.requests.filter((r) => r.startsWith('GET /api/weather/stream')).length;
    const polls = () => phone.requests.filter((r) => r.startsWith('GET /api/me/notifications')).length;
    expect(streams()).toBe(1);

    await phone.emit('AppPaused');
    await page.getByText(/· Tạm dừng/).waitFor();
    const pollsWhenPaused = polls();
    await page.clock.runFor(95_000); // three polling periods
    await page.waitForTimeout(300);
    expect(polls()).toBe(pollsWhenPaused);
    expect(streams()).toBe(1);

    await phone.emit('AppResumed');
    await page.getByText(/· Trực tiếp/).waitFor();
    expect(streams()).toBe(2);
    await expect.poll(polls).toBe(pollsWhenPaused + 1);
    phone.expectClean();
    await phone.context.close();
  });

  it('asks Zalo for notifications from Cá nhân (Zalo’s toast confirms), and says when the resident declines', async () => {
    const phone = await zaloPhone(env);
    const page = await phone.launch('/me');
    const zaloSwitch = page.getByRole('switch', { name: /Báo qua Zalo/ });
    expect(await zaloSwitch.getAttribute('aria-checked')).toBe('false');
    await zaloSwitch.click();
    await expect.poll(async () => (await phone.calls('showToast')).map((c) => c.args[0])).toContainEqual({ message: 'Đã bật báo qua Zalo' });
    expect(await phone.calls('requestSendNotification')).toHaveLength(1);
    await page.getByText(/^Đang bật: khi hồ sơ, phản ánh của bạn có tin mới, Zalo sẽ báo cho bạn/).waitFor();
    // Off again (Zalo is not asked), then on again, and this time the resident declines in Zalo's sheet.
    await zaloSwitch.click();
    await expect.poll(async () => (await phone.calls('showToast')).map((c) => c.args[0])).toContainEqual({ message: 'Đã tắt báo qua Zalo' });
    expect(await phone.calls('requestSendNotification')).toHaveLength(1);
    await phone.answer({ requestSendNotification: 'refuse' });
    await zaloSwitch.click();
    await page.getByRole('status').filter({ hasText: 'Bạn đã từ chối nhận thông báo qua Zalo' }).waitFor();
    await page.getByText('Đang tắt: bạn đã từ chối nên tin chỉ hiện trong mục Thông báo của ứng dụng, không gửi qua Zalo.').waitFor();
    expect(await zaloSwitch.getAttribute('aria-checked')).toBe('false');
    // Each answer was recorded on the server (yes, off, and the refusal), which messages through Zalo only after a yes.
    expect(phone.requests.filter((r) => r === 'POST /api/me/notification-consent')).toHaveLength(3);
    await zaloSwitch.scrollIntoViewIfNeeded();
    await phone.shot('me-zalo-switch-refused');
    // This build names no Official Account: the app says so rather than call followOA with nothing.
    await page.getByRole('button', { name: /Quan tâm Official Account/ }).click();
    await page.getByRole('status').filter({ hasText: 'chưa được cấu hình' }).waitFor();
    expect(await phone.calls('followOA')).toHaveLength(0);
    phone.expectClean();
    await phone.context.close();
  });
  it('near me: weather finds the nearest area, tourism puts the nearest places first, both from Zalo’s location token', async () => {
    const phone = await zaloPhone(env); // in Sa Pa town
    const page = await phone.launch('/weather');
    await page.getByText(/Dùng vị trí của bạn một lần/).waitFor();
    await page.getByRole('button', { name: 'Thời tiết nơi tôi đang ở' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/weather/sa-pa'));
    await page.getByText(/Khu vực gần bạn nhất/).waitFor();

    await page.goto(phone.host.url('/tourism'));
    await page.getByRole('button', { name: 'Gần tôi' }).click();
    await page.getByText('Đang xếp địa điểm gần bạn lên trước.').waitFor();
    await page.getByText(/^cách [\d.,]+ km$/).first().waitFor();
    const km = await page.getByText(/^cách [\d.,]+ km$/).allInnerTexts();
    const values = km.map((t) => Number(t.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(values.length).toBeGreaterThan(3);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[0]).toBeLessThan(3);
    expect(phone.requests.filter((r) => r === 'POST /api/zalo/location')).toHaveLength(2);
    await phone.shot('tourism-near-me');

    // Refused: the list stays, with words and the other ways to find a place.
    await page.getByRole('button', { name: 'Bỏ' }).click();
    await phone.answer({ location: 'refuse' });
    await page.getByRole('button', { name: 'Gần tôi' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bạn vẫn có thể tìm theo tên' }).waitFor();
    phone.expectClean();
    await phone.context.close();
  });

  it('a phone with little room: the offline cache stays in its share, Zalo never has to drop the session', async () => {
    const phone = await zaloPhone(env, { nativeStorageLimitBytes: 80 * 1024 });
    const page = await phone.launch('/');
    for (const path of ['/news', '/outages', '/tourism', '/tourism/tours', '/weather', '/dossiers', '/feedback']) {
      await page.goto(phone.host.url(path));
      await page.locator('.lc-page').first().waitFor();
      await page.waitForLoadState('networkidle', { timeout: 4000 }).catch(() => undefined);
    }
    const stored = await phone.nativeStorage();
    const used = Object.entries(stored).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    expect(used).toBeLessThanOrEqual(80 * 1024 * 0.6 + 8 * 1024);
    expect(Object.keys(stored).filter((k) => k.startsWith('lcs.cache:')).length).toBeGreaterThan(0);
    expect(stored['lcs.session']).toBeDefined();
    expect(await phone.calls('nativeStorage.evicted')).toEqual([]);
    await phone.context.close();
  });
});
