import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER, startServer, type TestServer } from './helpers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let keyCounter = 0;
const newKey = () => `test-key-${Date.now()}-${keyCounter++}`;

async function upload(token: string, bytes: Buffer, name: string) {
  const fd = new FormData();
  fd.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await s.api('/api/uploads', { method: 'POST', token, body: fd });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** A spot in phường Sa Pa, near nothing seeded. */
const SPOT = { lat: 22.3301, long: 103.8502 };

function report(over: Record<string, unknown> = {}) {
  return {
    categoryId: 'giao-thong',
    title: 'Ổ gà giữa đường Cầu Mây',
    content: 'Có một ổ gà sâu giữa đường, xe máy đi qua rất dễ ngã vào ban đêm.',
    location: SPOT,
    photoIds: [],
    ...over,
  };
}

async function send(token: string, body: unknown, key = newKey()) {
  return s.api('/api/feedback', { method: 'POST', token, json: body, headers: { 'idempotency-key': key } });
}

const officer = (path: string, json: unknown) =>
  s.api(`/api/officer/feedback/${path}`, { method: 'POST', token: OFFICER, json });

describe('categories, areas and the seeded public list', () => {
  it('lists at least 10 categories with their agency and areas with coordinates', async () => {
    const cats = await s.api('/api/feedback/categories');
    expect(cats.status).toBe(200);
    expect(cats.body.items.length).toBeGreaterThanOrEqual(10);
    expect(cats.body.items.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining(['moi-truong', 'giao-thong', 'dien-chieu-sang', 'trat-tu-do-thi', 'an-ninh-trat-tu', 'y-te', 'giao-duc', 'dich-vu-cong', 'du-lich', 'khac']),
    );
    for (const c of cats.body.items) expect(c.agency).toBeTruthy();
    const areas = await s.api('/api/feedback/areas');
    expect(areas.body.items.find((a: { id: string }) => a.id === 'phuong-sa-pa')).toMatchObject({ name: 'Phường Sa Pa', lat: expect.any(Number) });
  });

  it('holds 60+ seeded reports across categories, areas and statuses, most answered', async () => {
    const all = await s.api('/api/feedback?pageSize=100');
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(60);
    const items = all.body.items as { categoryId: string; areaId: string; status: string; hasAnswer: boolean }[];
    expect(new Set(items.map((i) => i.categoryId)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(items.map((i) => i.areaId)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(items.map((i) => i.status)).size).toBe(7);
    expect(items.filter((i) => i.hasAnswer).length).toBeGreaterThan(items.length / 2);
  });

  it('filters by category, status, area and folded text, with page totals', async () => {
    const env = await s.api('/api/feedback?category=moi-truong&pageSize=3');
    expect(env.body.items.length).toBe(3);
    expect(env.body.total).toBeGreaterThan(3);
    expect(env.body.items.every((i: { categoryId: string }) => i.categoryId === 'moi-truong')).toBe(true);
    const page2 = await s.api(`/api/feedback?category=moi-truong&pageSize=3&page=2`);
    expect(page2.body.total).toBe(env.body.total);
    expect(page2.body.items[0].code).not.toBe(env.body.items[0].code);

    const open = await s.api('/api/feedback?status=received,assigned&pageSize=100');
    expect(open.body.items.every((i: { status: string }) => ['received', 'assigned'].includes(i.status))).toBe(true);
    expect(open.body.total).toBe(open.body.items.length);

    const sapa = await s.api('/api/feedback?area=phuong-sa-pa&pageSize=100');
    expect(sapa.body.total).toBeGreaterThan(0);
    expect(sapa.body.items.every((i: { areaName: string }) => i.areaName === 'Phường Sa Pa')).toBe(true);

    const text = await s.api('/api/feedback?q=' + encodeURIComponent('cho coc leu'));
    expect(text.body.items.some((i: { title: string }) => i.title.includes('chợ Cốc Lếu'))).toBe(true);
    const none = await s.api('/api/feedback?q=' + encodeURIComponent('100%_khong'));
    expect(none.body.total).toBe(0);
  });

  it('answers bad list queries with 400 and details', async () => {
    const bad = await s.api('/api/feedback?status=open,xyz&pageSize=500');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['pageSize', 'status']);
    expect((await s.api('/api/feedback?category=Bad!')).status).toBe(400);
    expect((await s.api('/api/feedback/PA-000000-9999')).status).toBe(404);
    expect((await s.api('/api/feedback/' + encodeURIComponent('<x>'))).status).toBe(400);
  });
});

describe('sending a report', () => {
  it('needs a signed-in resident and an Idempotency-Key', async () => {
    expect((await s.api('/api/feedback', { method: 'POST', json: report(), headers: { 'idempotency-key': newKey() } })).status).toBe(401);
    expect((await send(OFFICER, report())).status).toBe(403);
    const token = await s.signIn();
    const noKey = await s.api('/api/feedback', { method: 'POST', token, json: report() });
    expect(noKey.status).toBe(400);
  });

  it('validates every field, with details, and stores nothing on error', async () => {
    const token = await s.signIn();
    const before = s.ctx.db.prepare('SELECT COUNT(*) FROM feedback').pluck().get();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'Ồ' }, 'title'],
      // Invisible marks (zero-width spaces, a direction mark) are not words a reader sees.
      [{ title: '\u200b\u200b\u200b\u200b\u200b\u200e' }, 'title'],
      [{ content: 'Ổ gà\u200b'.padEnd(12, '\u200b') }, 'content'],
      [{ content: 'x'.repeat(4001) }, 'content'],
      [{ categoryId: 'khong-co' }, 'categoryId'],
      [{ location: null }, 'areaId'],
      [{ location: null, areaId: 'phuong-sa-pa', address: '' }, 'address'],
      [{ location: null, areaId: 'khong-co-xa', address: 'Tổ 3, đường Xuân Viên' }, 'areaId'],
      [{ location: { lat: 21.0285, long: 105.8542 } }, 'location'], // Hà Nội
      [{ location: { lat: 95, long: 103 } }, 'location.lat'],
      [{ photoIds: ['a', 'b', 'c', 'd', 'e'] }, 'photoIds'],
      [{ categoryId: 'moi-truong' }, 'fields.kind'],
      [{ fields: { hazard: 'khong-co' } }, 'fields.hazard'],
      [{ anonymous: 'yes' }, 'anonymous'],
    ];
    for (const [over, path] of cases) {
      const res = await send(token, report(over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path), JSON.stringify(over)).toContain(path);
    }
    expect(s.ctx.db.prepare('SELECT COUNT(*) FROM feedback').pluck().get()).toBe(before);
  });

  it('creates a report with a PA code, photos served publicly, and sends the receipt notice', async () => {
    const token = await s.signIn('nguoi-gui-anh', 'Lê Văn Phong');
    const photo = await upload(token, PNG, 'o-ga.png');
    const res = await send(token, report({ photoIds: [photo], fields: { hazard: 'o-ga' } }));
    expect(res.status).toBe(201);
    expect(res.body.code).toMatch(/^PA-\d{6}-\d{4}$/);
    expect(res.body).toMatchObject({
      status: 'received',
      state: 'open',
      areaId: 'phuong-sa-pa',
      agency: 'UBND phường Sa Pa',
      reporterName: null,
      photoCount: 1,
      fields: [{ code: 'hazard', label: 'Hư hỏng gặp phải', value: 'Ổ gà, mặt đường hư hỏng' }],
      viewer: { mine: true, canRate: false, canReopen: false },
    });
    expect(res.body.timeline).toHaveLength(1);
    const img = await fetch(s.url + res.body.photos[0].url);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
    const notes = await s.api('/api/me/notifications', { token });
    expect(notes.body.items[0]).toMatchObject({ kind: 'feedback', refId: res.body.code });
    // The same photo cannot be used twice.
    const again = await send(token, report({ photoIds: [photo] }));
    expect(again.status).toBe(400);
  });

  it('accepts images only, and only the sender’s own uploads', async () => {
    const token = await s.signIn();
    const pdf = await upload(token, PDF, 'giay.pdf');
    const res = await send(token, report({ photoIds: [pdf] }));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('photoIds');
    const other = await s.signIn();
    const theirs = await upload(other, PNG, 'a.png');
    expect((await send(token, report({ photoIds: [theirs] }))).status).toBe(400);
  });

  it('returns the first answer for a repeated Idempotency-Key and refuses the key for another body', async () => {
    const token = await s.signIn();
    const key = newKey();
    const a = await send(token, report({ title: 'Hố ga mất nắp trên vỉa hè' }), key);
    const b = await send(token, report({ title: 'Hố ga mất nắp trên vỉa hè' }), key);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.code).toBe(a.body.code);
    const count = s.ctx.db.prepare("SELECT COUNT(*) FROM feedback WHERE title = 'Hố ga mất nắp trên vỉa hè'").pluck().get();
    expect(count).toBe(1);
    const c = await send(token, report({ title: 'Một nội dung khác hẳn' }), key);
    expect(c.status).toBe(409);
  });

  it('takes an area and an address instead of coordinates', async () => {
    const token = await s.signIn();
    const res = await send(token, report({ location: null, areaId: 'xa-bac-ha', address: 'Thôn Na Kim, gần cầu treo' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ location: null, areaName: 'Xã Bắc Hà', address: 'Thôn Na Kim, gần cầu treo' });
  });

  it('keeps HTML typed by a resident as plain text', async () => {
    const token = await s.signIn();
    const title = '<script>alert("x")</script> đèn hỏng';
    const res = await send(token, report({ title, content: '<img src=x onerror=alert(1)> đèn đường hỏng cả tuần' }));
    expect(res.status).toBe(201);
    const pub = await s.api(`/api/feedback/${res.body.code}`);
    expect(pub.body.title).toBe(title);
    expect(pub.headers.get('content-type')).toMatch(/application\/json/);
  });
});

