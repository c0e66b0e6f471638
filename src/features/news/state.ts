import { atom, selector, selectorFamily } from 'recoil';
import { persisted } from '@/shared/state/persisted';
import { ApiError } from '@/shared/api';
import { fetchArticle, fetchChannels, fetchNewsPage, fetchSchedule, fetchSources, type FeedFilter } from './api';

export const newsSourcesQuery = selector({
  key: 'news/sources',
  get: () => fetchSources(),
});

/**
 * Bumped by pull to refresh and "Thử lại": it is part of every feed page's key, so the whole feed
 * is asked again while pages already shown stay cached under the old key until replaced.
 */
export const feedVersionState = atom({ key: 'news/feedVersion', default: 0 });

/** A type alias (not an interface) so recoil accepts it as a serialisable parameter. */
export type FeedPageKey = FeedFilter & {
  page: number;
  version: number;
};

export const newsPageQuery = selectorFamily({
  key: 'news/page',
  get: (k: FeedPageKey) => () => fetchNewsPage({ source: k.source, category: k.category, q: k.q }, k.page),
});

/** The newest few articles, for the home page. */
export const latestNewsQuery = selectorFamily({
  key: 'news/latest',
  get: (version: number) => () => {
    void version;
    return fetchNewsPage({ source: '', category: '', q: '' }, 1, 4);
  },
});

/** One article, or null when the server has no such article (404): the page says so kindly. */
export const articleQuery = selectorFamily({
  key: 'news/article',
  get: (id: string) => async () => {
    try {
      return await fetchArticle(id);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 400)) return null;
      throw e;
    }
  },
});

/** The reader's text size, a factor on top of the app's own text size; kept on the phone. */
export const READER_TEXT_SIZES = [0.9, 1, 1.15, 1.3, 1.5] as const;
export const readerTextSizeState = atom<number>({
  key: 'news/readerTextSize',
  default: 1,
  effects: [persisted('reader-text-size')],
});

export const tvChannelsQuery = selector({
  key: 'tv/channels',
  get: () => fetchChannels(),
});

export const tvScheduleQuery = selectorFamily({
  key: 'tv/schedule',
  get:
    ({ channel, date }: { channel: string; date: string | null }) =>
    () =>
      fetchSchedule(channel, date ?? undefined),
});
