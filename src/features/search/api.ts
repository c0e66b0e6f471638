import type { NewsItem } from '@contract/news';
import type { PlaceSummary } from '@contract/tourism';
import type { ProcedureSummary } from '@contract/dossiers';
import type { FeedbackSummary } from '@contract/feedback';
import type { Page } from '@contract/common';
import { apiGet } from '@/shared/api';

export interface SearchResults {
  news: PromiseSettledResult<Page<NewsItem>>;
  places: PromiseSettledResult<Page<PlaceSummary>>;
  procedures: PromiseSettledResult<Page<ProcedureSummary>>;
  feedback: PromiseSettledResult<Page<FeedbackSummary>>;
}

/** One box for the whole province: news, places, procedures and public reports, side by side. */
export async function searchEverything(q: string, signal?: AbortSignal): Promise<SearchResults> {
  const [news, places, procedures, feedback] = await Promise.allSettled([
    apiGet<Page<NewsItem>>('/api/news', { params: { q, pageSize: 5 }, signal }),
    apiGet<Page<PlaceSummary>>('/api/tourism/places', { params: { q, pageSize: 4 }, signal }),
    apiGet<Page<ProcedureSummary>>('/api/procedures', { params: { q, pageSize: 4 }, signal }),
    apiGet<Page<FeedbackSummary>>('/api/feedback', { params: { q, pageSize: 3 }, signal }),
  ]);
  return { news, places, procedures, feedback };
}