describe('who answers (two levels of local government since 1 July 2025)', () => {
  it('sends a local matter to the commune or ward where it happened, a provincial one to its department', async () => {
    const token = await s.signIn();
    // A pothole in phường Sa Pa: the ward, not the provincial department.
    const pothole = await send(token, report({ content: 'Mặt đường vỡ thành ổ gà sâu, đề nghị phường cho vá sớm.' }));
    expect(pothole.body.agency).toBe('UBND phường Sa Pa');
    const rubbish = await send(token, report({ categoryId: 'moi-truong', title: 'Rác đổ ven suối', fields: { kind: 'rac-thai' }, location: null, areaId: 'xa-coc-san', address: 'Thôn Đồng Tuyển 2, gần cầu Cốc San' }));
    expect(rubbish.status, JSON.stringify(rubbish.body)).toBe(201);
    expect(rubbish.body.agency).toBe('UBND xã Cốc San');
    const clinic = await send(token, report({ categoryId: 'y-te', title: 'Trạm y tế đóng cửa giờ hành chính' }));
    expect(clinic.body.agency).toBe('Sở Y tế tỉnh Lào Cai');
    // The timeline says where it went once; the advice never repeats it.
    for (const r of [pothole.body, rubbish.body, clinic.body]) {
      expect(r.serviceNotice).not.toMatch(/chuyển tới|chuyển đến/);
    }
    const categories = (await s.api('/api/feedback/categories')).body.items as { id: string; notice?: string }[];
    for (const c of categories) expect(c.notice ?? '', c.id).not.toMatch(/được chuyển tới/);
  });
});

