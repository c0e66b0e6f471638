import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { IdParam } from '../contract/common.js';
import {
  Article,
  NEWS_CATEGORIES,
  NEWS_CATEGORY_IDS,
  NEWS_SOURCE_IDS,
  NewsListQuery,
  NewsPage,
  NewsSourcesResponse,
  RssParams,
  newsCategoryLabel,
  type ArticleBlock,
  type NewsItem,
  type NewsSourceId,
} from '../contract/news.js';
import { foldVietnamese, likePattern } from '../contract/text.js';
import { notFound } from '../plugins/errors.js';
import { toVnIso } from '../services/time.js';
import { renderRss } from '../services/rss.js';
import { paths } from '../../../src/shared/routes.js';

const MEDIA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../media');

interface SourceRow {
  id: NewsSourceId;
  name: string;
  short_name: string;
  description: string;
  kind: 'newspaper' | 'portal' | 'tv' | 'tourism' | 'learning';
  color: string;
  article_count: number;
}

interface ArticleRow {
  id: string;
  source_id: NewsSourceId;
  source_name: string;
  category: string;
  title: string;
  summary: string;
  image_url: string | null;
  image_alt: string | null;
  author: string;
  published_at: number;
  reading_minutes: number;
  blocks?: string;
}

const ITEM_COLUMNS = `a.id, a.source_id, s.short_name AS source_name, a.category, a.title, a.summary, a.image_url,
  a.image_alt, a.author, a.published_at, a.reading_minutes`;

const itemOf = (r: ArticleRow): NewsItem => ({
  id: r.id,
  sourceId: r.source_id,
  sourceName: r.source_name,
  title: r.title,
  summary: r.summary,
  category: r.category,
  categoryLabel: newsCategoryLabel(r.category),
  imageUrl: r.image_url,
  publishedAt: toVnIso(r.published_at),
  readingMinutes: r.reading_minutes,
});

/** At most this many words of a search are used; more would only slow the query down. */
const MAX_SEARCH_WORDS = 8;

