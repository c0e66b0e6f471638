import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER, TEST_NOW, startServer, type TestServer } from './helpers.js';
import { DEV_OFFICER_PASSWORD } from '../src/config.js';
import { FAILURE_WINDOW_MS, LOCK_MS, MAX_FAILURES } from '../src/services/officers.js';
import { sweepExpired } from '../src/services/sweep.js';
import { FEEDBACK_AREAS } from '../src/services/feedback-catalog.js';

/** Officer accounts: signing in and out, lock-out, each agency's own work only, and who did what. */

let t = TEST_NOW;
const clock = () => t;
let s: TestServer;
beforeAll(async () => {
  s = await startServer({}, { now: clock });
});
afterAll(() => s.close());

const signIn = (username: string, password = DEV_OFFICER_PASSWORD) => s.api('/api/officer/session', { method: 'POST', json: { username, password } });
async function tokenOf(username: string): Promise<string> {
  const res = await signIn(username);
  expect(res.status, `${username}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body.token;
}
const LAO_CAI_WARD = '000.01.31.H38'; // UBND phường Lào Cai

/** A resident's fresh report about a sidewalk in phường Lào Cai: it goes to the ward's UBND. */
async function newReport(): Promise<{ code: string }> {
  const area = FEEDBACK_AREAS.find((a) => a.name === 'Phường Lào Cai')!;
  const res = await s.api('/api/feedback', {
    method: 'POST',
    token: await s.signIn(),
    headers: { 'idempotency-key': `pa-${Math.random().toString(36).slice(2, 12)}` },
    json: { categoryId: 'trat-tu-do-thi', title: 'Quán lấn chiếm vỉa hè đường Hoàng Liên', content: 'Quán bày bàn ghế kín vỉa hè, người đi bộ phải xuống lòng đường.', location: null, areaId: area.id, address: 'Số 45, đường Hoàng Liên', photoIds: [] },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.body.agency).toBe('UBND phường Lào Cai');
  return res.body;
}
const BAT_XAT = '000.01.32.H38'; // UBND xã Bát Xát

/** Seeded dossiers of an agency, found through the automation key. */
async function dossiersOf(agency: string, query = '') {
  const res = await s.api(`/api/officer/dossiers?agency=${agency}&pageSize=100${query}`, { token: OFFICER });
  expect(res.status).toBe(200);
  return res.body.items as { code: string; status: number; overdue: boolean; agencyCode: string }[];
}

describe('signing in', () => {
  it('gives a seeded agency account a session naming its agency and role; the password is hashed with scrypt', async () => {
    const res = await signIn(LAO_CAI_WARD);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.body.officer).toMatchObject({
      username: LAO_CAI_WARD,
      role: 'officer',
      agency: { code: LAO_CAI_WARD, name: 'UBND phường Lào Cai' },
      displayName: expect.stringMatching(/^Công chức /),
    });
    // A working day, by the server's clock.
    expect(Date.parse(res.body.expiresAt) - TEST_NOW).toBe(8 * 3600_000);
    const stored = s.ctx.db.prepare('SELECT password_hash FROM officer_accounts WHERE username = ?').pluck().get(LAO_CAI_WARD) as string;
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain(DEV_OFFICER_PASSWORD);
    const me = await s.api('/api/officer/me', { token: res.body.token });
    expect(me.body.username).toBe(LAO_CAI_WARD);
  });

  it('seeds one account per agency with seeded work, leaders above others, and an administrator', async () => {
    const accounts = s.ctx.db.prepare('SELECT username, role, agency_code FROM officer_accounts').all() as { username: string; role: string; agency_code: string }[];
    const withDossiers = s.ctx.db.prepare('SELECT DISTINCT agency_code FROM dossiers WHERE seeded = 1').pluck().all() as string[];
    for (const code of withDossiers) expect(accounts.find((a) => a.username === code)?.agency_code).toBe(code);
    const reportAgencies = s.ctx.db.prepare('SELECT DISTINCT agency_code FROM feedback WHERE seeded = 1').pluck().all() as string[];
    for (const code of reportAgencies) expect(accounts.some((a) => a.username === code), code).toBe(true);
    expect(accounts.find((a) => a.username === 'dien-luc-sa-pa')?.role).toBe('officer');
    expect(accounts.find((a) => a.username === 'cong-ty-dien-luc-lao-cai')?.role).toBe('leader');
    expect(accounts.find((a) => a.username === 'quan-tri')?.role).toBe('admin');
  });

  it('answers a wrong password and an unknown name alike, and says how many tries are left', async () => {
    const wrong = await signIn(BAT_XAT, 'sai-mat-khau');
    const unknown = await signIn('khong-co-ai', 'sai-mat-khau');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect(wrong.body.error.message).toMatch(/Còn 4 lần thử/);
    // A right password clears the count.
    expect((await signIn(BAT_XAT)).status).toBe(200);
    expect(s.ctx.db.prepare('SELECT COUNT(*) FROM officer_sign_in_failures WHERE username = ?').pluck().get(BAT_XAT)).toBe(0);
  });

  it(`locks a name after ${MAX_FAILURES} wrong passwords, even for the right one, until the lock ends by the server's clock`, async () => {
    const name = '000.00.03.H38';
    for (let i = 1; i < MAX_FAILURES; i++) expect((await signIn(name, `sai-${i}`)).status).toBe(401);
    const fifth = await signIn(name, 'sai-5');
    expect(fifth.status).toBe(429);
    expect(fifth.body.error.code).toBe('ACCOUNT_LOCKED');
    expect(fifth.body.error.message).toMatch(/thử lại sau \d\d:\d\d \(giờ Việt Nam\)/);
    expect((await signIn(name)).status).toBe(429);
    t += LOCK_MS - 1000;
    expect((await signIn(name)).status).toBe(429);
    t += 2000;
    expect((await signIn(name)).status).toBe(200);
  });

  it('forgets failed sign-ins once their window has passed (the sweep)', async () => {
    expect((await signIn('khong-ai-ca', 'sai')).status).toBe(401);
    const kept = () => s.ctx.db.prepare("SELECT COUNT(*) FROM officer_sign_in_failures WHERE username = 'khong-ai-ca'").pluck().get();
    sweepExpired(s.ctx.db, s.config.uploadsDir, t);
    expect(kept()).toBe(1);
    t += FAILURE_WINDOW_MS + 1000;
    expect(sweepExpired(s.ctx.db, s.config.uploadsDir, t).signInFailures).toBeGreaterThanOrEqual(1);
    expect(kept()).toBe(0);
  });

  it('refuses bad input with field errors and no 5xx', async () => {
    const res = await s.api('/api/officer/session', { method: 'POST', json: { username: '', password: 'x'.repeat(500) } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['password', 'username']);
  });
});

