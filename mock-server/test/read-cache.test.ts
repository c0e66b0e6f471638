import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/connection.js';
import { keptAnswers } from '../src/plugins/kept-answers.js';
import { serializerCompiler } from '../src/plugins/zod.js';
import { Derived, ReadCache, TableWatch, deepFreeze } from '../src/services/read-cache.js';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-cache-'));
  db = openDatabase(path.join(dir, 'x.db'));
  db.exec('CREATE TABLE watched (id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE other (id INTEGER PRIMARY KEY, v TEXT)');
  db.prepare("INSERT INTO watched (v) VALUES ('một')").run();
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('TableWatch', () => {
  it('changes after an insert, update or delete on a watched table by this connection, and only then', () => {
    const watch = new TableWatch(db, 'test', ['watched']);
    const v0 = watch.version();
    expect(watch.version()).toBe(v0);
    db.prepare("INSERT INTO other (v) VALUES ('khác')").run();
    expect(watch.version()).toBe(v0);
    db.prepare("INSERT INTO watched (v) VALUES ('hai')").run();
    const v1 = watch.version();
    expect(v1).not.toBe(v0);
    db.prepare("UPDATE watched SET v = 'ba' WHERE id = 1").run();
    const v2 = watch.version();
    expect(v2).not.toBe(v1);
    db.prepare('DELETE FROM watched WHERE id = 2').run();
    expect(watch.version()).not.toBe(v2);
  });

  it('changes after another process writes to the database', () => {
    const watch = new TableWatch(db, 'test', ['watched']);
    const v0 = watch.version();
    const other = new Database(path.join(dir, 'x.db'));
    other.prepare("INSERT INTO watched (v) VALUES ('từ nơi khác')").run();
    other.close();
    expect(watch.version()).not.toBe(v0);
  });

  it('can be made twice on one connection without doubling its triggers', () => {
    const a = new TableWatch(db, 'test', ['watched']);
    const b = new TableWatch(db, 'test', ['watched']);
    const before = Number(a.version().split(':')[1]);
    db.prepare("INSERT INTO watched (v) VALUES ('bốn')").run();
    expect(Number(b.version().split(':')[1])).toBe(before + 1);
  });
});

describe('ReadCache and Derived', () => {
  it('keep answers frozen until the watched tables change, and never keep a missing one', () => {
    const cache = new ReadCache<{ v: string; list: string[] }>(new TableWatch(db, 'test', ['watched']));
    let made = 0;
    const read = (id: number) =>
      cache.get(String(id), () => {
        made++;
        const row = db.prepare('SELECT v FROM watched WHERE id = ?').get(id) as { v: string } | undefined;
        return row ? { v: row.v, list: [row.v] } : undefined;
      });
    const first = read(1)!;
    expect(first.v).toBe('một');
    expect(Object.isFrozen(first) && Object.isFrozen(first.list)).toBe(true);
    expect(read(1)).toBe(first);
    expect(made).toBe(1);
    expect(read(9)).toBeUndefined();
    expect(read(9)).toBeUndefined();
    expect(made).toBe(3);
    db.prepare("UPDATE watched SET v = 'mới' WHERE id = 1").run();
    expect(read(1)!.v).toBe('mới');
  });

  it('drop the oldest answer past their size', () => {
    const cache = new ReadCache<{ n: number }>(new TableWatch(db, 'test', ['watched']), 2);
    let made = 0;
    const read = (n: number) => cache.get(String(n), () => ({ n: (made++, n) }));
    read(1);
    read(2);
    read(3);
    read(3);
    read(2);
    expect(made).toBe(3);
    read(1);
    expect(made).toBe(4);
  });

  it('Derived works a value out again only after a change', () => {
    let made = 0;
    const count = new Derived(new TableWatch(db, 'test', ['watched']), () => (made++, db.prepare('SELECT COUNT(*) FROM watched').pluck().get() as number));
    expect(count.get()).toBe(1);
    expect(count.get()).toBe(1);
    expect(made).toBe(1);
    db.prepare("INSERT INTO watched (v) VALUES ('năm')").run();
    expect(count.get()).toBe(2);
    expect(made).toBe(2);
  });

  it('deepFreeze freezes nested objects and arrays', () => {
    const v = deepFreeze({ a: { b: [{ c: 1 }] } });
    expect(Object.isFrozen(v.a.b[0])).toBe(true);
  });
});

