import { isZaloHost } from './host';
import { loadSdk } from './sdk';
import { ZaloError, toZaloError } from './errors';

/** What zmp-sdk's `Payment.createOrder` takes, as our server made it (the `mac` is signed there, never here). */
export interface CheckoutOrderArgs {
  amount: number;
  desc: string;
  item: Record<string, unknown>[];
  /** JSON strings, as Checkout wants them. */
  extradata: string;
  method: string;
  mac: string;
}

/** Thrown outside Zalo: Checkout exists only inside the Zalo app; the caller shows its own sheet there. */
export class BrowserCheckoutNeeded extends ZaloError {
  constructor() {
    super('BROWSER_CHECKOUT', 'Thanh toán qua Zalo Checkout chỉ dùng được khi mở ứng dụng trong Zalo.');
  }
}

/**
 * Opens Zalo's payment sheet for an order our server created. Resolves with Checkout's own order id
 * once the resident has gone through it; whether money moved is known only from the server (the
 * Checkout server calls it back), so the caller reloads the dossier afterwards.
 */
export async function createPaymentOrder(order: CheckoutOrderArgs): Promise<{ checkoutOrderId: string }> {
  if (!isZaloHost()) throw new BrowserCheckoutNeeded();
  try {
    const { createOrder } = await loadSdk();
    const { orderId } = await createOrder({
      amount: order.amount,
      desc: order.desc,
      item: order.item,
      extradata: order.extradata,
      method: order.method,
      mac: order.mac,
    });
    return { checkoutOrderId: orderId };
  } catch (e) {
    throw toZaloError(e, 'createOrder');
  }
}
