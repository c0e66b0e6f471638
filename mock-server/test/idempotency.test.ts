import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { IDEMPOTENCY_TTL_MS, purgeExpiredKeys, runIdempotent } from '../src/plugins/idempotency.js';
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
  it('forgets remembered answers (personal data) after the TTL, and only those', () => {
    const old = runIdempotent(db, { scope: 'u9', key: 'key-old-000001', now: Date.now(), request: { name: 'cũ' } }, create('cũ'));
    runIdempotent(db, { scope: 'u9', key: 'key-new-000001', now: Date.now(), request: { name: 'mới' } }, create('mới'));
    const keys = () => db.prepare("SELECT key FROM idempotency_keys WHERE scope = 'u9' ORDER BY key").pluck().all();
    db.prepare("UPDATE idempotency_keys SET created_at = ? WHERE key = 'key-old-000001'").run(Date.now() - IDEMPOTENCY_TTL_MS - 1000);
    expect(purgeExpiredKeys(db, Date.now(), true)).toBe(1);
    expect(keys()).toEqual(['key-new-000001']);
    // A day later the same key is a new request: the first answer is no longer replayed.
    const again = runIdempotent(db, { scope: 'u9', key: 'key-old-000001', now: Date.now(), request: { name: 'cũ' } }, create('cũ'));
    expect(again.replayed).toBe(false);
    expect(again.body.id).not.toBe(old.body.id);
  });

  it('purges by the next write at most once a minute', () => {
    const now = Date.now();
    purgeExpiredKeys(db, now, true);
    db.prepare("INSERT INTO idempotency_keys (scope, key, fingerprint, status, body, created_at) VALUES ('u8', 'key-stale-0001', 'x', 201, '{}', 0)").run();
    expect(purgeExpiredKeys(db, now + 30_000)).toBe(0);
    expect(purgeExpiredKeys(db, now + 61_000)).toBe(1);
  });

  it('runs a write once per key and replays the first answer', () => {
    const a = runIdempotent(db, { scope: 'u1', key: 'key-00000001', now: Date.now(), request: { name: 'a' } }, create('a'));
    const b = runIdempotent(db, { scope: 'u1', key: 'key-00000001', now: Date.now(), request: { name: 'a' } }, create('a'));
    expect(a.replayed).toBe(false);
    expect(b.replayed).toBe(true);
    expect(b.body).toEqual(a.body);
    expect(db.prepare("SELECT COUNT(*) FROM things WHERE name = 'a'").pluck().get()).toBe(1);
  });

  it('keeps keys apart per caller', () => {
    runIdempotent(db, { scope: 'u1', key: 'key-00000002', now: Date.now(), request: { name: 'b' } }, create('b'));
    runIdempotent(db, { scope: 'u2', key: 'key-00000002', now: Date.now(), request: { name: 'b' } }, create('b'));
    expect(db.prepare("SELECT COUNT(*) FROM things WHERE name = 'b'").pluck().get()).toBe(2);
  });

  it('refuses a key reused for another request', () => {
    runIdempotent(db, { scope: 'u1', key: 'key-00000003', now: Date.now(), request: { name: 'c' } }, create('c'));
    expect(() => runIdempotent(db, { scope: 'u1', key: 'key-00000003', now: Date.now(), request: { name: 'd' } }, create('d'))).toThrow(AppError);
    expect(db.prepare("SELECT COUNT(*) FROM things WHERE name = 'd'").pluck().get()).toBe(0);
  });

  it('remembers nothing when the write fails, so a corrected retry can use the key', () => {
    expect(() =>
      runIdempotent(db, { scope: 'u1', key: 'key-00000004', now: Date.now(), request: { name: 'e' } }, () => {
        create('e')();
        throw new AppError(400, 'BAD', 'sai');
      }),
    ).toThrow(AppError);
    expect(db.prepare("SELECT COUNT(*) FROM things WHERE name = 'e'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM idempotency_keys WHERE key = 'key-00000004'").pluck().get()).toBe(0);
  });
});