describe('keptAnswers', () => {
  const Place = z.object({ name: z.string() });
  async function appAnswering(answer: () => unknown) {
    const app = Fastify();
    app.setSerializerCompiler(serializerCompiler);
    const kept = keptAnswers(Place);
    app.get('/', { schema: { response: { 200: Place } } }, async (request, reply) => kept.send(request, reply, answer() as z.input<typeof Place>));
    await app.ready();
    return app;
  }

  it('still drops fields the schema does not name, kept or not', async () => {
    const kept = deepFreeze({ name: 'Y Tý', idNumber: '001234567890' });
    const app = await appAnswering(() => kept);
    const open = await appAnswering(() => ({ name: 'Sa Pa', idNumber: '001234567890' }));
    expect((await app.inject('/')).body).toBe('{"name":"Y Tý"}');
    expect((await open.inject('/')).body).toBe('{"name":"Sa Pa"}');
  });

  it('refuses an answer that breaks the schema instead of sending it', async () => {
    const app = await appAnswering(() => deepFreeze({ name: 42 }));
    expect((await app.inject('/')).statusCode).toBe(500);
  });

  it('works a kept answer out once, an unkept one every time', async () => {
    const kept = deepFreeze({ name: 'Bắc Hà' });
    const open = { name: 'Mường Khương' };
    let which: object = kept;
    const app = await appAnswering(() => which);
    const first = await app.inject('/');
    expect(first.headers.etag).toBeTruthy();
    expect((await app.inject('/')).headers.etag).toBe(first.headers.etag);
    which = open;
    expect((await app.inject('/')).body).toBe('{"name":"Mường Khương"}');
    open.name = 'Bát Xát';
    const changed = await app.inject('/');
    expect(changed.body).toBe('{"name":"Bát Xát"}');
    expect(changed.headers.etag).toBeUndefined();
  });
});

describe('news answers kept in memory', () => {
  it('follow the database: an article written or removed directly shows at once in lists, searches, items and related', async () => {
    const { startServer } = await import('./helpers.js');
    const s = await startServer();
    try {
      const first = await s.api('/api/news?pageSize=5');
      const newest = first.body.items[0];
      expect((await s.api(`/api/news/${newest.id}`)).status).toBe(200);
      const at = Date.parse(newest.publishedAt) + 60_000;
      s.ctx.db
        .prepare(
          `INSERT INTO news_articles (id, source_id, category, title, summary, image_url, image_alt, author, published_at, blocks,
            reading_minutes, title_fold, text_fold) VALUES ('bai-moi-them-1', ?, ?, 'Bài mới thêm về Y Tý', 'Tóm tắt', NULL, NULL, 'Ban Biên tập', ?, '[]', 1, 'bai moi them ve y ty', 'tom tat')`,
        )
        .run(newest.sourceId, newest.category, at);
      const after = await s.api('/api/news?pageSize=5');
      expect(after.body.total).toBe(first.body.total + 1);
      expect(after.body.items[0].id).toBe('bai-moi-them-1');
      expect((await s.api(`/api/news?q=${encodeURIComponent('BÀI MỚI THÊM VỀ Y TÝ')}`)).body.items[0].id).toBe('bai-moi-them-1');
      const related = (await s.api(`/api/news/${newest.id}`)).body.related.map((i: { id: string }) => i.id);
      expect(related[0]).toBe('bai-moi-them-1');
      s.ctx.db.prepare("DELETE FROM news_articles WHERE id = 'bai-moi-them-1'").run();
      expect((await s.api('/api/news/bai-moi-them-1')).status).toBe(404);
      expect((await s.api('/api/news?pageSize=5')).body).toEqual(first.body);
      expect((await s.api(`/api/news/${newest.id}`)).body.related).not.toContainEqual(expect.objectContaining({ id: 'bai-moi-them-1' }));
    } finally {
      await s.close();
    }
  });
});
