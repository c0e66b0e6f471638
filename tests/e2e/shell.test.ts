import { describe, expect, it } from 'vitest';
import { appUrl, hasBrowser, phonePage, useBrowser } from './harness';

useBrowser();

describe.skipIf(!hasBrowser())('app shell in a phone browser', () => {
  it('opens home with the header, greeting and bottom navigation', async () => {
    const p = await phonePage();
    await p.go('/');
    await expect(p.page.getByRole('heading', { level: 1, name: 'Lào Cai số' }).isVisible()).resolves.toBe(true);
    await expect(p.page.getByText(/Chào buổi/).isVisible()).resolves.toBe(true);
    const nav = p.page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: 'Trang chủ' }).isVisible()).resolves.toBe(true);
    expect(await p.page.evaluate(() => document.documentElement.lang)).toBe('vi');
    // No icon renders as a word (the zmp-ui font is never used for our icons).
    expect(await p.page.locator('body').innerText()).not.toMatch(/zi_[a-z]/);
    await p.shot('home');
    p.expectClean();
    await p.context.close();
  });

  it('Cá nhân asks consent with a reason, and shows the name once the user agrees', async () => {
    const p = await phonePage({ userName: 'Lò Văn Pao' });
    await p.go('/');
    await p.page.getByRole('link', { name: 'Cá nhân' }).click();
    await p.page.getByRole('heading', { name: 'Cá nhân' }).waitFor();
    await p.page.getByText('Người dân Lào Cai').waitFor();
    await p.page.getByRole('button', { name: 'Dùng tên và ảnh Zalo của tôi' }).click();
    await p.page.getByText(/xin dùng/).waitFor();
    await p.shot('me-consent');
    await p.page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await p.page.getByText('Lò Văn Pao').waitFor();
    await p.shot('me');
    // Home greets by name now.
    await p.page.getByRole('link', { name: 'Trang chủ' }).click();
    await p.page.getByText(/Chào buổi [^,]+, Pao!/).waitFor();
    p.expectClean();
    await p.context.close();
  });

  it('explains a refusal and offers to try again', async () => {
    const p = await phonePage();
    await p.go('/me');
    await p.page.getByRole('button', { name: 'Dùng tên và ảnh Zalo của tôi' }).click();
    await p.page.getByRole('button', { name: 'Không đồng ý' }).click();
    await p.page.getByText(/Bạn chưa chia sẻ tên/).waitFor();
    await expect(p.page.getByRole('button', { name: 'Thử lại' }).isVisible()).resolves.toBe(true);
    await p.shot('me-refused');
    p.expectClean();
    await p.context.close();
  });

  it('shows a friendly not-found page for an unknown address, even opened directly', async () => {
    const p = await phonePage();
    await p.go('/khong/co/trang/nay');
    await p.page.getByText('Trang này không có trong Lào Cai số').waitFor();
    await p.shot('not-found');
    p.expectClean();
    await p.context.close();
  });

  it('runs under Zalo\u2019s /zapps/<APP_ID> base path as well', async () => {
    const p = await phonePage();
    await p.page.goto(`${appUrl()}/zapps/1234567890/me`, { waitUntil: 'networkidle' });
    await p.page.getByRole('heading', { name: 'Cá nhân' }).waitFor();
    await p.page.getByRole('link', { name: 'Trang chủ' }).click();
    expect(new URL(p.page.url()).pathname).toBe('/zapps/1234567890');
    await p.page.getByRole('heading', { name: 'Lào Cai số' }).waitFor();
    p.expectClean();
    await p.context.close();
  });
});
