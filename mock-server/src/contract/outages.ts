import { z } from 'zod';
import { PageQuery, SearchText, VnDateTime, pageOf } from './common.js';

/**
 * Power-outage schedules (lịch cắt điện), with EVN NPC's fields: company, branch (Điện lực), area
 * text, communes, from–to time, reason, planned or emergency. `status` follows the clock at the
 * moment of the request: scheduled → ongoing → restored, or cancelled.
 */

export const OutageType = z.enum(['planned', 'emergency']);
export type OutageType = z.infer<typeof OutageType>;
export const OutageStatus = z.enum(['scheduled', 'ongoing', 'restored', 'cancelled']);
export type OutageStatus = z.infer<typeof OutageStatus>;

export const Commune = z.object({ id: z.string(), name: z.string() });
export type Commune = z.infer<typeof Commune>;

export const Branch = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string(),
  phone: z.string(),
  address: z.string(),
  /** The communes and wards the branch serves, in the order it lists them. */
  communes: z.array(Commune),
});
export type Branch = z.infer<typeof Branch>;

export const BranchList = z.object({ items: z.array(Branch) });
export type BranchList = z.infer<typeof BranchList>;

export const Outage = z.object({
  id: z.string(),
  company: z.string(),
  /** The branch's name, as published ("Điện lực Sa Pa"). */
  branch: z.string(),
  branchId: z.string(),
  /** Customer line of the branch. */
  phone: z.string(),
  area: z.string(),
  /** Names of the communes and wards affected ("Xã Tả Van"), and their ids in the same order. */
  communes: z.array(z.string()),
  communeIds: z.array(z.string()),
  start: VnDateTime,
  end: VnDateTime,
  durationMinutes: z.number().int(),
  reason: z.string(),
  type: OutageType,
  status: OutageStatus,
  /** Why it was cancelled, or an update from the branch. */
  note: z.string().nullable(),
  publishedAt: VnDateTime,
  updatedAt: VnDateTime,
});
export type Outage = z.infer<typeof Outage>;

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch nối.').max(60, 'Mã quá dài.');

/** A comma-separated list of slugs (`?commune=xa-ta-van,phuong-sa-pa`), at most `max`. */
const SlugList = (what: string, max: number) =>
  z
    .string()
    .max(2000, `Danh sách ${what} quá dài.`)
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(Slug).max(max, `Tối đa ${max} ${what}.`))
    .optional();

/** `YYYY-MM-DD`, a day in Vietnam. */
export const VnDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD, ví dụ 2026-11-27.')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'Ngày này không có trong lịch.');

export const OutageQuery = PageQuery.extend({
  /** Outages that overlap the days from `from` to `to` (inclusive, Vietnam time). */
  from: VnDate.optional(),
  to: VnDate.optional(),
  branch: SlugList('điện lực', 30),
  commune: SlugList('xã, phường', 50),
  status: z
    .string()
    .max(100)
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(OutageStatus, { error: 'Trạng thái chỉ nhận scheduled, ongoing, restored, cancelled.' }))
    .optional(),
  type: OutageType.optional(),
  q: SearchText,
}).refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.' });
export type OutageQuery = z.infer<typeof OutageQuery>;

export const OutagePage = pageOf(Outage);
export type OutagePage = z.infer<typeof OutagePage>;

/** `GET /api/outages.ics?branch&commune&id`: an iCalendar file (text/calendar), one event per outage. */
export const OutageCalendarQuery = z.object({
  branch: SlugList('điện lực', 30),
  commune: SlugList('xã, phường', 50),
  /** One outage only ("add to calendar" from its page). */
  id: z.string().max(100, 'Mã quá dài.').regex(/^[A-Za-z0-9._-]+$/, 'Mã chỉ gồm chữ, số, dấu chấm, gạch nối.').optional(),
});
export type OutageCalendarQuery = z.infer<typeof OutageCalendarQuery>;
