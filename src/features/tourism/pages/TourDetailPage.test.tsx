import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import type { TourDetail } from '@contract/tourism';
import { ApiError } from '@/shared/api';

const callPhone = vi.fn(async () => undefined);
vi.mock('@/shared/zalo', async (orig) => ({ ...(await orig<typeof import('@/shared/zalo')>()), callPhone }));
const fetchTour = vi.fn();
vi.mock('../api', async (orig) => ({ ...(await orig<typeof import('../api')>()), fetchTour }));

const { default: TourDetailPage } = await import('./TourDetailPage');

const TOUR: TourDetail = {
  id: 'cho-phien-bac-ha-chu-nhat',
  name: 'Chợ phiên Bắc Hà – Dinh Hoàng A Tưởng (Chủ nhật)',
  summary: 'Một ngày ở cao nguyên trắng.',
  image: '/media/tourism/cho-bac-ha.svg',
  price: 890000,
  childPrice: 650000,
  days: 1,
  nights: 0,
  departure: 'Sa Pa hoặc ga Lào Cai',
  schedule: 'Chủ nhật hằng tuần',
  provider: { name: 'Lữ hành Sông Hồng Lào Cai', phone: '0915326478', address: 'Đường Hoàng Liên, phường Lào Cai' },
  nextDeparture: '2025-11-30',
  areas: ['Bắc Hà'],
  itinerary: [{ day: 1, title: 'Chợ phiên Bắc Hà', activities: ['6:30 đón khách ở Sa Pa.', '9:00 tới Bắc Hà, dạo chợ phiên.'], meals: ['trưa'], overnight: null }],
  includes: ['Xe du lịch có điều hòa', 'Bữa trưa'],
  excludes: ['Chi tiêu cá nhân'],
  notes: ['Chỉ khởi hành sáng Chủ nhật.'],
  places: [{ id: 'cho-bac-ha', name: 'Chợ phiên Bắc Hà', area: 'Bắc Hà', image: '/media/tourism/cho-bac-ha.svg', category: 'market' }],
  departures: [
    { date: '2025-11-30', seatsLeft: 6 },
    { date: '2025-12-07', seatsLeft: 0 },
  ],
  priceUpdatedAt: '2025-11-20T09:00:00+07:00',
};

const renderTour = (id: string) =>
  render(
    <RecoilRoot>
      <MemoryRouter initialEntries={[`/tourism/tours/${id}`]}>
        <Routes>
          <Route path="/tourism/tours/:id" element={<TourDetailPage />} />
        </Routes>
      </MemoryRouter>
    </RecoilRoot>,
  );

describe('TourDetailPage', () => {
  it('shows the day-by-day itinerary and calls the provider through the Zalo adapter', async () => {
    fetchTour.mockResolvedValue(TOUR);
    renderTour('cho-phien-bac-ha-chu-nhat');
    expect(await screen.findByRole('heading', { name: TOUR.name })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ngày 1: Chợ phiên Bắc Hà' })).toBeTruthy();
    expect(screen.getByText('9:00 tới Bắc Hà, dạo chợ phiên.')).toBeTruthy();
    expect(screen.getByText(/Ăn: bữa trưa/)).toBeTruthy();
    expect(screen.getByText(/hết chỗ/)).toBeTruthy();
    const call = screen.getByRole('button', { name: 'Gọi 0915 326 478 (Lữ hành Sông Hồng Lào Cai)' });
    fireEvent.click(call);
    expect(callPhone).toHaveBeenCalledWith('0915326478');
  });

  it('says plainly when the tour does not exist', async () => {
    fetchTour.mockRejectedValue(new ApiError('Không tìm thấy tour du lịch này.', 'client', 404, 'NOT_FOUND'));
    const consoleError = vi.spyOn(console, 'error');
    renderTour('khong-co');
    expect(await screen.findByText('Không tìm thấy tour này')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem các tour khác' }).getAttribute('href')).toBe('/tourism/tours');
    // An answer, not an error: nothing is thrown or logged.
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('offers to try again when the network fails', async () => {
    fetchTour.mockRejectedValueOnce(new ApiError('Không kết nối được máy chủ.', 'network', null, 'NETWORK')).mockResolvedValue(TOUR);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Another id: recoil keeps answers per id for the whole session.
    renderTour('cho-can-cau-thu-bay');
    fireEvent.click(await screen.findByRole('button', { name: /Thử lại/ }));
    expect(await screen.findByRole('heading', { name: TOUR.name })).toBeTruthy();
  });
});
