import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER, startServer, type TestServer } from './helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

// The smallest real files of each kind: the server looks at the bytes, not the name.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function form(bytes: Buffer, name: string, field = 'file', type = 'application/octet-stream') {
  const fd = new FormData();
  fd.append(field, new Blob([new Uint8Array(bytes)], { type }), name);
  return fd;
}

describe('uploads', () => {
  it('stores a PNG and a PDF, sniffed by content, and serves them to the owner only', async () => {
    const token = await s.signIn('uploader');
    const png = await s.api('/api/uploads', { method: 'POST', token, body: form(PNG, 'anh.txt') });
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({ name: 'anh.txt', size: PNG.length, contentType: 'image/png' });
    const pdf = await s.api('/api/uploads', { method: 'POST', token, body: form(PDF, '../../giay-to.pdf') });
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({ name: 'giay-to.pdf', contentType: 'application/pdf' });

    const mine = await fetch(`${s.url}/api/uploads/${png.body.id}/content`, { headers: { authorization: `Bearer ${token}` } });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('image/png');
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await mine.arrayBuffer()).equals(PNG)).toBe(true);

    const other = await s.signIn('someone-else');
    expect((await s.api(`/api/uploads/${png.body.id}/content`, { token: other })).status).toBe(404);
    expect((await s.api(`/api/uploads/${png.body.id}/content`)).status).toBe(404);
    expect((await s.api(`/api/uploads/${png.body.id}/content`, { token: OFFICER })).status).toBe(200);
  });

  it('keeps a long name whole-charactered with its extension, and drops marks that turn text around', async () => {
    const token = await s.signIn('name-keeper');
    const long = await s.api('/api/uploads', { method: 'POST', token, body: form(PNG, `${'a'.repeat(149)}😀.png`) });
    expect(long.status).toBe(201);
    const name = long.body.name as string;
    expect(name).not.toContain('\uFFFD');
    expect(name.endsWith('.png')).toBe(true);
    expect(Array.from(name).length).toBeLessThanOrEqual(150);
    const turned = await s.api('/api/uploads', { method: 'POST', token, body: form(PNG, '\u202Egnp.exe') });
    expect(turned.body.name).toBe('gnp.exe');
    const emoji = await s.api('/api/uploads', { method: 'POST', token, body: form(PNG, '😀'.repeat(200)) });
    expect(emoji.body.name).toBe('😀'.repeat(150));
    const served = await fetch(`${s.url}/api/uploads/${long.body.id}/content`, { headers: { authorization: `Bearer ${token}` } });
    expect(served.headers.get('content-disposition')).toMatch(/a\.png$/);
  });

  it('refuses other types with 415, oversize with 413, and no sign-in with 401', async () => {
    const token = await s.signIn('refused-uploader');
    const html = await s.api('/api/uploads', { method: 'POST', token, body: form(Buffer.from('<html><script>alert(1)</script>'), 'x.png', 'file', 'image/png') });
    expect(html.status).toBe(415);
    const big = Buffer.alloc(10 * 1024 * 1024 + 10, 0);
    PNG.copy(big);
    const tooBig = await s.api('/api/uploads', { method: 'POST', token, body: form(big, 'to.png') });
    expect(tooBig.status).toBe(413);
    expect((await s.api('/api/uploads', { method: 'POST', body: form(PNG, 'a.png') })).status).toBe(401);
    const wrongField = await s.api('/api/uploads', { method: 'POST', token, body: form(PNG, 'a.png', 'photo') });
    expect(wrongField.status).toBe(400);
    const json = await s.api('/api/uploads', { method: 'POST', token, json: { file: 'x' } });
    expect(json.status).toBe(415);
    // Nothing refused was kept.
    const count = s.ctx.db.prepare('SELECT COUNT(*) FROM uploads WHERE owner_id = ?').pluck().get('refused-uploader') as number;
    expect(count).toBe(0);
  });
});
