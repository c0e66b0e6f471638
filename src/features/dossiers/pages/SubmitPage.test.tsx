import { describe, expect, it, vi, beforeEach } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import type { ProcedureDetail } from '@contract/dossiers';
import { ApiError } from '@/shared/api';

const procedure: ProcedureDetail = {
  id: '1.000001.000.00.00.H38',
  nationalCode: '1.000001',
  name: 'Thủ tục thử nghiệm',
  field: 'tu-phap',
  fieldLabel: 'Tư pháp',
  authority: { id: 'so-tu-phap', name: 'Sở Tư pháp' },
  tier: 'province',
  serviceLevel: 'full',
  serviceLevelLabel: 'Toàn trình',
  processingDays: 3,
  feeVnd: 0,
  feeText: 'Miễn phí',
  description: 'Mô tả',
  applicants: 'Công dân',
  department: 'Phòng Hành chính tư pháp',
  receptionOffice: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai',
  papers: [
    { id: 'to-khai', name: 'Tờ khai đề nghị', copies: '01 bản', need: { kind: 'form' } },
    { id: 'xac-nhan', name: 'Giấy xác nhận của nhà trường', copies: '01 bản chính', example: 'Chụp cả tờ, rõ dấu đỏ.', need: { kind: 'always' } },
    { id: 'don-bao-mat', name: 'Đơn trình báo mất giấy tờ', copies: '01 bản', example: 'Có xác nhận của công an xã.', need: { kind: 'when', field: 'reason', in: ['mat'] } },
    { id: 'cccd', name: 'Căn cước của người nộp', copies: '01 bản chụp hai mặt', example: 'Hai mặt thẻ.', need: { kind: 'population-db' } },
  ],
  result: 'Văn bản trả lời',
  legalBasis: ['Luật'],
  fields: [
    { name: 'childName', label: 'Họ và tên của trẻ', type: 'text', required: true, maxLength: 100 },
    { name: 'copies', label: 'Số bản', type: 'number', required: true, integer: true, min: 1, max: 10 },
    {
      name: 'reason',
      label: 'Lý do đề nghị',
      type: 'select',
      required: true,
      options: [
        { value: 'moi', label: 'Cấp lần đầu' },
        { value: 'mat', label: 'Bị mất' },
      ],
    },
    { name: 'commitment', label: 'Tôi cam đoan khai đúng sự thật', type: 'checkbox', required: true },
  ],
};

const submitDossier = vi.fn();
vi.mock('../api', () => ({
  fetchProcedure: vi.fn(async () => procedure),
  submitDossier: (...args: unknown[]) => submitDossier(...args),
}));
let uploads = 0;
const uploadFile = vi.fn(async (_f: Blob, name: string) => ({ id: `up_${++uploads}`, name, size: 1000, contentType: 'image/png' }));
vi.mock('@/shared/api', async (orig) => ({ ...(await orig<typeof import('@/shared/api')>()), uploadFile: (...a: [Blob, string]) => uploadFile(...a) }));
vi.mock('@/shared/zalo', async (orig) => ({
  ...(await orig<typeof import('@/shared/zalo')>()),
  pickImages: vi.fn(async () => [new File(['png'], 'giay-to.png', { type: 'image/png' })]),
}));
vi.mock('@/shared/media/shrinkImage', () => ({ shrinkImage: async (f: File) => f }));
let signedInName: string | null = null;
vi.mock('@/shared/session', async (orig) => ({
  ...(await orig<typeof import('@/shared/session')>()),
  currentUser: () => (signedInName ? { id: 'zalo-1', name: signedInName, avatar: null } : null),
}));

const { default: SubmitPage } = await import('./SubmitPage');

function Dossier() {
  return <p>Trang hồ sơ {useParams().code}</p>;
}

function renderPage() {
  return render(
    <RecoilRoot>
      <MemoryRouter initialEntries={[`/dossiers/procedures/${procedure.id}/submit`]}>
        <Routes>
          <Route path="/dossiers/procedures/:id/submit" element={<SubmitPage />} />
          <Route path="/dossiers/track/:code" element={<Dossier />} />
        </Routes>
      </MemoryRouter>
    </RecoilRoot>,
  );
}

const type = (label: string | RegExp, value: string) => {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
};
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));

