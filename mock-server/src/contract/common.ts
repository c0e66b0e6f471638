import { z } from 'zod';
import { cleanLine, cleanMultiline, visibleLength } from './text.js';

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

/**
 * One line of text a person typed, as it will be stored: controls, direction marks and lone
 * surrogates dropped, spaces collapsed, trimmed (see `cleanLine`). Chain `.max()` and
 * `.refine(visibleAtLeast(n), …)` after it: they check the cleaned text.
 */
export const LineText = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(cleanLine);

/** Text of several lines (line breaks kept), cleaned the same way (see `cleanMultiline`). */
export const MultilineText = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(cleanMultiline);

/** For `.refine()`: at least `n` characters a reader sees (marks, fillers and blank symbols do not count). */
export const visibleAtLeast = (n: number) => (s: string) => visibleLength(s) >= n;

/**
 * A coordinate as text (query strings, Open311's form fields): digits with one optional point
 * and sign, and nothing else: no spaces or line breaks around it, no exponent, no hexadecimal,
 * which `Number()` would quietly accept ("22.487\n", "0x16", "2.2487e1").
 */
export const STRICT_DECIMAL = /^[+-]?\d{1,3}(?:\.\d{1,20})?$/;

export const CoordinateText = (name: string, min: number, max: number) =>
  z
    .string({ error: `${name} phải là số.` })
    .regex(STRICT_DECIMAL, `${name} phải là số thập phân viết liền, ví dụ 22.4856.`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} từ ${min} đến ${max}.`).max(max, `${name} từ ${min} đến ${max}.`));
