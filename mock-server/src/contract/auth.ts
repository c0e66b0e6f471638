import { z } from 'zod';
import { LineText, visibleAtLeast } from './common.js';
import { ZaloNotifications } from './notifications.js';

export const User = z.object({
  id: z.string(),
  name: z.string().nullable(),
  avatar: z.string().nullable(),
});
export type User = z.infer<typeof User>;

export const SessionRequest = z.object({
  zaloAccessToken: z.string().min(1, 'Thiếu mã truy cập Zalo.').max(4096, 'Mã truy cập Zalo quá dài.'),
  /** Name and avatar the user agreed to share. Trusted in mock mode only; Zalo's API is asked otherwise. */
  profile: z
    .object({
      name: LineText().refine(visibleAtLeast(1), 'Tên đang trống.').max(100),
      avatar: z.url({ protocol: /^https?$/ }).max(1000).nullable().optional(),
    })
    .optional(),
});
export type SessionRequest = z.infer<typeof SessionRequest>;

export const SessionResponse = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: User,
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const MeResponse = z.object({
  user: User,
  unreadNotifications: z.number().int(),
  /** Whether the app may message them through Zalo as well as in the app. */
  zaloNotifications: ZaloNotifications,
});
export type MeResponse = z.infer<typeof MeResponse>;
