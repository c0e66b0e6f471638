import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER, startServer, type TestServer } from './helpers.js';

let s: TestServer;
const KEY = 'khoa-open311-kiem-thu-0001';
beforeAll(async () => {
  s = await startServer({ OPEN311_API_KEYS: `${KEY}:ung-dung-kiem-thu` });
});
afterAll(() => s.close());

const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'lat',
  'long',
  'media_url',
].sort();

function post(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return s.api('/open311/v2/requests.json', {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers },
  });
}

const expectErrors = (res: { status: number; body: unknown; headers: Headers }, status: number) => {
  expect(res.status).toBe(status);
  expect(Array.isArray(res.body)).toBe(true);
  const errors = res.body as { code: number; description: string }[];
  expect(errors[0]).toEqual({ code: expect.any(Number), description: expect.any(String) });
  expect(errors[0].code).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json; charset=utf-8/);
};

const valid = {
  api_key: KEY,
  service_code: 'moi-truong',
  lat: '22.3365',
  long: '103.8437',
  description: 'Rác đổ thành đống cạnh suối, bốc mùi khi trời nắng.\nĐề nghị thu gom.',
  'attribute[kind]': 'rac-thai',
};

describe('services', () => {
  it('lists services with the spec’s field names', async () => {
    const res = await s.api('/open311/v2/services.json');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThanOrEqual(10);
    for (const svc of res.body) {
      expect(Object.keys(svc).sort()).toEqual(['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type']);
      expect(typeof svc.metadata).toBe('boolean');
      expect(svc.type).toBe('realtime');
      expect(typeof svc.keywords).toBe('string');
    }
    expect(res.body.find((x: { service_code: string }) => x.service_code === 'moi-truong').metadata).toBe(true);
    expect(res.body.find((x: { service_code: string }) => x.service_code === 'khac').metadata).toBe(false);
  });

  it('gives a service definition with ordered attributes', async () => {
    const res = await s.api('/open311/v2/services/moi-truong.json');
    expect(res.status).toBe(200);
    expect(res.body.service_code).toBe('moi-truong');
    expect(res.body.attributes[0]).toMatchObject({
      variable: true,
      code: 'kind',
      datatype: 'singlevaluelist',
      required: true,
      order: 1,
      description: expect.any(String),
      values: expect.arrayContaining([{ key: 'rac-thai', name: 'Rác thải, đổ rác sai chỗ' }]),
    });
    expect(res.body.attributes[0]).toHaveProperty('datatype_description');
    expectErrors(await s.api('/open311/v2/services/khong-co.json'), 404);
    expectErrors(await s.api('/open311/v2/services/moi-truong.xml'), 404);
  });

  it('knows its jurisdiction and answers unknown paths in the spec’s error format', async () => {
    expect((await s.api('/open311/v2/services.json?jurisdiction_id=laocai.gov.vn')).status).toBe(200);
    expectErrors(await s.api('/open311/v2/services.json?jurisdiction_id=sfgov.org'), 404);
    expectErrors(await s.api('/open311/v2/khong-co.json'), 404);
    const discovery = await s.api('/open311/discovery.json');
    expect(discovery.body.endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', formats: ['application/json'] });
  });
});

describe('POST requests.json', () => {
  it('needs a valid api_key (403) before anything else', async () => {
    const { api_key: _k, ...noKey } = valid;
    expectErrors(await post(noKey), 403);
    expectErrors(await post({ ...valid, api_key: 'sai-khoa-hoan-toan-000' }), 403);
    expectErrors(await post({ api_key: 'x' }), 403);
    // The development default is not accepted once keys are configured.
    expectErrors(await post({ ...valid, api_key: 'open311-dev-key-lao-cai' }), 403);
  });

  it('answers 400 for missing or bad arguments and 404 for an unknown service_code', async () => {
    const { service_code: _c, ...noCode } = valid;
    expectErrors(await post(noCode), 400);
    expectErrors(await post({ ...valid, service_code: 'khong-co' }), 404);
    const { lat: _lat, long: _long, ...noPlace } = valid;
    expectErrors(await post(noPlace), 400);
    expectErrors(await post({ ...valid, long: '' }), 400);
    expectErrors(await post({ ...valid, lat: 'bac' }), 400);
    expectErrors(await post({ ...valid, description: 'x'.repeat(4001) }), 400);
    expectErrors(await post({ ...valid, description: '' }), 400);
    expectErrors(await post({ ...valid, description: '\u200b'.repeat(12) }), 400);
    expectErrors(await post({ ...valid, title: '\u200b\u200b\u200b\u200b\u200b' }), 400);
    expectErrors(await post({ ...valid, 'attribute[kind]': 'khong-co' }), 400);
    expectErrors(await post({ ...valid, jurisdiction_id: 'khac.gov.vn' }), 404);
    expectErrors(await post({ ...valid, media_url: 'javascript:alert(1)' }), 400);
    expectErrors(await post({ ...valid, lat: '21.0285', long: '105.8542' }), 400); // outside the province
    const before = s.ctx.db.prepare('SELECT COUNT(*) FROM feedback').pluck().get();
    expect(before).toBeGreaterThan(0);
    const json = await s.api('/open311/v2/requests.json', { method: 'POST', body: 'not json', headers: { 'content-type': 'application/json' } });
    expectErrors(json, 400);
    const text = await s.api('/open311/v2/requests.json', { method: 'POST', body: 'a', headers: { 'content-type': 'text/plain' } });
    expectErrors(text, 400);
  });

  it('creates a request (form-encoded), returns its id and notice, and is readable at once', async () => {
    const res = await post({ ...valid, account_id: 'tk-778', media_url: 'https://anh.example.vn/rac.jpg' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual([{ service_request_id: expect.stringMatching(/^PA-\d{6}-\d{4}$/), service_notice: expect.any(String), account_id: 'tk-778' }]);
    const id = res.body[0].service_request_id;
    const one = await s.api(`/open311/v2/requests/${id}.json`);
    expect(one.status).toBe(200);
    expect(one.body).toHaveLength(1);
    const r = one.body[0];
    expect(Object.keys(r).filter((k) => k !== 'title').sort()).toEqual(REQUEST_FIELDS);
    expect(r).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'moi-truong',
      service_name: 'Môi trường',
      agency_responsible: 'UBND phường Sa Pa',
      // Anonymous: the public list rounds the position to about 100 m.
      lat: 22.337,
      long: 103.844,
      media_url: 'https://anh.example.vn/rac.jpg',
      description: valid.description,
      title: 'Rác đổ thành đống cạnh suối, bốc mùi khi trời nắng.',
    });
    expect(r.address).toContain('Phường Sa Pa');
    expect(r.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    // Our app shows it too, owned by the service user.
    const app = await s.api(`/api/feedback/${id}`);
    expect(app.body.reporterName).toBeNull();
    expect(s.ctx.db.prepare('SELECT owner_id FROM feedback WHERE code = ?').pluck().get(id)).toBe('open311:ung-dung-kiem-thu');
  });

  it('takes lat and long only as plain decimals', async () => {
    for (const lat of ['22.3365\n', ' 22.3365', '22.3365 ', '2.23365e1', '0x16', '22,3365', '+-22', 'Infinity', '22.', '']) {
      const res = await post({ ...valid, lat });
      expectErrors(res, 400);
      expect(res.body[0].description, JSON.stringify(lat)).toMatch(/lat/);
    }
    expect((await post({ ...valid, lat: '+22.3365', long: '103.84370' })).status).toBe(201);
  });

  it('keeps media_url only as https to a public host', async () => {
    const refused = [
      'http://anh.laocai.gov.vn/a.jpg',
      'https://localhost/a.jpg',
      'https://LOCALHOST./a.jpg',
      'https://may-chu.localhost/a.jpg',
      'https://intranet/a.jpg',
      'https://camera.local/a.jpg',
      'https://127.0.0.1/a.jpg',
      'https://2130706433/a.jpg', // 127.0.0.1 written as one number
      'https://0x7f.1/a.jpg',
      'https://10.0.0.5/a.jpg',
      'https://172.20.1.1/a.jpg',
      'https://192.168.1.1/a.jpg',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/a.jpg',
      'https://0.0.0.0/a.jpg',
      'https://[::1]/a.jpg',
      'https://[fd00::1]/a.jpg',
      'https://[fe80::1]/a.jpg',
      'https://[::ffff:192.168.1.1]/a.jpg',
      'https://nguoi:matkhau@anh.laocai.gov.vn/a.jpg',
      'https://anh.laocai.gov.vn:8443/a.jpg',
      'ftp://anh.laocai.gov.vn/a.jpg',
      'khong phai dia chi',
    ];
    for (const media_url of refused) {
      const res = await post({ ...valid, media_url });
      expect(res.status, media_url).toBe(400);
      expect(res.body[0].description).toMatch(/^media_url: /);
    }
    for (const media_url of ['https://anh.laocai.gov.vn/o-ga.jpg', 'https://8.8.8.8/a.jpg', 'https://[2001:4860:4860::8888]/a.jpg']) {
      const res = await post({ ...valid, media_url });
      expect(res.status, media_url).toBe(201);
      const r = (await s.api(`/open311/v2/requests/${res.body[0].service_request_id}.json`)).body[0];
      expect(r.media_url).toBe(media_url);
    }
  });

  it('shows an anonymous report’s position to everyone rounded to about 100 m, and exactly to officers', async () => {
    const res = await post({ ...valid, lat: '22.33654321', long: '103.84376543' });
    const id = res.body[0].service_request_id;
    const listed = (await s.api('/open311/v2/requests.json')).body.find((r: { service_request_id: string }) => r.service_request_id === id);
    expect([listed.lat, listed.long]).toEqual([22.337, 103.844]);
    const one = (await s.api(`/open311/v2/requests/${id}.json`)).body[0];
    expect([one.lat, one.long]).toEqual([22.337, 103.844]);
    const inApp = (await s.api(`/api/feedback/${id}`)).body;
    expect(inApp.location).toEqual({ lat: 22.337, long: 103.844 });
    const page = (await s.api('/api/feedback?pageSize=100')).body.items.find((r: { code: string }) => r.code === id);
    expect(page.location).toEqual({ lat: 22.337, long: 103.844 });
    const officer = (await s.api(`/api/officer/feedback/${id}`, { token: OFFICER })).body;
    expect(officer.location).toEqual({ lat: 22.33654321, long: 103.84376543 });
    const officerList = (await s.api('/api/officer/feedback?pageSize=100', { token: OFFICER })).body.items.find((r: { code: string }) => r.code === id);
    expect(officerList.location).toEqual({ lat: 22.33654321, long: 103.84376543 });
  });

  it('accepts JSON and an address_string instead of coordinates, and honours Idempotency-Key', async () => {
    const body = { api_key: KEY, service_code: 'khac', address_string: 'Thôn Lùng Vai, xã Mường Khương', description: 'Đường vào thôn có nhiều cành cây gãy chắn lối đi.' };
    const key = { 'idempotency-key': 'open311-thu-lai-0001' };
    const a = await s.api('/open311/v2/requests.json', { method: 'POST', json: body, headers: key });
    const b = await s.api('/open311/v2/requests.json', { method: 'POST', json: body, headers: key });
    expect(a.status).toBe(201);
    expect(b.body[0].service_request_id).toBe(a.body[0].service_request_id);
    const one = await s.api(`/open311/v2/requests/${a.body[0].service_request_id}.json`);
    expect(one.body[0]).toMatchObject({ lat: null, long: null, address: 'Thôn Lùng Vai, xã Mường Khương, Xã Mường Khương, tỉnh Lào Cai' });
  });
});

describe('GET requests.json', () => {
  it('lists the last 90 days by default, newest first, with open|closed statuses', async () => {
    const res = await s.api('/open311/v2/requests.json');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThanOrEqual(60);
    const times = res.body.map((r: { requested_datetime: string }) => Date.parse(r.requested_datetime));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(new Set(res.body.map((r: { status: string }) => r.status))).toEqual(new Set(['open', 'closed']));
    for (const r of res.body) expect(Object.keys(r).filter((k) => k !== 'title').sort()).toEqual(REQUEST_FIELDS);
    const rejected = res.body.find((r: { status_notes: string | null }) => r.status_notes?.includes('không thuộc phạm vi'));
    expect(rejected.status).toBe('closed');
  });

  it('filters by status, service_code (comma list) and dates', async () => {
    const open = await s.api('/open311/v2/requests.json?status=open');
    expect(open.body.length).toBeGreaterThan(0);
    expect(open.body.every((r: { status: string }) => r.status === 'open')).toBe(true);
    const both = await s.api('/open311/v2/requests.json?status=open,closed');
    const all = await s.api('/open311/v2/requests.json');
    expect(both.body.length).toBe(all.body.length);

    const codes = await s.api('/open311/v2/requests.json?service_code=y-te,giao-duc');
    expect(new Set(codes.body.map((r: { service_code: string }) => r.service_code))).toEqual(new Set(['y-te', 'giao-duc']));

    const now = s.ctx.now();
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
    const recent = await s.api(`/open311/v2/requests.json?start_date=${iso(now - 10 * 86400000)}&end_date=${iso(now)}`);
    expect(recent.body.length).toBeGreaterThan(0);
    expect(recent.body.length).toBeLessThan(all.body.length);
    for (const r of recent.body) expect(Date.parse(r.requested_datetime)).toBeGreaterThanOrEqual(now - 10 * 86400000 - 1000);
    const onlyStart = await s.api(`/open311/v2/requests.json?start_date=${iso(now - 5 * 86400000)}`);
    expect(onlyStart.status).toBe(200);
  });

  it('answers bad filters with 400/404 in the spec’s format', async () => {
    expectErrors(await s.api('/open311/v2/requests.json?status=pending'), 400);
    expectErrors(await s.api('/open311/v2/requests.json?start_date=hom-qua'), 400);
    expectErrors(await s.api('/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z'), 400);
    expectErrors(await s.api('/open311/v2/requests.json?start_date=2026-06-01&end_date=2026-05-01'), 400);
    expectErrors(await s.api('/open311/v2/requests.json?service_code=khong-co'), 404);
    expectErrors(await s.api('/open311/v2/requests/PA-000000-0000.json'), 404);
    expectErrors(await s.api('/open311/v2/requests/PA-000000-0000.xml'), 404);
  });

  it('looks up several ids at once, overriding other filters', async () => {
    const two = (await s.api('/open311/v2/requests.json?status=closed')).body.slice(0, 2).map((r: { service_request_id: string }) => r.service_request_id);
    const res = await s.api(`/open311/v2/requests.json?service_request_id=${two.join(',')}&status=open`);
    expect(res.body.map((r: { service_request_id: string }) => r.service_request_id)).toEqual(two);
  });

  it('follows an officer’s answer: status closed, status_notes the answer', async () => {
    const created = await post(valid);
    const id = created.body[0].service_request_id;
    await s.api(`/api/officer/feedback/${id}/answer`, {
      method: 'POST',
      token: OFFICER,
      json: { text: 'Đội vệ sinh môi trường đã thu gom toàn bộ rác trong ngày.', agency: 'UBND phường Sa Pa' },
    });
    const r = (await s.api(`/open311/v2/requests/${id}.json`)).body[0];
    expect(r).toMatchObject({ status: 'closed', status_notes: 'Đội vệ sinh môi trường đã thu gom toàn bộ rác trong ngày.', agency_responsible: 'UBND phường Sa Pa' });
    expect(Date.parse(r.updated_datetime)).toBeGreaterThanOrEqual(Date.parse(r.requested_datetime));
  });
});
