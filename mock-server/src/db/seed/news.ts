import type { Db } from '../connection.js';
import type { Seeder } from './index.js';
import type { ArticleBlock, NewsSourceId } from '../../contract/news.js';
import { foldVietnamese } from '../../contract/text.js';
import { VN_OFFSET_MS, vnStartOfDay } from '../../contract/vn-time.js';
import type { ArticleSeed, ImageKey } from './news-data/types.js';
import { baoLaoCai } from './news-data/bao-lao-cai.js';
import { congThongTin } from './news-data/cong-thong-tin.js';
import { truyenHinh } from './news-data/truyen-hinh.js';
import { duLich } from './news-data/du-lich.js';
import { oneTouch } from './news-data/one-touch.js';

interface SourceSeed {
  id: NewsSourceId;
  name: string;
  shortName: string;
  description: string;
  kind: 'newspaper' | 'portal' | 'tv' | 'tourism' | 'learning';
  color: string;
  authors: string[];
  articles: ArticleSeed[];
}

export const NEWS_SOURCES: SourceSeed[] = [
  {
    id: 'bao-lao-cai',
    name: 'Báo Lào Cai',
    shortName: 'Báo Lào Cai',
    description: 'Cơ quan ngôn luận của Đảng bộ tỉnh: thời sự, kinh tế, đời sống và văn hóa các xã, phường.',
    kind: 'newspaper',
    color: '#c62828',
    authors: ['Thanh Hà', 'Minh Khang', 'Hoàng Thu', 'Vũ Linh', 'Quỳnh Anh', 'Đức Toàn', 'Lê Nga'],
    articles: baoLaoCai,
  },
  {
    id: 'cong-thong-tin',
    name: 'Cổng Thông tin điện tử tỉnh Lào Cai',
    shortName: 'Cổng TTĐT tỉnh',
    description: 'Thông tin chỉ đạo, điều hành của UBND tỉnh, chính sách mới và thông báo cho người dân, doanh nghiệp.',
    kind: 'portal',
    color: '#1565c0',
    authors: ['Ban Biên tập Cổng TTĐT', 'Văn phòng UBND tỉnh', 'Phòng Thông tin điện tử'],
    articles: congThongTin,
  },
  {
    id: 'truyen-hinh',
    name: 'Đài Phát thanh – Truyền hình Lào Cai',
    shortName: 'Đài PT-TH Lào Cai',
    description: 'Tin tức truyền hình, phóng sự và kênh LCTV phát sóng trực tiếp.',
    kind: 'tv',
    color: '#6a1b9a',
    authors: ['Ban Thời sự', 'Phóng viên Hồng Nhung', 'Phóng viên Tuấn Anh', 'Phóng viên Mai Phương', 'Ban Chuyên đề'],
    articles: truyenHinh,
  },
  {
    id: 'du-lich',
    name: 'Du lịch Lào Cai',
    shortName: 'Du lịch Lào Cai',
    description: 'Tin du lịch, cẩm nang điểm đến, lễ hội và ẩm thực của tỉnh.',
    kind: 'tourism',
    color: '#2e7d32',
    authors: ['Trung tâm Thông tin Xúc tiến du lịch', 'Hải Yến', 'Ngọc Bích', 'Trần Phong'],
    articles: duLich,
  },
  {
    id: 'one-touch',
    name: 'One Touch – Học trực tuyến',
    shortName: 'One Touch',
    description: 'Tin tức từ nền tảng học trực tuyến One Touch: khóa học, lịch học, kỹ năng số.',
    kind: 'learning',
    color: '#ef6c00',
    authors: ['Ban Quản trị One Touch', 'Nhóm Học liệu One Touch'],
    articles: oneTouch,
  },
];

