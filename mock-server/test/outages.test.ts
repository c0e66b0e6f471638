import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.js';
import { openDatabase } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { runSeed } from '../src/db/seed/index.js';
import { outagesSeeder } from '../src/db/seed/outages.js';
import { foldVietnamese } from '../src/contract/text.js';
import { vnDateKey, vnStartOfDay } from '../src/contract/vn-time.js';
import ICAL from 'ical.js';
import { dateTime, parseCalendar, prop, text } from './ical-strict.js';

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const H = 3_600_000;
const DAY = 24 * H;

const expectError = (res: { status: number; body: any }, status: number, path?: string) => {
  expect(res.status).toBe(status);
  expect(res.body.error.message).toMatch(/[ạ-ỹàáâãèéêìíòóôõùúýăđ]/i);
  if (path) expect(res.body.error.details.some((d: { path: string }) => d.path === path || d.path.startsWith(`${path}.`))).toBe(true);
};

async function all(query = ''): Promise<any[]> {
  const res = await s.api(`/api/outages?pageSize=100${query}`);
  expect(res.status).toBe(200);
  expect(res.body.total).toBe(res.body.items.length);
  return res.body.items;
}

describe('branches', () => {
  it('lists the power branches of both companies with the communes they serve', async () => {
    const res = await s.api('/api/outages/branches');
    expect(res.status).toBe(200);
    const names = res.body.items.map((b: any) => b.name);
    for (const n of ['Điện lực Thành phố Lào Cai', 'Điện lực Sa Pa', 'Điện lực Bát Xát', 'Điện lực Bảo Thắng', 'Điện lực Bảo Yên', 'Điện lực Bắc Hà', 'Điện lực Mường Khương', 'Điện lực Si Ma Cai', 'Điện lực Văn Bàn', 'Điện lực Thành phố Yên Bái', 'Điện lực Mù Cang Chải']) {
      expect(names).toContain(n);
    }
    const companies = new Set(res.body.items.map((b: any) => b.company));
    expect(companies).toEqual(new Set(['Công ty Điện lực Lào Cai', 'Công ty Điện lực Yên Bái']));
    const sapa = res.body.items.find((b: any) => b.id === 'sa-pa');
    expect(sapa.communes.map((c: any) => c.name)).toContain('Xã Tả Van');
  });
});

