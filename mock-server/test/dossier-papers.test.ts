import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER, startServer, type TestServer } from './helpers.js';
import { checkPapers, paperRequirement, type PaperSpec } from '../src/contract/papers.js';
import { PROCEDURES } from '../src/db/seed/procedure-catalogue.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const MARITAL = '1.004873.000.00.00.H38'; // Cấp Giấy xác nhận tình trạng hôn nhân
const LAND_INFO = '1.012790.000.00.00.H38'; // Cung cấp thông tin, dữ liệu đất đai: the form is the only paper
const HOUSEHOLD = '2.000575.000.00.00.H38'; // Đăng ký thành lập hộ kinh doanh

let n = 0;
const newKey = () => `papers-${Date.now()}-${n++}`;

async function upload(token: string, name = 'giay.png'): Promise<string> {
  const fd = new FormData();
  fd.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), name);
  const res = await s.api('/api/uploads', { method: 'POST', token, body: fd });
  expect(res.status).toBe(201);
  return res.body.id;
}

const applicant = {
  fullName: 'Chảo Thị Mẩy',
  idNumber: '010196004218',
  phone: '0978 221 463',
  address: { province: 'Lào Cai', commune: 'Xã Y Tý', street: 'Thôn Ngải Thầu' },
};

const send = (token: string, procedureId: string, fields: Record<string, unknown>, papers: Record<string, string[]>) =>
  s.api('/api/dossiers', { method: 'POST', token, headers: { 'idempotency-key': newKey() }, json: { procedureId, applicant, fields, papers } });

const paths = (res: { body: { error: { details?: { path: string }[] } } }) => (res.body.error.details ?? []).map((d) => d.path).sort();
const messageAt = (res: { body: { error: { details?: { path: string; message: string }[] } } }, path: string) =>
  res.body.error.details?.find((d) => d.path === path)?.message;

describe('every procedure of the catalogue', () => {
  it('gives each paper a stable id, and each condition a field and answers the form has', () => {
    for (const p of PROCEDURES) {
      const ids = p.papers.map((x) => x.id);
      expect(new Set(ids).size, p.nationalCode).toBe(ids.length);
      for (const paper of p.papers) {
        expect(paper.id, p.nationalCode).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        if (paper.need.kind === 'form' || paper.need.kind === 'desk') continue;
        expect(paper.example, `${p.nationalCode} ${paper.id}`).toBeTruthy();
        if (paper.need.kind !== 'when') continue;
        const field = p.fields.find((f) => f.name === (paper.need as { field: string }).field);
        expect(field, `${p.nationalCode} ${paper.id}`).toBeDefined();
        for (const v of [...(paper.need.in ?? []), ...(paper.need.notIn ?? [])]) {
          const known = field!.type === 'checkbox' ? typeof v === 'boolean' : field!.options?.some((o) => o.value === v);
          expect(known, `${p.nationalCode} ${paper.id}: ${String(v)}`).toBe(true);
        }
      }
    }
  });

  it('offers its papers with their ids and conditions through the API', async () => {
    const res = await s.api(`/api/procedures/${MARITAL}`);
    expect(res.status).toBe(200);
    expect(res.body.papers.map((p: PaperSpec) => [p.id, p.need.kind])).toEqual([
      ['to-khai', 'form'],
      ['quyet-dinh-ly-hon', 'when'],
      ['trich-luc-khai-tu', 'when'],
      ['cccd', 'population-db'],
    ]);
  });
});