/** Each drawing under media/news/: what it shows (alt text) and a caption when the article has none. */
export const NEWS_IMAGES: Record<ImageKey, { alt: string; caption: string }> = {
  'ruong-bac-thang': { alt: 'Hình vẽ ruộng bậc thang uốn lượn theo sườn núi', caption: 'Ruộng bậc thang vùng cao Lào Cai. Ảnh minh họa' },
  'nui-fansipan': { alt: 'Hình vẽ dãy núi cao với mây trắng bao quanh', caption: 'Núi rừng Hoàng Liên. Ảnh minh họa' },
  'cho-phien': { alt: 'Hình vẽ phiên chợ vùng cao với những chiếc ô và sạp hàng', caption: 'Không khí chợ phiên vùng cao. Ảnh minh họa' },
  'lop-hoc': { alt: 'Hình vẽ lớp học với bảng đen và bàn ghế', caption: 'Một lớp học ở vùng cao. Ảnh minh họa' },
  'chuyen-doi-so': { alt: 'Hình vẽ điện thoại thông minh hiển thị mã QR', caption: 'Người dân sử dụng dịch vụ số trên điện thoại. Ảnh minh họa' },
  'cua-khau': { alt: 'Hình vẽ cổng cửa khẩu và xe container', caption: 'Khu vực cửa khẩu quốc tế Lào Cai. Ảnh minh họa' },
  'doi-che': { alt: 'Hình vẽ đồi chè xanh xếp thành từng hàng', caption: 'Vùng sản xuất nông nghiệp của tỉnh. Ảnh minh họa' },
  'le-hoi': { alt: 'Hình vẽ lễ hội với cờ, trống và người múa', caption: 'Không gian lễ hội của đồng bào các dân tộc. Ảnh minh họa' },
  'giao-thong': { alt: 'Hình vẽ con đường đèo uốn quanh núi và cây cầu', caption: 'Công trình giao thông trên địa bàn tỉnh. Ảnh minh họa' },
  'hoi-nghi': { alt: 'Hình vẽ hội trường với bục phát biểu', caption: 'Một hội nghị của tỉnh. Ảnh minh họa' },
  'y-te': { alt: 'Hình vẽ trạm y tế với dấu chữ thập đỏ', caption: 'Chăm sóc sức khỏe người dân ở cơ sở. Ảnh minh họa' },
  'ho-thac-ba': { alt: 'Hình vẽ mặt hồ với những hòn đảo nhỏ và chiếc thuyền', caption: 'Mặt hồ Thác Bà. Ảnh minh họa' },
  'truyen-hinh': { alt: 'Hình vẽ máy quay truyền hình trong trường quay', caption: 'Trường quay của Đài Phát thanh – Truyền hình Lào Cai. Ảnh minh họa' },
  'hoc-truc-tuyen': { alt: 'Hình vẽ máy tính xách tay đang phát bài giảng', caption: 'Học trực tuyến trên nền tảng One Touch. Ảnh minh họa' },
  'rung-que': { alt: 'Hình vẽ rừng cây xanh trên sườn đồi', caption: 'Rừng trồng và rừng tự nhiên của tỉnh. Ảnh minh họa' },
  'mua-lu': { alt: 'Hình vẽ mưa lớn trên núi và biển cảnh báo sạt lở', caption: 'Cảnh báo mưa lớn, sạt lở đất. Ảnh minh họa' },
  'mot-cua': { alt: 'Hình vẽ các quầy tiếp nhận hồ sơ một cửa', caption: 'Bộ phận một cửa tiếp nhận hồ sơ của người dân. Ảnh minh họa' },
  'ban-lang': { alt: 'Hình vẽ những ngôi nhà trên sườn đồi và con đường vào bản', caption: 'Một bản làng vùng cao. Ảnh minh họa' },
  'bien-gioi': { alt: 'Hình vẽ cột mốc biên giới và hai chiến sĩ biên phòng', caption: 'Tuyến biên giới của tỉnh Lào Cai. Ảnh minh họa' },
  'hop-tac-xa': { alt: 'Hình vẽ mật ong, chè, quế đóng hộp và thùng hàng OCOP', caption: 'Sản phẩm của hợp tác xã trong tỉnh. Ảnh minh họa' },
};

export const imageUrlOf = (key: ImageKey) => `/media/news/${key}.svg`;

/** Turns written paragraphs into typed blocks: lead, picture, body, quotation before the last paragraph. */
export function blocksOf(a: ArticleSeed): ArticleBlock[] {
  const body: ArticleBlock[] = a.p.map((text) =>
    text.startsWith('## ') ? { type: 'heading', text: text.slice(3) } : { type: 'paragraph', text },
  );
  const blocks: ArticleBlock[] = [body[0]];
  if (a.img) {
    blocks.push({ type: 'image', url: imageUrlOf(a.img), caption: a.cap ?? NEWS_IMAGES[a.img].caption, alt: NEWS_IMAGES[a.img].alt });
  }
  const rest = body.slice(1);
  if (a.q && rest.length > 0) {
    rest.splice(rest.length - 1, 0, { type: 'quote', text: a.q[0], cite: a.q[1] });
  } else if (a.q) {
    rest.push({ type: 'quote', text: a.q[0], cite: a.q[1] });
  }
  return [...blocks, ...rest];
}

