import { z } from 'zod';
import { VnDateTime } from './common.js';

export const Programme = z.object({
  id: z.string(),
  start: VnDateTime,
  end: VnDateTime,
  title: z.string(),
  description: z.string(),
  category: z.string(),
  /** Broadcast live (news, call-in programmes) rather than a recording. */
  live: z.boolean(),
});
export type Programme = z.infer<typeof Programme>;

export const TvChannel = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  description: z.string(),
  /** Relative to the API server; plays in a plain <video> element. */
  streamUrl: z.string(),
  streamType: z.string(),
  posterUrl: z.string(),
  nowPlaying: Programme.nullable(),
  next: Programme.nullable(),
});
export type TvChannel = z.infer<typeof TvChannel>;

export const TvChannelsResponse = z.object({ items: z.array(TvChannel) });
export type TvChannelsResponse = z.infer<typeof TvChannelsResponse>;

export const ScheduleQuery = z.object({
  channel: z
    .string()
    .max(50, 'Mã kênh quá dài.')
    .regex(/^[a-z0-9-]+$/, 'Mã kênh chỉ gồm chữ thường, số và gạch nối.')
    .optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD, ví dụ 2026-11-27.')
    .optional(),
});
export type ScheduleQuery = z.infer<typeof ScheduleQuery>;

export const ScheduleResponse = z.object({
  channel: z.object({ id: z.string(), name: z.string() }),
  date: z.string(),
  /** The days that have a published schedule: three days back to three days ahead. */
  availableDates: z.array(z.string()),
  items: z.array(Programme),
});
export type ScheduleResponse = z.infer<typeof ScheduleResponse>;