async function fillApplicant() {
  await screen.findByLabelText(/Họ và tên/);
  type(/^Họ và tên/, 'Lò Thị Hoa');
  type(/Số Căn cước/, '010195003344');
  type(/Số điện thoại/, '0912 345 678');
  type(/^Xã, phường/, 'Xã Y Tý');
  type(/Số nhà/, 'Thôn Lao Chải');
}

beforeEach(() => {
  submitDossier.mockReset();
  uploads = 0;
  signedInName = null;
});

describe('SubmitPage', () => {
  it('starts a first dossier with the name shared from Zalo, only after the resident agreed', async () => {
    signedInName = 'Giàng Thị Mỷ';
    localStorage.setItem('lcs.profile-consent', JSON.stringify('granted'));
    const { unmount } = renderPage();
    expect(((await screen.findByLabelText(/^Họ và tên/)) as HTMLInputElement).value).toBe('Giàng Thị Mỷ');
    unmount();
    localStorage.clear();
    localStorage.setItem('lcs.profile-consent', JSON.stringify('refused'));
    renderPage();
    expect(((await screen.findByLabelText(/^Họ và tên/)) as HTMLInputElement).value).toBe('');
  });

  it('checks each field as it is filled, and will not go on with mistakes', async () => {
    renderPage();
    await screen.findByLabelText(/^Họ và tên/);
    type(/^Họ và tên/, 'Hoa');
    expect(await screen.findByText(/ít nhất hai chữ/)).toBeTruthy();
    type(/Số Căn cước/, '999123456789');
    expect(screen.getByText(/mã tỉnh/)).toBeTruthy();
    type(/^Họ và tên/, 'Lò Thị Hoa');
    expect(screen.queryByText(/ít nhất hai chữ/)).toBeNull();
    // Fields not touched yet show nothing until "Tiếp tục".
    expect(screen.queryByText('Vui lòng nhập số điện thoại.')).toBeNull();
    next();
    expect(await screen.findByText(/Còn \d+ mục cần sửa/)).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập số điện thoại.')).toBeTruthy();
  });

  it('goes through the steps and sends once however often the button is pressed', async () => {
    submitDossier.mockImplementation(() => new Promise((r) => setTimeout(() => r({ code: '000.00.03.H38-261127-0001' }), 20)));
    renderPage();
    await fillApplicant();
    next();
    await screen.findByLabelText(/Họ và tên của trẻ/);
    next();
    expect(await screen.findByText('Vui lòng nhập họ và tên của trẻ.')).toBeTruthy();
    type(/Họ và tên của trẻ/, 'Lò Văn Minh');
    type(/Số bản/, '2');
    type(/Lý do đề nghị/, 'moi');
    fireEvent.click(screen.getByLabelText(/Tôi cam đoan/));
    next();
    // One slot per needed paper; the form itself and the ID card (in the population database) ask for nothing.
    await screen.findByRole('button', { name: 'Chụp hoặc chọn ảnh: Giấy xác nhận của nhà trường' });
    expect(screen.queryByRole('button', { name: /Chụp hoặc chọn ảnh: Tờ khai/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Chụp hoặc chọn ảnh: Căn cước/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Đơn trình báo mất giấy tờ' })).toBeNull();
    expect(screen.getByText(/Bạn khai trực tuyến ở bước “Thông tin”/)).toBeTruthy();
    expect(screen.getByText(/Không cần với thông tin bạn đã khai \(Lý do đề nghị: “Cấp lần đầu”\)/)).toBeTruthy();
    next();
    expect(await screen.findByText('Vui lòng đính kèm giấy xác nhận của nhà trường.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chụp hoặc chọn ảnh: Giấy xác nhận của nhà trường' }));
    await screen.findByText(/Đã tải lên/);
    next();
    const send = await screen.findByRole('button', { name: 'Gửi hồ sơ' });
    expect(screen.getByText('Lò Văn Minh')).toBeTruthy();
    await act(async () => {
      fireEvent.click(send);
      fireEvent.click(send);
      fireEvent.click(send);
    });
    expect(await screen.findByText('Trang hồ sơ 000.00.03.H38-261127-0001')).toBeTruthy();
    expect(submitDossier).toHaveBeenCalledTimes(1);
    const [body, key] = submitDossier.mock.calls[0];
    expect(key).toEqual(expect.any(String));
    expect(body).toEqual({
      procedureId: procedure.id,
      applicant: { fullName: 'Lò Thị Hoa', idNumber: '010195003344', phone: '0912345678', email: null, address: { province: 'Lào Cai', commune: 'Xã Y Tý', street: 'Thôn Lao Chải' } },
      fields: { childName: 'Lò Văn Minh', copies: 2, reason: 'moi', commitment: true },
      papers: { 'xac-nhan': ['up_1'] },
    });
  });

  it('retries with the same key after a lost answer, and shows the server’s field errors where they belong', async () => {
    submitDossier.mockRejectedValueOnce(new ApiError('Không kết nối được máy chủ.', 'network', null, 'NETWORK'));
    submitDossier.mockRejectedValueOnce(new ApiError('Hồ sơ chưa hợp lệ.', 'client', 400, 'VALIDATION_ERROR', [{ path: 'applicant.idNumber', message: 'Số CCCD này không khớp với Cơ sở dữ liệu quốc gia về dân cư.' }]));
    renderPage();
    await fillApplicant();
    next();
    await screen.findByLabelText(/Họ và tên của trẻ/);
    type(/Họ và tên của trẻ/, 'Lò Văn Minh');
    type(/Số bản/, '1');
    type(/Lý do đề nghị/, 'moi');
    fireEvent.click(screen.getByLabelText(/Tôi cam đoan/));
    next();
    fireEvent.click(await screen.findByRole('button', { name: /Chụp hoặc chọn ảnh: Giấy xác nhận/ }));
    await screen.findByText(/Đã tải lên/);
    next();
    fireEvent.click(await screen.findByRole('button', { name: 'Gửi hồ sơ' }));
    expect(await screen.findByText(/hồ sơ sẽ không bị gửi trùng/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi hồ sơ' }));
    await waitFor(() => expect(submitDossier).toHaveBeenCalledTimes(2));
    expect(submitDossier.mock.calls[1][1]).toBe(submitDossier.mock.calls[0][1]);
    expect(await screen.findByText(/không khớp với Cơ sở dữ liệu/)).toBeTruthy();
    expect(screen.getByLabelText(/Số Căn cước/)).toBeTruthy(); // back on the applicant step
  });

  it('asks for a paper only when the answers need it, and attaches the ID card only when the resident switches it on', async () => {
    submitDossier.mockResolvedValue({ code: '000.00.03.H38-261127-0002' });
    renderPage();
    await fillApplicant();
    next();
    await screen.findByLabelText(/Họ và tên của trẻ/);
    type(/Họ và tên của trẻ/, 'Lò Văn Minh');
    type(/Số bản/, '1');
    type(/Lý do đề nghị/, 'mat');
    fireEvent.click(screen.getByLabelText(/Tôi cam đoan/));
    next();
    // "Bị mất": the report of the loss gets its own slot, required.
    expect(await screen.findByRole('heading', { name: 'Đơn trình báo mất giấy tờ' })).toBeTruthy();
    expect(screen.getByText(/Cần vì lý do đề nghị là “Bị mất”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chụp hoặc chọn ảnh: Giấy xác nhận của nhà trường' }));
    await screen.findByText(/Đã tải lên/);
    next();
    expect(await screen.findByText('Vui lòng đính kèm đơn trình báo mất giấy tờ.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chụp hoặc chọn ảnh: Đơn trình báo mất giấy tờ' }));
    await waitFor(() => expect(screen.getAllByText(/Đã tải lên/)).toHaveLength(2));
    // The ID card: behind a switch.
    fireEvent.click(screen.getByRole('switch', { name: /Tôi vẫn muốn đính kèm bản chụp căn cước/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Chụp hoặc chọn ảnh: Căn cước của người nộp' }));
    await waitFor(() => expect(screen.getAllByText(/Đã tải lên/)).toHaveLength(3));
    next();
    fireEvent.click(await screen.findByRole('button', { name: 'Gửi hồ sơ' }));
    await waitFor(() => expect(submitDossier).toHaveBeenCalledTimes(1));
    expect(submitDossier.mock.calls[0][0].papers).toEqual({ 'xac-nhan': ['up_1'], 'don-bao-mat': ['up_2'], cccd: ['up_3'] });
  });
});
