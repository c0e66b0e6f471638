import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import QRCode from 'qrcode';
import jsQR from 'jsqr';
import { parseQrPayload, qrPayloadFor } from '../src/services/qr-payload.js';
import { listQrItems } from '../src/services/qr-items.js';
import { OFFICER, startServer, type TestServer } from './helpers.js';

/** Draws the `qrcode` package's SVG (rows of horizontal strokes) into pixels, as a camera would see it. */
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; width: number; height: number } {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1];
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const m of d.matchAll(/([Mmh])(-?[\d.]+)(?:[ ,](-?[\d.]+))?/g)) {
    const a = Number(m[2]);
    const b = Number(m[3] ?? 0);
    if (m[1] === 'M') [x, y] = [a, b];
    else if (m[1] === 'm') [x, y] = [x + a, y + b];
    else {
      for (let i = 0; i < a; i++) dark.add(`${x + i},${Math.floor(y)}`);
      x += a;
    }
  }
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py++)
    for (let px = 0; px < width; px++)
      if (dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`)) {
        const o = (py * width + px) * 4;
        data[o] = data[o + 1] = data[o + 2] = 0;
      }
  return { data, width, height: width };
}

describe('reading a QR payload', () => {
  it('reads Zalo deep links and app links with ?qr=', () => {
    expect(parseQrPayload('https://zalo.me/s/1234567/?qr=news/bai-viet-1')).toEqual({ kind: 'news', id: 'bai-viet-1' });
    expect(parseQrPayload('http://localhost:3000/?qr=place/fansipan')).toEqual({ kind: 'place', id: 'fansipan' });
    expect(parseQrPayload('https://zalo.me/s/1234567/?qr=tour/../../etc')).toMatchObject({ kind: 'url' });
    expect(parseQrPayload('https://zalo.me/s/1/?qr=secret/x')).toMatchObject({ kind: 'url', domain: 'zalo.me' });
  });
  it('reads links to the app’s pages, also under /zapps/<id>', () => {
    expect(parseQrPayload('https://h5.zdn.vn/zapps/123/tourism/tours/sapa-2n1d')).toEqual({ kind: 'tour', id: 'sapa-2n1d' });
    expect(parseQrPayload('http://localhost:3000/dossiers/track/000.00.31.h38-261127-0001')).toEqual({ kind: 'dossier', id: '000.00.31.H38-261127-0001' });
  });
  it('reads bare codes and codes inside a portal link', () => {
    expect(parseQrPayload(' 000.00.31.H38-261127-0001 ')).toEqual({ kind: 'dossier', id: '000.00.31.H38-261127-0001' });
    expect(parseQrPayload('pa-261120-0007')).toEqual({ kind: 'feedback', id: 'PA-261120-0007' });
    expect(parseQrPayload('https://dichvucong.laocai.gov.vn/tra-cuu?ma=000.00.31.H38-261127-0001')).toEqual({
      kind: 'dossier',
      id: '000.00.31.H38-261127-0001',
    });
  });
  it('matches a link of the province’s sites to an item we have', () => {
    const known = (url: URL) => (url.pathname === '/bai-1.html' ? { kind: 'news' as const, id: 'bai-1' } : null);
    expect(parseQrPayload('https://baolaocai.vn/bai-1.html', known)).toEqual({ kind: 'news', id: 'bai-1' });
    expect(parseQrPayload('https://baolaocai.vn/bai-2.html', known)).toEqual({ kind: 'url', id: 'https://baolaocai.vn/bai-2.html', domain: 'baolaocai.vn' });
  });
  it('keeps other links as links and the rest as text', () => {
    expect(parseQrPayload('https://evn.com.vn/lich-cat-dien')).toEqual({ kind: 'url', id: 'https://evn.com.vn/lich-cat-dien', domain: 'evn.com.vn' });
    expect(parseQrPayload('WIFI:S:LaoCai;T:WPA;P:123;;')).toEqual({ kind: 'unknown', id: 'WIFI:S:LaoCai;T:WPA;P:123;;' });
    expect(parseQrPayload('javascript:alert(1)')).toEqual({ kind: 'unknown', id: 'javascript:alert(1)' });
  });
  it('encodes a Zalo deep link when the app id is known, else an app link', () => {
    expect(qrPayloadFor('news', 'a', { zaloAppId: '42', appBaseUrl: 'http://x' })).toBe('https://zalo.me/s/42/?qr=news/a');
    expect(qrPayloadFor('news', 'a', { zaloAppId: '', appBaseUrl: 'http://x' })).toBe('http://x/?qr=news/a');
    expect(qrPayloadFor('dossier', 'C', { zaloAppId: '42', appBaseUrl: 'http://x' }, 'k'.repeat(16))).toBe(`https://zalo.me/s/42/?qr=dossier/C&key=${'k'.repeat(16)}`);
  });
  it('carries a receipt’s key with its dossier, from a deep link or an app link, and only in its form', () => {
    const key = 'AbC_dEf-1234567x';
    const code = '000.00.31.H38-261127-0001';
    expect(parseQrPayload(`https://zalo.me/s/42/?qr=dossier/${code}&key=${key}`)).toEqual({ kind: 'dossier', id: code, key });
    expect(parseQrPayload(`http://localhost:3000/dossiers/track/${code}?key=${key}`)).toEqual({ kind: 'dossier', id: code, key });
    expect(parseQrPayload(`https://zalo.me/s/42/?qr=dossier/${code}&key=ngan`)).toEqual({ kind: 'dossier', id: code });
    expect(parseQrPayload(`https://zalo.me/s/42/?qr=news/a&key=${key}`)).toEqual({ kind: 'news', id: 'a' });
  });
  it('reads a link with a broken % escape as a link, never failing', () => {
    for (const bad of ['%E0%A4%A', '%', '%zz', '%C3%28', '%ED%A0%80']) {
      const text = `http://localhost:3000/dossiers/track/${bad}`;
      expect(() => parseQrPayload(text), bad).not.toThrow();
      expect(parseQrPayload(text).kind).toBe('url');
    }
  });
});

