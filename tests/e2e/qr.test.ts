import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { api, hasBrowser, phonePage, seededDossier, useBrowser } from './harness';

useBrowser();

async function qrPng(text: string): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-qr-')), 'ma-qr.png');
  await QRCode.toFile(file, text, { width: 360, margin: 3 });
  return file;
}

describe.skipIf(!hasBrowser())('QR scanning in a browser', () => {
  it('reads a picture with a code of an outside link and asks before opening it', async () => {
    const p = await phonePage();
    await p.go('/scan');
    const chooser = p.page.waitForEvent('filechooser');
    await p.page.getByRole('button', { name: 'Chọn ảnh có mã QR' }).click();
    await (await chooser).setFiles(await qrPng('https://www.evn.com.vn/lich-ngung-giam-cung-cap-dien'));
    await p.page.getByText('www.evn.com.vn', { exact: true }).waitFor();
    expect(await p.page.getByRole('button', { name: 'Mở liên kết' }).isVisible()).toBe(true);
    await p.page.getByText('Liên kết tới www.evn.com.vn').waitFor(); // remembered in the history
    await p.shot('scan-link');
    p.expectClean();
    await p.context.close();
  });

  it('reads a picture of a seeded dossier’s code and lands on its status page', async () => {
    const { code } = await seededDossier({ status: 4 });
    const p = await phonePage();
    await p.go('/scan');
    const chooser = p.page.waitForEvent('filechooser');
    await p.page.getByRole('button', { name: 'Chọn ảnh có mã QR' }).click();
    await (await chooser).setFiles(await qrPng(code));
    await p.page.waitForURL((url) => decodeURIComponent(url.pathname) === `/dossiers/track/${code}`);
    await p.page.getByText(code).first().waitFor();
    await p.page.getByText(/Đang xử lý/).first().waitFor();
    await p.shot('scan-dossier');
    p.expectClean();
    await p.context.close();
  });

  it('opens the app from a ?qr= deep link straight on the article', async () => {
    const { body } = await api('/api/news?source=bao-lao-cai&pageSize=1');
    const article = body.items[0];
    const p = await phonePage();
    await p.go(`/?qr=news/${article.id}`);
    await p.page.waitForURL((url) => url.pathname === `/news/${article.id}`);
    await p.page.getByRole('heading', { name: article.title }).waitFor();
    // Back goes home, not out of the app.
    await p.shot('deep-link-article');
    p.expectClean();
    await p.context.close();
  });

  it('explains a refused camera and keeps the other two ways', async () => {
    const p = await phonePage();
    await p.context.clearPermissions();
    await p.page.addInitScript(() => {
      Object.defineProperty(navigator, 'mediaDevices', {
        value: { getUserMedia: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await p.go('/scan');
    await p.page.getByRole('button', { name: 'Mở máy ảnh để quét' }).click();
    await p.page.getByText(/Bạn chưa cho phép dùng máy ảnh/).waitFor();
    expect(await p.page.getByRole('button', { name: 'Chọn ảnh có mã QR' }).isVisible()).toBe(true);
    expect(await p.page.getByLabel('Hoặc nhập mã').isVisible()).toBe(true);
    await p.shot('scan-camera-refused');
    p.expectClean();
    await p.context.close();
  });
});
