import { z } from 'zod';
import { PageQuery, SearchText, VnDateTime, pageOf } from './common.js';

/** The province's news sources, in the order the app shows their chips. */
export const NEWS_SOURCE_IDS = ['bao-lao-cai', 'cong-thong-tin', 'truyen-hinh', 'du-lich', 'one-touch'] as const;
export type NewsSourceId = (typeof NEWS_SOURCE_IDS)[number];

/** Categories (id → label). The feed's tabs follow this order. */
export const NEWS_CATEGORIES = {
  'thoi-su': 'Thời sự',
  'kinh-te': 'Kinh tế',
  'xa-hoi': 'Xã hội',
  'van-hoa': 'Văn hóa',
  'du-lich': 'Du lịch',
  'chuyen-doi-so': 'Chuyển đổi số',
  'giao-duc': 'Giáo dục',
} as const;
export type NewsCategoryId = keyof typeof NEWS_CATEGORIES;
export const NEWS_CATEGORY_IDS = Object.keys(NEWS_CATEGORIES) as NewsCategoryId[];

export const newsCategoryLabel = (id: string): string => (NEWS_CATEGORIES as Record<string, string>)[id] ?? id;

export const NewsSource = z.object({
  id: z.enum(NEWS_SOURCE_IDS),
  name: z.string(),
  shortName: z.string(),
  description: z.string(),
  kind: z.enum(['newspaper', 'portal', 'tv', 'tourism', 'learning']),
  color: z.string(),
  /** RSS 2.0 feed of the source, relative to the server. */
  rssUrl: z.string(),
  articleCount: z.number().int(),
  /** The categories it has published in, the one with most articles first (its topics). */
  categories: z.array(z.enum(NEWS_CATEGORY_IDS as [NewsCategoryId, ...NewsCategoryId[]])),
});
export type NewsSource = z.infer<typeof NewsSource>;

export const NewsCategory = z.object({ id: z.enum(NEWS_CATEGORY_IDS as [NewsCategoryId, ...NewsCategoryId[]]), label: z.string() });
export type NewsCategory = z.infer<typeof NewsCategory>;

export const NewsSourcesResponse = z.object({ items: z.array(NewsSource), categories: z.array(NewsCategory) });
export type NewsSourcesResponse = z.infer<typeof NewsSourcesResponse>;

export const NewsItem = z.object({
  id: z.string(),
  sourceId: z.enum(NEWS_SOURCE_IDS),
  sourceName: z.string(),
  title: z.string(),
  summary: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  /** Relative to the API server (`/media/news/...`); null when the article has no picture. */
  imageUrl: z.string().nullable(),
  publishedAt: VnDateTime,
  readingMinutes: z.number().int(),
});
export type NewsItem = z.infer<typeof NewsItem>;

/** The body of an article: typed blocks, rendered as text by the app (never HTML). */
export const ArticleBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('image'), url: z.string(), caption: z.string(), alt: z.string() }),
  z.object({ type: z.literal('quote'), text: z.string(), cite: z.string().optional() }),
]);
export type ArticleBlock = z.infer<typeof ArticleBlock>;

export const Article = NewsItem.extend({
  author: z.string(),
  imageAlt: z.string().nullable(),
  blocks: z.array(ArticleBlock),
  related: z.array(NewsItem),
  /** Where the article opens in the app (for sharing). */
  appUrl: z.string(),
});
export type Article = z.infer<typeof Article>;

const sourceError = 'Nguồn tin không có. Chọn một trong: ' + NEWS_SOURCE_IDS.join(', ') + '.';
const categoryError = 'Chuyên mục không có. Chọn một trong: ' + NEWS_CATEGORY_IDS.join(', ') + '.';

export const NewsListQuery = PageQuery.extend({
  source: z.enum(NEWS_SOURCE_IDS, { error: sourceError }).optional(),
  category: z.enum(NEWS_CATEGORY_IDS as [NewsCategoryId, ...NewsCategoryId[]], { error: categoryError }).optional(),
  q: SearchText,
});
export type NewsListQuery = z.infer<typeof NewsListQuery>;

export const NewsPage = pageOf(NewsItem);
export type NewsPage = z.infer<typeof NewsPage>;

export const RssParams = z.object({ file: z.string().max(100) });
