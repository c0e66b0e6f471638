import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { SearchResults } from '../api';

const searchEverything = vi.fn<(q: string, signal?: AbortSignal) => Promise<SearchResults>>();
vi.mock('../api', () => ({ searchEverything }));
const { default: SearchPage } = await import('./SearchPage');
const { ApiError } = await import('@/shared/api');

const down = new ApiError('Không kết nối được máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.', 'network', null, 'NETWORK');
const failed: PromiseRejectedResult = { status: 'rejected', reason: down };
const empty: PromiseFulfilledResult<{ items: never[]; page: number; pageSize: number; total: number }> = { status: 'fulfilled', value: { items: [], page: 1, pageSize: 5, total: 0 } };
const place = {
  status: 'fulfilled',
  value: { items: [{ id: 'fansipan', name: 'Đỉnh Fansipan', categoryLabel: 'Thắng cảnh', area: 'Sa Pa' }], page: 1, pageSize: 4, total: 1 },
} as unknown as SearchResults['places'];

function renderAt(q: string) {
  return render(
    <MemoryRouter initialEntries={[`/search?q=${encodeURIComponent(q)}`]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <SearchPage />
    </MemoryRouter>,
  );
}

describe('SearchPage', () => {
  it('says once that the search failed, and searches again on "Thử lại"', async () => {
    searchEverything.mockReset();
    searchEverything.mockResolvedValueOnce({ news: failed, places: failed, procedures: failed, feedback: failed });
    searchEverything.mockResolvedValueOnce({ news: empty, places: place, procedures: empty, feedback: empty });
    renderAt('sa pa');
    await screen.findByText('Mất kết nối');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /Thử lại/ }));
    await screen.findByText('Đỉnh Fansipan');
    expect(searchEverything).toHaveBeenCalledTimes(2);
    expect(searchEverything.mock.calls[1][0]).toBe('sa pa');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers "Thử lại" beside the one group that failed, under its name', async () => {
    searchEverything.mockReset();
    searchEverything.mockResolvedValueOnce({ news: failed, places: place, procedures: empty, feedback: empty });
    searchEverything.mockResolvedValueOnce({ news: empty, places: place, procedures: empty, feedback: empty });
    renderAt('fansipan');
    await screen.findByText('Đỉnh Fansipan');
    expect(screen.getByRole('heading', { name: 'Tin tức' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Thử lại/ }));
    await vi.waitFor(() => expect(searchEverything).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