export default async function newsRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = ctx;
  const fileSizes = new Map<string, number>();
  const sizeOf = (url: string) => {
    if (!fileSizes.has(url)) {
      const file = path.join(MEDIA_DIR, url.replace(/^\/media\//, ''));
      fileSizes.set(url, file.startsWith(MEDIA_DIR) && fs.existsSync(file) ? fs.statSync(file).size : 0);
    }
    return fileSizes.get(url)!;
  };

  r.get('/api/news/sources', { schema: { response: { 200: NewsSourcesResponse } } }, async () => {
    const rows = db
      .prepare(
        `SELECT s.*, (SELECT COUNT(*) FROM news_articles a WHERE a.source_id = s.id) AS article_count
         FROM news_sources s ORDER BY s.sort`,
      )
      .all() as SourceRow[];
    return {
      items: rows.map((s) => ({
        id: s.id,
        name: s.name,
        shortName: s.short_name,
        description: s.description,
        kind: s.kind,
        color: s.color,
        rssUrl: `/rss/${s.id}.xml`,
        articleCount: s.article_count,
      })),
      categories: NEWS_CATEGORY_IDS.map((id) => ({ id, label: NEWS_CATEGORIES[id] })),
    };
  });

  r.get('/api/news', { schema: { querystring: NewsListQuery, response: { 200: NewsPage } } }, async (request) => {
    const { source, category, q, page, pageSize } = request.query;
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (source) {
      where.push('a.source_id = ?');
      params.push(source);
    }
    if (category) {
      where.push('a.category = ?');
      params.push(category);
    }
    // Search ignores case and diacritics; every word must appear; title matches rank first.
    let rank = '';
    const rankParams: string[] = [];
    const folded = q ? foldVietnamese(q) : '';
    if (folded) {
      const words = folded.split(' ').slice(0, MAX_SEARCH_WORDS);
      for (const w of words) {
        where.push("(a.title_fold LIKE ? ESCAPE '\\' OR a.text_fold LIKE ? ESCAPE '\\')");
        params.push(likePattern(w), likePattern(w));
      }
      const allInTitle = words.map(() => "a.title_fold LIKE ? ESCAPE '\\'").join(' AND ');
      rank = `CASE WHEN a.title_fold LIKE ? ESCAPE '\\' THEN 0 WHEN ${allInTitle} THEN 1
        WHEN a.text_fold LIKE ? ESCAPE '\\' THEN 2 ELSE 3 END, `;
      rankParams.push(likePattern(folded), ...words.map(likePattern), likePattern(folded));
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = db.prepare(`SELECT COUNT(*) FROM news_articles a ${whereSql}`).pluck().get(...params) as number;
    const rows = db
      .prepare(
        `SELECT ${ITEM_COLUMNS} FROM news_articles a JOIN news_sources s ON s.id = a.source_id ${whereSql}
         ORDER BY ${rank}a.published_at DESC, a.id LIMIT ? OFFSET ?`,
      )
      .all(...params, ...rankParams, pageSize, (page - 1) * pageSize) as ArticleRow[];
    return { items: rows.map(itemOf), page, pageSize, total };
  });

  r.get('/api/news/:id', { schema: { params: IdParam, response: { 200: Article } } }, async (request) => {
    const row = db
      .prepare(`SELECT ${ITEM_COLUMNS}, a.blocks FROM news_articles a JOIN news_sources s ON s.id = a.source_id WHERE a.id = ?`)
      .get(request.params.id) as ArticleRow | undefined;
    if (!row) throw notFound('Không tìm thấy bài viết này. Có thể bài đã bị gỡ hoặc đường dẫn chưa đúng.');
    // Related: same category first, then same source, nearest in time.
    const related = db
      .prepare(
        `SELECT ${ITEM_COLUMNS} FROM news_articles a JOIN news_sources s ON s.id = a.source_id
         WHERE a.id != ? ORDER BY (a.category = ?) DESC, (a.source_id = ?) DESC, ABS(a.published_at - ?), a.id LIMIT 4`,
      )
      .all(row.id, row.category, row.source_id, row.published_at) as ArticleRow[];
    return {
      ...itemOf(row),
      author: row.author,
      imageAlt: row.image_alt,
      blocks: JSON.parse(row.blocks!) as ArticleBlock[],
      related: related.map(itemOf),
      appUrl: config.appBaseUrl + paths.article(row.id),
    };
  });

  // RSS 2.0, one feed per source: /rss/bao-lao-cai.xml
  r.get('/rss/:file', { schema: { params: RssParams } }, async (request, reply) => {
    const m = /^([a-z-]+)\.xml$/.exec(request.params.file);
    const sourceId = m?.[1] as NewsSourceId | undefined;
    if (!sourceId || !(NEWS_SOURCE_IDS as readonly string[]).includes(sourceId)) {
      throw notFound('Không có bản tin RSS này. Các nguồn: ' + NEWS_SOURCE_IDS.map((s) => `${s}.xml`).join(', ') + '.');
    }
    const source = db.prepare('SELECT * FROM news_sources WHERE id = ?').get(sourceId) as SourceRow | undefined;
    if (!source) throw notFound('Không có bản tin RSS này.');
    const rows = db
      .prepare(
        `SELECT ${ITEM_COLUMNS} FROM news_articles a JOIN news_sources s ON s.id = a.source_id
         WHERE a.source_id = ? ORDER BY a.published_at DESC LIMIT 30`,
      )
      .all(sourceId) as ArticleRow[];
    const xml = renderRss({
      title: `${source.name} – Lào Cai số`,
      link: `${config.appBaseUrl}${paths.news}?source=${sourceId}`,
      selfUrl: `${config.publicBaseUrl}/rss/${sourceId}.xml`,
      description: source.description,
      lastBuildDate: rows[0]?.published_at ?? Date.now(),
      items: rows.map((a) => ({
        title: a.title,
        link: config.appBaseUrl + paths.article(a.id),
        guid: config.appBaseUrl + paths.article(a.id),
        description: a.summary,
        category: newsCategoryLabel(a.category),
        author: a.author,
        pubDate: a.published_at,
        enclosure: a.image_url
          ? { url: config.publicBaseUrl + a.image_url, type: 'image/svg+xml', length: sizeOf(a.image_url) }
          : undefined,
      })),
    });
    return reply
      .type('application/rss+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(xml);
  });
}
