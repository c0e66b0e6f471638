import { atom, selector, selectorFamily } from 'recoil';
import type { FeedbackCategory, FeedbackDetail, FeedbackPage, MyFeedbackPage } from '@contract/feedback';
import type { MapFeatureCollection } from '@contract/map';
import { fetchMapFeatures } from '@/shared/map';
import { fetchCategories, fetchFeedback, fetchFeedbackPage, fetchMyFeedback, type FeedbackFilter } from './api';

export const feedbackCategoriesQuery = selector<FeedbackCategory[]>({
  key: 'feedback/categories',
  get: () => fetchCategories(),
});

/** Every report with a position in the province, for the map (grouped and filtered there). */
export const feedbackMapQuery = selector<MapFeatureCollection>({
  key: 'feedback/map',
  get: () => fetchMapFeatures('feedback'),
});

/** The public list's filters survive going into a report and back. */
export const feedbackFilterState = atom<FeedbackFilter>({
  key: 'feedback/filter',
  default: { category: '', group: '', area: '', q: '' },
});

/** How many pages of the list are shown ("Xem thêm" adds one). */
export const feedbackPagesState = atom<number>({ key: 'feedback/pages', default: 1 });

export const feedbackPageQuery = selectorFamily<FeedbackPage, { filter: FeedbackFilter; page: number }>({
  key: 'feedback/page',
  get:
    ({ filter, page }) =>
    () =>
      fetchFeedbackPage(filter, page),
});

export const feedbackDetailQuery = selectorFamily<FeedbackDetail, string>({
  key: 'feedback/detail',
  get: (code) => () => fetchFeedback(code),
});

export const myFeedbackQuery = selector<MyFeedbackPage>({
  key: 'feedback/mine',
  get: () => fetchMyFeedback(1),
});