describe('sessions', () => {
  it('sign-out ends the session for good; the automation key cannot sign out', async () => {
    const token = await tokenOf(LAO_CAI_WARD);
    expect((await s.api('/api/officer/session', { method: 'DELETE', token })).status).toBe(204);
    expect((await s.api('/api/officer/me', { token })).status).toBe(401);
    expect((await s.api('/api/officer/session', { method: 'DELETE', token: OFFICER })).status).toBe(400);
    // The app's own sign-out ends an officer's session too.
    const other = await tokenOf(LAO_CAI_WARD);
    expect((await s.api('/api/auth/logout', { method: 'POST', token: other })).status).toBe(204);
    expect((await s.api('/api/officer/dossiers', { token: other })).status).toBe(401);
  });

  it('expires after a working day by the server’s clock', async () => {
    const token = await tokenOf(LAO_CAI_WARD);
    t += 8 * 3600_000 + 1000;
    expect((await s.api('/api/officer/me', { token })).status).toBe(401);
  });

  it('an officer session is not a resident’s, and a resident whose Zalo id is an account id is no officer', async () => {
    const token = await tokenOf(LAO_CAI_WARD);
    expect((await s.api('/api/me', { token })).status).toBe(403);
    const id = s.ctx.db.prepare('SELECT id FROM officer_accounts WHERE username = ?').pluck().get(LAO_CAI_WARD) as string;
    const impostor = await s.signIn(id);
    expect((await s.api('/api/officer/me', { token: impostor })).status).toBe(403);
  });

  it('a disabled account’s session ends at once', async () => {
    const token = await tokenOf('000.00.02.H38');
    s.ctx.db.prepare("UPDATE officer_accounts SET disabled = 1 WHERE username = '000.00.02.H38'").run();
    try {
      expect((await s.api('/api/officer/me', { token })).status).toBe(401);
      expect((await signIn('000.00.02.H38')).status).toBe(401);
    } finally {
      s.ctx.db.prepare("UPDATE officer_accounts SET disabled = 0 WHERE username = '000.00.02.H38'").run();
    }
  });
});

