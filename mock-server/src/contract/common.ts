import { z } from 'zod';

// Zod's own messages in Vietnamese, for the few errors we do not word ourselves.
z.config(z.locales.vi());

/** An ISO 8601 time with the +07:00 offset, as the API writes every time. */
export const VnDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);

export const ErrorDetail = z.object({ path: z.string(), message: z.string() });
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(ErrorDetail).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** `?page=1&pageSize=20` (max 100). Query strings arrive as text, hence the coercion. */
export const PageQuery = z.object({
  page: z.coerce
    .number({ error: 'Số trang phải là số.' })
    .int('Số trang phải là số nguyên.')
    .min(1, 'Số trang bắt đầu từ 1.')
    .max(100_000, 'Số trang quá lớn.')
    .default(1),
  pageSize: z.coerce
    .number({ error: 'Cỡ trang phải là số.' })
    .int('Cỡ trang phải là số nguyên.')
    .min(1, 'Cỡ trang tối thiểu là 1.')
    .max(100, 'Mỗi trang có tối đa 100 mục.')
    .default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** A free-text search box: trimmed, at most 200 characters, empty means no filter. */
export const SearchText = z
  .string()
  .max(200, 'Từ khóa tìm kiếm tối đa 200 ký tự.')
  .transform((s) => s.trim())
  .optional();

/** An id taken from a URL: short, plain characters only, so nothing odd reaches a query or a path. */
export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100, 'Mã quá dài.')
    .regex(/^[A-Za-z0-9._-]+$/, 'Mã chỉ gồm chữ, số, dấu chấm, gạch nối.'),
});
