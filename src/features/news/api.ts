import { apiGet } from '@/shared/api';
import type { Article, NewsPage, NewsSourcesResponse } from '@contract/news';
import type { ScheduleResponse, TvChannelsResponse } from '@contract/tv';

export type FeedFilter = {
  source: string;
  category: string;
  q: string;
};

export const FEED_PAGE_SIZE = 12;

export const fetchSources = () => apiGet<NewsSourcesResponse>('/api/news/sources');

export const fetchNewsPage = (filter: FeedFilter, page: number, pageSize = FEED_PAGE_SIZE) =>
  apiGet<NewsPage>('/api/news', {
    params: { source: filter.source || undefined, category: filter.category || undefined, q: filter.q || undefined, page, pageSize },
  });

export const fetchArticle = (id: string) => apiGet<Article>(`/api/news/${encodeURIComponent(id)}`);

export const fetchChannels = () => apiGet<TvChannelsResponse>('/api/tv/channels');

export const fetchSchedule = (channel: string, date?: string) =>
  apiGet<ScheduleResponse>('/api/tv/schedule', { params: { channel, date } });
