import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER, TEST_NOW, startServer, type TestServer } from './helpers.js';
import { MAX_ATTEMPTS, OutboxDispatcher, RETRY_DELAYS_MS } from '../src/services/outbox.js';
import { MINIAPP_NOTIFY_URL, OA_TOKEN_URL, ZNS_URL, znsPhone } from '../src/services/zalo-sender.js';
import { FEEDBACK_AREAS } from '../src/services/feedback-catalog.js';
import { DEV_OFFICER_PASSWORD } from '../src/config.js';

/**
 * One notifier for every message to a resident: always in the app, through Zalo only for those
 * who allowed it, queued in the same transaction and delivered after it, by the `outbox` sender
 * (kept for the console) or the `zalo` sender (ZNS and mini app notifications, against a fake Zalo).
 */

const key = () => `k-${Math.random().toString(36).slice(2, 12)}`;
const LAO_CAI_WARD = '000.01.31.H38';

/** A resident's dossier in phường Lào Cai, sent through the API (phone 0915 227 364): its code. */
async function submitDossier(s: TestServer, token: string): Promise<string> {
  const fd = new FormData();
  fd.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'giay-to.png');
  const upload = await s.api('/api/uploads', { method: 'POST', token, body: fd });
  expect(upload.status).toBe(201);
  const res = await s.api('/api/dossiers', {
    method: 'POST',
    token,
    headers: { 'idempotency-key': key() },
    json: {
      procedureId: '1.001193.000.00.00.H38',
      applicant: {
        fullName: 'Hoàng Thị Sen',
        idNumber: '010193004471',
        phone: '0915227364',
        email: '',
        address: { province: 'Lào Cai', commune: 'Phường Lào Cai', street: 'Số 14, phố Cầu Mây' },
      },
      fields: {
        childFullName: 'Hoàng Minh Đức',
        childGender: 'nam',
        childBirthDate: '2027-03-10',
        childBirthPlace: 'Bệnh viện Đa khoa tỉnh Lào Cai',
        childEthnicity: 'Tày',
        motherFullName: 'Hoàng Thị Sen',
        motherIdNumber: '010193004471',
        relationship: 'Mẹ',
        commitment: true,
      },
      papers: { 'giay-chung-sinh': [upload.body.id] },
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.code;
}

async function submitReport(s: TestServer, token: string): Promise<string> {
  const area = FEEDBACK_AREAS.find((a) => a.name === 'Phường Lào Cai')!;
  const res = await s.api('/api/feedback', {
    method: 'POST',
    token,
    headers: { 'idempotency-key': key() },
    json: { categoryId: 'trat-tu-do-thi', title: 'Xe tải đỗ trên vỉa hè phố Cốc Lếu', content: 'Xe tải đỗ kín vỉa hè cả buổi sáng.', location: null, areaId: area.id, address: 'Phố Cốc Lếu', photoIds: [] },
  });
  expect(res.status).toBe(201);
  return res.body.code;
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAAEAQMAAACTPww9AAAABlBMVEXMzMz///+YfGgMAAAAEUlEQVQI12P4z8DwnwEB/wMANiMF+xIjkZwAAAAASUVORK5CYII=', 'base64');

const consent = (s: TestServer, token: string, zalo: boolean) => s.api('/api/me/notification-consent', { method: 'POST', token, json: { zalo } });
const move = (s: TestServer, code: string, json: unknown, token = OFFICER, idem = key()) =>
  s.api(`/api/officer/dossiers/${code}/transitions`, { method: 'POST', token, json, headers: { 'idempotency-key': idem } });
const outboxOf = (s: TestServer, refId: string) =>
  s.ctx.db.prepare('SELECT * FROM notification_outbox WHERE ref_id = ? ORDER BY id').all(refId) as Record<string, unknown>[];

describe('with the outbox sender (the default)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('records the resident’s answer and shows it in GET /api/me', async () => {
    const token = await s.signIn();
    expect((await s.api('/api/me', { token })).body.zaloNotifications).toBe('unasked');
    const yes = await consent(s, token, true);
    expect(yes.status).toBe(200);
    expect(yes.body).toEqual({ zaloNotifications: 'granted', updatedAt: expect.stringMatching(/^2027-03-18T09:3\d:\d\d\+07:00$/) });
    expect((await s.api('/api/me', { token })).body.zaloNotifications).toBe('granted');
    expect((await consent(s, token, false)).body.zaloNotifications).toBe('refused');
    const bad = await s.api('/api/me/notification-consent', { method: 'POST', token, json: { zalo: 'co' } });
    expect(bad.status).toBe(400);
    expect((await s.api('/api/me', { token })).body.zaloNotifications).toBe('refused');
    expect((await s.api('/api/me/notification-consent', { method: 'POST', token: OFFICER, json: { zalo: true } })).status).toBe(403);
  });

  it('a resident who allowed it gets the officer’s change in the app and as one ZNS message in the outbox', async () => {
    const token = await s.signIn();
    await consent(s, token, true);
    const code = await submitDossier(s, token);
    // Their own submission is not messaged through Zalo: they just did it.
    expect(outboxOf(s, code)).toHaveLength(0);
    const idem = key();
    expect((await move(s, code, { to: 2 }, OFFICER, idem)).status).toBe(200);
    // A retry of the same request changes nothing and queues nothing more.
    expect((await move(s, code, { to: 2 }, OFFICER, idem)).status).toBe(200);
    await s.ctx.outbox.flush();
    const rows = outboxOf(s, code);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'zns', template: 'dossier-status', status: 'stored', phone: '0915227364', agency_code: LAO_CAI_WARD });
    expect(JSON.parse(rows[0].params as string)).toMatchObject({ code, status: 'Được tiếp nhận', agency: 'UBND phường Lào Cai' });
    const inApp = (await s.api('/api/me/notifications', { token })).body.items;
    expect(inApp[0].title).toMatch(/Hồ sơ đã được tiếp nhận/);

    // Asking for papers uses the papers template.
    expect((await move(s, code, { to: 4 })).status).toBe(200);
    expect((await move(s, code, { to: 5, note: 'Ảnh mờ.', missingDocuments: ['Giấy chứng sinh'] })).status).toBe(200);
    await s.ctx.outbox.flush();
    const papers = outboxOf(s, code).at(-1)!;
    expect(papers.template).toBe('dossier-papers');
    expect(JSON.parse(papers.params as string).papers).toBe('Giấy chứng sinh');
  });

  it('a resident who refused gets the notice in the app only', async () => {
    const token = await s.signIn();
    await consent(s, token, false);
    const code = await submitDossier(s, token);
    expect((await move(s, code, { to: 2 })).status).toBe(200);
    await s.ctx.outbox.flush();
    expect(outboxOf(s, code)).toHaveLength(0);
    expect((await s.api('/api/me/notifications', { token })).body.items[0].title).toMatch(/tiếp nhận/);
  });

  it('a rejected change queues nothing and notifies nobody', async () => {
    const token = await s.signIn();
    await consent(s, token, true);
    const code = await submitDossier(s, token);
    const before = s.ctx.db.prepare('SELECT COUNT(*) FROM notifications WHERE ref_id = ?').pluck().get(code);
    expect((await move(s, code, { to: 9 })).status).toBe(409);
    expect((await move(s, code, { to: 3 })).status).toBe(400);
    expect(s.ctx.db.prepare('SELECT COUNT(*) FROM notifications WHERE ref_id = ?').pluck().get(code)).toBe(before);
    expect(outboxOf(s, code)).toHaveLength(0);
  });

  it('GET /api/officer/outbox: a page of { id, userId, channel, template, params, status, createdAt }, the agency’s own, never a phone', async () => {
    const token = await s.signIn();
    await consent(s, token, true);
    const report = await submitReport(s, token);
    expect((await s.api(`/api/officer/feedback/${report}/process`, { method: 'POST', token: OFFICER, json: { note: 'Đã giao tổ trật tự.' } })).status).toBe(200);
    await s.ctx.outbox.flush();
    const ward = (await s.api('/api/officer/session', { method: 'POST', json: { username: LAO_CAI_WARD, password: DEV_OFFICER_PASSWORD } })).body.token;
    const page = await s.api('/api/officer/outbox?pageSize=100', { token: ward });
    expect(page.status).toBe(200);
    expect(page.body.sender).toBe('outbox');
    const item = page.body.items.find((m: { refId: string }) => m.refId === report);
    expect(item).toMatchObject({ userId: expect.any(String), channel: 'miniapp', template: 'feedback-status', status: 'stored', createdAt: expect.stringMatching(/\+07:00$/) });
    expect(item.params.title.length).toBeLessThanOrEqual(32);
    expect(item.params.link).toBe(`feedback/${report}`);
    expect(JSON.stringify(page.body)).not.toContain('0915227364');
    // Another agency's officer sees none of the ward's messages.
    const other = (await s.api('/api/officer/session', { method: 'POST', json: { username: '000.01.32.H38', password: DEV_OFFICER_PASSWORD } })).body.token;
    const theirs = await s.api('/api/officer/outbox?pageSize=100', { token: other });
    expect(theirs.body.items.some((m: { refId: string }) => m.refId === report)).toBe(false);
    const filtered = await s.api('/api/officer/outbox?status=failed', { token: OFFICER });
    expect(filtered.body.items).toEqual([]);
  });
});

