import type { NotificationPage } from '@contract/notifications';
import { apiGet, apiPost } from '@/shared/api';

export function fetchNotifications(page = 1, pageSize = 30): Promise<NotificationPage> {
  return apiGet<NotificationPage>('/api/me/notifications', { auth: true, params: { page, pageSize } });
}

export function fetchUnreadCount(): Promise<number> {
  return apiGet<NotificationPage>('/api/me/notifications', { auth: true, params: { page: 1, pageSize: 1, unread: 'true' } }).then((p) => p.unread);
}

export function markRead(body: { ids: number[] } | { all: true }): Promise<{ unread: number }> {
  return apiPost<{ unread: number }>('/api/me/notifications/read', body);
}
