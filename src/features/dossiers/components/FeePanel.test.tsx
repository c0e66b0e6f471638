import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RecoilRoot } from 'recoil';
import type { DossierView } from '@contract/dossiers';
import type { PaymentOrder } from '@contract/payments';

const createFeeOrder = vi.fn();
const payMockOrder = vi.fn();
vi.mock('../api', () => ({ createFeeOrder: (...a: unknown[]) => createFeeOrder(...a), payMockOrder: (...a: unknown[]) => payMockOrder(...a) }));
const createPaymentOrder = vi.fn();
vi.mock('@/shared/zalo', async (orig) => ({
  ...(await orig<typeof import('@/shared/zalo')>()),
  createPaymentOrder: (...a: unknown[]) => createPaymentOrder(...a),
  showToast: vi.fn(),
}));

const { BrowserCheckoutNeeded } = await import('@/shared/zalo');
const { FeePanel } = await import('./FeePanel');

const dossier = {
  code: '000.04.32.H38-270318-0001',
  status: 6,
  agency: { code: '000.04.32.H38', name: 'UBND xã Y Tý' },
  canPay: true,
  fees: [{ id: 7, amount: 50_000, reason: 'Lệ phí đăng ký khai sinh quá hạn.', requestedAt: '2027-03-18T09:30:00+07:00', status: 'due', receipt: null }],
} as unknown as DossierView;

const order = (checkout: 'mock' | 'zalo'): PaymentOrder => ({
  orderId: 'TT-270318-ABCDEFGH',
  amount: 50_000,
  desc: 'Nộp phí, lệ phí hồ sơ 000.04.32.H38-270318-0001 (TT-270318-ABCDEFGH)',
  item: [{ id: 'phi-7', amount: 50_000 }],
  extradata: '{"orderId":"TT-270318-ABCDEFGH"}',
  method: '{"id":"ZALOPAY_SANDBOX","isCustom":false}',
  mac: 'a'.repeat(64),
  checkout,
  dossierCode: dossier.code,
});

const renderPanel = () =>
  render(
    <RecoilRoot>
      <FeePanel d={dossier} note={null} />
    </RecoilRoot>,
  );

beforeEach(() => {
  createFeeOrder.mockReset();
  payMockOrder.mockReset();
  createPaymentOrder.mockReset();
});

describe('FeePanel', () => {
  it('shows what to pay and why, and pays on the mock checkout sheet once confirmed', async () => {
    createFeeOrder.mockResolvedValue(order('mock'));
    payMockOrder.mockResolvedValue({ returnCode: 1, returnMessage: 'Thành công', orderId: 'TT-270318-ABCDEFGH', status: 'paid' });
    renderPanel();
    expect(screen.getByText('Lệ phí đăng ký khai sinh quá hạn.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Thanh toán 50\.000/ }));
    const sheet = await screen.findByRole('dialog', { name: 'Xác nhận thanh toán' });
    expect(sheet.textContent).toContain('UBND xã Y Tý');
    expect(sheet.textContent).toContain('không có tiền thật được chuyển');
    expect(createPaymentOrder).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận thanh toán' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(payMockOrder).toHaveBeenCalledWith('TT-270318-ABCDEFGH', expect.any(String));
    // The same order is asked for with one key: a second press after a lost answer gets it back.
    fireEvent.click(screen.getByRole('button', { name: /Thanh toán 50\.000/ }));
    await screen.findByRole('dialog', { name: 'Xác nhận thanh toán' });
    expect(createFeeOrder.mock.calls[1][1]).toBe(createFeeOrder.mock.calls[0][1]);
  });

  it('hands Zalo Checkout the server’s order, then waits for the confirmation', async () => {
    createFeeOrder.mockResolvedValue(order('zalo'));
    createPaymentOrder.mockResolvedValue({ checkoutOrderId: '2270318000123' });
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: /Thanh toán 50\.000/ }));
    expect(await screen.findByText('Đang chờ Zalo Checkout xác nhận thanh toán…')).toBeTruthy();
    const { checkout: _c, orderId: _o, dossierCode: _d, ...args } = order('zalo');
    expect(createPaymentOrder).toHaveBeenCalledWith(expect.objectContaining(args));
  });

  it('says where to pay when the app runs outside Zalo and the server uses Zalo Checkout', async () => {
    createFeeOrder.mockResolvedValue(order('zalo'));
    createPaymentOrder.mockRejectedValue(new BrowserCheckoutNeeded());
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: /Thanh toán 50\.000/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Hãy mở Lào Cai số trong ứng dụng Zalo để thanh toán qua Zalo Checkout.');
  });
});
