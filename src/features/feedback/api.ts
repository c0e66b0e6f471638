import type {
  CreateFeedbackRequest,
  FeedbackCategory,
  FeedbackDetail,
  FeedbackPage,
  MyFeedbackPage,
  NearbyResponse,
} from '@contract/feedback';
import { apiGet, apiPost } from '@/shared/api';

export type FeedbackFilter = {
  category: string;
  /** A group of statuses (see STATUS_GROUPS) or '' for all. */
  group: string;
  area: string;
  q: string;
};

/** What the resident can pick in the list's status filter, each a set of server statuses. */
export const STATUS_GROUPS: { value: string; label: string; statuses: string }[] = [
  { value: '', label: 'Tất cả', statuses: '' },
  { value: 'open', label: 'Đang xử lý', statuses: 'received,assigned,processing' },
  { value: 'answered', label: 'Đã trả lời', statuses: 'answered,closed' },
  { value: 'other', label: 'Trùng, không xử lý', statuses: 'rejected,duplicate' },
];

export const PAGE_SIZE = 10;

export const fetchCategories = () => apiGet<{ items: FeedbackCategory[] }>('/api/feedback/categories').then((r) => r.items);

export function fetchFeedbackPage(filter: FeedbackFilter, page: number): Promise<FeedbackPage> {
  const statuses = STATUS_GROUPS.find((g) => g.value === filter.group)?.statuses;
  return apiGet<FeedbackPage>('/api/feedback', {
    params: { category: filter.category, status: statuses, area: filter.area, q: filter.q, page, pageSize: PAGE_SIZE },
  });
}

/** Signed in when a session exists, so the owner sees what they may do (rate, reopen). */
export const fetchFeedback = (code: string) => apiGet<FeedbackDetail>(`/api/feedback/${encodeURIComponent(code)}`, { auth: true });

export const fetchMyFeedback = (page: number) =>
  apiGet<MyFeedbackPage>('/api/me/feedback', { auth: true, params: { page, pageSize: 50 } });

export const fetchNearby = (lat: number, long: number, category: string) =>
  apiGet<NearbyResponse>('/api/feedback/nearby', { params: { lat, long, category } });

export const sendFeedback = (body: CreateFeedbackRequest, idempotencyKey: string) =>
  apiPost<FeedbackDetail>('/api/feedback', body, { idempotencyKey });

export const rateFeedback = (code: string, score: number, comment: string, idempotencyKey: string) =>
  apiPost<FeedbackDetail>(`/api/feedback/${encodeURIComponent(code)}/rating`, { score, comment: comment || undefined }, { idempotencyKey });

export const reopenFeedback = (code: string, reason: string, idempotencyKey: string) =>
  apiPost<FeedbackDetail>(`/api/feedback/${encodeURIComponent(code)}/reopen`, { reason }, { idempotencyKey });
