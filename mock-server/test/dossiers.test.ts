import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER, startServer, type TestServer } from './helpers.js';
import { DOSSIER_CODE, procedureFieldsSchema, type FormField } from '../src/contract/dossiers.js';
import { addWorkingDays, dueDateFor, subtractWorkingDays, workingDaysLeft } from '../src/services/working-days.js';
import { toVnIso, vnDateKey } from '../src/contract/vn-time.js';
import { SCENARIOS } from '../src/db/seed/dossiers.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const BIRTH = '1.001193.000.00.00.H38'; // Đăng ký khai sinh (UBND xã, phường; 1 working day)
const RECORD = '2.000488.000.00.00.H38'; // Phiếu lý lịch tư pháp (Công an tỉnh; 10 working days)

let keyCounter = 0;
const newKey = () => `test-key-${Date.now()}-${keyCounter++}`;

async function upload(token: string, name = 'giay-chung-sinh.png'): Promise<string> {
  const fd = new FormData();
  fd.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), name);
  const res = await s.api('/api/uploads', { method: 'POST', token, body: fd });
  expect(res.status).toBe(201);
  return res.body.id;
}

const applicant = {
  fullName: 'Lò Thị Hoa',
  idNumber: '010195003344',
  phone: '0912 345 678',
  email: '',
  address: { province: 'Lào Cai', commune: 'Xã Y Tý', street: 'Thôn Lao Chải' },
};
const today = () => vnDateKey(s.ctx.now());
const birthFields = () => ({
  childFullName: 'Lò Văn Minh',
  childGender: 'nam',
  childBirthDate: today(),
  childBirthPlace: 'Trạm Y tế xã Y Tý',
  childEthnicity: 'Hà Nhì',
  motherFullName: 'Lò Thị Hoa',
  motherIdNumber: '010195003344',
  relationship: 'Mẹ',
  commitment: true,
});

async function submit(token: string, overrides: Record<string, unknown> = {}, key = newKey()) {
  const papers = overrides.papers ?? { 'giay-chung-sinh': [await upload(token)] };
  return s.api('/api/dossiers', {
    method: 'POST',
    token,
    headers: { 'idempotency-key': key },
    json: { procedureId: BIRTH, applicant, fields: birthFields(), ...overrides, papers },
  });
}

const move = (code: string, body: Record<string, unknown>, token = OFFICER) =>
  s.api(`/api/officer/dossiers/${code}/transitions`, { method: 'POST', token, json: body });

const detailPaths = (res: { body: { error: { details?: { path: string }[] } } }) => (res.body.error.details ?? []).map((d: { path: string }) => d.path).sort();