describe('the rule of papers', () => {
  const papers = PROCEDURES.find((p) => p.nationalCode === '1.004873')!;
  const single = { purpose: 'Đăng ký kết hôn', maritalStatus: 'Chưa đăng ký kết hôn với ai' };
  const divorced = { purpose: 'Vay vốn ngân hàng', maritalStatus: 'Đã ly hôn, chưa kết hôn lại' };

  it('asks for the divorce decision only of someone divorced, and says why', () => {
    const decision = papers.papers.find((p) => p.id === 'quyet-dinh-ly-hon')!;
    expect(paperRequirement(decision, divorced, papers.fields)).toEqual({ need: 'required', why: expect.stringContaining('“Đã ly hôn, chưa kết hôn lại”') });
    expect(paperRequirement(decision, single, papers.fields)).toEqual({ need: 'none', why: expect.stringContaining('Chưa đăng ký kết hôn với ai') });
    expect(checkPapers(papers.papers, papers.fields, divorced, {}).map((i) => i.path)).toEqual(['papers.quyet-dinh-ly-hon']);
    expect(checkPapers(papers.papers, papers.fields, single, {})).toEqual([]);
    expect(checkPapers(papers.papers, papers.fields, single, { 'quyet-dinh-ly-hon': ['up_a'] }).map((i) => i.path)).toEqual(['papers.quyet-dinh-ly-hon']);
  });

  it('never asks for the tờ khai, and takes the CCCD only when the resident chooses to attach it', () => {
    const form = papers.papers.find((p) => p.id === 'to-khai')!;
    const cccd = papers.papers.find((p) => p.id === 'cccd')!;
    expect(paperRequirement(form, single, papers.fields).need).toBe('none');
    expect(paperRequirement(cccd, single, papers.fields)).toEqual({ need: 'optional', why: expect.stringContaining('Cơ sở dữ liệu quốc gia về dân cư') });
    expect(checkPapers(papers.papers, papers.fields, single, { 'to-khai': ['up_a'] }).map((i) => i.path)).toEqual(['papers.to-khai']);
    expect(checkPapers(papers.papers, papers.fields, single, { cccd: ['up_a', 'up_b'] })).toEqual([]);
  });
});

