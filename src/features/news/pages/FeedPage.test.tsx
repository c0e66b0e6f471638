import { describe, expect, it, vi, beforeEach } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import type { NewsItem, NewsPage, NewsSourcesResponse } from '@contract/news';

const fetchNewsPage = vi.fn();
const fetchSources = vi.fn();
vi.mock('../api', async (orig) => ({ ...(await orig<typeof import('../api')>()), fetchNewsPage, fetchSources }));
const { default: FeedPage } = await import('./FeedPage');
const { ApiError } = await import('@/shared/api');
const { feedVersionState } = await import('../state');

// Recoil keeps selector results across roots: each test starts its feed under a version of its own.
let run = 100;

const sources: NewsSourcesResponse = {
  items: [
    { id: 'bao-lao-cai', name: 'Báo Lào Cai', shortName: 'Báo Lào Cai', description: '', kind: 'newspaper', color: '#c62828', rssUrl: '/rss/bao-lao-cai.xml', articleCount: 30, categories: ['thoi-su', 'giao-duc'] },
    { id: 'du-lich', name: 'Du lịch Lào Cai', shortName: 'Du lịch Lào Cai', description: '', kind: 'tourism', color: '#2e7d32', rssUrl: '/rss/du-lich.xml', articleCount: 30, categories: ['du-lich'] },
  ],
  categories: [
    { id: 'thoi-su', label: 'Thời sự' },
    { id: 'du-lich', label: 'Du lịch' },
  ],
};
const item = (n: number, sourceId: 'bao-lao-cai' | 'du-lich' = 'bao-lao-cai'): NewsItem => ({
  id: `bai-${sourceId}-${n}`,
  sourceId,
  sourceName: sourceId === 'du-lich' ? 'Du lịch Lào Cai' : 'Báo Lào Cai',
  title: `Tin số ${n} của ${sourceId}`,
  summary: 'Tóm tắt.',
  category: 'thoi-su',
  categoryLabel: 'Thời sự',
  imageUrl: null,
  publishedAt: '2026-11-27T08:00:00+07:00',
  readingMinutes: 1,
});
const pageOf = (items: NewsItem[], page: number, total: number): NewsPage => ({ items, page, pageSize: 12, total });

function Where() {
  const loc = useLocation();
  return <output data-testid="where">{loc.search}</output>;
}
const renderFeed = (url = '/news') =>
  render(
    <RecoilRoot initializeState={({ set }) => set(feedVersionState, run++)}>
      <MemoryRouter initialEntries={[url]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <Suspense fallback="…">
          <Routes>
            <Route
              path="/news"
              element={
                <>
                  <FeedPage />
                  <Where />
                </>
              }
            />
          </Routes>
        </Suspense>
      </MemoryRouter>
    </RecoilRoot>,
  );

beforeEach(() => {
  fetchNewsPage.mockReset();
  fetchSources.mockReset();
  fetchSources.mockResolvedValue(sources);
});

describe('FeedPage', () => {
  it('lists the feed, then filters by source through the chips', async () => {
    fetchNewsPage.mockImplementation(async (f: { source: string }, page: number) =>
      f.source === 'du-lich' ? pageOf([item(1, 'du-lich')], page, 1) : pageOf(Array.from({ length: 12 }, (_, i) => item(i + 1)), page, 30),
    );
    renderFeed();
    expect(await screen.findByText('Tin số 1 của bao-lao-cai')).toBeTruthy();
    expect(fetchNewsPage).toHaveBeenCalledWith({ source: '', category: '', q: '' }, 1);
    fireEvent.click(await screen.findByRole('button', { name: 'Du lịch Lào Cai' }));
    expect(await screen.findByText('Tin số 1 của du-lich')).toBeTruthy();
    expect(fetchNewsPage).toHaveBeenLastCalledWith({ source: 'du-lich', category: '', q: '' }, 1);
    expect(screen.getByTestId('where').textContent).toBe('?source=du-lich');
    expect(screen.getByText('Bạn đã xem hết 1 tin.')).toBeTruthy();
  });

  it('loads the next page on demand', async () => {
    fetchNewsPage.mockImplementation(async (_f: unknown, page: number) =>
      pageOf(Array.from({ length: page === 1 ? 12 : 3 }, (_, i) => item((page - 1) * 12 + i + 1)), page, 15),
    );
    renderFeed();
    await screen.findByText('Tin số 12 của bao-lao-cai');
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm tin' }));
    expect(await screen.findByText('Tin số 15 của bao-lao-cai')).toBeTruthy();
    expect(fetchNewsPage).toHaveBeenCalledWith(expect.anything(), 2);
    expect(screen.getByText('Bạn đã xem hết 15 tin.')).toBeTruthy();
  });

  it('filters by category tab and says when nothing matches', async () => {
    fetchNewsPage.mockImplementation(async (f: { category: string }, page: number) =>
      f.category === 'du-lich' ? pageOf([], page, 0) : pageOf([item(1)], page, 1),
    );
    renderFeed();
    await screen.findByText('Tin số 1 của bao-lao-cai');
    fireEvent.click(await screen.findByRole('tab', { name: 'Du lịch' }));
    expect(await screen.findByText('Không có tin phù hợp')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem tất cả tin' }));
    expect(await screen.findByText('Tin số 1 của bao-lao-cai')).toBeTruthy();
  });

  it('shows a Vietnamese error with a retry that asks again', async () => {
    fetchNewsPage.mockRejectedValueOnce(new ApiError('Không kết nối được máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.', 'network', null, 'NETWORK'));
    fetchNewsPage.mockResolvedValue(pageOf([item(7)], 1, 1));
    renderFeed();
    expect(await screen.findByText('Mất kết nối')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Thử lại/ }));
    expect(await screen.findByText('Tin số 7 của bao-lao-cai')).toBeTruthy();
  });

  it('searches from the box after a pause', async () => {
    fetchNewsPage.mockImplementation(async (f: { q: string }, page: number) => pageOf(f.q ? [item(3)] : [item(1)], page, 1));
    renderFeed();
    await screen.findByText('Tin số 1 của bao-lao-cai');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm tin tức' }), { target: { value: 'lao cai' } });
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('?q=lao+cai'), { timeout: 2000 });
    expect(await screen.findByText('Tin số 3 của bao-lao-cai')).toBeTruthy();
    expect(fetchNewsPage).toHaveBeenLastCalledWith({ source: '', category: '', q: 'lao cai' }, 1);
  });
});
