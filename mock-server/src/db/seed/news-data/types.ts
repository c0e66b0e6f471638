import type { NewsCategoryId } from '../../../contract/news.js';

/**
 * One article as written: the seeder turns it into typed blocks. `p` holds the body paragraphs in
 * order; a paragraph starting with "## " is a heading. `q` is a quotation [text, who said it],
 * placed before the last paragraph. `img` names a drawing under media/news/ (without .svg).
 */
export interface ArticleSeed {
  c: NewsCategoryId;
  t: string;
  s: string;
  p: string[];
  q?: [string, string];
  img?: ImageKey;
  cap?: string;
}

export type ImageKey =
  | 'ruong-bac-thang'
  | 'nui-fansipan'
  | 'cho-phien'
  | 'lop-hoc'
  | 'chuyen-doi-so'
  | 'cua-khau'
  | 'doi-che'
  | 'le-hoi'
  | 'giao-thong'
  | 'hoi-nghi'
  | 'y-te'
  | 'ho-thac-ba'
  | 'truyen-hinh'
  | 'hoc-truc-tuyen'
  | 'rung-que'
  | 'mua-lu'
  | 'mot-cua'
  | 'ban-lang'
  | 'bien-gioi'
  | 'hop-tac-xa';