describe('outage list', () => {
  it('has at least 40 outages from 3 days ago to 10 days ahead, planned and emergency, with every field', async () => {
    const items = await all();
    expect(items.length).toBeGreaterThanOrEqual(40);
    const today = vnStartOfDay(s.ctx.now());
    const starts = items.map((o) => Date.parse(o.start));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(today - 4 * DAY);
    expect(Math.max(...starts)).toBeLessThan(today + 11 * DAY);
    expect(Math.min(...starts)).toBeLessThan(today - 2 * DAY);
    expect(Math.max(...starts)).toBeGreaterThanOrEqual(today + 8 * DAY);
    expect(new Set(items.map((o) => o.type))).toEqual(new Set(['planned', 'emergency']));
    expect(new Set(items.map((o) => o.branchId)).size).toBeGreaterThanOrEqual(15);
    for (const o of items) {
      expect(o.start).toMatch(/\+07:00$/);
      expect(Date.parse(o.end)).toBeGreaterThan(Date.parse(o.start));
      expect(o.communes.length).toBeGreaterThan(0);
      expect(o.communes.length).toBe(o.communeIds.length);
      expect(o.area.length).toBeGreaterThan(20);
      expect(o.reason).toMatch(/\.$/);
      expect(o.company).toMatch(/^Công ty Điện lực/);
      if (o.type === 'emergency') expect(Date.parse(o.start)).toBeLessThanOrEqual(s.ctx.now());
    }
    // Sorted by start time.
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('derives the status from the clock', async () => {
    const now = s.ctx.now();
    const items = await all();
    const statuses = new Set(items.map((o) => o.status));
    for (const st of ['scheduled', 'ongoing', 'restored', 'cancelled']) expect(statuses).toContain(st);
    for (const o of items) {
      const [start, end] = [Date.parse(o.start), Date.parse(o.end)];
      if (o.status === 'cancelled') expect(o.note).toBeTruthy();
      else if (o.status === 'scheduled') expect(start).toBeGreaterThan(now - 5000);
      else if (o.status === 'ongoing') expect(start <= now + 5000 && end > now - 5000).toBe(true);
      else expect(end).toBeLessThanOrEqual(now + 5000);
    }
  });

  it('moves an outage through its statuses as time passes', async () => {
    const now = s.ctx.now();
    const insert = s.ctx.db.prepare(
      `INSERT INTO outages (id, branch_id, type, area, start_at, end_at, reason, cancelled_at, note, published_at, updated_at, search)
       VALUES (?, 'bac-ha', 'planned', 'Thử nghiệm', ?, ?, 'Thử.', ?, NULL, ?, ?, ?)`,
    );
    insert.run('TEST-1', now + H, now + 2 * H, null, now, now, 'zzthu sap toi');
    insert.run('TEST-2', now - H, now + H, null, now, now, 'zzthu dang cat');
    insert.run('TEST-3', now - 3 * H, now - 2 * H, null, now, now, 'zzthu da xong');
    insert.run('TEST-4', now - H, now + H, now - 2 * H, now, now, 'zzthu da huy');
    const items = await all('&q=zzthu');
    expect(Object.fromEntries(items.map((o) => [o.id, o.status]))).toEqual({
      'TEST-1': 'scheduled',
      'TEST-2': 'ongoing',
      'TEST-3': 'restored',
      'TEST-4': 'cancelled',
    });
    const ongoing = await all('&q=zzthu&status=ongoing');
    expect(ongoing.map((o) => o.id)).toEqual(['TEST-2']);
    const twoStatuses = await all('&q=zzthu&status=scheduled,restored');
    expect(twoStatuses.map((o) => o.id).sort()).toEqual(['TEST-1', 'TEST-3']);
    s.ctx.db.prepare("DELETE FROM outages WHERE id LIKE 'TEST-%'").run();
  });

  it('filters by branch, commune, type and status', async () => {
    const everything = await all();
    const sapa = await all('&branch=sa-pa');
    expect(sapa.length).toBe(everything.filter((o) => o.branchId === 'sa-pa').length);
    expect(sapa.length).toBeGreaterThan(0);
    expect(sapa.every((o) => o.branch === 'Điện lực Sa Pa')).toBe(true);

    const two = await all('&branch=sa-pa,bat-xat');
    expect(two.length).toBe(everything.filter((o) => ['sa-pa', 'bat-xat'].includes(o.branchId)).length);

    const commune = everything[0].communeIds[0];
    const inCommune = await all(`&commune=${commune}`);
    expect(inCommune.length).toBe(everything.filter((o) => o.communeIds.includes(commune)).length);
    expect(inCommune.every((o) => o.communeIds.includes(commune))).toBe(true);

    const emergencies = await all('&type=emergency');
    expect(emergencies.length).toBe(everything.filter((o) => o.type === 'emergency').length);

    const ongoing = await all('&status=ongoing');
    expect(ongoing.length).toBeGreaterThanOrEqual(1);
    expect(ongoing.every((o) => o.status === 'ongoing')).toBe(true);
    // The seeded examples: power is out right now in Sa Pa.
    expect(ongoing.some((o) => o.communeIds.includes('phuong-sa-pa'))).toBe(true);
  });

  it('filters by days (overlapping, Vietnam time)', async () => {
    const today = vnDateKey(s.ctx.now());
    const tomorrow = vnDateKey(s.ctx.now() + DAY);
    const items = await all(`&from=${tomorrow}&to=${tomorrow}`);
    expect(items.length).toBeGreaterThan(0);
    const start = vnStartOfDay(s.ctx.now() + DAY);
    for (const o of items) {
      expect(Date.parse(o.end)).toBeGreaterThan(start);
      expect(Date.parse(o.start)).toBeLessThan(start + DAY);
    }
    const fromToday = await all(`&from=${today}`);
    expect(fromToday.every((o) => Date.parse(o.end) > vnStartOfDay(s.ctx.now()))).toBe(true);
  });

  it('searches without diacritics', async () => {
    const items = await all('&q=xuan vien');
    expect(items.length).toBeGreaterThan(0);
    for (const o of items) {
      expect(foldVietnamese([o.id, o.branch, o.area, o.reason, ...o.communes].join(' '))).toContain('xuan vien');
    }
    expect((await all('&q=Xuân  Viên')).map((o) => o.id)).toEqual(items.map((o) => o.id));
    expect((await all('&q=PCLC-SP-')).every((o) => o.branchId === 'sa-pa')).toBe(true);
    expect(await all('&q=100%_')).toEqual([]);
  });

  it('pages with a true total', async () => {
    const first = await s.api('/api/outages?pageSize=7&page=1');
    const second = await s.api('/api/outages?pageSize=7&page=2');
    expect(first.body.items).toHaveLength(7);
    expect(first.body.total).toBe(second.body.total);
    expect(first.body.total).toBeGreaterThanOrEqual(40);
    const ids = new Set([...first.body.items, ...second.body.items].map((o: any) => o.id));
    expect(ids.size).toBe(14);
    const beyond = await s.api('/api/outages?pageSize=100&page=50');
    expect(beyond.body.items).toEqual([]);
    expect(beyond.body.total).toBe(first.body.total);
  });

  it('refuses bad filters with 400 and details', async () => {
    expectError(await s.api('/api/outages?branch=khong-co'), 400, 'branch');
    expectError(await s.api('/api/outages?commune=xa-khong-co'), 400, 'commune');
    expectError(await s.api('/api/outages?branch=Sa%20Pa'), 400, 'branch');
    expectError(await s.api('/api/outages?status=dang-cat'), 400);
    expectError(await s.api('/api/outages?type=bao-tri'), 400, 'type');
    expectError(await s.api('/api/outages?from=2026-02-30'), 400, 'from');
    expectError(await s.api('/api/outages?from=27/11/2026'), 400, 'from');
    expectError(await s.api('/api/outages?from=2026-12-05&to=2026-12-01'), 400, 'to');
    expectError(await s.api('/api/outages?pageSize=500'), 400, 'pageSize');
    expectError(await s.api(`/api/outages?q=${'a'.repeat(201)}`), 400, 'q');
  });
});

describe('outage detail', () => {
  it('answers one outage, and 404 for an unknown id', async () => {
    const [first] = await all();
    const res = await s.api(`/api/outages/${first.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(first);
    expectError(await s.api('/api/outages/PCLC-SP-9999'), 404);
    expectError(await s.api('/api/outages/a%20b'), 400);
  });
});

describe('iCalendar export', () => {
  const fetchIcs = async (query: string) => {
    const res = await fetch(`${s.url}/api/outages.ics${query}`);
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };

  it('exports one event per outage of a branch, that a strict iCalendar reader accepts', async () => {
    const { res, body } = await fetchIcs('?branch=sa-pa');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="lich-cat-dien-lao-cai.ics"/);
    const cal = parseCalendar(body);
    expect(text(cal, 'X-WR-CALNAME')).toBe('Lịch cắt điện – Điện lực Sa Pa');
    const events = cal.children.filter((c) => c.type === 'VEVENT');
    const outages = await all('&branch=sa-pa');
    expect(events.length).toBe(outages.length);
    for (const o of outages) {
      const e = events.find((ev) => prop(ev, 'UID')!.value === `${o.id}@lao-cai-so`)!;
      expect(e, o.id).toBeDefined();
      // The same instants as the API, through the VTIMEZONE.
      expect(dateTime(cal, prop(e, 'DTSTART')!)).toBe(Date.parse(o.start));
      expect(dateTime(cal, prop(e, 'DTEND')!)).toBe(Date.parse(o.end));
      // Escaped text comes back whole: the area has commas, the description has line breaks.
      expect(text(e, 'DESCRIPTION')).toContain(`Khu vực: ${o.area}`);
      expect(text(e, 'DESCRIPTION')).toContain(`Lý do: ${o.reason}`);
      expect(prop(e, 'STATUS')!.value).toBe(o.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
      expect(prop(e, 'URL')!.value).toMatch(new RegExp(`/outages/${o.id}$`));
    }
  });

  it('marks cancelled outages as cancelled, filters by commune, and exports one outage by id', async () => {
    const cancelled = (await all('&status=cancelled'))[0];
    const { body } = await fetchIcs(`?id=${cancelled.id}`);
    const cal = parseCalendar(body);
    const events = cal.children.filter((c) => c.type === 'VEVENT');
    expect(events).toHaveLength(1);
    expect(prop(events[0], 'STATUS')!.value).toBe('CANCELLED');
    expect(text(events[0], 'DESCRIPTION')).toContain(cancelled.note);

    const commune = cancelled.communeIds[0];
    const byCommune = parseCalendar((await fetchIcs(`?commune=${commune}`)).body);
    expect(byCommune.children.filter((c) => c.type === 'VEVENT').length).toBe((await all(`&commune=${commune}`)).length);

    const everything = parseCalendar((await fetchIcs('')).body);
    expect(everything.children.filter((c) => c.type === 'VEVENT').length).toBe((await all()).length);
  });

  it('is read by ical.js, a real calendar library, with the same events, times and text', async () => {
    const { body } = await fetchIcs('?branch=sa-pa');
    const root = new ICAL.Component(ICAL.parse(body.toString('utf8')));
    const vtz = root.getFirstSubcomponent('vtimezone');
    expect(vtz, 'the calendar carries its time zone').toBeTruthy();
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz!));
    const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const outages = await all('&branch=sa-pa');
    expect(events).toHaveLength(outages.length);
    for (const o of outages) {
      const e = events.find((ev) => ev.uid === `${o.id}@lao-cai-so`)!;
      expect(e.startDate.toJSDate().getTime(), o.id).toBe(Date.parse(o.start));
      expect(e.endDate.toJSDate().getTime(), o.id).toBe(Date.parse(o.end));
      expect(e.description).toContain(`Lý do: ${o.reason}`);
      expect(e.location).toBeTruthy();
    }
  });

  it('refuses unknown ids and filters', async () => {
    expect((await fetchIcs('?id=PCLC-SP-9999')).res.status).toBe(404);
    expect((await fetchIcs('?branch=khong-co')).res.status).toBe(400);
    expect((await fetchIcs('?commune=%3Cscript%3E')).res.status).toBe(400);
  });
});

describe('outage seed', () => {
  it('keeps ids and moves times forward when the server starts on a later day', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-outage-'));
    const db = openDatabase(path.join(dir, 'x.db'));
    try {
      migrate(db);
      const day1 = new Date('2026-11-27T10:00:00+07:00');
      runSeed(db, day1, [outagesSeeder]);
      const before = db.prepare('SELECT id, start_at, end_at FROM outages ORDER BY id').all() as { id: string; start_at: number }[];
      expect(before.length).toBeGreaterThanOrEqual(40);
      runSeed(db, new Date('2026-11-30T12:00:00+07:00'), [outagesSeeder]);
      const after = db.prepare('SELECT id, start_at, end_at FROM outages ORDER BY id').all() as { id: string; start_at: number }[];
      expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
      after.forEach((r, i) => expect(r.start_at - before[i].start_at).toBe(3 * DAY));
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the same ids, places and reasons on every machine', () => {
    const ids = (now: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-outage-'));
      const db = openDatabase(path.join(dir, 'x.db'));
      migrate(db);
      runSeed(db, new Date(now), [outagesSeeder]);
      const rows = db.prepare('SELECT id, branch_id, area, reason FROM outages ORDER BY id').all();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
      return rows;
    };
    expect(ids('2026-11-27T03:00:00+07:00')).toEqual(ids('2027-03-02T21:00:00+07:00'));
  });
});