describe('procedure catalogue', () => {
  it('lists at least 25 real procedures with H38 codes', async () => {
    const res = await s.api('/api/procedures?pageSize=100');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThanOrEqual(25);
    expect(res.body.items).toHaveLength(res.body.total);
    for (const p of res.body.items) {
      expect(p.id).toMatch(/^\d\.\d{6}\.000\.00\.00\.H38$/);
      expect(p.processingDays).toBeGreaterThanOrEqual(1);
      expect(['full', 'partial']).toContain(p.serviceLevel);
    }
    const fields = new Set(res.body.items.map((p: { field: string }) => p.field));
    for (const f of ['ho-tich', 'dat-dai', 'xay-dung', 'kinh-doanh', 'tu-phap', 'giao-duc', 'giao-thong', 'lao-dong']) expect(fields).toContain(f);
  });

  it('paginates with a correct total', async () => {
    const all = await s.api('/api/procedures?pageSize=100');
    const p1 = await s.api('/api/procedures?pageSize=10&page=1');
    const p3 = await s.api('/api/procedures?pageSize=10&page=3');
    expect(p1.body.total).toBe(all.body.total);
    expect(p1.body.items).toHaveLength(10);
    expect(p3.body.items.map((p: { id: string }) => p.id)).toEqual(all.body.items.slice(20, 30).map((p: { id: string }) => p.id));
  });

  it('searches without diacritics and by everyday words', async () => {
    const plain = await s.api('/api/procedures?q=khai%20sinh');
    const marked = await s.api(`/api/procedures?q=${encodeURIComponent('KHAI SINH')}`);
    expect(plain.body.items[0].name).toBe('Đăng ký khai sinh');
    expect(marked.body.total).toBe(plain.body.total);
    const soDo = await s.api(`/api/procedures?q=${encodeURIComponent('sổ đỏ')}`);
    expect(soDo.body.items.every((p: { field: string }) => p.field === 'dat-dai')).toBe(true);
    expect(soDo.body.total).toBeGreaterThan(0);
    const none = await s.api('/api/procedures?q=%25%25%25');
    expect(none.body.total).toBe(0);
  });

  it('filters by field, authority and level', async () => {
    const land = await s.api('/api/procedures?field=dat-dai&pageSize=100');
    expect(land.body.total).toBeGreaterThan(0);
    expect(land.body.items.every((p: { field: string }) => p.field === 'dat-dai')).toBe(true);
    const full = await s.api('/api/procedures?level=full&pageSize=100');
    const partial = await s.api('/api/procedures?level=partial&pageSize=100');
    const all = await s.api('/api/procedures?pageSize=100');
    expect(full.body.total + partial.body.total).toBe(all.body.total);
    const police = await s.api('/api/procedures?agency=cong-an-tinh');
    expect(police.body.items.every((p: { authority: { id: string } }) => p.authority.id === 'cong-an-tinh')).toBe(true);
    const facets = await s.api('/api/procedures/facets');
    expect(facets.body.total).toBe(all.body.total);
    expect(facets.body.fields.reduce((n: number, f: { count: number }) => n + f.count, 0)).toBe(all.body.total);
  });

  it('refuses bad filters with 400 and details', async () => {
    for (const q of ['field=khong-co', 'level=cao', 'pageSize=101', 'page=0', `q=${'a'.repeat(201)}`, 'agency=Sở']) {
      const res = await s.api(`/api/procedures?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.details.length).toBeGreaterThan(0);
    }
  });

  it('shows a procedure with its papers, fee, agency and own fields', async () => {
    const res = await s.api(`/api/procedures/${BIRTH}`);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Đăng ký khai sinh');
    expect(res.body.papers.length).toBeGreaterThan(1);
    expect(res.body.papers[0]).toEqual(expect.objectContaining({ name: expect.any(String), copies: expect.any(String) }));
    const names = res.body.fields.map((f: FormField) => f.name);
    expect(names).toEqual(expect.arrayContaining(['childFullName', 'childBirthDate', 'childBirthPlace', 'motherFullName', 'fatherFullName']));
    const business = await s.api('/api/procedures/2.000575.000.00.00.H38');
    expect(business.body.fields.map((f: FormField) => f.name)).toEqual(expect.arrayContaining(['businessName', 'capital', 'businessLines']));
    expect((await s.api('/api/procedures/9.999999.000.00.00.H38')).status).toBe(404);
    expect((await s.api('/api/procedures/co%20dau%20cach')).status).toBe(400);
  });

  it('names a commune department in plain words ("Văn phòng HĐND và UBND xã, phường", not "… của UBND …")', async () => {
    expect((await s.api(`/api/procedures/${BIRTH}`)).body.department).toBe('Văn phòng HĐND và UBND xã, phường');
    const list = (await s.api('/api/procedures?pageSize=100')).body.items as { id: string }[];
    for (const { id } of list) {
      const { department } = (await s.api(`/api/procedures/${id}`)).body;
      expect(department, id).not.toMatch(/UBND của UBND|của UBND xã/);
    }
  });
});

describe('seeded dossiers', () => {
  it('holds every status, some overdue, and dossiers of the development user', async () => {
    const list = await s.api('/api/officer/dossiers?pageSize=100', { token: OFFICER });
    expect(list.status).toBe(200);
    const statuses = new Set(list.body.items.map((d: { status: number }) => d.status));
    for (let st = 1; st <= 10; st++) expect(statuses, `status ${st}`).toContain(st);
    const overdue = await s.api('/api/officer/dossiers?overdue=true', { token: OFFICER });
    expect(overdue.body.total).toBeGreaterThanOrEqual(2);
    expect(overdue.body.items.every((d: { overdue: boolean }) => d.overdue)).toBe(true);
    const demo = await s.signIn('cong-dan-demo');
    const mine = await s.api('/api/me/dossiers', { token: demo });
    expect(mine.body.total).toBeGreaterThanOrEqual(5);
    expect(mine.body.counts.needsAction).toBeGreaterThanOrEqual(1);
    const needsPapers = mine.body.items.find((d: { status: number }) => d.status === 5);
    const view = await s.api(`/api/dossiers/${needsPapers.code}`, { token: demo });
    expect(view.body.missingDocuments.length).toBeGreaterThan(0);
    expect(view.body.canSupplement).toBe(true);
  });

  it('has field values that pass their procedure rules', async () => {
    const rows = s.ctx.db.prepare('SELECT d.fields, d.received_at, p.fields AS defs FROM dossiers d JOIN procedures p ON p.id = d.procedure_id').all() as {
      fields: string;
      received_at: number;
      defs: string;
    }[];
    expect(rows.length).toBe(SCENARIOS.length);
    for (const r of rows) {
      const parsed = procedureFieldsSchema(JSON.parse(r.defs), vnDateKey(r.received_at)).safeParse(JSON.parse(r.fields));
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });
});

describe('submitting a dossier', () => {
  it('needs a signed-in citizen and an Idempotency-Key', async () => {
    expect((await s.api('/api/dossiers', { method: 'POST', json: {} })).status).toBe(401);
    expect((await s.api('/api/dossiers', { method: 'POST', token: OFFICER, json: {}, headers: { 'idempotency-key': newKey() } })).status).toBe(403);
    const token = await s.signIn();
    const res = await s.api('/api/dossiers', { method: 'POST', token, json: { procedureId: BIRTH } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Idempotency-Key');
  });

  it('answers one error per wrong field, with its path', async () => {
    const token = await s.signIn();
    const res = await submit(token, {
      applicant: {
        fullName: 'Hoa',
        idNumber: '999123456789',
        phone: '0123456789',
        email: 'khong-phai-email',
        address: { province: 'Lào Cai', commune: 'Xã Không Có', street: '' },
      },
      fields: { ...birthFields(), childFullName: '', childGender: 'khac', childBirthDate: '2099-01-01', commitment: false, motherIdNumber: '123', extra: 'x' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(detailPaths(res)).toEqual(
      [
        'applicant.fullName',
        'applicant.idNumber',
        'applicant.phone',
        'applicant.email',
        'applicant.address.commune',
        'applicant.address.street',
        'fields.childFullName',
        'fields.childGender',
        'fields.childBirthDate',
        'fields.commitment',
        'fields.motherIdNumber',
        'fields.extra',
      ].sort(),
    );
    const messages = res.body.error.details.map((d: { message: string }) => d.message).join(' ');
    expect(messages).toMatch(/ít nhất hai chữ/);
    expect(messages).toMatch(/mã tỉnh/);
    expect(messages).toMatch(/Số di động/);
    expect(s.ctx.db.prepare('SELECT COUNT(*) FROM dossiers WHERE applicant_search = ?').pluck().get('hoa')).toBe(0);
  });

  it('accepts +84 numbers, decomposed letters and other provinces, and asks where to submit a commune procedure', async () => {
    const token = await s.signIn();
    const elsewhere = { ...applicant, fullName: 'Lò  Thị   Hoa'.normalize('NFD'), phone: '+84 983 412 765', address: { province: 'Hà Nội', commune: 'Phường Ba Đình', street: 'Số 1 Điện Biên Phủ' } };
    const missing = await submit(token, { applicant: elsewhere });
    expect(missing.status).toBe(400);
    expect(detailPaths(missing)).toEqual(['submitTo']);
    const ok = await submit(token, { applicant: elsewhere, submitTo: 'Xã Bắc Hà' });
    expect(ok.status).toBe(201);
    expect(ok.body.applicant.phone).toBe('0983412765');
    expect(ok.body.applicant.fullName).toBe('Lò Thị Hoa'); // typed with combining marks and extra spaces, kept composed
    expect(ok.body.agency.name).toBe('UBND xã Bắc Hà');
  });

  it('requires the needed papers and refuses more than 30 files (413), duplicates and uploads of someone else', async () => {
    const token = await s.signIn();
    const none = await submit(token, { papers: {} });
    expect(none.status).toBe(400);
    expect(detailPaths(none)).toEqual(['papers.giay-chung-sinh']);
    const ids = await Promise.all(Array.from({ length: 11 }, () => upload(token)));
    const tooMany = await submit(token, { papers: { 'giay-chung-sinh': ids } });
    expect(tooMany.status).toBe(400);
    expect(detailPaths(tooMany)).toEqual(['papers.giay-chung-sinh']);
    expect((await submit(token, { papers: { 'giay-chung-sinh': [...ids, ...ids, ...ids] } })).status).toBe(413);
    const dup = await submit(token, { papers: { 'giay-chung-sinh': [ids[0], ids[0]] } });
    expect(dup.status).toBe(400);
    expect(detailPaths(dup)).toEqual(['papers.giay-chung-sinh.1']);
    const other = await s.signIn();
    const theirs = await upload(other);
    const stolen = await submit(token, { papers: { 'giay-chung-sinh': [ids[1]], cccd: [theirs] } });
    expect(stolen.status).toBe(400);
    expect(detailPaths(stolen)).toEqual(['papers.cccd.0']);
    // Nothing was kept: the upload is still free and no code was used.
    expect(s.ctx.db.prepare('SELECT attached_to FROM uploads WHERE id = ?').pluck().get(ids[1])).toBeNull();
  });

  it('answers 201 with the code, the received time and a due date in working days', async () => {
    const token = await s.signIn('nguoi-nop-1', 'Lò Thị Hoa');
    const before = s.ctx.now();
    const res = await submit(token);
    expect(res.status).toBe(201);
    const d = res.body;
    expect(d.code).toMatch(DOSSIER_CODE);
    const yymmdd = vnDateKey(before).slice(2).replace(/-/g, '');
    expect(d.code).toMatch(new RegExp(`^000\\.04\\.32\\.H38-${yymmdd}-\\d{4}$`)); // UBND xã Y Tý
    expect(d.status).toBe(1);
    expect(d.statusLabel).toBe('Mới đăng ký');
    expect(d.dueAt).toBe(toVnIso(dueDateFor(Date.parse(d.receivedAt), 1)));
    expect(d.history).toHaveLength(1);
    expect(d.history[0]).toMatchObject({ step: 1, status: 1, actor: 'citizen', action: 'Nộp hồ sơ trực tuyến' });
    expect(d.attachments).toHaveLength(1);
    expect(d.fields.find((f: { name: string }) => f.name === 'childGender').value).toBe('Nam');
    expect(d.isOwner).toBe(true);
    const notes = await s.api('/api/me/notifications', { token });
    expect(notes.body.items[0]).toMatchObject({ kind: 'dossier', refId: d.code });
    // Its tờ khai is the online form and the ID card is in the national population database: no file is needed.
    const record = await submit(token, { procedureId: RECORD, papers: {}, fields: { formType: 'so-1', purpose: 'Xin việc', copies: 1, birthPlace: 'Lào Cai', fatherFullName: 'Lò Văn Pao', motherFullName: 'Hầu Thị Mai', residenceHistory: 'Từ 2010 đến nay ở xã Y Tý.', commitment: true } });
    expect(record.status).toBe(201);
    expect(record.body.code.startsWith('000.00.20.H38-')).toBe(true); // Công an tỉnh
    expect(record.body.dueAt).toBe(toVnIso(dueDateFor(Date.parse(record.body.receivedAt), 10)));
  });

  it('creates one dossier however often the same request is retried', async () => {
    const token = await s.signIn();
    const key = newKey();
    const papers = { 'giay-chung-sinh': [await upload(token)] };
    const first = await submit(token, { papers }, key);
    const again = await submit(token, { papers }, key);
    const third = await submit(token, { papers }, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.code).toBe(first.body.code);
    expect(third.headers.get('idempotent-replayed')).toBe('true');
    const mine = await s.api('/api/me/dossiers', { token });
    expect(mine.body.total).toBe(1);
    const reused = await submit(token, { papers, fields: { ...birthFields(), childFullName: 'Lò Văn Khác' } }, key);
    expect(reused.status).toBe(409);
  });

  it('gives distinct consecutive codes to simultaneous submissions', async () => {
    const tokens = await Promise.all(Array.from({ length: 6 }, () => s.signIn()));
    const ids = await Promise.all(tokens.map((t) => upload(t)));
    const results = await Promise.all(tokens.map((t, i) => submit(t, { papers: { 'giay-chung-sinh': [ids[i]] } })));
    const codes = results.map((r) => r.body.code as string);
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(codes).size).toBe(6);
    const seqs = codes.map((c) => Number(c.split('-')[2])).sort((a, b) => a - b);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBe(seqs[i - 1] + 1);
  });
});

describe('tracking and privacy', () => {
  let owner: string;
  let code: string;
  beforeAll(async () => {
    owner = await s.signIn('chu-ho-so', 'Lò Thị Hoa');
    code = (await submit(owner, { applicant: { ...applicant, email: 'hoa.lo@gmail.com' } })).body.code;
  });

  it('shows anyone with the code alone the status, procedure, agency and dates, and nothing about the applicant', async () => {
    const res = await s.api(`/api/dossiers/${code}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ access: 'public', masked: true, isOwner: false, applicant: null, receipt: null, status: 1, agency: { name: expect.any(String) } });
    expect(res.body.procedure.name).toBe('Đăng ký khai sinh');
    expect(res.body.receivedAt).toMatch(/\+07:00$/);
    expect(res.body.fields).toEqual([]);
    expect(res.body.attachments).toEqual([]);
    expect(res.body.canWithdraw).toBe(false);
    // Not even masked forms: the same masked values would link one person across dossiers.
    expect(JSON.stringify(res.body)).not.toMatch(/010195003344|0912345678|Lao Chải|Lò Văn Minh|3344|5678|L\*\*\*|T\*\*\*|h\*\*\*|gmail/);
    expect(res.headers.get('cache-control')).toContain('no-store');
    // A stranger signed in is a stranger.
    const stranger = await s.api(`/api/dossiers/${code}`, { token: await s.signIn() });
    expect(stranger.body).toMatchObject({ access: 'public', applicant: null });
  });

  it('shows whoever holds the receipt (code and key) the applicant masked', async () => {
    const { key, url } = (await s.api(`/api/dossiers/${code}`, { token: owner })).body.receipt;
    expect(key).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(url).toBe(`http://localhost:3000/?qr=dossier/${code}&key=${key}`);
    const res = await s.api(`/api/dossiers/${code}?key=${key}`);
    expect(res.body).toMatchObject({ access: 'receipt', masked: true, isOwner: false, receipt: null });
    expect(res.body.applicant).toEqual({
      fullName: 'Lò T*** H',
      idNumber: '********3344',
      phone: '******5678',
      email: 'h***@gmail.com',
      address: { province: 'Lào Cai', commune: 'Xã Y Tý', street: null },
    });
    expect(res.body.fields).toEqual([]);
    expect(JSON.stringify(res.body)).not.toMatch(/010195003344|0912345678|Lao Chải|Lò Văn Minh/);
    // Another dossier's key, a key a letter off, and a malformed one show only the status.
    const other = (await submit(owner)).body;
    for (const wrong of [other.receipt.key, key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'), 'x', '%E0%A4%A', '']) {
      const r = await s.api(`/api/dossiers/${code}?key=${encodeURIComponent(wrong)}`);
      expect(r.status, wrong).toBe(200);
      expect(r.body, wrong).toMatchObject({ access: 'public', applicant: null });
    }
  });

  it('finds a code typed in lower case, and answers 404 or 400 otherwise', async () => {
    expect((await s.api(`/api/dossiers/${code.toLowerCase()}`)).status).toBe(200);
    expect((await s.api('/api/dossiers/000.04.32.H38-200101-9999')).status).toBe(404);
    const bad = await s.api('/api/dossiers/abc');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].message).toContain('Mã hồ sơ');
  });

  it('shows the owner and officers everything, with the receipt; another user only the status', async () => {
    const mine = await s.api(`/api/dossiers/${code}`, { token: owner });
    expect(mine.body.access).toBe('owner');
    expect(mine.body.receipt.key).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(mine.body.masked).toBe(false);
    expect(mine.body.applicant.idNumber).toBe('010195003344');
    expect(mine.body.fields.length).toBeGreaterThan(3);
    expect(mine.body.canWithdraw).toBe(true);
    const officer = await s.api(`/api/dossiers/${code}`, { token: OFFICER });
    expect(officer.body.masked).toBe(false);
    expect(officer.body.access).toBe('officer');
    expect(officer.body.isOwner).toBe(false);
    expect(officer.body.receipt).toEqual(mine.body.receipt);
    const stranger = await s.signIn();
    const theirs = await s.api(`/api/dossiers/${code}`, { token: stranger });
    expect(theirs.body.masked).toBe(true);
    expect(theirs.body.applicant).toBeNull();
    expect(theirs.body.isOwner).toBe(false);
  });

  it('limits lookups per client with a Vietnamese 429; officers are not limited', async () => {
    const limited = await startServer({ DOSSIER_LOOKUPS_PER_MINUTE: '5' });
    try {
      const codes = (limited.ctx.db.prepare('SELECT code FROM dossiers ORDER BY code LIMIT 3').pluck().all() as string[]);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await limited.api(`/api/dossiers/${codes[i % 3]}`)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      // Guessing codes that do not exist counts too.
      expect((await limited.api('/api/dossiers/000.00.01.H38-200101-0001')).status).toBe(429);
      const refused = await limited.api(`/api/dossiers/${codes[0]}`);
      expect(refused.body.error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^Bạn tra cứu quá nhiều hồ sơ.*thử lại sau \d+ giây/) });
      // Someone else signed in has their own allowance; officers have none to run out of.
      const other = await limited.signIn('tra-cuu-khac');
      expect((await limited.api(`/api/dossiers/${codes[0]}`, { token: other })).status).toBe(200);
      for (let i = 0; i < 8; i++) expect((await limited.api(`/api/dossiers/${codes[i % 3]}`, { token: OFFICER })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('lets nobody else supplement or withdraw, and lists only my own dossiers', async () => {
    const stranger = await s.signIn();
    const file = await upload(stranger);
    const sup = await s.api(`/api/dossiers/${code}/supplements`, { method: 'POST', token: stranger, headers: { 'idempotency-key': newKey() }, json: { papers: { 'giay-chung-sinh': [file] } } });
    expect(sup.status).toBe(403);
    const wd = await s.api(`/api/dossiers/${code}/withdraw`, { method: 'POST', token: stranger, headers: { 'idempotency-key': newKey() }, json: { reason: 'Không cần nữa' } });
    expect(wd.status).toBe(403);
    expect((await s.api(`/api/dossiers/${code}/withdraw`, { method: 'POST', headers: { 'idempotency-key': newKey() }, json: { reason: 'abc' } })).status).toBe(401);
    expect((await s.api('/api/dossiers/000.04.32.H38-200101-9999/withdraw', { method: 'POST', token: stranger, headers: { 'idempotency-key': newKey() }, json: { reason: 'abc' } })).status).toBe(404);
    const theirList = await s.api('/api/me/dossiers', { token: stranger });
    expect(theirList.body.total).toBe(0);
    const mine = await s.api('/api/me/dossiers', { token: owner });
    expect(mine.body.items.map((d: { code: string }) => d.code)).toContain(code);
    expect((await s.api('/api/me/dossiers')).status).toBe(401);
    expect((await s.api('/api/me/dossiers?status=11', { token: owner })).status).toBe(400);
  });
});

describe('officer workflow, supplement and withdraw', () => {
  it('is for officers only', async () => {
    const token = await s.signIn();
    const code = (await submit(token)).body.code;
    expect((await move(code, { to: 2 }, '')).status).toBe(401);
    expect((await s.api(`/api/officer/dossiers/${code}/transitions`, { method: 'POST', json: { to: 2 } })).status).toBe(401);
    expect((await move(code, { to: 2 }, token)).status).toBe(403);
    expect((await s.api('/api/officer/dossiers', { token })).status).toBe(403);
    expect((await move('000.04.32.H38-200101-9999', { to: 2 })).status).toBe(404);
    expect((await move(code, { to: 11 })).status).toBe(400);
  });

  it('moves a dossier along, asks for papers, takes the supplement and finishes', async () => {
    const token = await s.signIn('theo-doi-ho-so', 'Lò Thị Hoa');
    const created = (await submit(token)).body;
    const code = created.code;

    const refusedEarly = await move(code, { to: 9 });
    expect(refusedEarly.status).toBe(409);
    expect(refusedEarly.body.error.code).toBe('INVALID_TRANSITION');
    expect(refusedEarly.body.error.message).toContain('Mới đăng ký');

    const accepted = await move(code, { to: 2, officerName: 'Sùng Thị Pà' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.history[1]).toMatchObject({ status: 2, officer: 'Sùng Thị Pà', office: 'Trung tâm Phục vụ hành chính công xã Y Tý', actor: 'officer' });
    expect((await move(code, { to: 4 })).body.statusLabel).toBe('Đang xử lý');

    // Asking for papers needs the papers and a note.
    expect(detailPaths(await move(code, { to: 5, note: 'Thiếu giấy tờ' }))).toEqual(['missingPapers']);
    expect(detailPaths(await move(code, { to: 5, missingPapers: ['giay-chung-sinh'] }))).toEqual(['note']);
    expect(detailPaths(await move(code, { to: 9, missingDocuments: ['x y'] }))).toEqual(['missingDocuments']);
    expect(detailPaths(await move(code, { to: 9, missingPapers: ['giay-chung-sinh'] }))).toEqual(['missingPapers']);
    // Papers by the procedure's ids: one it does not have, or the online form, cannot be asked for.
    expect(detailPaths(await move(code, { to: 5, note: 'Thiếu', missingPapers: ['giay-khong-co'] }))).toEqual(['missingPapers.0']);
    expect(detailPaths(await move(code, { to: 5, note: 'Thiếu', missingPapers: ['to-khai'] }))).toEqual(['missingPapers.0']);
    // The officer's note, written without a full stop, still ends its sentence before the list.
    const asked = await move(code, { to: 5, note: 'Ảnh giấy chứng sinh bị mờ, chụp lại rõ nét', missingPapers: ['giay-chung-sinh'] });
    expect(asked.status).toBe(200);
    expect(asked.body.missingDocuments).toEqual(['Giấy chứng sinh do cơ sở y tế cấp']);
    expect(asked.body.missingPapers).toEqual([
      expect.objectContaining({ id: 'giay-chung-sinh', name: 'Giấy chứng sinh do cơ sở y tế cấp', copies: '01 bản chính (ảnh chụp)', example: expect.any(String) }),
    ]);
    expect(asked.body.overdue).toBe(false);

    // The officer cannot pretend the citizen supplemented.
    expect((await move(code, { to: 4 })).status).toBe(409);

    const ownerView = await s.api(`/api/dossiers/${code}`, { token });
    expect(ownerView.body.canSupplement).toBe(true);
    expect(ownerView.body.history.at(-1).note).toBe('Ảnh giấy chứng sinh bị mờ, chụp lại rõ nét. Cần bổ sung: Giấy chứng sinh do cơ sở y tế cấp.');
    const publicView = await s.api(`/api/dossiers/${code}`);
    expect(publicView.body.history.at(-1).note).toBeNull();
    expect(publicView.body.missingDocuments).toEqual([]);

    const file = await upload(token, 'giay-chung-sinh-ro.png');
    const key = newKey();
    const supplemented = await s.api(`/api/dossiers/${code}/supplements`, {
      method: 'POST',
      token,
      headers: { 'idempotency-key': key },
      json: { papers: { 'giay-chung-sinh': [file] }, note: 'Đã chụp lại' },
    });
    expect(supplemented.status).toBe(200);
    expect(supplemented.body.status).toBe(4);
    expect(supplemented.body.missingDocuments).toEqual([]);
    expect(supplemented.body.attachments).toHaveLength(2);
    // Both photos of the birth certificate under that paper: the first with the dossier, the second as its supplement.
    expect(supplemented.body.papers).toEqual([
      expect.objectContaining({ id: 'giay-chung-sinh', files: [expect.objectContaining({ round: 0 }), expect.objectContaining({ id: file, round: 1 })] }),
    ]);
    expect(supplemented.body.history.at(-1)).toMatchObject({ status: 4, actor: 'citizen', officer: null });
    expect(supplemented.body.dueAt).toBe(toVnIso(dueDateFor(Date.parse(supplemented.body.history.at(-1).at), 1)));
    // A retry answers the same; a second supplement is refused now that it is processing.
    const retry = await s.api(`/api/dossiers/${code}/supplements`, {
      method: 'POST',
      token,
      headers: { 'idempotency-key': key },
      json: { papers: { 'giay-chung-sinh': [file] }, note: 'Đã chụp lại' },
    });
    expect(retry.status).toBe(200);
    expect(retry.body.history).toHaveLength(supplemented.body.history.length);
    const another = await upload(token);
    const late = await s.api(`/api/dossiers/${code}/supplements`, { method: 'POST', token, headers: { 'idempotency-key': newKey() }, json: { papers: { 'giay-chung-sinh': [another] } } });
    expect(late.status).toBe(409);

    expect((await move(code, { to: 9 })).status).toBe(200);
    const withdrawDone = await s.api(`/api/dossiers/${code}/withdraw`, { method: 'POST', token, headers: { 'idempotency-key': newKey() }, json: { reason: 'Thử rút khi đã xong' } });
    expect(withdrawDone.status).toBe(409);
    const returned = await move(code, { to: 10 });
    expect(returned.body.final).toBe(true);
    expect(returned.body.finishedAt).not.toBeNull();
    expect((await move(code, { to: 4 })).status).toBe(409);

    const history = returned.body.history.map((h: { status: number }) => h.status);
    expect(history).toEqual([1, 2, 4, 5, 4, 9, 10]);
    const notes = await s.api('/api/me/notifications?pageSize=50', { token });
    const mine = notes.body.items.filter((n: { refId: string }) => n.refId === code);
    expect(mine).toHaveLength(7);
    expect(mine.map((n: { title: string }) => n.title)).toContain(`Cần bổ sung giấy tờ – ${code}`);
    // Names in notices stand in Vietnamese quotation marks, not typewriter ones.
    const papers = mine.find((n: { title: string }) => n.title.startsWith('Cần bổ sung giấy tờ'));
    expect(papers.body).toMatch(/^Hồ sơ “[^"”]+” cần bổ sung: Giấy chứng sinh do cơ sở y tế cấp\./);
    for (const n of mine) expect(n.body).not.toContain('"');
  });

  it('lets the owner withdraw while the dossier is open, once', async () => {
    const token = await s.signIn();
    const code = (await submit(token)).body.code;
    await move(code, { to: 2 });
    expect((await s.api(`/api/dossiers/${code}/withdraw`, { method: 'POST', token, headers: { 'idempotency-key': newKey() }, json: { reason: '' } })).status).toBe(400);
    const res = await s.api(`/api/dossiers/${code}/withdraw`, { method: 'POST', token, headers: { 'idempotency-key': newKey() }, json: { reason: 'Tôi sẽ nộp trực tiếp' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 7, final: true, canWithdraw: false });
    expect(res.body.history.at(-1)).toMatchObject({ status: 7, actor: 'citizen', note: 'Lý do: Tôi sẽ nộp trực tiếp' });
    const twice = await s.api(`/api/dossiers/${code}/withdraw`, { method: 'POST', token, headers: { 'idempotency-key': newKey() }, json: { reason: 'Rút lần nữa' } });
    expect(twice.status).toBe(409);
    expect((await move(code, { to: 4 })).status).toBe(409);
  });

  it('does not count the days spent waiting for the citizen to pay against the office', async () => {
    const token = await s.signIn();
    const code = (await submit(token)).body.code;
    await move(code, { to: 2 });
    await move(code, { to: 4 });
    const fees = await move(code, { to: 6, note: 'Nộp lệ phí 8.000 đồng.' });
    expect(fees.status).toBe(200);
    // The citizen paid six working days after being asked (the request is dated back).
    const pausedAt = Date.parse(`${subtractWorkingDays(vnDateKey(s.ctx.now()), 6)}T10:00:00+07:00`);
    s.ctx.db.prepare('UPDATE dossier_history SET at = ? WHERE code = ? AND status = 6').run(pausedAt, code);
    const dueBefore = Date.parse(fees.body.dueAt);
    const resumed = await move(code, { to: 4 });
    expect(resumed.status).toBe(200);
    expect(workingDaysLeft(pausedAt, Date.parse(resumed.body.updatedAt))).toBe(6);
    expect(resumed.body.dueAt).toBe(toVnIso(Date.parse(`${addWorkingDays(vnDateKey(dueBefore), 6)}T17:00:00+07:00`)));
    expect(resumed.body.overdue).toBe(false);
    const notes = await s.api('/api/me/notifications', { token });
    const [y, m, d] = vnDateKey(Date.parse(resumed.body.dueAt)).split('-');
    expect(notes.body.items[0].body).toContain(`${d}/${m}/${y}`);
  });

  it('refuses, stops and asks for fees with a reason', async () => {
    const token = await s.signIn();
    const a = (await submit(token)).body.code;
    expect(detailPaths(await move(a, { to: 3 }))).toEqual(['note']);
    const refused = await move(a, { to: 3, note: 'Không thuộc thẩm quyền.' });
    expect(refused.body).toMatchObject({ status: 3, final: true });
    const b = (await submit(token)).body.code;
    await move(b, { to: 2 });
    await move(b, { to: 4 });
    expect((await move(b, { to: 6, note: 'Nộp lệ phí 8.000 đồng.' })).body.status).toBe(6);
    expect((await move(b, { to: 4 })).body.status).toBe(4);
    expect((await move(b, { to: 8, note: 'Hồ sơ không đủ điều kiện.' })).body.status).toBe(8);
    const mine = await s.api('/api/me/dossiers?state=closed', { token });
    expect(mine.body.items.map((d: { code: string }) => d.code).sort()).toEqual([a, b].sort());
    expect(mine.body.counts.closed).toBe(2);
  });
});

describe('odd input', () => {
  it('never answers 5xx and never stores anything for it', async () => {
    const token = await s.signIn();
    const before = s.ctx.db.prepare('SELECT COUNT(*) FROM dossiers').pluck().get();
    const bodies: unknown[] = [
      null,
      [],
      'chuỗi',
      { procedureId: 42 },
      { procedureId: BIRTH, applicant: 'x', fields: [], papers: 'x' },
      { procedureId: BIRTH, applicant: { address: 'Lào Cai' }, fields: { childBirthDate: '2026-02-30' }, papers: { 'giay-chung-sinh': [1] } },
      { procedureId: BIRTH, applicant, fields: { childFullName: { $gt: '' } }, papers: { 'giay-chung-sinh': ['../../etc/passwd'] } },
      { procedureId: "1.001193.000.00.00.H38' OR 1=1 --", applicant, fields: {}, papers: {} },
      { procedureId: BIRTH, applicant, fields: birthFields(), papers: { 'giay-chung-sinh': ['up_khongco'] }, submitTo: 'Xã Không Có' },
      { procedureId: BIRTH, applicant, fields: birthFields(), papers: { __proto__: ['x'], constructor: ['y'] } },
      { procedureId: BIRTH, applicant, fields: birthFields(), papers: ['giay-chung-sinh'] },
    ];
    for (const json of bodies) {
      const res = await s.api('/api/dossiers', { method: 'POST', token, headers: { 'idempotency-key': newKey() }, json });
      expect(res.status, JSON.stringify(json)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(json)).toBeLessThan(500);
      expect(res.body.error.message).toEqual(expect.any(String));
    }
    for (const path of ['/api/officer/dossiers?status=abc', '/api/officer/dossiers?overdue=maybe', '/api/me/dossiers?state=all']) {
      const res = await s.api(path, { token: path.includes('officer') ? OFFICER : token });
      expect(res.status, path).toBe(400);
    }
    const transition = await move('000.04.32.H38-200101-9999', { to: 'hai' });
    expect(transition.status).toBe(400);
    expect(s.ctx.db.prepare('SELECT COUNT(*) FROM dossiers').pluck().get()).toBe(before);
  });
});
