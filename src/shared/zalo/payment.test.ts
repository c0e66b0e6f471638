import { afterEach, describe, expect, it, vi } from 'vitest';

const createOrder = vi.fn();
vi.mock('./zmp', () => ({ createOrder }));

const { createPaymentOrder, BrowserCheckoutNeeded, ZaloError } = await import('./index');

const order = {
  amount: 50_000,
  desc: 'Nộp phí, lệ phí hồ sơ 000.04.35.H38-270318-0001 (TT-270318-ABCDEFGH)',
  item: [{ id: 'phi-1', amount: 50_000 }],
  extradata: '{"orderId":"TT-270318-ABCDEFGH"}',
  method: '{"id":"ZALOPAY_SANDBOX","isCustom":false}',
  mac: 'a'.repeat(64),
};

describe('createPaymentOrder', () => {
  afterEach(() => {
    delete window.ZJSBridge;
    createOrder.mockReset();
  });

  it('outside Zalo, asks the caller for its own payment sheet and never loads zmp-sdk', async () => {
    await expect(createPaymentOrder(order)).rejects.toBeInstanceOf(BrowserCheckoutNeeded);
    expect(createOrder).not.toHaveBeenCalled();
  });

  it('inside Zalo, hands Checkout exactly the server’s parameters and mac', async () => {
    window.ZJSBridge = {};
    createOrder.mockResolvedValue({ orderId: '2270318000123' });
    await expect(createPaymentOrder(order)).resolves.toEqual({ checkoutOrderId: '2270318000123' });
    expect(createOrder).toHaveBeenCalledWith(order);
  });

  it('turns a refusal of Zalo into words', async () => {
    window.ZJSBridge = {};
    createOrder.mockRejectedValue({ code: -201, message: 'user cancel', api: 'createOrder' });
    const err = await createPaymentOrder(order).catch((e) => e);
    expect(err).toBeInstanceOf(ZaloError);
    expect(err.userMessage).toBe('Bạn đã từ chối việc thanh toán. Khi cần, hãy bấm thử lại.');
  });
});
