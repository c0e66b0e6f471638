import type { NotificationConsent } from '@contract/notifications';
import { apiPost } from '@/shared/api';

/** Tells the server the resident's answer about Zalo messages (refused: notices stay in the app). */
export function saveZaloConsent(zalo: boolean): Promise<NotificationConsent> {
  return apiPost<NotificationConsent>('/api/me/notification-consent', { zalo });
}