describe('QR endpoints', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ ZALO_APP_ID: '2468013579' });
  });
  afterAll(() => s.close());

  it('resolves text and refuses bad requests with 400', async () => {
    const res = await s.api('/api/qr/resolve?data=' + encodeURIComponent('https://evn.com.vn/x'));
    expect(res.body).toEqual({ kind: 'url', id: 'https://evn.com.vn/x', found: false, domain: 'evn.com.vn' });
    const code = await s.api('/api/qr/resolve?data=PA-990101-9999');
    expect(code.body).toEqual({ kind: 'feedback', id: 'PA-990101-9999', found: false });
    expect((await s.api('/api/qr/resolve')).status).toBe(400);
    expect((await s.api('/api/qr/resolve?data=')).status).toBe(400);
    expect((await s.api('/api/qr/resolve?data=' + 'a'.repeat(2001))).status).toBe(400);
    expect((await s.api('/api/qr/secret/x.svg')).status).toBe(400);
    expect((await s.api('/api/qr/news/..%2F..%2Fetc.svg')).status).toBe(400);
    expect((await s.api('/api/qr/news/khong-co-bai-nay.svg')).status).toBe(404);
  });

  it('recognises a code typed with spaces, in lower case or with other dashes, and nothing in words', async () => {
    const code = (s.ctx.db.prepare('SELECT code FROM dossiers ORDER BY code LIMIT 1').pluck().get() as string);
    const [agency, day, seq] = code.split('-');
    for (const typed of [`${agency} ${day} ${seq}`, code.toLowerCase(), `${agency}–${day}–${seq}`, ` ${agency} - ${day} - ${seq} `]) {
      const res = await s.api('/api/qr/resolve?data=' + encodeURIComponent(typed));
      expect(res.body, typed).toMatchObject({ kind: 'dossier', id: code, found: true });
    }
    const report = (s.ctx.db.prepare('SELECT code FROM feedback ORDER BY code LIMIT 1').pluck().get() as string);
    const spaced = await s.api('/api/qr/resolve?data=' + encodeURIComponent(report.toLowerCase().replace(/-/g, ' ')));
    expect(spaced.body).toMatchObject({ kind: 'feedback', id: report, found: true });
    expect((await s.api('/api/qr/resolve?data=xin%20chao')).body).toMatchObject({ kind: 'unknown', found: false });
  });

  it('draws every seeded kind as an SVG that decodes back to its deep link, and resolves it', async () => {
    const kinds = (['dossier', 'feedback', 'news', 'place', 'tour'] as const).filter((k) => listQrItems(s.ctx.db, k, 1).length > 0);
    expect(kinds).toEqual(['dossier', 'feedback', 'news', 'place', 'tour']); // every feature is seeded
    for (const kind of kinds) {
      const [item] = listQrItems(s.ctx.db, kind, 1);
      // A dossier's QR code is its receipt: drawn with the receipt key only.
      const key = kind === 'dossier' ? (await s.api(`/api/dossiers/${item.id}`, { token: OFFICER })).body.receipt.key : undefined;
      const res = await fetch(`${s.url}/api/qr/${kind}/${encodeURIComponent(item.id)}.svg${key ? `?key=${key}` : ''}`);
      expect(res.headers.get('content-type')).toContain('image/svg+xml');
      expect(res.headers.get('cache-control')).toBe(key ? 'private, max-age=86400' : 'public, max-age=86400');
      const { data, width, height } = rasterise(await res.text());
      const decoded = jsQR(data, width, height);
      expect(decoded?.data).toBe(`https://zalo.me/s/2468013579/?qr=${kind}/${item.id}${key ? `&key=${key}` : ''}`);
      const back = await s.api('/api/qr/resolve?data=' + encodeURIComponent(decoded!.data));
      expect(back.body).toEqual({ kind, id: item.id, found: true, ...(key ? { key } : {}) });
      if (key) {
        // Whoever scans it sees the applicant masked; without the key, or with another, no QR code at all.
        expect((await s.api(`/api/dossiers/${item.id}?key=${back.body.key}`)).body.access).toBe('receipt');
        expect((await s.api(`/api/qr/dossier/${encodeURIComponent(item.id)}.svg`)).status).toBe(404);
        expect((await s.api(`/api/qr/dossier/${encodeURIComponent(item.id)}.svg?key=${'A'.repeat(16)}`)).status).toBe(404);
      }
    }
  });

  it('answers a link holding a broken % escape like any other text, never 5xx', async () => {
    for (const bad of ['%E0%A4%A', '%', '%zz', '%C3%28', '%ED%A0%80', '%00']) {
      for (const data of [`http://localhost:3000/dossiers/track/${bad}`, `https://zalo.me/s/1/?qr=dossier/${bad}`, bad]) {
        const res = await s.api('/api/qr/resolve?data=' + encodeURIComponent(data));
        expect(res.status, data).toBe(200);
        expect(['url', 'unknown']).toContain(res.body.kind);
      }
      // The escape left raw in the query string itself.
      const raw = await s.api(`/api/qr/resolve?data=http://localhost:3000/dossiers/track/${bad}`);
      expect(raw.status, bad).toBeLessThan(500);
    }
  });

  it('resolves the province’s own links to the article or place we have', async () => {
    const [article] = listQrItems(s.ctx.db, 'news', 1);
    const news = await s.api('/api/qr/resolve?data=' + encodeURIComponent(`https://baolaocai.vn/${article.id}.html`));
    expect(news.body).toEqual({ kind: 'news', id: article.id, found: true });
    const place = await s.api('/api/qr/resolve?data=' + encodeURIComponent('https://dulichlaocai.vn/dia-diem/fansipan'));
    expect(place.body).toEqual({ kind: 'place', id: 'fansipan', found: true });
    const other = await s.api('/api/qr/resolve?data=' + encodeURIComponent('https://baolaocai.vn/khong-co-bai-nay.html'));
    expect(other.body.kind).toBe('url');
  });

  it('serves a printable sheet grouped by kind, drawn once and kept until the records change', async () => {
    const res = await fetch(`${s.url}/qr-sheet`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('Bảng mã QR thử nghiệm');
    for (const title of ['Hồ sơ thủ tục hành chính', 'Phản ánh', 'Tin bài', 'Địa điểm du lịch', 'Tour du lịch']) expect(html).toContain(`<h2>${title}</h2>`);
    expect(html.match(/<svg/g)!.length).toBeGreaterThanOrEqual(5 * 5);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);

    // Kept: asking again draws nothing (the QR library is not called), and a client holding it gets 304.
    const draw = vi.spyOn(QRCode, 'toString');
    try {
      const started = performance.now();
      const again = await fetch(`${s.url}/qr-sheet`);
      expect(await again.text()).toBe(html);
      expect(performance.now() - started).toBeLessThan(200);
      expect((await fetch(`${s.url}/qr-sheet`, { headers: { 'if-none-match': etag } })).status).toBe(304);
      expect(draw).not.toHaveBeenCalled();
      // A renamed place is drawn again.
      s.ctx.db.prepare("UPDATE places SET name = name || ' (mới)' WHERE rowid = (SELECT MIN(rowid) FROM places)").run();
      const changed = await fetch(`${s.url}/qr-sheet`, { headers: { 'if-none-match': etag } });
      expect(changed.status).toBe(200);
      expect(await changed.text()).toContain(' (mới)');
      expect(draw).toHaveBeenCalled();
    } finally {
      draw.mockRestore();
      s.ctx.db.prepare("UPDATE places SET name = replace(name, ' (mới)', '')").run();
    }
  });

  it('leaves dossiers off the sheet when running for real: their QR codes are receipts', async () => {
    const real = await startServer({
      IDENTITY_MODE: 'zalo',
      OFFICER_TOKEN: 'o'.repeat(40),
      OFFICER_DEV_PASSWORD: 'mat-khau-rieng-2026',
      SESSION_SECRET: 's'.repeat(40),
      ZALO_APP_ID: '2468013579',
      ZALO_APP_SECRET: 'bi-mat',
      OPEN311_API_KEYS: 'khoa-rieng-cua-ung-dung-a:ung-dung-a',
      PUBLIC_BASE_URL: 'https://api.laocai.gov.vn',
      CHECKOUT_MODE: 'zalo',
      CHECKOUT_PRIVATE_KEY: 'khoa-rieng-zalo-checkout-cua-tinh',
    });
    try {
      const html = await (await fetch(`${real.url}/qr-sheet`)).text();
      expect(html).toContain('<h2>Phản ánh</h2>');
      expect(html).not.toContain('Hồ sơ thủ tục hành chính');
      expect(html).not.toMatch(/H38-\d{6}/);
    } finally {
      await real.close();
    }
  });
});