describe('submitting papers', () => {
  it('refuses a divorced applicant without the divorce decision, at papers.<id>, and keeps nothing', async () => {
    const token = await s.signIn();
    const before = s.ctx.db.prepare('SELECT COUNT(*) FROM dossiers').pluck().get();
    const res = await send(token, MARITAL, { purpose: 'Vay vốn ngân hàng', maritalStatus: 'Đã ly hôn, chưa kết hôn lại' }, {});
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(['papers.quyet-dinh-ly-hon']);
    expect(messageAt(res, 'papers.quyet-dinh-ly-hon')).toBe('Vui lòng đính kèm bản án, quyết định ly hôn đã có hiệu lực pháp luật.');
    expect(s.ctx.db.prepare('SELECT COUNT(*) FROM dossiers').pluck().get()).toBe(before);
  });

  it('refuses the divorce decision of someone who never married, and the photo of a tờ khai', async () => {
    const token = await s.signIn();
    const file = await upload(token, 'quyet-dinh-ly-hon.png');
    const single = { purpose: 'Đăng ký kết hôn', maritalStatus: 'Chưa đăng ký kết hôn với ai', intendedSpouse: 'Lý Seo Chảo' };
    const res = await send(token, MARITAL, single, { 'quyet-dinh-ly-hon': [file] });
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(['papers.quyet-dinh-ly-hon']);
    expect(messageAt(res, 'papers.quyet-dinh-ly-hon')).toContain('Chưa đăng ký kết hôn với ai');
    const form = await send(token, MARITAL, single, { 'to-khai': [file] });
    expect(paths(form)).toEqual(['papers.to-khai']);
    const unknown = await send(token, MARITAL, single, { 'giay-khong-co': [file] });
    expect(paths(unknown)).toEqual(['papers.giay-khong-co']);
    // The file was not taken: it can still be used.
    expect(s.ctx.db.prepare('SELECT attached_to FROM uploads WHERE id = ?').pluck().get(file)).toBeNull();
  });

  it('accepts a dossier with no file when the form replaces every paper, and the CCCD when the resident adds it', async () => {
    const token = await s.signIn();
    const single = { purpose: 'Đăng ký kết hôn', maritalStatus: 'Chưa đăng ký kết hôn với ai' };
    const bare = await send(token, MARITAL, single, {});
    expect(bare.status).toBe(201);
    expect(bare.body.papers).toEqual([]);
    const land = await send(token, LAND_INFO, { infoType: 'Giá đất', mapSheet: '14', plotNumber: '203', commune: 'Xã Văn Bàn', purpose: 'Tìm hiểu giá đất trước khi mua.' }, {});
    expect(land.status).toBe(201);
    const front = await upload(token, 'cccd-mat-truoc.png');
    const back = await upload(token, 'cccd-mat-sau.png');
    const withId = await send(token, MARITAL, single, { cccd: [front, back] });
    expect(withId.status).toBe(201);
    expect(withId.body.papers).toEqual([
      expect.objectContaining({ id: 'cccd', name: 'Căn cước hoặc Căn cước công dân của người nộp', files: [expect.objectContaining({ id: front }), expect.objectContaining({ id: back })] }),
    ]);
  });

  it('follows a checkbox: the lease only when the premises are rented, the meeting minutes only for a family business', async () => {
    const token = await s.signIn();
    const base = { businessName: 'Hộ kinh doanh Mẩy Y Tý', businessAddress: 'Thôn Ngải Thầu, xã Y Tý', businessLines: 'Bán lẻ chè shan tuyết, nấm hương', capital: 80_000_000, employees: 1 };
    const rentedFamily = await send(token, HOUSEHOLD, { ...base, ownerType: 'Các thành viên hộ gia đình', rentedPremises: true }, {});
    expect(paths(rentedFamily)).toEqual(['papers.bien-ban-hop', 'papers.hop-dong-thue']);
    const lease = await upload(token, 'hop-dong-thue.pdf.png');
    const ownAlone = await send(token, HOUSEHOLD, { ...base, ownerType: 'Cá nhân' }, { 'hop-dong-thue': [lease] });
    expect(paths(ownAlone)).toEqual(['papers.hop-dong-thue']);
    const ok = await send(token, HOUSEHOLD, { ...base, ownerType: 'Cá nhân', rentedPremises: true }, { 'hop-dong-thue': [lease] });
    expect(ok.status).toBe(201);
  });

  it('works per paper for the officer and the supplement: the resident fills exactly the slots asked for', async () => {
    const token = await s.signIn();
    const decision = await upload(token, 'quyet-dinh.png');
    const divorced = { purpose: 'Vay vốn ngân hàng', maritalStatus: 'Đã ly hôn, chưa kết hôn lại' };
    const code = (await send(token, MARITAL, divorced, { 'quyet-dinh-ly-hon': [decision] })).body.code as string;
    const move = (body: Record<string, unknown>) => s.api(`/api/officer/dossiers/${code}/transitions`, { method: 'POST', token: OFFICER, json: body });
    await move({ to: 2 });
    await move({ to: 4 });
    const asked = await move({ to: 5, note: 'Bản án chụp thiếu trang 2.', missingPapers: ['quyet-dinh-ly-hon'], missingDocuments: ['Giấy xác nhận nơi cư trú'] });
    expect(asked.status).toBe(200);
    expect(asked.body.missingPapers.map((m: { id: string }) => m.id)).toEqual(['quyet-dinh-ly-hon', 'bo-sung-1']);
    // The officer's view is per paper too.
    expect(asked.body.papers).toEqual([expect.objectContaining({ id: 'quyet-dinh-ly-hon', files: [expect.objectContaining({ id: decision, round: 0 })] })]);

    const supplement = (papers: Record<string, string[]>) =>
      s.api(`/api/dossiers/${code}/supplements`, { method: 'POST', token, headers: { 'idempotency-key': newKey() }, json: { papers } });
    const page2 = await upload(token, 'quyet-dinh-trang-2.png');
    const residence = await upload(token, 'xac-nhan-cu-tru.png');
    const other = await upload(token, 'khac.png');
    expect(paths(await supplement({ 'quyet-dinh-ly-hon': [page2] }))).toEqual(['papers.bo-sung-1']);
    expect(paths(await supplement({ 'quyet-dinh-ly-hon': [page2], 'bo-sung-1': [residence], cccd: [other] }))).toEqual(['papers.cccd']);
    expect(paths(await supplement({ 'quyet-dinh-ly-hon': [decision], 'bo-sung-1': [residence] }))).toEqual(['papers.quyet-dinh-ly-hon.0']);
    expect((await s.api(`/api/dossiers/${code}`, { token })).body.status).toBe(5);
    const done = await supplement({ 'quyet-dinh-ly-hon': [page2], 'bo-sung-1': [residence] });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe(4);
    expect(done.body.missingPapers).toEqual([]);
    expect(done.body.papers.map((p: { id: string; files: { round: number }[] }) => [p.id, p.files.map((f) => f.round)])).toEqual([
      ['quyet-dinh-ly-hon', [0, 1]],
      ['bo-sung-1', [1]],
    ]);
    expect(done.body.papers[1].name).toBe('Giấy xác nhận nơi cư trú');
    expect(done.body.history.at(-1).note).toContain('Đã gửi 2 giấy tờ bổ sung (2 tệp)');
  });

  it("checks the answers first: a wrong answer is one error, not a second one about papers", async () => {
    const token = await s.signIn();
    const res = await send(token, MARITAL, { purpose: 'Đăng ký kết hôn', maritalStatus: 'Không rõ' }, {});
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(['fields.maritalStatus']);
  });
});