describe('anonymity', () => {
  it('never shows the reporter’s name, id or contact in public; shows a shortened name only when chosen', async () => {
    const userId = 'an-danh-' + Date.now();
    const token = await s.signIn(userId, 'Hoàng Văn Thắng');
    const hidden = await send(token, report({ title: 'Cây đổ chắn ngang đường' }));
    const shown = await send(token, report({ title: 'Đèn đường tắt cả dãy', anonymous: false }));
    expect(hidden.body.reporterName).toBeNull();
    expect(shown.body.reporterName).toBe('Hoàng Văn T.');

    const publicTexts = [
      JSON.stringify((await s.api(`/api/feedback/${hidden.body.code}`)).body),
      JSON.stringify((await s.api(`/api/feedback/${shown.body.code}`)).body),
      JSON.stringify((await s.api('/api/feedback?pageSize=100')).body),
      JSON.stringify((await s.api(`/api/feedback/nearby?lat=${SPOT.lat}&long=${SPOT.long}&category=giao-thong`)).body),
      JSON.stringify((await s.api(`/open311/v2/requests.json?service_request_id=${hidden.body.code},${shown.body.code}`)).body),
      JSON.stringify((await s.api(`/open311/v2/requests/${shown.body.code}.json`)).body),
    ];
    for (const text of publicTexts) {
      expect(text).not.toContain('Hoàng Văn Thắng');
      expect(text).not.toContain(userId);
    }
    const off = await s.api(`/api/officer/feedback/${hidden.body.code}`, { token: OFFICER });
    expect(off.body.reporter).toMatchObject({ userId, name: 'Hoàng Văn Thắng' });
    expect(off.body.anonymous).toBe(true);
  });

  it('keeps phone and e-mail sent through Open311 for officers only', async () => {
    const form = new URLSearchParams({
      api_key: 'open311-dev-key-lao-cai',
      service_code: 'cap-thoat-nuoc',
      lat: '22.4871',
      long: '103.9712',
      description: 'Ống nước vỡ ở đầu ngõ, nước chảy lênh láng cả buổi sáng.',
      first_name: 'Thảo',
      last_name: 'Bùi',
      phone: '0912345678',
      email: 'thao@example.vn',
    });
    const res = await fetch(`${s.url}/open311/v2/requests.json`, { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const [{ service_request_id: code }] = (await res.json()) as { service_request_id: string }[];
    for (const path of [`/api/feedback/${code}`, `/open311/v2/requests/${code}.json`, '/api/feedback?pageSize=5']) {
      const text = JSON.stringify((await s.api(path)).body);
      expect(text).not.toContain('0912345678');
      expect(text).not.toContain('thao@example.vn');
      expect(text).not.toContain('Bùi');
    }
    const off = await s.api(`/api/officer/feedback/${code}`, { token: OFFICER });
    expect(off.body.reporter.contact).toMatchObject({ phone: '0912345678', email: 'thao@example.vn', firstName: 'Thảo' });
    expect(off.body.source).toBe('open311:ung-dung-thu-nghiem');
  });
});

describe('the life of a report', () => {
  it('goes assigned → processing → answered → rated (closed), each step in the timeline and notified', async () => {
    const token = await s.signIn();
    const { body: created } = await send(token, report({ title: 'Biển báo giao thông bị đổ' }));
    const code = created.code;
    expect((await officer(`${code}/assign`, { agency: 'UBND phường Sa Pa', note: 'Chuyển phường xử lý' })).body.agency).toBe('UBND phường Sa Pa');
    expect((await officer(`${code}/process`, {})).body.status).toBe('processing');
    const answered = await officer(`${code}/answer`, { text: 'Phường đã dựng lại biển báo và kiểm tra các biển lân cận.', agency: 'UBND phường Sa Pa' });
    expect(answered.status).toBe(200);
    expect(answered.body.answer).toMatchObject({ agency: 'UBND phường Sa Pa', text: expect.stringContaining('dựng lại') });
    expect(answered.body.state).toBe('closed');

    const mine = await s.api(`/api/feedback/${code}`, { token });
    expect(mine.body.viewer).toMatchObject({ mine: true, canRate: true, canReopen: true });
    const stranger = await s.signIn();
    expect((await s.api(`/api/feedback/${code}`, { token: stranger })).body.viewer).toMatchObject({ mine: false, canRate: false });

    const rateBy = (t: string, score: number) =>
      s.api(`/api/feedback/${code}/rating`, { method: 'POST', token: t, json: { score, comment: 'Xử lý nhanh' }, headers: { 'idempotency-key': newKey() } });
    expect((await rateBy(stranger, 5)).status).toBe(403);
    expect((await rateBy(token, 6)).status).toBe(400);
    const rated = await rateBy(token, 4);
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ status: 'closed', rating: { score: 4, comment: 'Xử lý nhanh' }, viewer: { canRate: false } });
    expect((await rateBy(token, 5)).status).toBe(409);
    expect(rated.body.timeline.map((t: { kind: string }) => t.kind)).toEqual(['created', 'assigned', 'processing', 'answered', 'rated']);

    const notes = await s.api('/api/me/notifications?pageSize=50', { token });
    expect(notes.body.items.filter((n: { refId: string }) => n.refId === code).length).toBe(5);

    const mineList = await s.api('/api/me/feedback', { token });
    expect(mineList.body.items[0]).toMatchObject({ code, status: 'closed', anonymous: true });
    expect(mineList.body.total).toBe(1);
  });

  it('reopens within 7 days of the answer with a reason, not after', async () => {
    const token = await s.signIn();
    const { body } = await send(token, report({ title: 'Rãnh nước bị lấp đất' }));
    await officer(`${body.code}/answer`, { text: 'Đã nạo vét xong rãnh thoát nước dọc tuyến.', agency: 'UBND phường Sa Pa' });
    const reopen = (reason: string) =>
      s.api(`/api/feedback/${body.code}/reopen`, { method: 'POST', token, json: { reason }, headers: { 'idempotency-key': newKey() } });
    expect((await reopen('ngắn')).status).toBe(400);
    const ok = await reopen('Mới nạo vét một nửa, đoạn gần cầu vẫn còn lấp.');
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('processing');
    expect(ok.body.timeline.at(-1)).toMatchObject({ kind: 'reopened', note: 'Mới nạo vét một nửa, đoạn gần cầu vẫn còn lấp.' });
    expect((await reopen('Đề nghị xem lại một lần nữa giúp tôi.')).status).toBe(409); // not answered now

    await officer(`${body.code}/answer`, { text: 'Đã nạo vét nốt đoạn gần cầu.', agency: 'UBND phường Sa Pa' });
    s.ctx.db.prepare('UPDATE feedback SET answered_at = answered_at - ? WHERE code = ?').run(8 * 86400000, body.code);
    const late = await reopen('Vẫn chưa xong, đề nghị xem lại.');
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/7 ngày/);
  });

  it('refuses impossible changes, and officer actions from anyone but officers', async () => {
    const token = await s.signIn();
    const { body } = await send(token, report({ title: 'Quảng cáo dán trên cột điện' }));
    expect((await s.api(`/api/officer/feedback/${body.code}/reject`, { method: 'POST', json: { reason: 'Không thuộc thẩm quyền' } })).status).toBe(401);
    expect((await s.api(`/api/officer/feedback/${body.code}/reject`, { method: 'POST', token, json: { reason: 'Không thuộc thẩm quyền' } })).status).toBe(403);
    expect((await s.api('/api/officer/feedback', { token })).status).toBe(403);
    expect((await officer(`${body.code}/close`, {})).status).toBe(409);
    const rejected = await officer(`${body.code}/reject`, { reason: 'Nội dung không thuộc thẩm quyền giải quyết.' });
    expect(rejected.body).toMatchObject({ status: 'rejected', state: 'closed' });
    const after = await officer(`${body.code}/answer`, { text: 'Đã xử lý xong việc này rồi.', agency: 'UBND phường Sa Pa' });
    expect(after.status).toBe(409);
    expect(after.body.error.code).toBe('INVALID_TRANSITION');
    expect((await officer('PA-000000-0000/process', {})).status).toBe(404);
  });

  it('marks a duplicate, linking the original', async () => {
    const token = await s.signIn();
    const a = (await send(token, report({ title: 'Cột đèn nghiêng sắp đổ' }))).body.code;
    const b = (await send(token, report({ title: 'Cột đèn sắp đổ ở góc phố' }))).body.code;
    expect((await officer(`${b}/duplicate`, { originalCode: b })).status).toBe(400);
    expect((await officer(`${b}/duplicate`, { originalCode: 'PA-000000-0001' })).status).toBe(400);
    const dup = await officer(`${b}/duplicate`, { originalCode: a });
    expect(dup.body).toMatchObject({ status: 'duplicate', duplicateOf: a });
    const pub = await s.api(`/api/feedback/${b}`);
    expect(pub.body.duplicateOf).toBe(a);
    expect(pub.body.timeline.at(-1).note).toContain(a);
  });
});

