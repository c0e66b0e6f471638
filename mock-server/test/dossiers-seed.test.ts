import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { runSeed } from '../src/db/seed/index.js';
import { DEMO_USER, dossiersSeeder, SCENARIOS } from '../src/db/seed/dossiers.js';
import { dossierSummary } from '../src/services/dossiers.js';
import { vnDateKey } from '../src/contract/vn-time.js';
import { COMMUNE_GROUPS, PROCEDURES } from '../src/db/seed/procedure-catalogue.js';
import { LAO_CAI_COMMUNES } from '../src/contract/dossiers.js';

const DAY = 24 * 3600 * 1000;

describe('dossier seed', () => {
  it('gives every commune of Lào Cai an office, once', () => {
    const grouped = COMMUNE_GROUPS.flatMap((g) => g.communes);
    expect(grouped).toHaveLength(99);
    expect([...grouped].sort()).toEqual([...LAO_CAI_COMMUNES].sort());
    expect(new Set(PROCEDURES.map((p) => p.nationalCode)).size).toBe(PROCEDURES.length);
  });

  it('gives a database seeded before papers had ids their ids and conditions once, and its desks their offices', () => {
    const db = tempDb();
    runSeed(db, new Date('2027-03-10T10:00:00+07:00'));
    // As such a database was: papers without ids, no offices, the two seeders never run.
    db.prepare(`UPDATE procedures SET papers = '[{"name":"Tờ khai","copies":"01 bản chính"}]'`).run();
    db.prepare('DELETE FROM appointment_offices').run();
    db.prepare("DELETE FROM seed_runs WHERE name IN ('procedure-papers', 'appointment-offices')").run();
    const report = runSeed(db, new Date('2027-03-11T10:00:00+07:00'));
    expect(report.seeded).toEqual(['procedure-papers', 'appointment-offices']);
    const papers = JSON.parse(db.prepare("SELECT papers FROM procedures WHERE national_code = '1.004873'").pluck().get() as string);
    expect(papers.map((p: { id: string }) => p.id)).toEqual(['to-khai', 'quyet-dinh-ly-hon', 'trich-luc-khai-tu', 'cccd']);
    expect(db.prepare('SELECT COUNT(*) FROM appointment_offices').pluck().get()).toBe(100);
    expect(db.prepare("SELECT COUNT(*) FROM appointment_offices o JOIN dossier_agencies a ON a.code = o.agency_code WHERE o.name = a.reception_office").pluck().get()).toBe(99);
  });

  it('dates codes by the day each dossier was sent, and moves seeded dossiers forward in time, never real ones', () => {
    const db = tempDb();
    const day1 = new Date('2027-03-10T10:00:00+07:00');
    runSeed(db, day1, [dossiersSeeder]);
    const codes = db.prepare('SELECT code FROM dossiers ORDER BY code').pluck().all() as string[];
    expect(codes).toHaveLength(SCENARIOS.length);
    expectCodesMatchDates(db);
    const real = codes[0];
    db.prepare('UPDATE dossiers SET seeded = 0 WHERE code = ?').run(real); // pretend it is real
    const before = db.prepare('SELECT code, received_at, due_at FROM dossiers').all() as { code: string; received_at: number; due_at: number }[];
    const historyBefore = db.prepare('SELECT SUM(at) FROM dossier_history').pluck().get() as number;
    runSeed(db, new Date(day1.getTime() + 4 * DAY), [dossiersSeeder]);
    // Each seeded dossier is found again by what it is (its owner, procedure and first step), four days later.
    const after = db.prepare('SELECT code, received_at, due_at FROM dossiers').all() as typeof before;
    expect(after).toHaveLength(before.length);
    const realAfter = after.find((a) => a.code === real)!;
    expect(realAfter.received_at).toBe(before.find((b) => b.code === real)!.received_at);
    expect(after.reduce((sum, a) => sum + a.received_at, 0) - before.reduce((sum, b) => sum + b.received_at, 0)).toBe((before.length - 1) * 4 * DAY);
    expect(db.prepare('SELECT SUM(at) FROM dossier_history').pluck().get()).toBeGreaterThan(historyBefore);
    const latest = db.prepare('SELECT MAX(at) FROM dossier_history').pluck().get() as number;
    expect(latest).toBeLessThanOrEqual(day1.getTime() + 4 * DAY);
    expectCodesMatchDates(db);
  });

  it('renames moved codes everywhere they are held, across Tết and a year', () => {
    const db = tempDb();
    runSeed(db, new Date('2027-01-20T15:00:00+07:00'));
    for (const later of ['2027-01-21T08:00:00+07:00', '2027-02-16T09:00:00+07:00', '2027-03-30T20:00:00+07:00', '2028-01-20T10:00:00+07:00']) {
      // (The next morning moves nothing: the rows seeded late the day before would land after now.)
      const report = runSeed(db, new Date(later));
      if (!later.startsWith('2027-01-21')) expect(report.rebasedDays, later).toBeGreaterThan(0);
      expectCodesMatchDates(db);
      expect(db.pragma('foreign_key_check'), later).toEqual([]);
      // Every notice still points at a record that exists, and names it by its current code.
      const orphans = db
        .prepare(
          `SELECT ref_id, title FROM notifications n WHERE (kind = 'dossier' AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.code = n.ref_id))
             OR (kind = 'feedback' AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.code = n.ref_id))`,
        )
        .all();
      expect(orphans, later).toEqual([]);
      const staleTitles = db.prepare("SELECT title, ref_id FROM notifications WHERE kind = 'dossier' AND instr(title, ref_id) = 0").all();
      expect(staleTitles, later).toEqual([]);
    }
  });
});

