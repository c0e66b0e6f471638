import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The authentication codes of Zalo's Checkout SDK (mini app payments), HMAC-SHA256 with the
 * Checkout private key, hex:
 * - `Payment.createOrder`'s `mac`: over its parameters `amount`, `desc`, `extradata`, `item`,
 *   `method`, written `key=value` in ascending order of the keys and joined by `&`, an object or
 *   array as its JSON (extradata and method are JSON strings already);
 * - the Checkout server's callback: `mac` over `appId, amount, description, orderId, message,
 *   resultCode, transId` in that order, and `overallMac` over every field of `data` sorted as above.
 * Made on the server only: the private key never reaches the app.
 */

const hmacHex = (key: string, text: string) => createHmac('sha256', key).update(text, 'utf8').digest('hex');

const written = (value: unknown) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/** `a=1&b=[...]&c=x`: every key in ascending order, absent values left out. */
export function sortedPairs(params: Record<string, unknown>): string {
  return Object.keys(params)
    .filter((k) => params[k] !== undefined)
    .sort()
    .map((k) => `${k}=${written(params[k])}`)
    .join('&');
}

export interface CreateOrderParams {
  amount: number;
  desc: string;
  item: Record<string, unknown>[];
  extradata: string;
  method: string;
}

export function createOrderMac(params: CreateOrderParams, key: string): string {
  const { amount, desc, item, extradata, method } = params;
  return hmacHex(key, sortedPairs({ amount, desc, item, extradata, method }));
}

/** What the Checkout server posts back once a payment has gone through (fields the mac covers and more). */
export interface CallbackData {
  appId: string;
  orderId: string;
  transId: string;
  amount: number | string;
  description: string;
  resultCode: number | string;
  message: string;
  [more: string]: unknown;
}

export function callbackMac(data: CallbackData, key: string): string {
  const { appId, amount, description, orderId, message, resultCode, transId } = data;
  return hmacHex(
    key,
    `appId=${appId}&amount=${amount}&description=${description}&orderId=${orderId}&message=${message}&resultCode=${resultCode}&transId=${transId}`,
  );
}

export function callbackOverallMac(data: Record<string, unknown>, key: string): string {
  return hmacHex(key, sortedPairs(data));
}

/** Two hex codes compared in constant time; anything that is not 64 hex digits never matches. */
export function sameMac(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || !/^[0-9a-f]{64}$/i.test(given)) return false;
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(given.toLowerCase(), 'hex'));
}