/** A readable, stable id: the folded title cut at a word, then a number. */
export function articleIdOf(title: string, n: number): string {
  const words = foldVietnamese(title)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    if ((slug + '-' + w).length > 60) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  return `${slug}-${n}`;
}

/** mulberry32: a small seeded generator, so every seeding gives the same dates and authors. */
function rng(seed: number) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const SPAN_DAYS = 59.5;

interface Planned {
  source: SourceSeed;
  article: ArticleSeed;
  n: number;
}

/** One article ready to store: what was written, where and when it appeared. */
export interface PlannedArticle {
  id: string;
  sourceId: NewsSourceId;
  article: ArticleSeed;
  author: string;
  publishedAt: number;
}

/** Every seeded article with its id and time, newest first. Exported for tests and the QR sheet. */
export function planArticles(now: number): PlannedArticle[] {
  const random = rng(20251001);
  const all: Planned[] = [];
  let n = 1001;
  for (const source of NEWS_SOURCES) for (const article of source.articles) all.push({ source, article, n: n++ });
  // Interleave the sources in a fixed shuffled order, then spread them over the last 60 days.
  const order = all.map((p) => ({ p, k: random() })).sort((a, b) => a.k - b.k).map((x) => x.p);
  return order.map((p, i) => {
    let at = now - (i / order.length) * SPAN_DAYS * DAY - (0.25 + random() * 6) * HOUR;
    // Newsrooms publish between 06:00 and 22:00: move a night-time article back into the evening before.
    const hour = new Date(at + VN_OFFSET_MS).getUTCHours();
    const dayStart = vnStartOfDay(at);
    if (hour < 6) at = dayStart - (2.1 + random() * 3) * HOUR;
    else if (hour >= 22) at = dayStart + (21.9 - random() * 3) * HOUR;
    at = Math.floor(at / 60_000) * 60_000;
    const author = p.source.authors[Math.floor(random() * p.source.authors.length)];
    return { id: articleIdOf(p.article.t, p.n), sourceId: p.source.id, article: p.article, author, publishedAt: at };
  });
}

const textOfBlocks = (blocks: ArticleBlock[]) =>
  blocks.map((b) => (b.type === 'image' ? b.caption : b.text)).join(' ');

/**
 * Stores articles with their typed blocks, reading time and folded search columns. Used by the
 * seeder, and by the benchmark (scripts/bench) to load its own articles the same way.
 */
export function insertArticles(db: Db, articles: PlannedArticle[]): void {
  const insert = db.prepare(
    `INSERT INTO news_articles (id, source_id, category, title, summary, image_url, image_alt, author, published_at,
       blocks, reading_minutes, title_fold, text_fold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const a of articles) {
    const blocks = blocksOf(a.article);
    const text = textOfBlocks(blocks);
    const words = (a.article.t + ' ' + a.article.s + ' ' + text).split(/\s+/).length;
    insert.run(
      a.id,
      a.sourceId,
      a.article.c,
      a.article.t,
      a.article.s,
      a.article.img ? imageUrlOf(a.article.img) : null,
      a.article.img ? NEWS_IMAGES[a.article.img].alt : null,
      a.author,
      a.publishedAt,
      JSON.stringify(blocks),
      Math.max(1, Math.round(words / 200)),
      foldVietnamese(a.article.t),
      foldVietnamese(a.article.s + ' ' + text),
    );
  }
}

export const newsSeeder: Seeder = {
  name: 'news',
  seed(db: Db, now: Date) {
    const insertSource = db.prepare(
      'INSERT INTO news_sources (id, name, short_name, description, kind, color, sort) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    NEWS_SOURCES.forEach((s, i) => insertSource.run(s.id, s.name, s.shortName, s.description, s.kind, s.color, i));
    insertArticles(db, planArticles(now.getTime()));
    db.prepare(
      `INSERT INTO tv_channels (id, name, short_name, description, stream_url, stream_type, poster_url, sort)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      'lctv',
      'Truyền hình Lào Cai (LCTV)',
      'LCTV',
      'Kênh truyền hình của tỉnh: thời sự, chuyên đề, chương trình tiếng dân tộc, phim truyện và ca nhạc, phát sóng 24 giờ mỗi ngày.',
      '/media/tv/lctv-test.webm',
      'video/webm',
      '/media/tv/lctv-poster.svg',
      0,
    );
  },
  rebase(db: Db, shiftMs: number) {
    db.prepare('UPDATE news_articles SET published_at = published_at + ?').run(shiftMs);
  },
  newest: (db: Db) => db.prepare('SELECT MAX(published_at) FROM news_articles').pluck().get() as number | null,
};