/** A seeded database in a temporary folder, removed after the test. */
function tempDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-dseed-'));
  const db = openDatabase(path.join(dir, 'x.db'));
  migrate(db);
  onTestFinished(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

const yymmdd = (ms: number) => vnDateKey(ms).slice(2).replace(/-/g, '');

/** Every dossier's and report's code holds the day it was sent. */
function expectCodesMatchDates(db: ReturnType<typeof openDatabase>) {
  for (const d of db.prepare('SELECT code, received_at FROM dossiers').all() as { code: string; received_at: number }[]) {
    expect(d.code.split('-')[1], d.code).toBe(yymmdd(d.received_at));
  }
  for (const f of db.prepare('SELECT code, created_at FROM feedback').all() as { code: string; created_at: number }[]) {
    expect(f.code.split('-')[1], f.code).toBe(yymmdd(f.created_at));
  }
}

/** Days across a year: every fifth day and the days around holidays, at dawn, mid-morning and late at night. */
function daysOfTheYear(): string[] {
  const around = ['2026-12-31', '2027-01-04', '2027-02-04', '2027-02-12', '2027-02-15', '2027-04-19', '2027-05-03', '2027-05-04', '2027-09-06', '2027-12-31'];
  const days: string[] = [...around];
  for (let t = Date.parse('2027-01-01T00:00:00Z'); t < Date.parse('2028-01-01T00:00:00Z'); t += 5 * DAY) days.push(new Date(t).toISOString().slice(0, 10));
  return days.flatMap((day, i) => [`${day}T${['00:30', '09:30', '23:59'][i % 3]}:00+07:00`]);
}

describe('the seed keeps its promised examples on any day of the year', () => {
  it.each(daysOfTheYear())('at %s', (at) => {
    const now = Date.parse(at);
    const db = openDatabase(':memory:');
    migrate(db);
    onTestFinished(() => {
      db.close();
    });
    runSeed(db, new Date(now), [dossiersSeeder]);
    const rows = db
      .prepare(
        `SELECT d.*, p.name AS procedure_name, a.name AS agency_name FROM dossiers d
         JOIN procedures p ON p.id = d.procedure_id JOIN dossier_agencies a ON a.code = d.agency_code`,
      )
      .all() as Parameters<typeof dossierSummary>[1][];
    const views = rows.map((r) => ({ ...dossierSummary(db, r, now), owner: r.owner_id }));
    const statuses = new Set(views.map((v) => v.status));
    for (let st = 1; st <= 10; st++) expect(statuses, `status ${st}`).toContain(st);
    expect(views.filter((v) => v.overdue).length, 'overdue').toBeGreaterThanOrEqual(2);
    expect(views.filter((v) => v.dueSoon).length, 'due soon').toBeGreaterThanOrEqual(1);
    // The development citizen's own: new, processing, papers asked, fees asked, result returned.
    const mine = new Set(views.filter((v) => v.owner === DEMO_USER.id).map((v) => v.status));
    for (const st of [1, 4, 5, 6, 10]) expect(mine, `her status ${st}`).toContain(st);
    expectCodesMatchDates(db);
    // Nothing seeded happens after now, and every history runs forward.
    const steps = db.prepare('SELECT code, at FROM dossier_history ORDER BY code, step').all() as { code: string; at: number }[];
    for (let i = 0; i < steps.length; i++) {
      expect(steps[i].at).toBeLessThanOrEqual(now);
      if (i > 0 && steps[i].code === steps[i - 1].code) expect(steps[i].at).toBeGreaterThan(steps[i - 1].at);
    }
    expect(db.prepare('SELECT MAX(created_at) FROM notifications').pluck().get()).toBeLessThanOrEqual(now);
  });
});
