import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnDateKey } from '../src/contract/vn-time.js';
import { OFFICER, startServer, type TestServer } from './helpers.js';

/**
 * Every text a person or client can send, through every write that stores text, carries direction
 * controls, C0/C1 controls, a tab and a lone surrogate. Afterwards no text anywhere in the
 * database (JSON columns read as JSON) holds any of them; line breaks survive only where the
 * field has several lines.
 */
const DIRT = '\u202E\u2066\u200F\u061C\u0007\u0000\u001B\u0085\u009B\ud800';
/** Dirt in the middle of a word, and at both ends with a tab (a tab becomes a space). */
const dirty = (text: string) => {
  const mid = Math.floor(text.length / 2);
  return `${DIRT}\t${text.slice(0, mid)}${DIRT}${text.slice(mid)}\t${DIRT}`;
};
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0000-\u0009\u000B-\u001F\u007F-\u009F]|\p{Cs}/u;

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

let n = 0;
const key = () => `stored-text-${n++}-${Date.now()}`;
const post = async (path: string, json: unknown, token: string, idempotent = true) => {
  const res = await s.api(path, { method: 'POST', token, json, headers: idempotent ? { 'idempotency-key': key() } : {} });
  expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
};
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
async function upload(token: string, name: string) {
  const fd = new FormData();
  fd.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), name);
  const res = await s.api('/api/uploads', { method: 'POST', token, body: fd });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** Every string inside a stored value, JSON columns opened. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') {
    if (/^[[{"]/.test(value)) {
      try {
        return [value, ...stringsIn(JSON.parse(value))];
      } catch {
        /* plain text that starts like JSON */
      }
    }
    return [value];
  }
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('text stored from every write', () => {
  it('holds no direction controls, control characters or lone surrogates', { timeout: 60_000 }, async () => {
    const res = await s.api('/api/auth/session', {
      method: 'POST',
      json: { zaloAccessToken: 'mock:ban-ve-sinh', profile: { name: dirty('Giàng Thị Mỷ') } },
    });
    const token = res.body.token as string;
    expect(res.body.user.name).toBe('Giàng Thị Mỷ');

    // Feedback, its officer steps and the sender's rating and reopening.
    const photo = await upload(token, dirty('ảnh ổ gà.png'));
    const report = await post(
      '/api/feedback',
      {
        categoryId: 'giao-thong',
        title: dirty('Ổ gà lớn trước chợ'),
        content: dirty('Ổ gà sâu\r\nnằm giữa đường, xe máy dễ ngã.'),
        location: null,
        areaId: 'phuong-sa-pa',
        address: dirty('Đường Cầu Mây, phường Sa Pa'),
        photoIds: [photo],
      },
      token,
    );
    expect(report.title).toBe('Ổ gà lớn trước chợ');
    expect(report.content).toBe('Ổ gà sâu\nnằm giữa đường, xe máy dễ ngã.');
    const code = report.code as string;
    await post(`/api/officer/feedback/${code}/assign`, { agency: dirty('UBND phường Sa Pa'), note: dirty('Chuyển phòng Kinh tế') }, OFFICER, false);
    await post(`/api/officer/feedback/${code}/process`, { note: dirty('Đang kiểm tra hiện trường') }, OFFICER, false);
    await post(`/api/officer/feedback/${code}/answer`, { agency: dirty('UBND phường Sa Pa'), text: dirty('Đã vá ổ gà\nsáng thứ Hai.') }, OFFICER, false);
    await post(`/api/feedback/${code}/rating`, { score: 4, comment: dirty('Cảm ơn\ncán bộ phường') }, token);
    await post(`/api/feedback/${code}/reopen`, { reason: dirty('Ổ gà lại bong lớp nhựa sau cơn mưa.') }, token);
    const second = await post(
      '/api/feedback',
      { categoryId: 'giao-thong', title: 'Ổ gà lớn trước chợ', content: 'Ổ gà sâu giữa đường, xe máy dễ ngã.', areaId: 'phuong-sa-pa', address: 'Đường Cầu Mây' },
      token,
    );
    await post(`/api/officer/feedback/${second.code}/duplicate`, { originalCode: code, note: dirty('Cùng một vị trí') }, OFFICER, false);
    const third = await post(
      '/api/feedback',
      { categoryId: 'giao-thong', title: 'Biển báo bị che', content: 'Cây che khuất biển báo ở dốc.', areaId: 'phuong-sa-pa', address: 'Dốc Hàm Rồng' },
      token,
    );
    await post(`/api/officer/feedback/${third.code}/reject`, { reason: dirty('Không thuộc thẩm quyền của phường') }, OFFICER, false);

    // A dossier: applicant, the procedure's own text fields, officer steps, a supplement, a withdrawal.
    const attachment = await upload(token, dirty('giấy chứng sinh.png'));
    const dossier = await post(
      '/api/dossiers',
      {
        procedureId: '1.001193.000.00.00.H38',
        applicant: {
          fullName: dirty('Giàng Thị Mỷ'),
          idNumber: '010195003344',
          phone: '0912345678',
          email: '',
          address: { province: 'Lào Cai', commune: 'Phường Sa Pa', street: dirty('Tổ 5, đường Cầu Mây') },
        },
        fields: {
          childFullName: dirty('Giàng A Páo'),
          childGender: 'nam',
          childBirthDate: vnDateKey(s.ctx.now()),
          childBirthPlace: dirty('Bệnh viện Đa khoa thị xã Sa Pa'),
          childEthnicity: 'Mông',
          motherFullName: 'Giàng Thị Mỷ',
          motherIdNumber: '010195003344',
          relationship: 'Mẹ',
          commitment: true,
        },
        papers: { 'giay-chung-sinh': [attachment] },
      },
      token,
    );
    const move = (body: Record<string, unknown>) => post(`/api/officer/dossiers/${dossier.code}/transitions`, body, OFFICER, false);
    await move({ to: 2, officerName: dirty('Sùng Thị Pà') });
    await move({ to: 4, note: dirty('Chuyển bộ phận hộ tịch') });
    await move({ to: 5, note: dirty('Ảnh chụp bị mờ'), missingDocuments: [dirty('Giấy chứng sinh bản rõ nét')] });
    await post(`/api/dossiers/${dossier.code}/supplements`, { papers: { 'bo-sung-1': [await upload(token, 'ban-ro.png')] }, note: dirty('Gửi lại\nbản rõ') }, token);
    await post(`/api/dossiers/${dossier.code}/withdraw`, { reason: dirty('Tôi sẽ nộp trực tiếp') }, token);

    // An Open311 client, form-encoded as the specification asks (UTF-8 cannot carry a lone
    // surrogate: the encoder turns it into U+FFFD, a real character, so none is sent here).
    const dirtyForm = (text: string) => dirty(text).replace(/\ud800/g, '');
    const form = new URLSearchParams({
      api_key: 'open311-dev-key-lao-cai',
      service_code: 'giao-thong',
      description: dirtyForm('Đèn đường tắt cả tuần\r\nở ngõ 12'),
      title: dirtyForm('Đèn đường tắt'),
      address_string: dirtyForm('Ngõ 12 đường Hoàng Liên, phường Lào Cai'),
      first_name: dirtyForm('Lý'),
      last_name: dirtyForm('Seo Chứ'),
      email: dirtyForm('ly@example.vn'),
      phone: dirtyForm('0912345678'),
      device_id: dirtyForm('may-1'),
      account_id: dirtyForm('tk-1'),
    });
    const open311 = await s.api('/open311/v2/requests.json', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(open311.status, JSON.stringify(open311.body)).toBe(201);

    const db = s.ctx.db;
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const found: string[] = [];
    let scanned = 0;
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) {
          for (const text of stringsIn(value)) {
            scanned++;
            if (FORBIDDEN.test(text)) found.push(`${table}.${column}: ${JSON.stringify(text).slice(0, 120)}`);
          }
        }
      }
    }
    expect(scanned).toBeGreaterThan(1000);
    expect(found, found.slice(0, 10).join('\n')).toEqual([]);
    // What was sent is really there, cleaned.
    const kept = db.prepare('SELECT content FROM feedback WHERE source = ? ORDER BY created_at DESC LIMIT 1').pluck().get('open311:ung-dung-thu-nghiem');
    expect(kept).toBe('Đèn đường tắt cả tuần\nở ngõ 12');
    const applicant = JSON.parse(db.prepare('SELECT applicant FROM dossiers WHERE code = ?').pluck().get(dossier.code) as string);
    expect(applicant.address.street).toBe('Tổ 5, đường Cầu Mây');
  });
});
