import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import type { PlaceSummary } from '@contract/tourism';
import { ApiError } from '@/shared/api';

const fetchPlaces = vi.fn();
const fetchToday = vi.fn();
vi.mock('../api', async (orig) => ({ ...(await orig<typeof import('../api')>()), fetchPlaces, fetchToday }));

const { default: PlacesPage } = await import('./PlacesPage');
const { placeFilterState } = await import('../state');

const place = (id: string, name: string, category: PlaceSummary['category'] = 'village'): PlaceSummary => ({
  id,
  name,
  category,
  categoryLabel: 'Bản làng',
  areaId: 'sa-pa',
  area: 'Sa Pa',
  commune: 'phường Sa Pa',
  latitude: 22.33,
  longitude: 103.83,
  elevation: 1300,
  summary: '',
  image: `/media/tourism/${id}.svg`,
  isFree: false,
  priceFrom: 150000,
  openState: { open: true, alwaysOpen: true, closesAt: null, nextOpenAt: null },
  marketDay: null,
  inSeason: false,
});

describe('PlacesPage', () => {
  it('searches as the visitor types and filters by category', async () => {
    fetchToday.mockRejectedValue(new ApiError('x', 'network', null, 'NETWORK'));
    fetchPlaces.mockImplementation(async (p: { q?: string; category?: string }) => {
      const items = p.q ? [place('ban-cat-cat', 'Bản Cát Cát')] : p.category === 'market' ? [place('cho-bac-ha', 'Chợ phiên Bắc Hà', 'market')] : [place('ban-cat-cat', 'Bản Cát Cát'), place('ban-ta-van', 'Bản Tả Van')];
      return { items, page: 1, pageSize: 20, total: items.length };
    });
    render(
      <RecoilRoot>
        <MemoryRouter initialEntries={['/tourism']}>
          <PlacesPage />
        </MemoryRouter>
      </RecoilRoot>,
    );
    expect(await screen.findByText('2 địa điểm')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm địa điểm du lịch' }), { target: { value: 'cat cat' } });
    expect(await screen.findByText('1 địa điểm', {}, { timeout: 2000 })).toBeTruthy();
    expect(fetchPlaces).toHaveBeenLastCalledWith({ page: 1, pageSize: 20, q: 'cat cat' });

    fireEvent.click(screen.getByRole('button', { name: 'Xóa từ khóa' }));
    fireEvent.click(screen.getByRole('button', { name: 'Chợ phiên' }));
    expect(await screen.findByRole('heading', { name: 'Chợ phiên Bắc Hà' }, { timeout: 2000 })).toBeTruthy();
    expect(fetchPlaces).toHaveBeenCalledWith(expect.objectContaining({ category: 'market' }));
    // Today's strip stepped aside quietly when its call failed.
    expect(screen.queryByTestId('tourism-today')).toBeNull();
  });

  it('says so when nothing matches and offers to clear the filters', async () => {
    fetchToday.mockRejectedValue(new ApiError('x', 'network', null, 'NETWORK'));
    fetchPlaces.mockResolvedValue({ items: [], page: 1, pageSize: 20, total: 0 });
    render(
      <RecoilRoot initializeState={({ set }) => set(placeFilterState, { category: 'all' as const, q: 'không có nơi này' })}>
        <MemoryRouter>
          <PlacesPage />
        </MemoryRouter>
      </RecoilRoot>,
    );
    expect(await screen.findByText('Không tìm thấy địa điểm nào')).toBeTruthy();
    expect(screen.getByText(/Chưa có địa điểm khớp với “không có nơi này”/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xem tất cả địa điểm' })).toBeTruthy();
  });
});