describe('where a report is', () => {
  it('is rounded to 3 decimals for everyone but its sender and officers when anonymous; a named report shows it as sent', async () => {
    const token = await s.signIn('gui-vi-tri', 'Vàng Thị Dua');
    const exact = { lat: 22.33612345, long: 103.84298765 };
    const hidden = (await send(token, report({ location: exact }))).body;
    const named = (await send(token, report({ location: exact, anonymous: false }))).body;
    const rounded = { lat: 22.336, long: 103.843 };
    expect((await s.api(`/api/feedback/${hidden.code}`)).body.location).toEqual(rounded);
    expect((await s.api(`/api/feedback/${hidden.code}`, { token: await s.signIn('nguoi-la') })).body.location).toEqual(rounded);
    const listed = (await s.api('/api/feedback?pageSize=100')).body.items;
    expect(listed.find((i: { code: string }) => i.code === hidden.code).location).toEqual(rounded);
    expect(listed.find((i: { code: string }) => i.code === named.code).location).toEqual(exact);
    expect(hidden.location).toEqual(exact);
    expect((await s.api(`/api/feedback/${hidden.code}`, { token })).body.location).toEqual(exact);
    const mine = (await s.api('/api/me/feedback', { token })).body.items;
    expect(mine.find((i: { code: string }) => i.code === hidden.code).location).toEqual(exact);
    expect((await s.api(`/api/officer/feedback/${hidden.code}`, { token: OFFICER })).body.location).toEqual(exact);
  });
});

