import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { runIdempotent } from '../src/plugins/idempotency.js';
import { AppError } from '../src/plugins/errors.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let db: Db;
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-idem-'));
  db = openDatabase(path.join(dir, 't.db'));
  migrate(db);
  db.exec('CREATE TABLE things (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)');
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const create = (name: string) => () => {
  const id = db.prepare('INSERT INTO things (name) VALUES (?)').run(name).lastInsertRowid;
  return { status: 201, body: { id: Number(id), name } };
};

describe('runIdempotent', () => {
  it('runs a write once per key and replays the first answer', () => {
    const a = runIdempotent(db, { scope: 'u1', key: 'key-00000001', request: { name: 'a' } }, create('a'));
    const b = runIdempotent(db, { scope: 'u1', key: 'key-00000001', request: { name: 'a' } }, create('a'));
    expect(a.replayed).toBe(false);
    expect(b.replayed).toBe(true);
    expect(b.body).toEqual(a.body);
    expect(db.prepare("SELECT COUNT(*) FROM things WHERE name = 'a'").pluck().get()).toBe(1);
  });

  it('keeps keys apart per caller', () => {
    runIdempotent(db, { scope: 'u1', key: 'key-00000002', request: { name: 'b' } }, create('b'));
    runIdempotent(db, { scope: 'u2', key: 'key-00000002', request: { name: 'b' } }, create('b'));
    expect(db.prepare("SELECT COUNT(*) FROM things WHERE name = 'b'").pluck().get()).toBe(2);
  });

  it('refuses a key reused for another request', () => {
    runIdempotent(db, { scope: 'u1', key: 'key-00000003', request: { name: 'c' } }, create('c'));
    expect(() => runIdempotent(db, { scope: 'u1', key: 'key-00000003', request: { name: 'd' } }, create('d'))).toThrow(AppError);
    expect(db.prepare("SELECT COUNT(*) FROM things WHERE name = 'd'").pluck().get()).toBe(0);
  });

  it('remembers nothing when the write fails, so a corrected retry can use the key', () => {
    expect(() =>
      runIdempotent(db, { scope: 'u1', key: 'key-00000004', request: { name: 'e' } }, () => {
        create('e')();
        throw new AppError(400, 'BAD', 'sai');
      }),
    ).toThrow(AppError);
    expect(db.prepare("SELECT COUNT(*) FROM things WHERE name = 'e'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM idempotency_keys WHERE key = 'key-00000004'").pluck().get()).toBe(0);
  });
});
