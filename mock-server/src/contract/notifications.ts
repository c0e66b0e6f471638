import { z } from 'zod';
import { VnDateTime, pageOf } from './common.js';

export const Notification = z.object({
  id: z.number().int(),
  kind: z.string(),
  refId: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: VnDateTime,
  read: z.boolean(),
});
export type Notification = z.infer<typeof Notification>;
export const NotificationPage = pageOf(Notification).extend({ unread: z.number().int() });
export type NotificationPage = z.infer<typeof NotificationPage>;

export const MarkReadRequest = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(500) }),
  z.object({ all: z.literal(true) }),
]);
export type MarkReadRequest = z.infer<typeof MarkReadRequest>;

/** Whether the resident lets the app message them through Zalo: `unasked` until they answer. */
export const ZaloNotifications = z.enum(['granted', 'refused', 'unasked']);
export type ZaloNotifications = z.infer<typeof ZaloNotifications>;

export const NotificationConsentRequest = z.object({ zalo: z.boolean({ error: 'zalo phải là true hoặc false.' }) });
export type NotificationConsentRequest = z.infer<typeof NotificationConsentRequest>;
export const NotificationConsent = z.object({ zaloNotifications: ZaloNotifications, updatedAt: VnDateTime });
export type NotificationConsent = z.infer<typeof NotificationConsent>;
