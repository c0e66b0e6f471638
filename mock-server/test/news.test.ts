import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.js';
import { foldVietnamese } from '../src/contract/text.js';
import { NEWS_CATEGORY_IDS, NEWS_SOURCE_IDS, type ArticleBlock, type NewsCategory, type NewsItem, type NewsSource } from '../src/contract/news.js';
import { openDatabase } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { runSeed } from '../src/db/seed/index.js';
import { newsSeeder, planArticles } from '../src/db/seed/news.js';

let s: TestServer;
const window = new Window();
beforeAll(async () => {
  s = await startServer();
});
afterAll(async () => {
  await s.close();
  await window.happyDOM.close();
});

const DAY = 24 * 3600 * 1000;

async function allItems(query = ''): Promise<NewsItem[]> {
  const out: NewsItem[] = [];
  for (let page = 1; ; page++) {
    const res = await s.api(`/api/news?pageSize=100&page=${page}${query}`);
    expect(res.status).toBe(200);
    out.push(...res.body.items);
    if (out.length >= res.body.total || res.body.items.length === 0) return out;
  }
}

function parseXml(text: string) {
  const doc = new window.DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror').length).toBe(0);
  return doc;
}

describe('news sources', () => {
  it('lists the five agreed sources with their feeds and the categories', async () => {
    const res = await s.api('/api/news/sources');
    expect(res.status).toBe(200);
    expect(res.body.items.map((x: NewsSource) => x.id)).toEqual([...NEWS_SOURCE_IDS]);
    for (const src of res.body.items) {
      expect(src.rssUrl).toBe(`/rss/${src.id}.xml`);
      expect(src.articleCount).toBeGreaterThanOrEqual(20);
    }
    expect(res.body.items.reduce((n: number, x: NewsSource) => n + x.articleCount, 0)).toBeGreaterThanOrEqual(150);
    expect(res.body.categories.map((c: NewsCategory) => c.id)).toEqual(NEWS_CATEGORY_IDS);
    expect(res.body.categories.find((c: NewsCategory) => c.id === 'chuyen-doi-so').label).toBe('Chuyển đổi số');
  });

  it('gives each source its topics, the one with most articles first', async () => {
    const sources: NewsSource[] = (await s.api('/api/news/sources')).body.items;
    for (const src of sources) {
      const counts = await Promise.all(src.categories.map(async (c) => (await s.api(`/api/news?source=${src.id}&category=${c}&pageSize=1`)).body.total as number));
      expect(counts.every((n) => n > 0), src.id).toBe(true);
      expect([...counts].sort((a, b) => b - a), src.id).toEqual(counts);
      expect(counts.reduce((a, b) => a + b, 0), src.id).toBe(src.articleCount);
    }
    expect(sources.find((x) => x.id === 'one-touch')!.categories).toEqual(['giao-duc', 'chuyen-doi-so', 'xa-hoi']);
  });
});

