import { describe, expect, it, vi, afterEach } from 'vitest';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import { transitionBody } from './DossierDetail';
import { actionBody } from './FeedbackDesk';
import { deadlineText, formatDateTime, formatDayKey, formatRate, formatHours, parseAmount } from './format';
import { ColumnChart, niceMax } from './charts';
import { deliveryText } from './Preview';
import { App } from './App';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  location.hash = '';
});

describe('what the console sends', () => {
  const asks = { to: 5, statusLabel: 'Yêu cầu bổ sung giấy tờ', action: 'Yêu cầu bổ sung giấy tờ', noteRequired: true, needsMissingDocuments: true };
  const fee = { to: 6, statusLabel: 'Yêu cầu thực hiện nghĩa vụ tài chính', action: 'Yêu cầu thực hiện nghĩa vụ tài chính', noteRequired: true, needsMissingDocuments: false };

  it('a request for papers names the procedure’s papers by id and others in words; a fee goes with its amount', () => {
    expect(transitionBody(asks, { note: ' Ảnh mờ. ', paperIds: ['giay-chung-sinh'], described: [], amount: '' })).toEqual({ to: 5, note: 'Ảnh mờ.', missingPapers: ['giay-chung-sinh'] });
    expect(transitionBody(asks, { note: 'Thiếu.', paperIds: [], described: ['Bản vẽ mặt bằng'], amount: '' })).toEqual({ to: 5, note: 'Thiếu.', missingDocuments: ['Bản vẽ mặt bằng'] });
    expect(transitionBody(fee, { note: 'Lệ phí cấp giấy phép.', paperIds: [], described: [], amount: '1.250.000' })).toEqual({
      to: 6,
      note: 'Lệ phí cấp giấy phép.',
      amount: 1250000,
    });
    expect(transitionBody({ ...fee, to: 4, noteRequired: false }, { note: '', paperIds: ['x'], described: ['y'], amount: '5' })).toEqual({ to: 4 });
  });

  it('each report action sends the fields its route takes', () => {
    const f = { agency: 'UBND phường Lào Cai', note: '', text: 'Đã xử lý.', reason: 'Không thuộc thẩm quyền.', originalCode: ' PA-270315-0001 ' };
    expect(actionBody('assign', f)).toEqual({ agency: 'UBND phường Lào Cai' });
    expect(actionBody('answer', f)).toEqual({ text: 'Đã xử lý.', agency: 'UBND phường Lào Cai' });
    expect(actionBody('reject', f)).toEqual({ reason: 'Không thuộc thẩm quyền.' });
    expect(actionBody('duplicate', f)).toEqual({ originalCode: 'PA-270315-0001' });
    expect(actionBody('close', { ...f, note: 'Xong.' })).toEqual({ note: 'Xong.' });
  });

  it('reads amounts as people type them', () => {
    expect(parseAmount('1.250.000')).toBe(1250000);
    expect(parseAmount('1 250 000 đ')).toBe(1250000);
    expect(parseAmount('một triệu')).toBeNull();
    expect(parseAmount('0')).toBeNull();
  });
});

describe('what the console shows', () => {
  it('deadlines in working days, overdue first in red', () => {
    expect(deadlineText({ overdue: true, workingDaysLeft: -3, final: false, status: 4 })).toEqual({ text: 'Quá hạn 3 ngày làm việc', tone: 'danger' });
    expect(deadlineText({ overdue: true, workingDaysLeft: 0, final: false, status: 2 }).text).toBe('Quá hạn hôm nay');
    expect(deadlineText({ overdue: false, workingDaysLeft: 0, final: false, status: 4 })).toEqual({ text: 'Hạn hôm nay', tone: 'warn' });
    expect(deadlineText({ overdue: false, workingDaysLeft: 4, final: false, status: 1 }).text).toBe('Còn 4 ngày làm việc');
    expect(deadlineText({ overdue: false, workingDaysLeft: null, final: false, status: 5 }).text).toBe('Chờ công dân');
  });

  it('times in Vietnam whatever the computer’s zone, rates and durations in Vietnamese', () => {
    // The unit project runs in Europe/Berlin.
    expect(formatDateTime('2027-03-18T09:30:00+07:00')).toBe('18/03/2027 09:30');
    expect(formatDayKey('2027-03-15')).toBe('15/03');
    expect(formatRate(0.875)).toBe('87,5%');
    expect(formatRate(null)).toBe('—');
    expect(formatHours(5)).toBe('5 giờ');
    expect(formatHours(60)).toBe('2,5 ngày');
  });

  it('says how the resident will be told', () => {
    expect(deliveryText({ zaloConsent: 'granted', zalo: { channel: 'zns', template: 'dossier-papers' } })).toMatch(/qua Zalo \(tin ZNS/);
    expect(deliveryText({ zaloConsent: 'refused', zalo: null })).toBe('Chỉ trong ứng dụng: người dân đã từ chối nhận tin qua Zalo.');
  });

  it('charts carry their numbers in a table for screen readers, on a round scale', () => {
    expect(niceMax(7)).toBe(8);
    expect(niceMax(23)).toBe(40);
    expect(niceMax(180)).toBe(200);
    render(
      <ColumnChart
        title="Hồ sơ theo tuần"
        labels={['08/03', '15/03']}
        series={[{ name: 'Tiếp nhận', color: 'blue' }]}
        values={[[3, 5]]}
        rate={{ name: 'Tỷ lệ đúng hạn', color: 'orange', values: [null, 0.5] }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Hồ sơ theo tuần' });
    expect(table.textContent).toContain('15/035');
    expect(table.textContent).toContain('50%');
    expect(document.querySelectorAll('svg rect')).toHaveLength(2);
  });
});

describe('signing in', () => {
  it('shows the server’s refusal, then the desk once the password is right', async () => {
    const answers = [
      { status: 401, body: { error: { code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng. Còn 4 lần thử trước khi tạm khóa.' } } },
      {
        status: 200,
        body: {
          token: 't',
          expiresAt: '2027-03-18T17:30:00+07:00',
          officer: { id: 'a', username: '000.01.31.H38', fullName: 'Lò Văn Thành', title: 'Công chức', displayName: 'Công chức Lò Văn Thành', role: 'officer', agency: { code: '000.01.31.H38', name: 'UBND phường Lào Cai', kind: 'commune', parentCode: null }, figureAgencies: [] },
        },
      },
    ];
    const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => {
      if (url === '/api/officer/session') {
        const a = answers.shift()!;
        return new Response(JSON.stringify(a.body), { status: a.status, headers: { 'content-type': 'application/json' } });
      }
      return new Response(JSON.stringify({ items: [], page: 1, pageSize: 20, total: 0, counts: { open: 0, closed: 0, needsAction: 0 }, queues: { open: 0, received: 0, processing: 0, waiting: 0, overdue: 0 } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    render(<App />);
    fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: '000.01.31.H38' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'sai' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Còn 4 lần thử/);
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('UBND phường Lào Cai')).toBeTruthy();
    expect(sessionStorage.getItem('lcs.officer.token')).toBe('t');
    await waitFor(() => expect(screen.getByText('Không có hồ sơ nào trong hàng chờ này')).toBeTruthy());
    const listCall = fetchMock.mock.calls.find(([u]) => String(u).startsWith('/api/officer/dossiers'))!;
    expect(listCall[1]?.headers).toMatchObject({ Authorization: 'Bearer t' });
  });
});
