import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { runSeed, type Seeder } from '../src/db/seed/index.js';
import { parseVnDate, toVnIso, vnDateKey, vnStartOfDay } from '../src/contract/vn-time.js';

const opened: { db: ReturnType<typeof openDatabase>; dir: string }[] = [];

function tempDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-mig-'));
  const db = openDatabase(path.join(dir, 'x.db'));
  opened.push({ db, dir });
  return db;
}

afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    if (db.open) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('migrations and seed', () => {
  it('applies each migration once, in order', () => {
    const db = tempDb();
    const list = [
      { version: 1, name: 'a', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'b', sql: 'CREATE TABLE b (x)' },
    ];
    expect(migrate(db, list)).toEqual([1, 2]);
    expect(migrate(db, list)).toEqual([]);
    expect(migrate(db, [...list, { version: 3, name: 'c', sql: 'CREATE TABLE c (x)' }])).toEqual([3]);
  });

  it('rolls back a failing migration whole', () => {
    const db = tempDb();
    expect(() => migrate(db, [{ version: 1, name: 'bad', sql: 'CREATE TABLE ok (x); CREATE TABLE ok (y);' }])).toThrow();
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ok'").pluck().get()).toBe(0);
  });

  it('seeds once and moves time-relative rows forward on a later day', () => {
    const db = tempDb();
    migrate(db);
    db.exec('CREATE TABLE events (at INTEGER)');
    const seeder: Seeder = {
      name: 'events',
      seed: (d, now) => d.prepare('INSERT INTO events VALUES (?)').run(now.getTime()),
      rebase: (d, shift) => d.prepare('UPDATE events SET at = at + ?').run(shift),
    };
    const day1 = new Date('2026-11-27T10:00:00+07:00');
    expect(runSeed(db, day1, [seeder]).seeded).toEqual(['events']);
    expect(runSeed(db, day1, [seeder]).seeded).toEqual([]);
    const day4 = new Date('2026-11-30T08:00:00+07:00');
    expect(runSeed(db, day4, [seeder]).rebasedDays).toBe(3);
    expect(db.prepare('SELECT at FROM events').pluck().get()).toBe(day1.getTime() + 3 * 86400000);
    expect(runSeed(db, day4, [seeder]).rebasedDays).toBe(0);
  });

  it('never moves a row that must stay in the past later than now', () => {
    const db = tempDb();
    migrate(db);
    db.exec('CREATE TABLE events (at INTEGER)');
    const seeder: Seeder = {
      name: 'events',
      seed: (d, now) => d.prepare('INSERT INTO events VALUES (?)').run(now.getTime()),
      rebase: (d, shift) => d.prepare('UPDATE events SET at = at + ?').run(shift),
      newest: (d) => d.prepare('SELECT MAX(at) FROM events').pluck().get() as number,
    };
    const at = () => db.prepare('SELECT at FROM events').pluck().get() as number;
    const day1 = new Date('2026-11-27T10:00:00+07:00');
    runSeed(db, day1, [seeder]);
    // Three days later but before 10:00: two days forward, not three (10:00 today is still ahead).
    const day4Early = new Date('2026-11-30T08:00:00+07:00');
    expect(runSeed(db, day4Early, [seeder]).rebasedDays).toBe(2);
    expect(toVnIso(at())).toBe('2026-11-29T10:00:00+07:00');
    expect(runSeed(db, day4Early, [seeder]).rebasedDays).toBe(0);
    // Later the same day the last day is caught up.
    const day4Late = new Date('2026-11-30T11:00:00+07:00');
    expect(runSeed(db, day4Late, [seeder]).rebasedDays).toBe(1);
    expect(toVnIso(at())).toBe('2026-11-30T10:00:00+07:00');
  });

  it('leaves no seeded receipt, step, notice or article in the future after a restart early on a later day', () => {
    const db = tempDb();
    migrate(db);
    const lateEvening = new Date('2026-11-27T23:30:00+07:00');
    runSeed(db, lateEvening);
    const nextMorning = new Date('2026-11-28T07:00:00+07:00');
    runSeed(db, nextMorning);
    const now = nextMorning.getTime();
    const future = (sql: string) => db.prepare(sql).pluck().get(...sql.split('?').slice(1).map(() => now)) as number;
    expect(future('SELECT COUNT(*) FROM dossiers WHERE received_at > ? OR updated_at > ?')).toBe(0);
    expect(future('SELECT COUNT(*) FROM dossier_history WHERE at > ?')).toBe(0);
    expect(future('SELECT COUNT(*) FROM feedback WHERE created_at > ? OR updated_at > ?')).toBe(0);
    expect(future('SELECT COUNT(*) FROM feedback_events WHERE at > ?')).toBe(0);
    expect(future('SELECT COUNT(*) FROM notifications WHERE created_at > ?')).toBe(0);
    expect(future('SELECT COUNT(*) FROM news_articles WHERE published_at > ?')).toBe(0);
    expect(future('SELECT COUNT(*) FROM outages WHERE published_at > ?')).toBe(0);
    // A day later still, it catches up: the newest receipts are from that day.
    const dayAfter = new Date('2026-11-29T23:45:00+07:00');
    expect(runSeed(db, dayAfter).rebasedDays).toBe(2);
    expect(vnDateKey(db.prepare('SELECT MAX(updated_at) FROM dossiers').pluck().get() as number)).toBe('2026-11-29');
  });
});

describe('Vietnam time helpers', () => {
  it('formats with +07:00 and finds the Vietnamese day', () => {
    const ms = Date.parse('2026-11-27T18:30:00Z'); // 01:30 on the 28th in Vietnam
    expect(toVnIso(ms)).toBe('2026-11-28T01:30:00+07:00');
    expect(vnDateKey(ms)).toBe('2026-11-28');
    expect(toVnIso(vnStartOfDay(ms))).toBe('2026-11-28T00:00:00+07:00');
  });
  it('parses only real dates', () => {
    expect(toVnIso(parseVnDate('2026-02-28')!)).toBe('2026-02-28T00:00:00+07:00');
    expect(parseVnDate('2026-02-30')).toBeNull();
    expect(parseVnDate('28/02/2026')).toBeNull();
  });
});
