import type { Page, PageQuery } from '../contract/common.js';

export const offsetOf = (q: PageQuery) => (q.page - 1) * q.pageSize;

export function pageResult<T>(items: T[], total: number, q: PageQuery): Page<T> {
  return { items, page: q.page, pageSize: q.pageSize, total };
}
