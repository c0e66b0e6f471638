import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityProblems, api, appUrl, hasBrowser, officerToken, phonePage, signInApi, submitBirthDossier, useBrowser, type PhonePage } from './harness';

useBrowser();

/** The development accounts' password (OFFICER_DEV_PASSWORD's default: the suite's server leaves it unset). */
const DEV_PASSWORD = 'LaoCai@2025';
const DESK = { width: 1280, height: 860 };
const TABLET = { width: 820, height: 1180 };

/** The console on a desk or a tablet, signed in as the agency's account. */
async function consoleAs(username: string, viewport = DESK, bypassCSP = false): Promise<PhonePage> {
  const p = await phonePage({ viewport, bypassCSP });
  await p.page.goto(`${appUrl()}/officer/`, { waitUntil: 'networkidle' });
  await p.page.getByLabel('Tên đăng nhập').fill(username);
  await p.page.getByLabel('Mật khẩu').fill(DEV_PASSWORD);
  await p.page.getByRole('button', { name: 'Đăng nhập' }).click();
  await p.page.getByRole('navigation', { name: 'Mục làm việc' }).waitFor();
  return p;
}

/** The resident's notice, once the preview has been drawn by the server. */
const previewNotice = (page: Page) => page.locator('.cs-preview-notice');