describe('news list', () => {
  it('has at least 150 articles, newest first, over the last 60 days, none alike', async () => {
    const items = await allItems();
    expect(items.length).toBeGreaterThanOrEqual(150);
    const times = items.map((i) => Date.parse(i.publishedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const now = s.ctx.now();
    expect(Math.max(...times)).toBeLessThanOrEqual(now);
    expect(Math.max(...times)).toBeGreaterThan(now - DAY);
    expect(Math.min(...times)).toBeGreaterThan(now - 61 * DAY);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.title)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.summary)).size).toBe(items.length);
    for (const i of items) {
      expect(i.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      expect(i.imageUrl === null || /^\/media\/news\/[a-z-]+\.svg$/.test(i.imageUrl)).toBe(true);
      expect(i.title).toMatch(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i);
    }
  });

  it('spreads articles over every source and category', async () => {
    const items = await allItems();
    for (const id of NEWS_SOURCE_IDS) expect(items.filter((i) => i.sourceId === id).length).toBeGreaterThanOrEqual(20);
    for (const c of NEWS_CATEGORY_IDS) expect(items.filter((i) => i.category === c).length).toBeGreaterThanOrEqual(5);
  });

  it('paginates with consistent totals', async () => {
    const p1 = await s.api('/api/news?pageSize=20');
    const p2 = await s.api('/api/news?pageSize=20&page=2');
    expect(p1.body).toMatchObject({ page: 1, pageSize: 20 });
    expect(p1.body.items).toHaveLength(20);
    expect(p2.body.total).toBe(p1.body.total);
    const ids1 = new Set(p1.body.items.map((i: NewsItem) => i.id));
    expect(p2.body.items.some((i: NewsItem) => ids1.has(i.id))).toBe(false);
    const last = Math.ceil(p1.body.total / 20);
    const lastPage = await s.api(`/api/news?pageSize=20&page=${last}`);
    expect(lastPage.body.items.length).toBe(p1.body.total - (last - 1) * 20);
    const beyond = await s.api(`/api/news?pageSize=20&page=${last + 1}`);
    expect(beyond.status).toBe(200);
    expect(beyond.body.items).toEqual([]);
    expect(beyond.body.total).toBe(p1.body.total);
  });

  it('filters by source and by category, and both at once', async () => {
    const sources = (await s.api('/api/news/sources')).body.items;
    for (const src of sources) {
      const res = await s.api(`/api/news?source=${src.id}&pageSize=100`);
      expect(res.body.total).toBe(src.articleCount);
      expect(res.body.items.every((i: NewsItem) => i.sourceId === src.id)).toBe(true);
    }
    const tourism = await allItems('&source=du-lich');
    expect(tourism.length).toBeGreaterThanOrEqual(20);
    const cds = await allItems('&category=chuyen-doi-so');
    expect(cds.every((i) => i.category === 'chuyen-doi-so' && i.categoryLabel === 'Chuyển đổi số')).toBe(true);
    const both = await s.api('/api/news?source=one-touch&category=giao-duc&pageSize=100');
    expect(both.body.total).toBeGreaterThan(0);
    expect(both.body.items.every((i: NewsItem) => i.sourceId === 'one-touch' && i.category === 'giao-duc')).toBe(true);
    const all = await allItems();
    expect(both.body.total).toBe(all.filter((i) => i.sourceId === 'one-touch' && i.category === 'giao-duc').length);
  });
});

describe('news search', () => {
  it('ranks the words together above the same words apart ("khai sinh" is not "triển khai … học sinh")', async () => {
    const res = await s.api('/api/news?q=khai%20sinh&pageSize=50');
    const items = res.body.items as { id: string; title: string }[];
    const together = await Promise.all(
      items.map(async (i) => {
        const a = (await s.api(`/api/news/${i.id}`)).body;
        const text = foldVietnamese([a.title, a.summary, ...a.blocks.map((b: { text?: string }) => b.text ?? '')].join(' '));
        return /(^|[^a-z0-9])khai sinh([^a-z0-9]|$)/.test(text);
      }),
    );
    expect(together.filter(Boolean).length).toBeGreaterThan(0);
    // Every article with the phrase comes before every article without it.
    expect(together.indexOf(false) === -1 || together.lastIndexOf(true) < together.indexOf(false)).toBe(true);
    const insurance = items.findIndex((i) => i.title.startsWith('Triển khai bảo hiểm y tế'));
    expect(insurance).toBeGreaterThan(together.lastIndexOf(true));
  });

  it('ignores diacritics and case', async () => {
    const plain = await s.api('/api/news?q=lao%20cai&pageSize=100');
    const marked = await s.api(`/api/news?q=${encodeURIComponent('LÀO CAI')}&pageSize=100`);
    expect(plain.body.total).toBeGreaterThan(5);
    expect(marked.body.total).toBe(plain.body.total);
    expect(plain.body.items[0].title).toMatch(/Lào Cai/);
    const cds = await s.api('/api/news?q=chuyen%20doi%20so&pageSize=100');
    expect(cds.body.total).toBeGreaterThan(0);
    const article = await s.api(`/api/news/${cds.body.items[cds.body.items.length - 1].id}`);
    const text = foldVietnamese([article.body.title, article.body.summary, ...(article.body.blocks as ArticleBlock[]).map((b) => (b.type === 'image' ? b.caption : b.text))].join(' '));
    expect(text).toContain('chuyen');
    expect(text).toContain('doi');
    expect(text).toContain('so');
  });

  it('ranks title matches first', async () => {
    const res = await s.api(`/api/news?q=${encodeURIComponent('homestay')}&pageSize=100`);
    expect(res.body.total).toBeGreaterThan(1);
    const inTitle = res.body.items.map((i: NewsItem) => foldVietnamese(i.title).includes('homestay'));
    expect(inTitle[0]).toBe(true);
    // Once an item matches only in its text, no title match follows it.
    const firstTextOnly = inTitle.indexOf(false);
    expect(firstTextOnly).toBeGreaterThan(0);
    expect(inTitle.slice(firstTextOnly).every((x: boolean) => !x)).toBe(true);
  });

  it('needs every word, and treats wildcards literally', async () => {
    const res = await s.api(`/api/news?q=${encodeURIComponent('Fansipan cáp treo')}`);
    expect(res.body.total).toBeGreaterThan(0);
    for (const i of res.body.items) {
      const a = (await s.api(`/api/news/${i.id}`)).body;
      const t = foldVietnamese(JSON.stringify([a.title, a.summary, a.blocks]));
      expect(t).toContain('fansipan');
      expect(t).toContain('cap treo'.split(' ')[0]);
    }
    expect((await s.api('/api/news?q=%25')).body.total).toBe(0);
    expect((await s.api('/api/news?q=_')).body.total).toBe(0);
    expect((await s.api(`/api/news?q=${encodeURIComponent('không có bài nào như thế này')}`)).body.total).toBe(0);
    const blank = await s.api('/api/news?q=%20%20');
    expect(blank.body.total).toBeGreaterThanOrEqual(150);
  });

  it('searches within a source', async () => {
    const res = await s.api('/api/news?source=du-lich&q=sa%20pa&pageSize=100');
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.items.every((i: NewsItem) => i.sourceId === 'du-lich')).toBe(true);
  });
});

