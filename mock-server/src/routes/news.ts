import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { keptAnswers } from '../plugins/kept-answers.js';
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
  type NewsCategoryId,
  type NewsItem,
  type NewsSourceId,
} from '../contract/news.js';
import { matchRank } from '../services/search-rank.js';
import { foldVietnamese } from '../contract/text.js';
import { notFound } from '../plugins/errors.js';
import { toVnIso } from '../contract/vn-time.js';
import { renderRss } from '../services/rss.js';
import { Derived, ReadCache, TableWatch, deepFreeze } from '../services/read-cache.js';
import { SubstringIndex } from '../services/substring-index.js';
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

/** One article as lists and searches need it: its summary, and its folded text to search. */
interface Indexed {
  item: NewsItem;
  at: number;
  titleFold: string;
  textFold: string;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
    const topics = db.prepare('SELECT category FROM news_articles WHERE source_id = ? GROUP BY category ORDER BY COUNT(*) DESC, category').pluck();
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
        categories: topics.all(s.id) as NewsCategoryId[],
      })),
      categories: NEWS_CATEGORY_IDS.map((id) => ({ id, label: NEWS_CATEGORIES[id] })),
    };
  });

  // Lists, searches and related articles work on an index of every article kept in memory (a few
  // hundred summaries and their folded text), rebuilt when the news tables change. Pages, searches
  // and whole articles are kept as answers too, searches apart so that a run of odd words cannot
  // push the common pages out.
  const newsTables = new TableWatch(db, 'news', ['news_articles', 'news_sources']);
  const index = new Derived(newsTables, () => {
    const rows = db
      .prepare(
        `SELECT ${ITEM_COLUMNS}, a.title_fold, a.text_fold FROM news_articles a JOIN news_sources s ON s.id = a.source_id
         ORDER BY a.published_at DESC, a.id`,
      )
      .all() as (ArticleRow & { title_fold: string; text_fold: string })[];
    const docs: Indexed[] = deepFreeze(rows.map((r) => ({ item: itemOf(r), at: r.published_at, titleFold: r.title_fold, textFold: r.text_fold })));
    return { docs, text: new SubstringIndex(docs.map((d) => [d.titleFold, d.textFold])) };
  });
  const pages = new ReadCache<NewsPage>(newsTables, 500);
  const searches = new ReadCache<NewsPage>(newsTables, 500);
  const articles = new ReadCache<Article>(newsTables, 1000);
  const sendPage = keptAnswers(NewsPage);
  const sendArticle = keptAnswers(Article);

  /** Newest first; a search keeps only articles with every word, the best matches first (services/search-rank.ts). */
  function listNews({ source, category, page, pageSize }: NewsListQuery, folded: string): NewsPage {
    const { docs, text } = index.get();
    const words = folded ? folded.split(' ').slice(0, MAX_SEARCH_WORDS) : [];
    let found = words.length ? text.match(words).map((i) => docs[i]) : docs;
    if (source) found = found.filter((d) => d.item.sourceId === source);
    if (category) found = found.filter((d) => d.item.category === category);
    if (words.length) {
      found = found
        .map((d) => ({ d, rank: matchRank(d.titleFold, d.textFold, folded, words) }))
        .sort((a, b) => a.rank - b.rank) // stable: newest first within a rank
        .map((x) => x.d);
    }
    const start = (page - 1) * pageSize;
    return { items: found.slice(start, start + pageSize).map((d) => d.item), page, pageSize, total: found.length };
  }

  r.get(
    '/api/news',
    { schema: { querystring: NewsListQuery, response: { 200: NewsPage } } },
    async (request, reply) => {
      const query = request.query;
      // Search ignores case and diacritics: the words are matched against folded text, as typed,
      // so "Sạt lở" and "sat lo" are one search and one kept answer.
      const folded = query.q ? foldVietnamese(query.q) : '';
      const key = `${query.source ?? ''}|${query.category ?? ''}|${query.page}|${query.pageSize}|${folded}`;
      const answer = (folded ? searches : pages).get(key, () => listNews(query, folded))!;
      return sendPage.send(request, reply, answer);
    },
  );

  const articleById = db.prepare(
    `SELECT ${ITEM_COLUMNS}, a.blocks FROM news_articles a JOIN news_sources s ON s.id = a.source_id WHERE a.id = ?`,
  );

  /** Related: same category first, then same source, nearest in time. */
  function relatedTo(row: ArticleRow): NewsItem[] {
    const score = (d: Indexed) => (d.item.category === row.category ? 2 : 0) + (d.item.sourceId === row.source_id ? 1 : 0);
    return index
      .get()
      .docs.filter((d) => d.item.id !== row.id)
      .map((d) => ({ d, score: score(d), distance: Math.abs(d.at - row.published_at) }))
      .sort((a, b) => b.score - a.score || a.distance - b.distance || byId(a.d.item.id, b.d.item.id))
      .slice(0, 4)
      .map((x) => x.d.item);
  }

  function articleOf(id: string): Article | undefined {
    const row = articleById.get(id) as ArticleRow | undefined;
    if (!row) return undefined;
    return {
      ...itemOf(row),
      author: row.author,
      imageAlt: row.image_alt,
      blocks: JSON.parse(row.blocks!) as ArticleBlock[],
      related: relatedTo(row),
      appUrl: config.appBaseUrl + paths.article(row.id),
    };
  }

  r.get(
    '/api/news/:id',
    { schema: { params: IdParam, response: { 200: Article } } },
    async (request, reply) => {
      const article = articles.get(request.params.id, () => articleOf(request.params.id));
      if (!article) throw notFound('Không tìm thấy bài viết này. Có thể bài đã bị gỡ hoặc đường dẫn chưa đúng.');
      return sendArticle.send(request, reply, article);
    },
  );

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
      lastBuildDate: rows[0]?.published_at ?? ctx.now(),
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
