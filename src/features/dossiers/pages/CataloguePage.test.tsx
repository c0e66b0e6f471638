import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import { ApiError } from '@/shared/api';

const fetchFacets = vi.fn();
const fetchProcedures = vi.fn();
vi.mock('../api', async (orig) => ({ ...(await orig<typeof import('../api')>()), fetchFacets, fetchProcedures }));

const { default: CataloguePage } = await import('./CataloguePage');

describe('CataloguePage', () => {
  it('puts a "Thử lại" where the agency filter failed to load, and brings the filter back', async () => {
    fetchProcedures.mockResolvedValue({ items: [], page: 1, pageSize: 20, total: 0 });
    fetchFacets.mockRejectedValueOnce(new ApiError('Không kết nối được máy chủ.', 'network', null, 'NETWORK'));
    fetchFacets.mockResolvedValue({
      fields: [],
      levels: [],
      total: 12,
      authorities: [{ id: 'ubnd-xa', name: 'UBND cấp xã', count: 12 }],
    });
    render(
      <RecoilRoot>
        <MemoryRouter initialEntries={['/dossiers']}>
          <CataloguePage />
        </MemoryRouter>
      </RecoilRoot>,
    );
    fireEvent.click(await screen.findByRole('button', { name: /Thử lại/ }));
    const select = await screen.findByRole('combobox', { name: 'Cơ quan giải quyết' });
    expect(select.textContent).toContain('UBND cấp xã (12)');
    expect(fetchFacets).toHaveBeenCalledTimes(2);
  });
});
