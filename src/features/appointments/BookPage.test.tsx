import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, matchPath, useParams } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import type { AppointmentOffice, SlotDay } from '@contract/appointments';
import { ApiError } from '@/shared/api';
import { paths } from '@/shared/routes';

const office: AppointmentOffice = {
  id: 'xa-y-ty',
  kind: 'commune',
  name: 'Trung tâm Phục vụ hành chính công xã Y Tý',
  commune: 'Xã Y Tý',
  address: 'Trụ sở HĐND – UBND xã Y Tý, tỉnh Lào Cai',
  phone: '0214 3 846 201',
  hours: [
    ['07:30', '11:30'],
    ['13:30', '17:00'],
  ],
  hoursText: 'Thứ Hai – Thứ Sáu: 7:30 – 11:30, 13:30 – 17:00',
  capacity: 3,
  latitude: 22.638,
  longitude: 103.627,
};
const day = (date: string, open: boolean, remaining: number, reason: string | null = null) => ({ date, open, remaining, reason });
const slotsOf = (date: string, full: string[] = []): SlotDay => ({
  officeId: 'xa-y-ty',
  date,
  open: true,
  reason: null,
  slots: ['08:00', '08:30', '14:00'].map((time) => ({
    time,
    startsAt: `${date}T${time}:00+07:00`,
    endsAt: `${date}T${time}:30+07:00`,
    capacity: 3,
    remaining: full.includes(time) ? 0 : 2,
  })),
});

const batXat: AppointmentOffice = { ...office, id: 'xa-bat-xat', name: 'Trung tâm Phục vụ hành chính công xã Bát Xát', commune: 'Xã Bát Xát' };
// Places taken meanwhile by others, as the server will say next time it is asked.
let takenMeanwhile: string[] = [];
const api = {
  fetchOffices: vi.fn(async () => ({ items: [office, batXat] })),
  fetchDays: vi.fn(async () => ({
    officeId: 'xa-y-ty',
    days: [day('2027-03-18', false, 0, 'Đã hết giờ nhận lịch hẹn hôm nay.'), day('2027-03-19', true, 30), day('2027-03-20', false, 0, 'Thứ Bảy: bộ phận Một cửa không làm việc.')],
  })),
  fetchSlots: vi.fn(async (_o: string, date: string) => slotsOf(date, takenMeanwhile)),
  fetchProcedureName: vi.fn(async () => ({ id: '1.001193.000.00.00.H38', name: 'Đăng ký khai sinh' })),
  bookAppointment: vi.fn(),
};
vi.mock('./api', () => api);

const { appointmentRoutes } = await import('./index');
const { default: BookPage } = await import('./pages/BookPage');

function Ticket() {
  return <p>Vé {useParams().code}</p>;
}

function renderPage(url = paths.bookAppointment({ procedure: '1.001193.000.00.00.H38', office: 'xa-y-ty' })) {
  return render(
    <RecoilRoot>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/appointments/new" element={<BookPage />} />
          <Route path="/appointments/:code" element={<Ticket />} />
        </Routes>
      </MemoryRouter>
    </RecoilRoot>,
  );
}

beforeEach(() => {
  api.bookAppointment.mockReset();
  takenMeanwhile = [];
});

describe('appointment routes', () => {
  it('match the paths the app links to', () => {
    const match = (url: string) => appointmentRoutes.find((r) => matchPath(r.path, url.split('?')[0]));
    expect(match(paths.bookAppointment())?.path).toBe('/appointments/new');
    expect(match(paths.bookAppointment({ office: 'xa-y-ty' }))?.path).toBe('/appointments/new');
    expect(paths.bookAppointment({ procedure: 'a b', office: undefined })).toBe('/appointments/new?procedure=a+b');
    expect(match(paths.myAppointments)?.path).toBe('/appointments/mine');
    expect(match(paths.appointment('LH-270319-K7Q2MX'))?.path).toBe('/appointments/:code');
  });
});

describe('BookPage', () => {
  it('goes office → first open day → a half hour → one booking, however often the button is pressed', async () => {
    api.bookAppointment.mockImplementation(() => new Promise((r) => setTimeout(() => r({ code: 'LH-270319-K7Q2MX' }), 20)));
    renderPage();
    expect(await screen.findByText('Trung tâm Phục vụ hành chính công xã Y Tý')).toBeTruthy();
    expect(await screen.findByText('Đăng ký khai sinh')).toBeTruthy();
    // Closed days are shown, greyed, with why; the first open day is chosen.
    const saturday = await screen.findByRole('radio', { name: /Thứ Bảy 20\/3, Thứ Bảy: bộ phận Một cửa không làm việc/ });
    expect((saturday as HTMLButtonElement).disabled).toBe(true);
    const friday = screen.getByRole('radio', { name: 'Thứ Sáu 19/3, còn 30 chỗ' });
    await waitFor(() => expect(friday.getAttribute('aria-checked')).toBe('true'));
    fireEvent.click(await screen.findByRole('radio', { name: '08:30, còn 2 trên 3 chỗ' }));
    const book = await screen.findByRole('button', { name: /Đặt lịch 08:30, Thứ Sáu, 19\/03\/2027/ });
    fireEvent.change(screen.getByLabelText(/Ghi chú cho cán bộ/), { target: { value: 'Đi cùng con nhỏ' } });
    await act(async () => {
      fireEvent.click(book);
      fireEvent.click(book);
    });
    expect(await screen.findByText('Vé LH-270319-K7Q2MX')).toBeTruthy();
    expect(api.bookAppointment).toHaveBeenCalledTimes(1);
    expect(api.bookAppointment.mock.calls[0][0]).toEqual({
      officeId: 'xa-y-ty',
      date: '2027-03-19',
      time: '08:30',
      procedureId: '1.001193.000.00.00.H38',
      note: 'Đi cùng con nhỏ',
    });
  });

  it('says so when the slot fills up meanwhile, and shows the places again', async () => {
    api.bookAppointment.mockImplementationOnce(async () => {
      takenMeanwhile = ['08:30'];
      throw new ApiError('Khung giờ này đã hết chỗ.', 'client', 409, 'SLOT_FULL');
    });
    renderPage(paths.bookAppointment({ office: 'xa-bat-xat' }));
    fireEvent.click(await screen.findByRole('radio', { name: '08:30, còn 2 trên 3 chỗ' }));
    fireEvent.click(await screen.findByRole('button', { name: /Đặt lịch 08:30/ }));
    expect(await screen.findByText(/Giờ bạn chọn vừa hết chỗ/)).toBeTruthy();
    const full = await screen.findByRole('radio', { name: '08:30, hết chỗ' });
    expect((full as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: /Đặt lịch 08:30/ })).toBeNull();
  });

  it('lists the offices to choose from when none was given, found by typing without diacritics', async () => {
    renderPage(paths.bookAppointment());
    fireEvent.change(await screen.findByLabelText('Tìm nơi hẹn'), { target: { value: 'y ty' } });
    fireEvent.click(await screen.findByRole('button', { name: /Trung tâm Phục vụ hành chính công xã Y Tý/ }));
    expect(await screen.findByRole('button', { name: 'Chọn nơi khác' })).toBeTruthy();
    expect(await screen.findByRole('radio', { name: 'Thứ Sáu 19/3, còn 30 chỗ' })).toBeTruthy();
  });
});