describe('each agency its own work', () => {
  it('an officer lists only their agency’s dossiers; another agency’s is 404 everywhere and unchanged', async () => {
    const token = await tokenOf(LAO_CAI_WARD);
    const mine = await s.api('/api/officer/dossiers?pageSize=100', { token });
    expect(mine.body.total).toBeGreaterThan(0);
    expect(mine.body.items.every((d: { agencyCode: string }) => d.agencyCode === LAO_CAI_WARD)).toBe(true);
    expect((await s.api(`/api/officer/dossiers?agency=${BAT_XAT}`, { token })).status).toBe(404);

    const theirs = (await dossiersOf(BAT_XAT)).find((d) => d.status === 4)!;
    expect((await s.api(`/api/officer/dossiers/${theirs.code}`, { token })).status).toBe(404);
    const move = await s.api(`/api/officer/dossiers/${theirs.code}/transitions`, { method: 'POST', token, json: { to: 9 } });
    expect(move.status).toBe(404);
    expect((await dossiersOf(BAT_XAT)).find((d) => d.code === theirs.code)!.status).toBe(4);
    // The public lookup shows it as it shows anyone: nothing of the applicant.
    const looked = await s.api(`/api/dossiers/${theirs.code}`, { token });
    expect(looked.body.access).toBe('public');
    expect(looked.body.applicant).toBeNull();
    const own = mine.body.items[0].code;
    expect((await s.api(`/api/dossiers/${own}`, { token })).body.access).toBe('officer');
  });

  it('an officer sees and moves only their agency’s reports; assigning elsewhere hands it over', async () => {
    const token = await tokenOf(LAO_CAI_WARD);
    const list = await s.api('/api/officer/feedback?pageSize=100', { token });
    expect(list.body.total).toBeGreaterThan(0);
    const codes = new Set(list.body.items.map((f: { code: string }) => f.code));
    const rows = s.ctx.db.prepare('SELECT code, agency_code FROM feedback').all() as { code: string; agency_code: string }[];
    expect(rows.filter((r) => r.agency_code === LAO_CAI_WARD).map((r) => r.code).sort()).toEqual([...codes].sort());
    const other = rows.find((r) => r.agency_code === 'so-xay-dung-tinh-lao-cai' || r.agency_code === '000.00.07.H38')!;
    expect((await s.api(`/api/officer/feedback/${other.code}`, { token })).status).toBe(404);
    expect((await s.api(`/api/officer/feedback/${other.code}/process`, { method: 'POST', token, json: {} })).status).toBe(404);

    const open = list.body.items.find((f: { status: string }) => ['received', 'assigned', 'processing'].includes(f.status));
    const unknown = await s.api(`/api/officer/feedback/${open.code}/assign`, { method: 'POST', token, json: { agency: 'Phòng không tồn tại' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe('agency');
    const notMine = await s.api(`/api/officer/feedback/${open.code}/answer`, { method: 'POST', token, json: { text: 'Đã xử lý xong việc này.', agency: 'Sở Xây dựng tỉnh Lào Cai' } });
    expect(notMine.status).toBe(400);
    const moved = await s.api(`/api/officer/feedback/${open.code}/assign`, { method: 'POST', token, json: { agency: 'dien-luc-thanh-pho-lao-cai', note: 'Chuyển điện lực' } });
    expect(moved.status).toBe(200);
    expect(moved.body.agency).toBe('Điện lực Thành phố Lào Cai');
    expect((await s.api(`/api/officer/feedback/${open.code}`, { token })).status).toBe(404);
    const power = await tokenOf('dien-luc-thanh-pho-lao-cai');
    expect((await s.api(`/api/officer/feedback/${open.code}`, { token: power })).status).toBe(200);
  });

  it('an administrator and the automation key see every agency', async () => {
    const admin = await tokenOf('quan-tri');
    const all = await s.api('/api/officer/dossiers?pageSize=1', { token: admin });
    const total = s.ctx.db.prepare('SELECT COUNT(*) FROM dossiers').pluck().get() as number;
    expect(all.body.total).toBe(total);
    expect((await s.api('/api/officer/dossiers?pageSize=1', { token: OFFICER })).body.total).toBe(total);
    expect((await s.api(`/api/officer/dossiers?agency=${BAT_XAT}`, { token: admin })).status).toBe(200);
  });

  it('queues: overdue first, each with its count', async () => {
    const admin = await tokenOf('quan-tri');
    const open = await s.api('/api/officer/dossiers?queue=open&pageSize=100', { token: admin });
    const items = open.body.items as { overdue: boolean; status: number }[];
    const firstNotLate = items.findIndex((d) => !d.overdue);
    expect(items.slice(firstNotLate).some((d) => d.overdue)).toBe(false);
    expect(items.filter((d) => d.overdue).length).toBe(open.body.queues.overdue);
    const waiting = await s.api('/api/officer/dossiers?queue=waiting&pageSize=100', { token: admin });
    expect(waiting.body.items.every((d: { status: number }) => d.status === 5 || d.status === 6)).toBe(true);
    expect(waiting.body.total).toBe(open.body.queues.waiting);
  });
});

describe('who did it', () => {
  it('a step names the office and the officer’s title and name; the record keeps the account', async () => {
    const token = await tokenOf(LAO_CAI_WARD);
    const profile = (await s.api('/api/officer/me', { token })).body;
    const target = (await dossiersOf(LAO_CAI_WARD, '&queue=processing'))[0];
    const res = await s.api(`/api/officer/dossiers/${target.code}/transitions`, {
      method: 'POST',
      token,
      json: { to: 5, note: 'Ảnh chụp bị mờ.', missingDocuments: ['Giấy chứng nhận quyền sử dụng đất'] },
    });
    expect(res.status).toBe(200);
    const step = res.body.history.at(-1);
    expect(step).toMatchObject({ status: 5, actor: 'officer', officer: profile.displayName });
    expect(step.office).toMatch(/UBND phường Lào Cai/);
    const kept = s.ctx.db.prepare('SELECT officer_account FROM dossier_history WHERE code = ? ORDER BY step DESC LIMIT 1').pluck().get(target.code);
    expect(kept).toBe(LAO_CAI_WARD);
    // The resident reads the title and name, never the account.
    const owner = s.ctx.db.prepare('SELECT owner_id FROM dossiers WHERE code = ?').pluck().get(target.code) as string;
    const mine = await s.api(`/api/dossiers/${target.code}`, { token: await s.signIn(owner) });
    expect(mine.body.history.at(-1).officer).toBe(profile.displayName);
    for (const h of mine.body.history) expect(Object.values(h)).not.toContain(LAO_CAI_WARD);
  });

  it('a report’s timeline names the officer; the automation key names nobody', async () => {
    const token = await tokenOf(LAO_CAI_WARD);
    const profile = (await s.api('/api/officer/me', { token })).body;
    const open = await newReport();
    const done = await s.api(`/api/officer/feedback/${open.code}/process`, { method: 'POST', token, json: { note: 'Đã cử tổ công tác xuống kiểm tra.' } });
    expect(done.status).toBe(200);
    expect(done.body.timeline.at(-1)).toMatchObject({ kind: 'processing', officer: profile.displayName });
    const pub = await s.api(`/api/feedback/${open.code}`);
    expect(pub.body.timeline.at(-1).officer).toBe(profile.displayName);
    const kept = s.ctx.db.prepare("SELECT officer_account FROM feedback_events WHERE code = ? ORDER BY id DESC LIMIT 1").pluck().get(open.code);
    expect(kept).toBe(LAO_CAI_WARD);
    const auto = await s.api(`/api/officer/feedback/${open.code}/answer`, { method: 'POST', token: OFFICER, json: { text: 'Phường đã xử lý xong.', agency: 'UBND phường Lào Cai' } });
    expect(auto.body.timeline.at(-1).officer).toBeNull();
    expect(s.ctx.db.prepare('SELECT officer_account FROM feedback_events WHERE code = ? ORDER BY id DESC LIMIT 1').pluck().get(open.code)).toBe('automation');
  });
});

describe('previews', () => {
  it('a transition’s preview is what the resident then gets, and changes nothing', async () => {
    const token = await tokenOf(LAO_CAI_WARD);
    const target = (await dossiersOf(LAO_CAI_WARD)).find((d) => d.status === 1 || d.status === 2)!;
    const body = target.status === 1 ? { to: 3, note: 'Hồ sơ nộp nhầm cơ quan.' } : { to: 4 };
    const count = () => s.ctx.db.prepare('SELECT (SELECT COUNT(*) FROM notifications) + (SELECT COUNT(*) FROM dossier_history)').pluck().get();
    const before = count();
    const preview = await s.api(`/api/officer/dossiers/${target.code}/transitions/preview`, { method: 'POST', token, json: body });
    expect(preview.status).toBe(200);
    expect(count()).toBe(before);
    const refused = await s.api(`/api/officer/dossiers/${target.code}/transitions/preview`, { method: 'POST', token, json: { to: 10 } });
    expect(refused.status).toBe(409);
    const done = await s.api(`/api/officer/dossiers/${target.code}/transitions`, { method: 'POST', token, json: body });
    expect(done.status).toBe(200);
    const notice = s.ctx.db.prepare('SELECT title, body FROM notifications WHERE ref_id = ? ORDER BY id DESC LIMIT 1').get(target.code);
    expect(preview.body.notice).toEqual(notice);
    const step = done.body.history.at(-1);
    expect(preview.body.history).toMatchObject({ action: step.action, office: step.office, officer: step.officer, note: step.note });
  });

  it('a report action’s preview is what the resident then gets, and changes nothing', async () => {
    const token = await tokenOf(LAO_CAI_WARD);
    const open = await newReport();
    const state = () => s.ctx.db.prepare('SELECT status, updated_at, (SELECT COUNT(*) FROM notifications) AS n, (SELECT COUNT(*) FROM feedback_events) AS e FROM feedback WHERE code = ?').get(open.code);
    const before = state();
    const text = 'Phường đã yêu cầu hộ kinh doanh tháo dỡ mái che lấn chiếm vỉa hè.';
    const preview = await s.api(`/api/officer/feedback/${open.code}/preview`, { method: 'POST', token, json: { action: 'answer', text } });
    expect(preview.status).toBe(200);
    expect(state()).toEqual(before);
    expect((await s.api(`/api/officer/feedback/${open.code}/preview`, { method: 'POST', token, json: { action: 'answer', text: 'ngắn' } })).status).toBe(400);
    await s.api(`/api/officer/feedback/${open.code}/answer`, { method: 'POST', token, json: { text, agency: 'UBND phường Lào Cai' } });
    const notice = s.ctx.db.prepare('SELECT title, body FROM notifications WHERE ref_id = ? ORDER BY id DESC LIMIT 1').get(open.code);
    expect(preview.body.notice).toEqual(notice);
    expect(preview.body.timeline.title).toBe('UBND phường Lào Cai trả lời');
  });
});

describe('figures', () => {
  it('an officer sees their agency’s, a leader also those under it; another agency is 404', async () => {
    const ward = await s.api('/api/officer/stats', { token: await tokenOf(LAO_CAI_WARD) });
    expect(ward.status).toBe(200);
    expect(ward.body.agencies.map((a: { code: string }) => a.code)).toEqual([LAO_CAI_WARD]);
    expect(ward.body.dossiers.perWeek).toHaveLength(8);
    expect((await s.api(`/api/officer/stats?agency=${BAT_XAT}`, { token: await tokenOf(LAO_CAI_WARD) })).status).toBe(404);

    const leader = await tokenOf('van-phong-ubnd-tinh-lao-cai');
    const all = await s.api('/api/officer/stats?weeks=12', { token: leader });
    const codes = all.body.agencies.map((a: { code: string }) => a.code);
    expect(codes).toContain(LAO_CAI_WARD);
    expect(codes).toContain('000.00.03.H38');
    expect(codes).not.toContain('cong-ty-dien-luc-lao-cai');
    const one = await s.api(`/api/officer/stats?agency=${BAT_XAT}`, { token: leader });
    expect(one.status).toBe(200);
    expect(one.body.agencies).toHaveLength(1);
    // The leader cannot act on what is under them.
    const theirs = (await dossiersOf(BAT_XAT))[0];
    expect((await s.api(`/api/officer/dossiers/${theirs.code}`, { token: leader })).status).toBe(404);
  });
});

describe('development password', () => {
  it('follows OFFICER_DEV_PASSWORD, also when it changes between starts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-officer-pw-'));
    const env = { DB_PATH: path.join(dir, 'a.db'), UPLOADS_DIR: path.join(dir, 'up'), OFFICER_DEV_PASSWORD: 'mat-khau-thu-nhat-2026' };
    try {
      const first = await startServer(env);
      const login = (srv: TestServer, password: string) => srv.api('/api/officer/session', { method: 'POST', json: { username: LAO_CAI_WARD, password } });
      expect((await login(first, 'mat-khau-thu-nhat-2026')).status).toBe(200);
      expect((await login(first, DEV_OFFICER_PASSWORD)).status).toBe(401);
      await first.close().catch(() => {});
      const second = await startServer({ ...env, OFFICER_DEV_PASSWORD: 'mat-khau-thu-hai-2026' });
      try {
        expect((await login(second, 'mat-khau-thu-nhat-2026')).status).toBe(401);
        expect((await login(second, 'mat-khau-thu-hai-2026')).status).toBe(200);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
