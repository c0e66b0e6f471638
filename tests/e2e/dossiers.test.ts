import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api, appUrl, DEMO_CITIZEN, hasBrowser, officerToken, phonePage, signInApi, submitBirthDossier, useBrowser } from './harness';

useBrowser();

const allow: RegExp[] = [];

/** A small but real PNG (a 4×4 grey square): the server sniffs the bytes, not the name. */
function paperImage(name: string): string {
  const file = path.join(os.tmpdir(), name);
  fs.writeFileSync(
    file,
    Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAAEAQMAAACTPww9AAAABlBMVEXMzMz///+YfGgMAAAAEUlEQVQI12P4z8DwnwEB/wMANiMF+xIjkZwAAAAASUVORK5CYII=', 'base64'),
  );
  return file;
}

async function attach(page: Page, buttonName: string, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: buttonName }).first().click();
  await (await chooser).setFiles(file);
}

const tokenFor = signInApi;

const move = (code: string, json: Record<string, unknown>) =>
  api(`/api/officer/dossiers/${encodeURIComponent(code)}/transitions`, { method: 'POST', token: officerToken(), json });

describe.skipIf(!hasBrowser())('dossiers in a phone browser', () => {
  it('pick a procedure → fill → a slot per paper → submit → receipt → look up → officer asks for one paper → fill that slot → pay a fee → processing', async () => {
    const userId = `e2e-dossier-${Date.now().toString(36)}`;
    const p = await phonePage({ userId, allow });
    const { page } = p;

    // Catalogue: search without diacritics.
    await p.go('/');
    await page.getByRole('link', { name: 'Dịch vụ công' }).click();
    await page.getByRole('heading', { name: 'Dịch vụ công' }).waitFor();
    await page.getByText(/\d+ thủ tục/).waitFor();
    await p.shot('dossiers-catalogue');
    // Every card's days and fee start at the same place, whatever its level's label ("Toàn trình", "Một phần").
    const starts = await page.locator('.dsr-proc-meta > span:nth-child(2)').evaluateAll((els) => els.slice(0, 6).map((e) => Math.round(e.getBoundingClientRect().x)));
    expect(new Set(starts).size, String(starts)).toBe(1);
    const icons = await page.locator('.dsr-proc-meta svg').evaluateAll((els) => els.slice(0, 6).map((e) => Math.round(e.getBoundingClientRect().width)));
    expect(Math.min(...icons)).toBe(14);
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai sinh');
    await page.getByRole('link', { name: /Đăng ký kết hôn/ }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: /Đăng ký khai sinh/ }).first().waitFor();
    await p.shot('dossiers-catalogue-search');
    await page.getByRole('link', { name: /Đăng ký khai sinh/ }).first().click();

    // Procedure detail.
    await page.getByRole('heading', { name: 'Đăng ký khai sinh' }).waitFor();
    await page.getByText('Giấy chứng sinh do cơ sở y tế cấp').waitFor();
    await p.shot('dossiers-procedure');
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();

    // Step 1: the applicant, validated as they type.
    await page.getByRole('heading', { name: 'Đăng ký khai sinh' }).waitFor();
    await page.getByLabel('Họ và tên').fill('Lò Thị Hoa');
    await page.getByLabel('Số Căn cước (CCCD)').fill('010195003344');
    await page.getByLabel('Số điện thoại di động').fill('0123 456');
    await page.getByLabel('Số điện thoại di động').blur();
    await page.getByText(/Số di động không đúng/).waitFor();
    await p.shot('dossiers-form-error');
    await page.getByLabel('Số điện thoại di động').fill('0912 345 678');
    await expect(page.getByText(/Số di động không đúng/).count()).resolves.toBe(0);
    await page.getByLabel(/^Xã, phường/).selectOption('Xã Y Tý');
    await page.getByLabel('Số nhà, thôn, tổ dân phố').fill('Thôn Lao Chải');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    // Step 2: the procedure's own fields; continuing with gaps shows what is missing.
    await page.getByLabel('Họ, chữ đệm và tên của trẻ').waitFor();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByText(/Còn \d+ mục cần sửa/).waitFor();
    await page.getByLabel('Họ, chữ đệm và tên của trẻ').fill('Lò Văn Minh');
    await page.getByLabel('Giới tính').selectOption('nam');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    await page.getByLabel('Ngày sinh của trẻ').fill(today);
    await page.getByLabel('Nơi sinh').fill('Trạm Y tế xã Y Tý');
    await page.getByLabel('Dân tộc của trẻ').selectOption('Hà Nhì');
    await page.getByLabel('Họ và tên mẹ').fill('Lò Thị Hoa');
    await page.getByLabel('Số định danh cá nhân của mẹ').fill('010195003344');
    await page.getByLabel('Quan hệ của người nộp với trẻ').selectOption('Mẹ');
    await page.getByLabel(/Tôi cam đoan/).check();
    await p.shot('dossiers-form-fields');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    // Step 3: one slot per needed paper. The tờ khai is the form itself and the CCCD is in the
    // national population database: neither asks for a photo. Continuing empty names the missing slot.
    const birthSlot = 'Chụp hoặc chọn ảnh: Giấy chứng sinh do cơ sở y tế cấp';
    await page.getByRole('button', { name: birthSlot }).waitFor();
    await expect(page.getByRole('button', { name: /Chụp hoặc chọn ảnh: Tờ khai/ }).count()).resolves.toBe(0);
    await page.getByText(/Tờ khai đăng ký khai sinh — Bạn khai trực tuyến/).waitFor();
    await p.shot('dossiers-form-paper-slots');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByText('Vui lòng đính kèm giấy chứng sinh do cơ sở y tế cấp.').first().waitFor();
    // Two pages in the slot, then one removed.
    await attach(page, birthSlot, paperImage('giay-chung-sinh.png'));
    await page.getByText('Đã tải lên').first().waitFor();
    await attach(page, 'Chọn tệp PDF: Giấy chứng sinh do cơ sở y tế cấp', paperImage('giay-chung-sinh-mat-sau.png'));
    await expect.poll(() => page.getByText('Đã tải lên').count()).toBe(2);
    await page.getByRole('button', { name: 'Bỏ tệp giay-chung-sinh-mat-sau.png' }).click();
    await expect.poll(() => page.getByText('Đã tải lên').count()).toBe(1);
    // The ID card only behind its switch.
    await page.getByRole('switch', { name: /Tôi vẫn muốn đính kèm bản chụp căn cước/ }).check();
    await page.getByRole('button', { name: /Chụp hoặc chọn ảnh: Căn cước/ }).waitFor();
    await p.shot('dossiers-form-attachments');
    await page.getByRole('switch', { name: /Tôi vẫn muốn đính kèm bản chụp căn cước/ }).uncheck();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    // Step 4: review, then send — twice in a row, as an impatient thumb would.
    await page.getByRole('heading', { name: 'Người nộp' }).waitFor();
    await p.shot('dossiers-form-review');
    // On a tall screen, where the review ends well above the bottom, the button bar still sits at
    // the bottom edge instead of floating under the last card.
    await page.setViewportSize({ width: 390, height: 2600 });
    await expect.poll(async () => {
      const bar = (await page.locator('.dsr-form-actions').boundingBox())!;
      return Math.round(bar.y + bar.height);
    }).toBe(2600);
    await page.setViewportSize({ width: 390, height: 844 });
    const send = page.getByRole('button', { name: 'Gửi hồ sơ' });
    await send.dblclick();

    // The receipt: code, due date, QR.
    await page.getByText('Đã gửi hồ sơ thành công').waitFor();
    const code = (await page.locator('.dsr-qr-code').first().innerText()).trim();
    expect(code).toMatch(/^000\.04\.32\.H38-\d{6}-\d{4}$/);
    await expect(page.getByText(/Hẹn trả kết quả trước/).isVisible()).resolves.toBe(true);
    // The QR code of the code is drawn by the server's QR endpoint and really shows.
    await expect
      .poll(() => page.evaluate(() => document.querySelector<HTMLImageElement>('img.dsr-qr-img')?.naturalWidth ?? 0))
      .toBeGreaterThan(0);
    await p.shot('dossiers-receipt');
    const token = await tokenFor(userId);
    const mine = await api('/api/me/dossiers', { token });
    expect(mine.body.total).toBe(1);

    // Look it up by code from the tracking page.
    await p.go('/dossiers/track');
    await page.getByLabel('Mã hồ sơ').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.getByRole('heading', { name: 'Đăng ký khai sinh' }).waitFor();
    await page.getByText('Mới đăng ký').first().waitFor();
    await p.shot('dossiers-track');

    // The officer accepts it and asks again for one paper, by its id.
    expect((await move(code, { to: 2 })).status).toBe(200);
    expect((await move(code, { to: 4 })).status).toBe(200);
    const asked = await move(code, { to: 5, note: 'Ảnh Giấy chứng sinh bị mờ, không đọc được số.', missingPapers: ['giay-chung-sinh'] });
    expect(asked.status).toBe(200);

    await page.reload({ waitUntil: 'networkidle' });
    await page.getByText('Cơ quan yêu cầu bổ sung giấy tờ').waitFor();
    await page.getByText('Ảnh Giấy chứng sinh bị mờ, không đọc được số.').first().waitFor();
    await p.shot('dossiers-needs-papers');
    await page.getByRole('button', { name: 'Bổ sung giấy tờ' }).click();
    const sheet = page.getByRole('dialog', { name: 'Bổ sung giấy tờ' });
    await sheet.waitFor();
    // Exactly that slot: sending it empty says which paper is missing.
    await sheet.getByRole('button', { name: 'Gửi giấy tờ bổ sung' }).click();
    await sheet.getByText('Vui lòng đính kèm giấy chứng sinh do cơ sở y tế cấp.').waitFor();
    await attach(page, birthSlot, paperImage('giay-chung-sinh-ro.png'));
    await sheet.getByText('Đã tải lên').waitFor();
    await p.shot('dossiers-supplement-sheet');
    await sheet.getByRole('button', { name: 'Gửi giấy tờ bổ sung' }).click();
    await sheet.waitFor({ state: 'detached' });
    await page.locator('.dsr-summary').getByText('Đang xử lý').waitFor();
    await page.getByText('Công dân bổ sung giấy tờ, hồ sơ tiếp tục được xử lý').waitFor();
    // The paper now holds both photos, the second marked as the supplement.
    await page.getByText(/giay-chung-sinh-ro\.png/).waitFor();
    await page.getByText(/bổ sung ngày \d{2}\/\d{2}\/\d{4}/).waitFor();
    await p.shot('dossiers-after-supplement');
    const view = await api(`/api/dossiers/${encodeURIComponent(code)}`, { token });
    expect(view.body.status).toBe(4);
    expect(view.body.papers).toEqual([expect.objectContaining({ id: 'giay-chung-sinh', files: [expect.objectContaining({ round: 0 }), expect.objectContaining({ round: 1 })] })]);

    // A fee: the officer asks for 8.000 đồng; the resident sees what and why, and pays in the app.
    const fee = await move(code, { to: 6, note: 'Lệ phí cấp 01 bản sao Trích lục khai sinh.', amount: 8000 });
    expect(fee.status).toBe(200);
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Cần nộp phí, lệ phí' }).waitFor();
    await page.getByText('Lệ phí cấp 01 bản sao Trích lục khai sinh.').first().waitFor();
    await p.shot('dossiers-fee-due');
    await page.getByRole('button', { name: /Thanh toán 8\.000/ }).click();
    const checkout = page.getByRole('dialog', { name: 'Xác nhận thanh toán' });
    await checkout.waitFor();
    await checkout.getByText(new RegExp(`Nộp phí, lệ phí hồ sơ ${code.replace(/\./g, '\\.')}`)).waitFor();
    await p.shot('dossiers-fee-checkout');
    await checkout.getByRole('button', { name: 'Xác nhận thanh toán' }).click();
    await checkout.waitFor({ state: 'detached' });
    await page.locator('.dsr-summary').getByText('Đang xử lý').waitFor();
    await page.getByText('Đã thực hiện nghĩa vụ tài chính').first().waitFor();
    await page.getByText('Biên lai thu phí, lệ phí (điện tử)').waitFor();
    await page.getByText(/Ký hiệu LC-27E · Số \d{7}/).waitFor();
    await expect(page.getByRole('button', { name: /Thanh toán/ }).count()).resolves.toBe(0);
    await page.getByRole('heading', { name: 'Biên lai nộp phí, lệ phí' }).scrollIntoViewIfNeeded();
    await p.shot('dossiers-fee-paid-receipt');
    const paid = await api(`/api/dossiers/${encodeURIComponent(code)}`, { token });
    expect(paid.body.status).toBe(4);
    expect(paid.body.fees[0]).toMatchObject({ status: 'paid', amount: 8000, receipt: expect.objectContaining({ payer: 'Lò Thị Hoa' }) });

    // "Hồ sơ của tôi" lists it.
    await p.go('/dossiers/mine');
    await page.getByText(code).waitFor();
    await p.shot('dossiers-mine');
    p.expectClean();
    await p.context.close();

    // A stranger who types the code sees the status only: nothing about the applicant.
    const other = await phonePage({ allow });
    await other.go('/dossiers/track');
    await other.page.getByLabel('Mã hồ sơ').fill(code);
    await other.page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await other.page.getByRole('heading', { name: 'Đăng ký khai sinh' }).waitFor();
    await other.page.getByText(/Bạn đang xem tình trạng xử lý của hồ sơ/).waitFor();
    await expect(other.page.getByRole('heading', { name: 'Người nộp' }).count()).resolves.toBe(0);
    await expect(other.page.getByText(/Lò T\*\*\* H|3344|5678/).count()).resolves.toBe(0);
    await expect(other.page.getByRole('button', { name: 'Rút hồ sơ' }).count()).resolves.toBe(0);
    await other.shot('dossiers-public-status');
    other.expectClean();
    await other.context.close();

    // Whoever holds the receipt, scanning its QR code or opening its link, sees the applicant masked.
    const receiptUrl = new URL(view.body.receipt.url as string);
    expect(receiptUrl.searchParams.get('qr')).toBe(`dossier/${code}`);
    const holder = await phonePage({ allow });
    await holder.go('/scan');
    await holder.page.getByLabel('Hoặc nhập mã').fill(receiptUrl.toString());
    await holder.page.getByRole('button', { name: 'Tra cứu' }).click();
    await holder.page.getByText('Lò T*** H').waitFor();
    await holder.page.getByText(/Bạn mở hồ sơ bằng mã QR hoặc liên kết trên giấy tiếp nhận/).waitFor();
    await expect(holder.page.getByText('010195003344').count()).resolves.toBe(0);
    await holder.shot('dossiers-receipt-masked');
    // The link itself, opened as a deep link, and the code typed later on the same phone.
    await holder.go(`/${receiptUrl.search}`);
    await holder.page.getByText('Lò T*** H').waitFor();
    await holder.go('/dossiers/track');
    await holder.page.getByLabel('Mã hồ sơ').fill(code);
    await holder.page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await holder.page.getByText('Lò T*** H').waitFor();
    holder.expectClean();
    await holder.context.close();
  });

  it('asks for a paper only when the answers need it: the divorce decision only of someone divorced', async () => {
    const p = await phonePage({ allow });
    const { page } = p;
    await p.go('/dossiers/procedures/1.004873.000.00.00.H38');
    await page.getByText('Chỉ cần khi tình trạng hôn nhân hiện tại là “Đã ly hôn, chưa kết hôn lại”').waitFor();
    await page.getByText('Khai trực tuyến, không cần đính kèm').waitFor();
    await page.getByText('Khai trực tuyến, không cần đính kèm').scrollIntoViewIfNeeded();
    await p.shot('dossiers-procedure-papers');
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.getByLabel('Họ và tên').fill('Chảo Thị Mẩy');
    await page.getByLabel('Số Căn cước (CCCD)').fill('010196004218');
    await page.getByLabel('Số điện thoại di động').fill('0978 221 463');
    await page.getByLabel(/^Xã, phường/).selectOption('Xã Y Tý');
    await page.getByLabel('Số nhà, thôn, tổ dân phố').fill('Thôn Ngải Thầu');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel('Mục đích sử dụng').selectOption('Vay vốn ngân hàng');
    await page.getByLabel('Tình trạng hôn nhân hiện tại').selectOption('Chưa đăng ký kết hôn với ai');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    // Never married: nothing to attach, and the page says why for each paper.
    await page.getByText(/Bản án, quyết định ly hôn đã có hiệu lực pháp luật — Không cần với thông tin bạn đã khai/).waitFor();
    await expect(page.getByRole('heading', { name: 'Bản án, quyết định ly hôn đã có hiệu lực pháp luật' }).count()).resolves.toBe(0);
    await p.shot('dossiers-papers-not-needed');
    await page.locator('.dsr-form-actions').getByRole('button', { name: 'Quay lại' }).click();
    await page.getByLabel('Tình trạng hôn nhân hiện tại').selectOption('Đã ly hôn, chưa kết hôn lại');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Bản án, quyết định ly hôn đã có hiệu lực pháp luật' }).waitFor();
    await page.getByText('Cần vì tình trạng hôn nhân hiện tại là “Đã ly hôn, chưa kết hôn lại”.').waitFor();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByText('Vui lòng đính kèm bản án, quyết định ly hôn đã có hiệu lực pháp luật.').first().waitFor();
    await p.shot('dossiers-papers-needed');
    p.expectClean();
    await p.context.close();
  });

  it('shows the development citizen her seeded dossiers', async () => {
    const p = await phonePage({ userId: DEMO_CITIZEN, allow });
    const { page } = p;
    await p.go('/');
    await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    await p.shot('dossiers-home-widget');
    await p.go('/me');
    await page.getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByText(/Đang giải quyết \(\d+\)/).waitFor();
    await page.getByText(/chờ bạn bổ sung giấy tờ hoặc nộp phí/).waitFor();
    await p.shot('dossiers-mine-demo');
    await page.getByRole('link', { name: /Cấp Phiếu lý lịch tư pháp/ }).click();
    await page.getByRole('heading', { name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam' }).waitFor();
    await page.getByText('Quá trình xử lý').waitFor();
    await page.getByRole('button', { name: 'Rút hồ sơ' }).waitFor();
    await p.shot('dossiers-detail-owner');
    p.expectClean();
    await p.context.close();
  });

  it('lets a resident withdraw a dossier after confirming', async () => {
    // Her own dossier, sent through the API: the seeded ones stay as other tests expect them.
    const userId = `e2e-withdraw-${Date.now().toString(36)}`;
    const code = await submitBirthDossier(await signInApi(userId));
    const p = await phonePage({ userId, allow });
    const { page } = p;
    await p.go(`/dossiers/track/${encodeURIComponent(code)}`);
    await page.getByRole('heading', { name: 'Đăng ký khai sinh' }).waitFor();
    await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rút hồ sơ?' });
    await dialog.waitFor();
    await dialog.getByLabel('Tôi không còn nhu cầu giải quyết').check();
    await p.shot('dossiers-withdraw-confirm');
    await dialog.getByRole('button', { name: 'Rút hồ sơ' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.dsr-summary').getByText('Công dân yêu cầu rút hồ sơ').waitFor();
    await expect(page.getByRole('button', { name: 'Rút hồ sơ' }).count()).resolves.toBe(0);
    await p.shot('dossiers-withdrawn');
    expect((await api(`/api/dossiers/${encodeURIComponent(code)}`, { token: await signInApi(userId) })).body.status).toBe(7);
    p.expectClean();
    await p.context.close();
  });

  it('shows placeholders, not an empty page, while my dossiers load on a slow connection', async () => {
    const p = await phonePage({ userId: DEMO_CITIZEN, allow });
    // The list's answer is held back until the test has seen the placeholders: a slow connection
    // as slow as it needs to be, without guessing how long the page takes.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await p.page.route('**/api/me/dossiers**', async (route) => {
      await held;
      await route.continue();
    });
    await p.page.goto(`${appUrl()}/dossiers/mine`, { waitUntil: 'domcontentloaded' });
    // The page itself (not the skeleton shown while its code loads), still waiting for the list.
    await p.page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    await p.page.locator('.lc-page-body').getByRole('status', { name: 'Đang tải' }).waitFor();
    await p.shot('dossiers-mine-loading');
    release();
    await p.page.getByText(/Đang giải quyết \(\d+\)/).waitFor();
    p.expectClean();
    await p.context.close();
  });

  it('explains an unknown code and a badly typed one', async () => {
    // Chromium's console line for the 404 names no address; the response check names it.
    const p = await phonePage({ allow: [/404 GET .*\/api\/(dossiers|procedures)\//, /Failed to load resource: the server responded with a status of 404/] });
    await p.go('/dossiers/track');
    await p.page.getByLabel('Mã hồ sơ').fill('12345');
    await p.page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await p.page.getByText(/Mã hồ sơ chưa đúng dạng/).waitFor();
    await p.shot('dossiers-track-bad-code');
    await p.go('/dossiers/track/000.02.31.H38-200101-9999');
    await p.page.getByText('Không tìm thấy hồ sơ').waitFor();
    await p.shot('dossiers-not-found');
    // An old link to a procedure that is no more: said plainly, with no "Thử lại" that cannot help.
    for (const pathname of ['/dossiers/procedures/thu-tuc-da-bai-bo', '/dossiers/procedures/thu-tuc-da-bai-bo/submit']) {
      await p.go(pathname);
      await p.page.getByText('Không tìm thấy thủ tục').waitFor();
      expect(await p.page.getByRole('button', { name: /Thử lại/ }).count()).toBe(0);
      await p.page.getByRole('link', { name: 'Xem danh mục thủ tục' }).waitFor();
    }
    await p.shot('dossiers-procedure-not-found');
    p.expectClean();
    await p.context.close();
  });
});