// ───────── A fake Zalo ─────────

interface Call {
  url: string;
  headers: Record<string, string>;
  body: string;
}

function fakeZalo() {
  const calls: Call[] = [];
  let refreshes = 0;
  const plan: { zns: (Response | Error)[]; miniapp: (Response | Error)[] } = { zns: [], miniapp: [] };
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetchFn: typeof fetch = async (input, init) => {
    const url = String(input);
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    calls.push({ url, headers, body: String(init?.body ?? '') });
    if (url === OA_TOKEN_URL) {
      refreshes++;
      return json({ access_token: `access-${refreshes}`, refresh_token: `refresh-${refreshes}`, expires_in: '90000' });
    }
    const next = (url === ZNS_URL ? plan.zns : plan.miniapp).shift();
    if (next instanceof Error) throw next;
    if (next) return next;
    return url === ZNS_URL ? json({ error: 0, message: 'Success', data: { msg_id: `msg-${calls.length}`, sent_time: '1' } }) : json({ error: 0, message: 'Success' });
  };
  return { calls, plan, fetch: fetchFn, json };
}

describe('with the zalo sender, against a fake Zalo', () => {
  let s: TestServer;
  let t = TEST_NOW;
  const zalo = fakeZalo();
  beforeAll(async () => {
    s = await startServer(
      {
        NOTIFY_SENDER: 'zalo',
        ZALO_APP_ID: '2468013579',
        ZALO_APP_SECRET: 'bi-mat-ung-dung',
        ZALO_OA_REFRESH_TOKEN: 'refresh-0',
        ZALO_ZNS_TEMPLATES: 'dossier-status=301001,dossier-papers=301002,dossier-fee=301003,feedback-status=301004,feedback-answered=301005,appointment-reminder=301006',
        ZALO_MINIAPP_API_KEY: 'khoa-mini-app',
      },
      { now: () => t, fetch: zalo.fetch },
    );
  });
  afterAll(() => s.close());
  afterEach(() => {
    zalo.calls.length = 0;
    zalo.plan.zns.length = 0;
    zalo.plan.miniapp.length = 0;
  });

  it('sends ZNS by phone with the OA’s access token, refreshed from the refresh token it then keeps', async () => {
    const token = await s.signIn();
    await consent(s, token, true);
    const code = await submitDossier(s, token);
    await move(s, code, { to: 2 });
    await s.ctx.outbox.flush();
    const [refresh, send] = zalo.calls;
    expect(refresh.url).toBe(OA_TOKEN_URL);
    expect(refresh.headers.secret_key).toBe('bi-mat-ung-dung');
    expect(Object.fromEntries(new URLSearchParams(refresh.body))).toEqual({ refresh_token: 'refresh-0', app_id: '2468013579', grant_type: 'refresh_token' });
    expect(send.url).toBe(ZNS_URL);
    expect(send.headers.access_token).toBe('access-1');
    const row = outboxOf(s, code)[0];
    expect(JSON.parse(send.body)).toEqual({ phone: '84915227364', template_id: '301001', template_data: JSON.parse(row.params as string), tracking_id: row.message_key });
    expect(row).toMatchObject({ status: 'sent', provider_id: 'msg-2', attempts: 1 });
    expect(s.ctx.db.prepare("SELECT value FROM app_meta WHERE key = 'zalo_oa_refresh_token'").pluck().get()).toBe('refresh-1');
    // The next message reuses the access token.
    await move(s, code, { to: 4 });
    await s.ctx.outbox.flush();
    expect(zalo.calls.map((c) => c.url)).toEqual([OA_TOKEN_URL, ZNS_URL, ZNS_URL]);
  });

  it('retries with backoff after a failure, and never sends a message twice', async () => {
    const token = await s.signIn();
    await consent(s, token, true);
    const code = await submitDossier(s, token);
    const another = await submitDossier(s, token);
    zalo.plan.zns.push(new Error('ECONNRESET'), new Error('ECONNRESET'));
    await move(s, code, { to: 2 });
    await move(s, another, { to: 2 });
    await s.ctx.outbox.flush();
    let row = outboxOf(s, code)[0];
    expect(row).toMatchObject({ status: 'queued', attempts: 1, next_attempt_at: t + RETRY_DELAYS_MS[0] });
    expect(row.last_error).toMatch(/ECONNRESET/);
    // Not yet due: nothing is sent.
    await s.ctx.outbox.flush();
    expect(zalo.calls.filter((c) => c.url === ZNS_URL)).toHaveLength(2);
    t += RETRY_DELAYS_MS[0];
    // Two deliverers at once (a second process on the same database): each message is claimed
    // by one of them, and sent once.
    const second = new OutboxDispatcher(s.ctx.db, s.ctx.outbox.sender, () => t);
    await Promise.all([s.ctx.outbox.flush(), second.flush()]);
    await Promise.all([s.ctx.outbox.flush(), second.flush()]);
    const sends = zalo.calls.filter((c) => c.url === ZNS_URL).map((c) => JSON.parse(c.body).tracking_id as string);
    expect(sends).toHaveLength(4);
    const keys = [code, another].map((c) => outboxOf(s, c)[0].message_key as string);
    // Each message: the failed attempt, then one delivery, under the same key.
    for (const k of keys) expect(sends.filter((x) => x === k)).toHaveLength(2);
    row = outboxOf(s, code)[0];
    expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts, saying why`, async () => {
    const token = await s.signIn();
    await consent(s, token, true);
    const code = await submitDossier(s, token);
    for (let i = 0; i < MAX_ATTEMPTS; i++) zalo.plan.zns.push(zalo.json({ error: -108, message: 'Phone number is invalid' }));
    await move(s, code, { to: 2 });
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await s.ctx.outbox.flush();
      t += RETRY_DELAYS_MS[Math.min(i, RETRY_DELAYS_MS.length - 1)];
    }
    const row = outboxOf(s, code)[0];
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(row.last_error).toMatch(/-108: Phone number is invalid/);
    const listed = (await s.api('/api/officer/outbox?status=failed', { token: OFFICER })).body.items[0];
    expect(listed).toMatchObject({ status: 'failed', lastError: expect.stringContaining('-108') });
  });

  it('an expired access token is refreshed once and the message sent', async () => {
    const token = await s.signIn();
    await consent(s, token, true);
    const code = await submitDossier(s, token);
    zalo.plan.zns.push(zalo.json({ error: -124, message: 'Access token is invalid' }));
    await move(s, code, { to: 2 });
    await s.ctx.outbox.flush();
    expect(zalo.calls.map((c) => c.url)).toEqual([ZNS_URL, OA_TOKEN_URL, ZNS_URL]);
    expect(outboxOf(s, code)[0].status).toBe('sent');
  });

  it('a report’s change goes as the mini app’s notification, only between 06:00 and 22:00', async () => {
    const token = await s.signIn('nguoi-phan-anh-zalo');
    await consent(s, token, true);
    const report = await submitReport(s, token);
    // 23:10 in Vietnam: held until 06:00, without counting as an attempt.
    expect(t).toBeLessThan(Date.parse('2027-03-20T00:00:00+07:00'));
    t = Date.parse('2027-03-20T23:10:00+07:00');
    expect((await s.api(`/api/officer/feedback/${report}/answer`, { method: 'POST', token: OFFICER, json: { text: 'Đã yêu cầu chủ xe di chuyển, lập biên bản nhắc nhở.' } })).status).toBe(200);
    await s.ctx.outbox.flush();
    let row = outboxOf(s, report)[0];
    expect(row).toMatchObject({ channel: 'miniapp', template: 'feedback-answered', status: 'queued', attempts: 0 });
    const morning = Date.parse('2027-03-21T06:00:00+07:00');
    expect(row.next_attempt_at).toBe(morning);
    expect(zalo.calls).toHaveLength(0);
    t = morning + 60_000;
    await s.ctx.outbox.flush();
    row = outboxOf(s, report)[0];
    expect(row.status).toBe('sent');
    const [call] = zalo.calls;
    expect(call.url).toBe(MINIAPP_NOTIFY_URL);
    expect(call.headers).toMatchObject({ 'x-api-key': 'Bearer khoa-mini-app', 'x-user-id': 'nguoi-phan-anh-zalo', 'x-miniapp-id': '2468013579' });
    const body = JSON.parse(call.body);
    expect(body.templateId).toBe('00126fd75392bacce383');
    expect(body.templateData).toMatchObject({ buttonText: 'Xem chi tiết', buttonUrl: `https://zalo.me/s/2468013579/?qr=feedback/${report}` });
    expect([...body.templateData.title].length).toBeLessThanOrEqual(32);
    expect(body.templateData.link).toBeUndefined();
  });

  it('refuses to start with half a Zalo configuration', async () => {
    await expect(startServer({ NOTIFY_SENDER: 'zalo', ZALO_APP_ID: '1' })).rejects.toThrow(/ZALO_APP_SECRET[\s\S]*ZALO_OA_REFRESH_TOKEN[\s\S]*ZALO_ZNS_TEMPLATES[\s\S]*ZALO_MINIAPP_API_KEY/);
  });
});

describe('znsPhone', () => {
  it('writes Vietnamese mobile numbers as ZNS wants them, and nothing else', () => {
    expect(znsPhone('0915227364')).toBe('84915227364');
    expect(znsPhone('+84 915 227 364')).toBe('84915227364');
    expect(znsPhone('84915227364')).toBe('84915227364');
    expect(znsPhone('02143840123')).toBeNull();
    expect(znsPhone('12345')).toBeNull();
  });
});
