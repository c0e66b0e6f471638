import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import { describe, expect, it, vi } from 'vitest';
import type { OutageParams } from '../api';

const fetchOutages = vi.fn();
vi.mock('../api', async (orig) => ({ ...(await orig<typeof import('../api')>()), fetchOutages }));
const { default: OutageHomeWidget } = await import('./OutageHomeWidget');

const out = {
  id: 'PCLC-SP-0004',
  company: 'Công ty Điện lực Lào Cai',
  branch: 'Điện lực Sa Pa',
  branchId: 'sa-pa',
  phone: '1900 6769',
  area: 'Khách hàng sau TBA Sa Pa 4.',
  communes: ['Phường Sa Pa'],
  communeIds: ['phuong-sa-pa'],
  start: '2026-11-27T08:20:00+07:00',
  end: '2026-11-27T10:25:00+07:00',
  durationMinutes: 125,
  reason: 'Sự cố.',
  type: 'emergency',
  status: 'ongoing',
  note: null,
  publishedAt: '2026-11-27T08:30:00+07:00',
  updatedAt: '2026-11-27T08:30:00+07:00',
};
const page = (items: unknown[]) => ({ items, page: 1, pageSize: 10, total: items.length });

const renderWidget = () =>
  render(
    <RecoilRoot>
      <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <Suspense fallback="…">
          <OutageHomeWidget />
        </Suspense>
      </MemoryRouter>
    </RecoilRoot>,
  );

describe('home outage widget', () => {
  it('shows the "Đang mất điện" banner for a followed ward with power off now', async () => {
    localStorage.setItem('lcs.outages-followed-communes', JSON.stringify(['phuong-sa-pa']));
    fetchOutages.mockImplementation(async (p: OutageParams) => (p.status?.[0] === 'ongoing' ? page([out]) : page([])));
    renderWidget();
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toMatch(/Đang mất điện/);
    expect(banner.textContent).toMatch(/Phường Sa Pa · dự kiến có điện lại lúc 10:25/);
    expect(screen.getByText('Chưa có lịch cắt điện nào ở khu vực bạn theo dõi.')).toBeTruthy();
    expect(fetchOutages).toHaveBeenCalledWith(expect.objectContaining({ commune: 'phuong-sa-pa', status: ['ongoing'] }));
  });

  it('invites to follow an area when none is followed', async () => {
    fetchOutages.mockResolvedValue(page([out, { ...out, id: 'x' }]));
    renderWidget();
    expect(await screen.findByText(/Hiện có 2 nơi đang mất điện trong tỉnh/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
