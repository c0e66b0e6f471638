import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { parseQrPayload, qrPayloadFor } from '../src/services/qr-payload.js';
import { listQrItems } from '../src/services/qr-items.js';
import { startServer, type TestServer } from './helpers.js';

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
      const res = await fetch(`${s.url}/api/qr/${kind}/${encodeURIComponent(item.id)}.svg`);
      expect(res.headers.get('content-type')).toContain('image/svg+xml');
      const { data, width, height } = rasterise(await res.text());
      const decoded = jsQR(data, width, height);
      expect(decoded?.data).toBe(`https://zalo.me/s/2468013579/?qr=${kind}/${item.id}`);
      const back = await s.api('/api/qr/resolve?data=' + encodeURIComponent(decoded!.data));
      expect(back.body).toEqual({ kind, id: item.id, found: true });
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

  it('serves a printable sheet grouped by kind', async () => {
    const res = await fetch(`${s.url}/qr-sheet`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('Bảng mã QR thử nghiệm');
    for (const title of ['Hồ sơ thủ tục hành chính', 'Phản ánh', 'Tin bài', 'Địa điểm du lịch', 'Tour du lịch']) expect(html).toContain(`<h2>${title}</h2>`);
    expect(html.match(/<svg/g)!.length).toBeGreaterThanOrEqual(5 * 5);
  });
});