/** A GET without fetch's own decompression, so the bytes on the wire can be looked at. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('kept answers on the wire', () => {
  const paths = ['/api/news?page=2&pageSize=20', `/api/news?q=${encodeURIComponent('Sạt lở')}`];

  it('are the same JSON plain, gzip and brotli, each with its own tag', async () => {
    const id = (await s.api('/api/news?pageSize=1')).body.items[0].id;
    for (const p of [...paths, `/api/news/${id}`]) {
      const plain = await rawGet(s.url + p, {});
      const gz = await rawGet(s.url + p, { 'accept-encoding': 'gzip' });
      const br = await rawGet(s.url + p, { 'accept-encoding': 'gzip, br' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(br.headers['content-encoding']).toBe('br');
      const json = JSON.parse(plain.body.toString('utf8'));
      expect(JSON.parse(gunzipSync(gz.body).toString('utf8'))).toEqual(json);
      expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(json);
      expect(gz.body.length).toBeLessThan(plain.body.length / 2);
      expect(new Set([plain.headers.etag, gz.headers.etag, br.headers.etag]).size).toBe(3);
      for (const res of [plain, gz, br]) {
        expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(res.headers.vary).toMatch(/accept-encoding/i);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(Number(res.headers['content-length'])).toBe(res.body.length);
      }
    }
  });

  it('keep Vary: Origin beside Accept-Encoding, so a cache never gives one site’s CORS answer to another', async () => {
    const id = (await s.api('/api/news?pageSize=1')).body.items[0].id;
    for (const p of [...paths, `/api/news/${id}`]) {
      for (const encoding of [{}, { 'accept-encoding': 'gzip' }, { 'accept-encoding': 'br' }] as Record<string, string>[]) {
        const res = await rawGet(s.url + p, { origin: 'https://h5.zdn.vn', ...encoding });
        const vary = String(res.headers.vary).toLowerCase().split(/\s*,\s*/);
        expect(vary, `${p} ${JSON.stringify(encoding)}`).toEqual(expect.arrayContaining(['origin', 'accept-encoding']));
        expect(res.headers['access-control-allow-origin']).toBe('https://h5.zdn.vn');
      }
      const noOrigin = await rawGet(s.url + p, { 'accept-encoding': 'gzip' });
      expect(String(noOrigin.headers.vary).toLowerCase()).toContain('origin');
    }
  });

  it('answer 304 to a client that holds them, and 200 again once the news changes', async () => {
    const p = paths[0];
    const first = await rawGet(s.url + p, { 'accept-encoding': 'gzip' });
    const again = await rawGet(s.url + p, { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const plainAgain = await rawGet(s.url + p, { 'if-none-match': `W/${first.headers.etag}` });
    expect(plainAgain.status).toBe(304);
    expect((await rawGet(s.url + p, { 'if-none-match': '"khac"' })).status).toBe(200);
    s.ctx.db.prepare("UPDATE news_articles SET title = title || ' (cập nhật)' WHERE id = ?").run(JSON.parse(gunzipSync(first.body).toString()).items[0].id);
    try {
      const changed = await rawGet(s.url + p, { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag! });
      expect(changed.status).toBe(200);
      expect(JSON.parse(gunzipSync(changed.body).toString()).items[0].title).toMatch(/\(cập nhật\)$/);
    } finally {
      s.ctx.db.prepare("UPDATE news_articles SET title = replace(title, ' (cập nhật)', '')").run();
    }
  });

  it('keep one answer for one search however it is typed', async () => {
    const a = await rawGet(s.url + `/api/news?q=${encodeURIComponent('SẠT LỞ')}`, {});
    const b = await rawGet(s.url + '/api/news?q=sat%20lo', {});
    expect(a.body.equals(b.body)).toBe(true);
    expect(a.headers.etag).toBe(b.headers.etag);
  });

  it('leave personal and unkept answers to the usual serialiser', async () => {
    const res = await rawGet(s.url + '/api/news/sources', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBeUndefined();
  });
});

describe('bad parameters', () => {
  const cases: [string, string][] = [
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['source=bao-ha-noi', 'source'],
    ['category=the-thao-xyz', 'category'],
    [`q=${'a'.repeat(201)}`, 'q'],
  ];
  for (const [query, field] of cases) {
    it(`refuses ${query.slice(0, 30)} with 400 and a detail on ${field}`, async () => {
      const res = await s.api(`/api/news?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
      expect(res.body.error.details[0].message).toMatch(/[ạ-ỹàáâãèéêìíòóôõùúýăđ]/i);
    });
  }
});

describe('article', () => {
  it('returns typed blocks without HTML, and related articles', async () => {
    const items = await allItems();
    for (const item of items) {
      const res = await s.api(`/api/news/${item.id}`);
      expect(res.status).toBe(200);
      const a = res.body;
      expect(a).toMatchObject({ id: item.id, title: item.title, sourceId: item.sourceId, publishedAt: item.publishedAt });
      expect(a.blocks.length).toBeGreaterThanOrEqual(2);
      expect(a.blocks[0].type).toBe('paragraph');
      for (const b of a.blocks) {
        expect(['paragraph', 'heading', 'image', 'quote']).toContain(b.type);
        const text = b.type === 'image' ? b.caption + b.alt : b.text;
        expect(text).not.toMatch(/[<>]/);
        expect(text.length).toBeGreaterThan(3);
        if (b.type === 'image') expect(b.url).toMatch(/^\/media\/news\/[a-z-]+\.svg$/);
      }
      expect(a.related).toHaveLength(4);
      expect(a.related.some((r: NewsItem) => r.id === a.id)).toBe(false);
      expect(a.related[0].category).toBe(a.category);
      expect(a.appUrl).toBe(`${s.config.appBaseUrl}/news/${a.id}`);
      expect(a.author.length).toBeGreaterThan(2);
    }
  });

  it('has some quotes and headings among the articles', async () => {
    const items = (await allItems()).slice(0, 60);
    const kinds = new Set<string>();
    for (const i of items) for (const b of (await s.api(`/api/news/${i.id}`)).body.blocks) kinds.add(b.type);
    expect([...kinds].sort()).toEqual(['heading', 'image', 'paragraph', 'quote']);
  });

  it('serves every picture an article names', async () => {
    const urls = new Set((await allItems()).map((i) => i.imageUrl).filter(Boolean));
    for (const url of urls) {
      const res = await fetch(s.url + url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('image/svg+xml');
      expect(await res.text()).toContain('<svg');
    }
  });

  it('answers unknown ids with 404 and odd ids with 400', async () => {
    const missing = await s.api('/api/news/khong-co-bai-nay-9999');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/bài viết/);
    expect((await s.api('/api/news/' + encodeURIComponent('a b<c>'))).status).toBe(400);
    expect((await s.api('/api/news/' + 'x'.repeat(150))).status).toBe(400);
  });
});

describe('RSS', () => {
  it('publishes valid RSS 2.0 for every source', async () => {
    for (const id of NEWS_SOURCE_IDS) {
      const res = await fetch(`${s.url}/rss/${id}.xml`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/rss\+xml; charset=utf-8/);
      const doc = parseXml(await res.text());
      const rss = doc.documentElement;
      expect(rss.tagName.toLowerCase()).toBe('rss');
      expect(rss.getAttribute('version')).toBe('2.0');
      const channel = doc.getElementsByTagName('channel')[0];
      expect(channel.getElementsByTagName('title')[0].textContent).toMatch(/Lào Cai|One Touch/);
      expect(channel.getElementsByTagName('language')[0].textContent).toBe('vi');
      const items = Array.from(doc.getElementsByTagName('item'));
      const list = await s.api(`/api/news?source=${id}&pageSize=30`);
      expect(items.length).toBe(list.body.items.length);
      items.forEach((item, n) => {
        const get = (tag: string) => item.getElementsByTagName(tag)[0]?.textContent ?? '';
        expect(get('title')).toBe(list.body.items[n].title);
        expect(get('description')).toBe(list.body.items[n].summary);
        expect(get('link')).toBe(`${s.config.appBaseUrl}/news/${list.body.items[n].id}`);
        expect(get('guid')).toBe(get('link'));
        const pubDate = get('pubDate');
        expect(pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0700$/);
        expect(Date.parse(pubDate)).toBe(Date.parse(list.body.items[n].publishedAt));
        const enclosure = item.getElementsByTagName('enclosure')[0];
        if (list.body.items[n].imageUrl) {
          expect(enclosure.getAttribute('url')).toBe(s.config.publicBaseUrl + list.body.items[n].imageUrl);
          expect(enclosure.getAttribute('type')).toBe('image/svg+xml');
          expect(Number(enclosure.getAttribute('length'))).toBeGreaterThan(100);
        }
      });
    }
  });

  it('escapes markup and ampersands in titles', async () => {
    const tricky = 'Thử <b>tiêu đề</b> & "ngoặc" \'đơn\' ]]> ở Lào Cai';
    s.ctx.db
      .prepare(
        `INSERT INTO news_articles (id, source_id, category, title, summary, image_url, image_alt, author, published_at, blocks,
          reading_minutes, title_fold, text_fold) VALUES ('thu-ky-tu-dac-biet-1', 'one-touch', 'giao-duc', ?, ?, NULL, NULL, 'A & B', ?, '[]', 1, '', '')`,
      )
      .run(tricky, 'Tóm tắt <script>alert(1)</script> & hết', s.ctx.now() + 60_000);
    try {
      const text = await (await fetch(`${s.url}/rss/one-touch.xml`)).text();
      expect(text).not.toContain('<b>');
      expect(text).not.toContain('<script>');
      const doc = parseXml(text);
      const first = doc.getElementsByTagName('item')[0];
      expect(first.getElementsByTagName('title')[0].textContent).toBe(tricky);
      expect(first.getElementsByTagName('description')[0].textContent).toBe('Tóm tắt <script>alert(1)</script> & hết');
    } finally {
      s.ctx.db.prepare("DELETE FROM news_articles WHERE id = 'thu-ky-tu-dac-biet-1'").run();
    }
  });

  it('answers an unknown feed with 404', async () => {
    for (const p of ['/rss/bao-ha-noi.xml', '/rss/bao-lao-cai.json', '/rss/bao-lao-cai', '/rss/..%2Fsecret.xml']) {
      const res = await s.api(p);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });
});

describe('seed', () => {
  it('plans the same ids every time and keeps dates in the last 60 days', () => {
    const now = Date.parse('2026-11-27T10:00:00+07:00');
    const a = planArticles(now);
    const b = planArticles(now + 5 * DAY);
    expect(a.map((x) => x.id)).toEqual(b.map((x) => x.id));
    expect(a.length).toBeGreaterThanOrEqual(150);
    for (const x of a) {
      expect(x.publishedAt).toBeLessThan(now);
      expect(x.publishedAt).toBeGreaterThan(now - 60 * DAY);
      const hour = new Date(x.publishedAt + 7 * 3600_000).getUTCHours();
      expect(hour).toBeGreaterThanOrEqual(6);
      expect(hour).toBeLessThan(22);
    }
  });

  it('moves articles forward when the server starts on a later day', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-news-'));
    const db = openDatabase(path.join(dir, 'x.db'));
    try {
      migrate(db);
      const day1 = new Date('2026-11-27T10:00:00+07:00');
      runSeed(db, day1, [newsSeeder]);
      const newest = () => db.prepare('SELECT MAX(published_at) FROM news_articles').pluck().get() as number;
      const before = newest();
      runSeed(db, new Date('2026-12-05T10:00:00+07:00'), [newsSeeder]);
      expect(newest()).toBe(before + 8 * DAY);
      expect(db.prepare('SELECT COUNT(*) FROM news_articles').pluck().get()).toBeGreaterThanOrEqual(150);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
