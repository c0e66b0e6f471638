import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { runSeed } from '../src/db/seed/index.js';
import { dossiersSeeder, SCENARIOS } from '../src/db/seed/dossiers.js';
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

  it('keeps the same codes on every machine and moves seeded dossiers forward in time, never real ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-dseed-'));
    try {
      const db = openDatabase(path.join(dir, 'x.db'));
      migrate(db);
      const day1 = new Date('2027-03-10T10:00:00+07:00');
      runSeed(db, day1, [dossiersSeeder]);
      const codes = db.prepare('SELECT code FROM dossiers ORDER BY code').pluck().all() as string[];
      expect(codes).toHaveLength(SCENARIOS.length);
      expect(codes).toContain('000.02.31.H38-261118-0001'); // Nguyễn Thị Mai's building permit, whatever the day
      db.prepare("UPDATE dossiers SET seeded = 0 WHERE code = '000.02.31.H38-261118-0001'").run(); // pretend it is real
      const before = db.prepare('SELECT code, received_at, due_at FROM dossiers').all() as { code: string; received_at: number; due_at: number }[];
      const historyBefore = db.prepare('SELECT SUM(at) FROM dossier_history').pluck().get() as number;
      runSeed(db, new Date(day1.getTime() + 4 * DAY), [dossiersSeeder]);
      const after = new Map((db.prepare('SELECT code, received_at, due_at FROM dossiers').all() as typeof before).map((r) => [r.code, r]));
      for (const b of before) {
        const shift = b.code === '000.02.31.H38-261118-0001' ? 0 : 4 * DAY;
        expect(after.get(b.code)!.received_at - b.received_at).toBe(shift);
        expect(after.get(b.code)!.due_at - b.due_at).toBe(shift);
      }
      expect(db.prepare('SELECT SUM(at) FROM dossier_history').pluck().get()).toBeGreaterThan(historyBefore);
      const latest = db.prepare('SELECT MAX(at) FROM dossier_history').pluck().get() as number;
      expect(latest).toBeLessThanOrEqual(day1.getTime() + 4 * DAY);
      db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
