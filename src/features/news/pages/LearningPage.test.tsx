import { describe, expect, it, vi, beforeEach } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import type { NewsItem, NewsPage, NewsSourcesResponse } from '@contract/news';

const fetchNewsPage = vi.fn();
const fetchSources = vi.fn();
vi.mock('../api', async (orig) => ({ ...(await orig<typeof import('../api')>()), fetchNewsPage, fetchSources }));
const { default: LearningPage } = await import('./LearningPage');
const { feedVersionState } = await import('../state');

let run = 500;

const source = (id: 'bao-lao-cai' | 'one-touch' | 'du-lich', shortName: string, categories: NewsSourcesResponse['items'][number]['categories']) => ({
  id,
  name: shortName,
  shortName,
  description: id === 'one-touch' ? 'Tin tức từ nền tảng học trực tuyến One Touch: khóa học, lịch học, kỹ năng số.' : 'Báo của tỉnh.',
  kind: id === 'one-touch' ? ('learning' as const) : ('newspaper' as const),
  color: '#ef6c00',
  rssUrl: `/rss/${id}.xml`,
  articleCount: 20,
  categories,
});
const sources: NewsSourcesResponse = {
  items: [
    source('bao-lao-cai', 'Báo Lào Cai', ['thoi-su', 'kinh-te', 'giao-duc']),
    source('du-lich', 'Du lịch Lào Cai', ['du-lich']),
    source('one-touch', 'One Touch', ['giao-duc', 'chuyen-doi-so', 'xa-hoi']),
  ],
  categories: [],
};
const item = (n: number, sourceId: NewsItem['sourceId']): NewsItem => ({
  id: `bai-${sourceId}-${n}`,
  sourceId,
  sourceName: sourceId,
  title: `Bài ${n} của ${sourceId}`,
  summary: 'Tóm tắt.',
  category: 'giao-duc',
  categoryLabel: 'Giáo dục',
  imageUrl: null,
  publishedAt: '2026-11-27T08:00:00+07:00',
  readingMinutes: 1,
});
const pageOf = (items: NewsItem[]): NewsPage => ({ items, page: 1, pageSize: 12, total: items.length });

const renderLearning = (url = '/learning') =>
  render(
    <RecoilRoot initializeState={({ set }) => set(feedVersionState, run++)}>
      <MemoryRouter initialEntries={[url]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <Suspense fallback="…">
          <Routes>
            <Route path="/learning" element={<LearningPage />} />
          </Routes>
        </Suspense>
      </MemoryRouter>
    </RecoilRoot>,
  );

beforeEach(() => {
  fetchNewsPage.mockReset();
  fetchSources.mockReset();
  fetchSources.mockResolvedValue(sources);
  fetchNewsPage.mockImplementation(async (f: { source: NewsItem['sourceId'] }) => pageOf([item(1, f.source), item(2, f.source)]));
});

describe('LearningPage', () => {
  it('is its own page: One Touch first, what it is, and its topics', async () => {
    renderLearning();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Học trực tuyến');
    expect(await screen.findByText('Bài 1 của one-touch')).toBeTruthy();
    expect(fetchNewsPage).toHaveBeenCalledWith({ source: 'one-touch', category: '', q: '' }, 1);
    expect(screen.getByText(/nền tảng học trực tuyến One Touch/)).toBeTruthy();
    const tabs = within(screen.getByRole('tablist', { name: 'Chủ đề' })).getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual(['Tất cả', 'Giáo dục', 'Chuyển đổi số', 'Xã hội']);
    // Sources that write about learning only: not the tourism site.
    const chips = within(screen.getByRole('group', { name: 'Nguồn' })).getAllByRole('button').map((c) => c.textContent);
    expect(chips).toEqual(['One Touch', 'Báo Lào Cai']);
  });

  it('shows another source’s learning topics only, never its politics or business', async () => {
    renderLearning('/learning?source=bao-lao-cai');
    expect(await screen.findByText('Bài 1 của bao-lao-cai')).toBeTruthy();
    expect(fetchNewsPage).toHaveBeenCalledWith({ source: 'bao-lao-cai', category: 'giao-duc', q: '' }, 1);
    const tabs = within(screen.getByRole('tablist', { name: 'Chủ đề' })).getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual(['Giáo dục']);
    fireEvent.click(screen.getByRole('button', { name: 'One Touch' }));
    expect(await screen.findByText('Bài 1 của one-touch')).toBeTruthy();
  });
});