describe.skipIf(!hasBrowser())('the officers’ console', () => {
  it('sign in → open an overdue dossier → request a paper → the resident’s app shows it', async () => {
    const desk = await consoleAs('000.01.31.H38');
    const { page } = desk;
    await page.getByText('UBND phường Lào Cai').first().waitFor();
    await desk.shot('console-dossier-queue');

    await page.getByRole('tab', { name: /Quá hạn \(\d+\)/ }).click();
    const row = page.locator('.cs-row').filter({ hasText: 'Quá hạn' }).first();
    await row.waitFor();
    const code = (await row.locator('code').textContent())!.trim();
    await row.click();
    await page.locator('.cs-code', { hasText: code }).waitFor();
    expect(await page.locator('.cs-detail-head').textContent()).toMatch(/Quá hạn \d+ ngày làm việc/);

    await page.getByRole('button', { name: 'Yêu cầu bổ sung giấy tờ' }).click();
    await page.getByText('Chọn giấy tờ cần bổ sung để xem trước.').waitFor();
    // One of the procedure's own papers (asked for by its id), and one described in words.
    const procedurePaper = page.locator('.cs-fieldset .cs-check').first();
    const paperName = (await procedurePaper.locator('span').first().evaluate((el) => el.firstChild?.textContent ?? '')).trim();
    expect(paperName.length).toBeGreaterThan(3);
    await procedurePaper.locator('input').check();
    await page.getByLabel('Giấy tờ khác').fill('Bản vẽ mặt bằng có chữ ký của đơn vị thiết kế');
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    await page.getByLabel(/Ghi chú cho công dân/).fill('Bản vẽ nộp kèm chưa có chữ ký, vui lòng bổ sung.');
    // The preview is the server's own wording of what the resident will read.
    await previewNotice(page).getByText(`Cần bổ sung giấy tờ – ${code}`).waitFor();
    await previewNotice(page).getByText(/Bản vẽ mặt bằng có chữ ký của đơn vị thiết kế/).waitFor();
    expect(await previewNotice(page).textContent()).toContain(paperName);
    await desk.shot('console-request-papers');
    await page.getByRole('button', { name: 'Xác nhận: Yêu cầu bổ sung giấy tờ' }).click();
    await page.getByText('Đã chuyển hồ sơ sang “Yêu cầu bổ sung giấy tờ”. Công dân đã được thông báo.').waitFor();
    await page.locator('.cs-history li').first().getByText('Yêu cầu bổ sung giấy tờ').waitFor();
    expect(await page.locator('.cs-history li').first().textContent()).toMatch(/Công chức /);
    desk.expectClean();
    await desk.context.close();

    // The resident, in the app.
    const dossier = await api(`/api/officer/dossiers/${code}`, { token: officerToken() });
    const owner = dossier.body.applicant.fullName as string;
    expect(owner).toBe('Đỗ Minh Tuấn');
    const resident = await phonePage({ userId: 'cd-do-minh-tuan' });
    await resident.go('/notifications');
    await resident.page.getByText(`Cần bổ sung giấy tờ – ${code}`).waitFor();
    await resident.shot('console-resident-notice');
    await resident.page.getByText(`Cần bổ sung giấy tờ – ${code}`).click();
    await resident.page.getByText('Bản vẽ mặt bằng có chữ ký của đơn vị thiết kế').first().waitFor();
    await resident.page.getByText(paperName).first().waitFor();
    await resident.shot('console-resident-dossier');
    const asked = await api(`/api/officer/dossiers/${code}`, { token: officerToken() });
    expect((asked.body.missingPapers as { id: string; name: string }[]).map((p) => p.name)).toEqual([paperName, 'Bản vẽ mặt bằng có chữ ký của đơn vị thiết kế']);
    resident.expectClean();
    await resident.context.close();
  });

  it('on a tablet: a resident who allowed Zalo gets the message in the outbox; once they switch it off, in the app only', async () => {
    const userId = `zalo-${Date.now().toString(36)}`;
    const token = await signInApi(userId);
    expect((await api('/api/me/notification-consent', { method: 'POST', token, json: { zalo: true } })).status).toBe(200);
    const code = await submitBirthDossier(token);
    const agency = (await api(`/api/dossiers/${code}`, { token })).body.agency as { code: string; name: string };

    // (Its CSP set aside for axe-core's inline script: the other tests run the console under it.)
    const tablet = await consoleAs(agency.code, TABLET, true);
    const { page } = tablet;
    await page.getByPlaceholder('Tìm theo mã hồ sơ hoặc tên người nộp').fill(code);
    await page.locator('.cs-row', { hasText: code }).click();
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await previewNotice(page).getByText(`Hồ sơ đã được tiếp nhận – ${code}`).waitFor();
    await page.getByText('Gửi: Trong ứng dụng và qua Zalo (tin ZNS tới số điện thoại của người nộp).').waitFor();
    await tablet.shot('console-tablet-accept');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Xác nhận: Tiếp nhận hồ sơ' }).click();
    await page.getByText(/Đã chuyển hồ sơ sang “Được tiếp nhận”/).waitFor();

    await page.getByRole('link', { name: 'Tin đã gửi qua Zalo' }).click();
    const message = page.locator('tr', { hasText: code });
    await message.waitFor();
    expect(await message.textContent()).toMatch(/ZNS.*Hồ sơ đổi trạng thái.*Được tiếp nhận.*Lưu tại hộp thư đi/);
    await tablet.shot('console-tablet-outbox');

    await page.getByRole('link', { name: 'Số liệu' }).click();
    await page.getByText('Tỷ lệ hồ sơ đúng hạn').waitFor();
    await page.getByRole('table', { name: 'Hồ sơ theo tuần' }).waitFor({ state: 'attached' });
    expect(await page.locator('.cs-chart svg rect').count()).toBeGreaterThan(0);
    await tablet.shot('console-tablet-figures');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The resident turns Zalo messages off in the app: the switch says where notices go now.
    const resident = await phonePage({ userId });
    await resident.go('/me');
    const zaloSwitch = resident.page.getByRole('switch', { name: /Báo qua Zalo/ });
    expect(await zaloSwitch.getAttribute('aria-checked')).toBe('true');
    await zaloSwitch.click();
    await resident.page.getByText('Đang tắt: bạn đã từ chối nên tin chỉ hiện trong mục Thông báo của ứng dụng, không gửi qua Zalo.').waitFor();
    expect(await zaloSwitch.getAttribute('aria-checked')).toBe('false');
    await resident.shot('me-zalo-switch-off');
    resident.expectClean();
    await resident.context.close();

    // The next step reaches them in the app only, and the console says so before it is sent.
    await page.getByRole('link', { name: 'Hồ sơ' }).click();
    await page.getByPlaceholder('Tìm theo mã hồ sơ hoặc tên người nộp').fill(code);
    await page.locator('.cs-row', { hasText: code }).click();
    await page.getByRole('button', { name: 'Chuyển hồ sơ cho bộ phận chuyên môn xử lý' }).click();
    await page.getByText('Gửi: Chỉ trong ứng dụng: người dân đã từ chối nhận tin qua Zalo.').waitFor();
    await page.getByRole('button', { name: 'Xác nhận: Chuyển hồ sơ cho bộ phận chuyên môn xử lý' }).click();
    await page.getByText(/Đã chuyển hồ sơ sang “Đang xử lý”/).waitFor();
    const outbox = await api(`/api/officer/outbox?pageSize=100`, { token: officerToken() });
    expect(outbox.body.items.filter((m: { refId: string }) => m.refId === code).map((m: { template: string; params: { status: string } }) => m.params.status)).toEqual([
      'Được tiếp nhận',
    ]);
    const notices = await api('/api/me/notifications', { token });
    expect(notices.body.items[0].title).toBe(`Hồ sơ đang được xử lý – ${code}`);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    tablet.expectClean();
    await tablet.context.close();
  });

  it('asks for a fee with its amount: the resident’s dossier offers to pay it in the app', async () => {
    const userId = `phi-${Date.now().toString(36)}`;
    const token = await signInApi(userId);
    const code = await submitBirthDossier(token);
    for (const to of [2, 4]) expect((await api(`/api/officer/dossiers/${code}/transitions`, { method: 'POST', token: officerToken(), json: { to } })).status).toBe(200);
    const agency = (await api(`/api/dossiers/${code}`, { token })).body.agency as { code: string };

    const desk = await consoleAs(agency.code);
    const { page } = desk;
    await page.getByPlaceholder('Tìm theo mã hồ sơ hoặc tên người nộp').fill(code);
    await page.locator('.cs-row', { hasText: code }).click();
    await page.getByRole('button', { name: 'Yêu cầu thực hiện nghĩa vụ tài chính' }).click();
    await page.getByLabel('Số tiền phí, lệ phí cần nộp (đồng)').fill('75.000');
    await page.getByLabel(/Ghi chú cho công dân/).fill('Lệ phí cấp bản sao trích lục.');
    await previewNotice(page).getByText(`Cần nộp phí, lệ phí – ${code}`).waitFor();
    expect(await previewNotice(page).textContent()).toContain('75.000 đồng');
    await page.getByRole('button', { name: 'Xác nhận: Yêu cầu thực hiện nghĩa vụ tài chính' }).click();
    await page.getByText(/Đã chuyển hồ sơ sang “Yêu cầu thực hiện nghĩa vụ tài chính”/).waitFor();
    await page.getByText(/75\.000 đ · Lệ phí cấp bản sao trích lục\. · chờ công dân nộp trong ứng dụng/).waitFor();
    await desk.shot('console-fee-asked');
    desk.expectClean();
    await desk.context.close();

    const mine = await api(`/api/dossiers/${code}`, { token });
    expect(mine.body.status).toBe(6);
    expect(mine.body.fees.map((f: { amount: number; status: string }) => [f.amount, f.status])).toEqual([[75000, 'due']]);
  });

  it('an officer cannot open another agency’s dossier from the console', async () => {
    const desk = await consoleAs('000.01.31.H38');
    const other = await api('/api/officer/dossiers?agency=000.01.32.H38&pageSize=1', { token: officerToken() });
    const code = other.body.items[0].code as string;
    const { page } = desk;
    // Through the address bar, as someone might try.
    const refused = page.waitForResponse((r) => r.url().includes(`/api/officer/dossiers/${code}`));
    await page.goto(`${appUrl()}/officer/#/ho-so/${encodeURIComponent(code)}`);
    expect((await refused).status()).toBe(404);
    await page.getByText('Không tìm thấy hồ sơ có mã này trong cơ quan của bạn.').waitFor();
    await desk.shot('console-other-agency');
    // The only failures seen are that refusal (the request, and the browser's console line about it).
    expect(desk.problems.length).toBeGreaterThan(0);
    expect(desk.problems.every((x) => x.includes(code) || /status of 404/.test(x))).toBe(true);
    await desk.context.close();
  });
});
