import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import type { DossierSummary } from '@contract/dossiers';
import { ApiError } from '@/shared/api';

const fetchMyDossiers = vi.fn();
vi.mock('../api', async (orig) => ({ ...(await orig<typeof import('../api')>()), fetchMyDossiers }));

const { default: MyDossiersPage } = await import('./MyDossiersPage');
const { MY_PAGE_SIZE } = await import('../state');

const dossier = (n: number): DossierSummary => ({
  code: `000.00.37.H38-261120-${String(n).padStart(4, '0')}`,
  status: 2,
  statusLabel: 'Đang giải quyết',
  final: false,
  procedureId: 'dang-ky-khai-sinh',
  procedureName: `Đăng ký khai sinh số ${n}`,
  agencyName: 'UBND phường Cam Đường',
  receivedAt: '2026-11-20T09:00:00+07:00',
  dueAt: '2026-12-02T17:00:00+07:00',
  finishedAt: null,
  overdue: false,
  dueSoon: false,
  workingDaysLeft: 3,
  updatedAt: '2026-11-21T09:00:00+07:00',
  lastAction: 'Chuyển xử lý',
});

describe('MyDossiersPage', () => {
  it('"Thử lại" on a later page that failed asks for that page again', async () => {
    const total = MY_PAGE_SIZE + 1;
    let failSecond = true;
    fetchMyDossiers.mockImplementation(async ({ page }: { page: number }) => {
      if (page === 2 && failSecond) throw new ApiError('Không kết nối được máy chủ.', 'network', null, 'NETWORK');
      const items = page === 1 ? Array.from({ length: MY_PAGE_SIZE }, (_, i) => dossier(i + 1)) : [dossier(total)];
      return { items, page, pageSize: MY_PAGE_SIZE, total, counts: { open: total, closed: 0, needsAction: 0 } };
    });
    render(
      <RecoilRoot>
        <MemoryRouter initialEntries={['/dossiers/mine']}>
          <MyDossiersPage />
        </MemoryRouter>
      </RecoilRoot>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Xem thêm hồ sơ' }));
    const retry = await screen.findByRole('button', { name: /Thử lại/ });
    failSecond = false;
    fireEvent.click(retry);
    expect(await screen.findByText(`Đăng ký khai sinh số ${total}`, {}, { timeout: 2000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Thử lại/ })).toBeNull();
  });
});