describe('nearby duplicate hint', () => {
  it('finds the same category within 150 m of the public position in the last 30 days, nearest first', async () => {
    const token = await s.signIn();
    const here = { lat: 22.3402, long: 103.8391 };
    const made = await send(token, report({ title: 'Đường sụt lún trước nhà thờ', location: here }));
    const q = (lat: number, long: number, category = 'giao-thong') => s.api(`/api/feedback/nearby?lat=${lat}&long=${long}&category=${category}`);
    const near = await q(here.lat + 0.0003, here.long); // ~33 m north of the sender
    expect(near.status).toBe(200);
    const hit = near.body.items.find((i: { code: string }) => i.code === made.body.code);
    // Measured to the public position (22.340, 103.839: ~56 m away), never to the exact one (~33 m),
    // or three questions from three places would give the sender's position back.
    expect(hit.location).toEqual({ lat: 22.34, long: 103.839 });
    expect(hit.distanceMeters).toBeGreaterThan(50);
    expect(hit.distanceMeters).toBeLessThan(60);
    expect(near.body.radiusMeters).toBe(150);
    const far = await q(here.lat + 0.0016, here.long); // ~200 m from the public position
    expect(far.body.items.some((i: { code: string }) => i.code === made.body.code)).toBe(false);
    const otherCategory = await q(here.lat, here.long, 'moi-truong');
    expect(otherCategory.body.items.some((i: { code: string }) => i.code === made.body.code)).toBe(false);
    s.ctx.db.prepare('UPDATE feedback SET created_at = created_at - ? WHERE code = ?').run(31 * 86400000, made.body.code);
    expect((await q(here.lat, here.long)).body.items.some((i: { code: string }) => i.code === made.body.code)).toBe(false);
  });

  it('finds the seeded pothole at Cốc Lếu market, and refuses bad coordinates', async () => {
    const res = await s.api('/api/feedback/nearby?lat=22.49949&long=103.96786&category=giao-thong');
    expect(res.body.items.map((i: { title: string }) => i.title)).toContain('Ổ gà lớn trước cổng chợ Cốc Lếu');
    expect((await s.api('/api/feedback/nearby?lat=abc&long=103&category=giao-thong')).status).toBe(400);
    expect((await s.api('/api/feedback/nearby?lat=22&long=200&category=giao-thong')).status).toBe(400);
    expect((await s.api('/api/feedback/nearby?lat=22&long=103')).status).toBe(400);
    // Coordinates are plain decimals: no spaces, line breaks, exponents or hexadecimal.
    for (const lat of ['22.487%0A', '%2022.487', '2.2487e1', '0x16', '22.', '.5', '22,487', '']) {
      expect((await s.api(`/api/feedback/nearby?lat=${lat}&long=103.9&category=giao-thong`)).status, lat).toBe(400);
    }
  });
});

describe('the demo resident', () => {
  it('owns seeded reports in several statuses', async () => {
    const token = await s.signIn('cong-dan-demo');
    const mine = await s.api('/api/me/feedback', { token });
    expect(mine.body.total).toBeGreaterThanOrEqual(4);
    expect(new Set(mine.body.items.map((i: { status: string }) => i.status))).toEqual(new Set(['received', 'processing', 'answered', 'closed']));
    const answered = mine.body.items.find((i: { status: string }) => i.status === 'answered');
    const detail = await s.api(`/api/feedback/${answered.code}`, { token });
    expect(detail.body.viewer).toMatchObject({ canRate: true, canReopen: true });
  });
});
