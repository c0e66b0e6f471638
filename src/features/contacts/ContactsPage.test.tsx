import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import type { ContactDirectory } from '@contract/contacts';
import { ApiError } from '@/shared/api';

const entry = (id: string, name: string, phone: string, more: Partial<ContactDirectory['groups'][number]['items'][number]> = {}) => ({
  id,
  name,
  phone,
  detail: null,
  free: false,
  address: null,
  hours: null,
  commune: null,
  ...more,
});

const directory: ContactDirectory = {
  groups: [
    {
      id: 'emergency',
      title: 'Khẩn cấp',
      items: [
        entry('113', 'Công an', '113', { free: true }),
        entry('114', 'Cứu hỏa, cứu nạn, cứu hộ', '114', { free: true, detail: 'Cháy, nổ, sạt lở vùi lấp' }),
        entry('115', 'Cấp cứu y tế', '115', { free: true }),
      ],
    },
    { id: 'power', title: 'Điện lực', items: [entry('tong-dai-dien-luc', 'Tổng đài chăm sóc khách hàng điện lực', '1900 6769')] },
    {
      id: 'communes',
      title: 'Trung tâm phục vụ hành chính công xã, phường',
      items: [
        entry('trung-tam-xa-bat-xat', 'Trung tâm Phục vụ hành chính công xã Bát Xát', '0214 3 883 412', {
          commune: 'Xã Bát Xát',
          address: 'Trụ sở HĐND – UBND xã Bát Xát, tỉnh Lào Cai',
          hours: 'Thứ Hai – Thứ Sáu: 7:30 – 11:30, 13:30 – 17:00',
        }),
        entry('trung-tam-xa-y-ty', 'Trung tâm Phục vụ hành chính công xã Y Tý', '0214 3 846 201', { commune: 'Xã Y Tý' }),
      ],
    },
  ],
};

const fetchContacts = vi.fn(async (): Promise<ContactDirectory> => directory);
vi.mock('./api', () => ({ fetchContacts: () => fetchContacts() }));
const callPhone = vi.fn(async (_phone: string) => {});
const showToast = vi.fn(async (_message: string) => {});
vi.mock('@/shared/zalo', () => ({ callPhone: (p: string) => callPhone(p), showToast: (m: string) => showToast(m) }));

const { searchDirectory } = await import('./search');
const { default: ContactsPage } = await import('./pages/ContactsPage');
const { contactsVersionState } = await import('./state');

// Recoil keeps a selector's answers across roots: each render starts at its own version, so asks anew.
let version = 0;
const renderPage = () =>
  render(
    <RecoilRoot initializeState={({ set }) => set(contactsVersionState, (version += 100))}>
      <MemoryRouter>
        <ContactsPage />
      </MemoryRouter>
    </RecoilRoot>,
  );

beforeEach(() => {
  fetchContacts.mockReset();
  fetchContacts.mockImplementation(async () => directory);
  callPhone.mockReset();
  showToast.mockReset();
});

describe('searchDirectory', () => {
  const names = (q: string) => searchDirectory(directory, q).flatMap((g) => g.items.map((c) => c.name));

  it('finds with or without accents, every word somewhere in the entry', () => {
    expect(names('bat xat')).toEqual(['Trung tâm Phục vụ hành chính công xã Bát Xát']);
    expect(names('Bát Xát')).toEqual(['Trung tâm Phục vụ hành chính công xã Bát Xát']);
    expect(names('cuu hoa')).toEqual(['Cứu hỏa, cứu nạn, cứu hộ']);
    expect(names('sat lo')).toEqual(['Cứu hỏa, cứu nạn, cứu hộ']);
    expect(names('y ty trung tam')).toEqual(['Trung tâm Phục vụ hành chính công xã Y Tý']);
  });

  it('finds a number by its digits, and drops groups left empty', () => {
    expect(searchDirectory(directory, '6769').map((g) => g.id)).toEqual(['power']);
    expect(names('115')).toEqual(['Cấp cứu y tế']);
    expect(searchDirectory(directory, 'không có ở đâu')).toEqual([]);
    expect(searchDirectory(directory, '  ')).toBe(directory.groups);
  });
});

describe('ContactsPage', () => {
  it('calls with one tap, searches as the resident types, and offers the whole list back', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Gọi 113 Công an' }));
    expect(callPhone).toHaveBeenCalledWith('113');

    fireEvent.change(screen.getByLabelText('Tìm trong danh bạ'), { target: { value: 'bat xat' } });
    await waitFor(() => expect(screen.queryByText('Trung tâm Phục vụ hành chính công xã Y Tý')).toBeNull());
    const row = screen.getByText('Trung tâm Phục vụ hành chính công xã Bát Xát').closest('li')!;
    expect(within(row).getByText(/Thứ Hai – Thứ Sáu: 7:30 – 11:30/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: /^Gọi Trung tâm Phục vụ hành chính công xã Bát Xát: 0214 3 883 412$/ }));
    expect(callPhone).toHaveBeenLastCalledWith('0214 3 883 412');

    fireEvent.change(screen.getByLabelText('Tìm trong danh bạ'), { target: { value: 'sân bay' } });
    expect(await screen.findByText('Không có số nào khớp “sân bay”')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem cả danh bạ' }));
    expect(await screen.findByText('Trung tâm Phục vụ hành chính công xã Y Tý')).toBeTruthy();
  });

  it('when the dialer cannot open, says which number to dial', async () => {
    callPhone.mockRejectedValueOnce(new Error('no dialer'));
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Gọi 115 Cấp cứu y tế' }));
    await waitFor(() => expect(showToast).toHaveBeenCalledWith('Không mở được trình gọi điện. Hãy bấm số 115 trên bàn phím.'));
  });

  it('without the directory, still offers 113, 114 and 115, and tries again', async () => {
    fetchContacts.mockRejectedValueOnce(new ApiError('Không có kết nối mạng.', 'network', null, 'NETWORK'));
    renderPage();
    expect(await screen.findByText('Chưa tải được danh bạ')).toBeTruthy();
    expect(screen.getByText('Không có kết nối mạng. Các số khẩn cấp vẫn gọi được ngay:')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gọi 114 Cứu hỏa, cứu nạn' }));
    expect(callPhone).toHaveBeenCalledWith('114');
    fireEvent.click(screen.getByRole('button', { name: /Thử lại/ }));
    expect(await screen.findByText('Trung tâm Phục vụ hành chính công xã Y Tý')).toBeTruthy();
    expect(fetchContacts).toHaveBeenCalledTimes(2);
  });
});
