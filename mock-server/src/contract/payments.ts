import { z } from 'zod';

/**
 * Paying a dossier's fee through Zalo's Checkout SDK: our server makes the order and its mac,
 * the app hands them to `Payment.createOrder`, and the Checkout server calls us back.
 */

/** What `Payment.createOrder` takes (with `mac` made on the server), and our own order id. */
export const PaymentOrder = z.object({
  orderId: z.string(),
  amount: z.number().int(),
  desc: z.string(),
  item: z.array(z.record(z.string(), z.unknown())),
  /** JSON strings, as Checkout wants them. */
  extradata: z.string(),
  method: z.string(),
  /** HMAC-SHA256 (hex) over the parameters above, with the Checkout private key. */
  mac: z.string(),
  /** `mock`: no real Checkout behind this server: the app shows its own payment sheet. */
  checkout: z.enum(['mock', 'zalo']),
  dossierCode: z.string(),
});
export type PaymentOrder = z.infer<typeof PaymentOrder>;

export const OrderIdParam = z.object({ orderId: z.string().max(40).regex(/^TT-\d{6}-[A-Z2-9]{8}$/, 'Mã đơn thanh toán không hợp lệ.') });

/** The Checkout server's callback: `data` (the fields `mac` covers and more), `mac`, and `overallMac` over all of `data`. */
export const CheckoutCallback = z.object({
  data: z
    .object({
      appId: z.union([z.string(), z.number()]).transform(String),
      orderId: z.union([z.string(), z.number()]).transform(String),
      transId: z.union([z.string(), z.number()]).transform(String),
      amount: z.union([z.number(), z.string()]),
      description: z.string(),
      resultCode: z.union([z.number(), z.string()]),
      message: z.string(),
    })
    .catchall(z.unknown()),
  mac: z.string().max(200),
  overallMac: z.string().max(200).optional(),
});
export type CheckoutCallback = z.infer<typeof CheckoutCallback>;

/** Our answer to the Checkout server: 1 done, 2 already done before (nothing changed). */
export const CallbackAnswer = z.object({ returnCode: z.number().int(), returnMessage: z.string() });
export type CallbackAnswer = z.infer<typeof CallbackAnswer>;

export const MockPayAnswer = CallbackAnswer.extend({ orderId: z.string(), status: z.enum(['pending', 'paid', 'failed']) });
export type MockPayAnswer = z.infer<typeof MockPayAnswer>;
