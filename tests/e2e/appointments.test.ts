import { describe, expect, it } from 'vitest';
import { api, hasBrowser, phonePage, signInApi, useBrowser } from './harness';

useBrowser();

// The suite's clock: Thursday 18/03/2027, 09:30 in Vietnam (tests/fixed-time.ts).
describe.skipIf(!hasBrowser())('appointments at the one-stop desk', () => {
  it('book from a procedure’s page → ticket with its QR code → the scanner opens it → cancel', async () => {
    const userId = `e2e-lich-hen-${Date.now().toString(36)}`;
    const p = await phonePage({ userId });
    const { page } = p;

    // Phiếu lý lịch tư pháp is handled by the province: its centre is chosen for the resident.
    await p.go('/dossiers/procedures/2.000488.000.00.00.H38');
    await page.getByRole('link', { name: 'Đặt lịch hẹn tại bộ phận Một cửa' }).click();
    await page.getByRole('heading', { name: 'Đặt lịch hẹn tại bộ phận Một cửa' }).waitFor();
    await page.getByText('Trung tâm Phục vụ hành chính công tỉnh Lào Cai').waitFor();
    await page.getByText('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam').waitFor();
    // Today is open, from half an hour ahead of now (the suite's clock runs on from 09:30); the
    // weekend is greyed with why.
    const today = page.getByRole('radio', { name: /^Thứ Năm 18\/3, còn \d+ chỗ$/ });
    await expect.poll(() => today.getAttribute('aria-checked')).toBe('true');
    const firstToday = page.getByRole('radiogroup', { name: 'Giờ hẹn buổi sáng' }).getByRole('radio').first();
    expect((await firstToday.getAttribute('aria-label')) ?? '').toMatch(/^1[01]:[03]0, còn 6 trên 6 chỗ$/);
    await expect(page.getByRole('radio', { name: /^0[789]:/ }).count()).resolves.toBe(0);
    expect(await page.getByRole('radio', { name: /^Chủ nhật 21\/3, Chủ nhật: bộ phận Một cửa không làm việc/ }).isDisabled()).toBe(true);
    await page.getByRole('radio', { name: /^Thứ Sáu 19\/3/ }).click();
    await page.getByRole('radio', { name: '08:30, còn 6 trên 6 chỗ' }).click();
    await page.getByLabel(/Ghi chú cho cán bộ/).fill('Xin phiếu số 1 để nộp hồ sơ xin việc');
    await p.shot('appointments-book');
    await page.getByRole('button', { name: 'Đặt lịch 08:30, Thứ Sáu, 19/03/2027' }).click();

    // The ticket.
    await page.getByText('Đã đặt lịch hẹn. Bạn sẽ nhận được lời nhắc vào hôm trước.').waitFor();
    await page.getByText('08:30 – 09:00').waitFor();
    await page.getByText('Thứ Sáu, 19/03/2027').waitFor();
    const code = (await page.locator('.apt-code').innerText()).trim();
    expect(code).toMatch(/^LH-270319-[A-Z2-9]{6}$/);
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLImageElement>('img.apt-qr-img')?.naturalWidth ?? 0)).toBeGreaterThan(0);
    await p.shot('appointments-ticket');
    const token = await signInApi(userId);
    const mine = await api('/api/me/appointments?state=upcoming', { token });
    expect(mine.body.items.map((a: { code: string }) => a.code)).toEqual([code]);
    const slot = await api('/api/appointments/slots?officeId=tinh-lao-cai&date=2027-03-19');
    expect(slot.body.slots.find((x: { time: string }) => x.time === '08:30').remaining).toBe(5);

    // What the QR code holds, typed into the scanner, opens the same ticket.
    await p.go('/scan');
    await page.getByLabel('Hoặc nhập mã').fill(mine.body.items[0].qr);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByRole('article', { name: `Lịch hẹn ${code}` }).waitFor();

    // "Lịch hẹn của tôi" and the notice of the booking.
    await p.go('/appointments/mine');
    await page.getByText('Trung tâm Phục vụ hành chính công tỉnh Lào Cai').waitFor();
    await p.shot('appointments-mine');
    await p.go('/notifications');
    await page.getByText(`Đã đặt lịch hẹn – ${code}`).waitFor();

    // Cancel, after confirming: the place is free again.
    await p.go(`/appointments/${code}`);
    await page.getByRole('button', { name: 'Hủy lịch hẹn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hủy lịch hẹn?' });
    await dialog.waitFor();
    await dialog.getByLabel('Tôi muốn đặt giờ khác').check();
    await p.shot('appointments-cancel-confirm');
    await dialog.getByRole('button', { name: 'Hủy lịch hẹn' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.apt-status').getByText('Đã hủy').waitFor();
    await expect(page.getByRole('button', { name: 'Hủy lịch hẹn' }).count()).resolves.toBe(0);
    await p.shot('appointments-cancelled');
    const freed = await api('/api/appointments/slots?officeId=tinh-lao-cai&date=2027-03-19');
    expect(freed.body.slots.find((x: { time: string }) => x.time === '08:30').remaining).toBe(6);
    p.expectClean();
    await p.context.close();
  });

  it('from the home grid: find a commune’s centre without diacritics, see its hours and pick a day', async () => {
    const p = await phonePage();
    const { page } = p;
    await p.go('/');
    await page.getByRole('link', { name: 'Đặt lịch hẹn' }).click();
    await page.getByLabel('Tìm nơi hẹn').fill('sa pa');
    await page.getByRole('button', { name: /Trung tâm Phục vụ hành chính công phường Sa Pa/ }).waitFor();
    await p.shot('appointments-offices');
    await page.getByRole('button', { name: /Trung tâm Phục vụ hành chính công phường Sa Pa/ }).click();
    await page.getByText('Thứ Hai – Thứ Sáu: 7:30 – 11:30, 13:30 – 17:00').waitFor();
    await page.getByRole('radio', { name: /^Thứ Hai 22\/3/ }).click();
    await page.getByText('Buổi chiều').waitFor();
    await p.shot('appointments-day');
    p.expectClean();
    await p.context.close();
  });
});
