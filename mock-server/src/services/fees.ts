import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.js';
import type { DossierFee } from '../contract/dossiers.js';
import { toVnIso, vnDateKey } from '../contract/vn-time.js';
import { createOrderMac, type CreateOrderParams } from './checkout-mac.js';

/**
 * Fees (phí, lệ phí, nghĩa vụ tài chính) an office asks for with status 6 and an amount, and the
 * Zalo Checkout orders that pay them. One fee is due at a time per dossier; it is `paid` by a
 * verified Checkout callback, `settled` when an officer confirms a payment made at the desk, and
 * `void` when the dossier ends before it is paid.
 */

export interface FeeRow {
  id: number;
  code: string;
  amount: number;
  reason: string;
  requested_at: number;
  status: 'due' | 'paid' | 'settled' | 'void';
  closed_at: number | null;
}

export interface OrderRow {
  id: string;
  fee_id: number;
  code: string;
  owner_id: string;
  amount: number;
  description: string;
  item: string;
  extradata: string;
  method: string;
  status: 'pending' | 'paid' | 'failed';
  created_at: number;
  checkout_order_id: string | null;
  trans_id: string | null;
  result_code: number | null;
  result_message: string | null;
  pay_method: string | null;
  paid_at: number | null;
  receipt_series: string | null;
  receipt_number: string | null;
}

export const formatDong = (amount: number) => `${amount.toLocaleString('vi-VN')} đồng`;

export const dueFeeOf = (db: Db, code: string) =>
  db.prepare("SELECT * FROM dossier_fees WHERE code = ? AND status = 'due'").get(code) as FeeRow | undefined;

export const findOrder = (db: Db, id: string) => db.prepare('SELECT * FROM payment_orders WHERE id = ?').get(id) as OrderRow | undefined;

/** A new fee to pay (the dossier has just reached status 6 with an amount). Inside the write's transaction. */
export function openFee(db: Db, code: string, amount: number, reason: string, at: number): void {
  // A fee still due from an earlier request gives way to the new one.
  db.prepare("UPDATE dossier_fees SET status = 'void', closed_at = ? WHERE code = ? AND status = 'due'").run(at, code);
  db.prepare("INSERT INTO dossier_fees (code, amount, reason, requested_at, status) VALUES (?, ?, ?, ?, 'due')").run(code, amount, reason, at);
}

/** The dossier left status 6 without an online payment: confirmed at the desk (`settled`) or ended (`void`). */
export function closeDueFee(db: Db, code: string, status: 'settled' | 'void', at: number): void {
  db.prepare("UPDATE dossier_fees SET status = ?, closed_at = ? WHERE code = ? AND status = 'due'").run(status, at, code);
}

// Order ids: ours, unguessable, with the day for the people who reconcile payments.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function randomCode(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}
export const ORDER_ID = /^TT-\d{6}-[A-Z2-9]{8}$/;
export const newOrderId = (now: number) => `TT-${vnDateKey(now).slice(2).replace(/-/g, '')}-${randomCode(8)}`;

/** The parameters of zmp-sdk's `Payment.createOrder` for this order, with the mac made here. */
export function createOrderArgs(order: Pick<OrderRow, 'amount' | 'description' | 'item' | 'extradata' | 'method'>, privateKey: string) {
  const params: CreateOrderParams = {
    amount: order.amount,
    desc: order.description,
    item: JSON.parse(order.item) as Record<string, unknown>[],
    extradata: order.extradata,
    method: order.method,
  };
  return { ...params, mac: createOrderMac(params, privateKey) };
}

/**
 * The order paying this fee: the one still open, or a new one. Reusing the open order means a
 * resident who closed the payment sheet and tries again pays the same order, never two.
 */
export function orderForFee(
  db: Db,
  fee: FeeRow,
  who: { ownerId: string; procedureName: string },
  method: string,
  now: number,
): OrderRow {
  const open = db
    .prepare("SELECT * FROM payment_orders WHERE fee_id = ? AND status = 'pending' AND amount = ? ORDER BY created_at DESC LIMIT 1")
    .get(fee.id, fee.amount) as OrderRow | undefined;
  if (open) return open;
  const id = newOrderId(now);
  // Checkout shows `desc` to the payer; our order id in it ties the signed callback to this order.
  const description = `Nộp phí, lệ phí hồ sơ ${fee.code} (${id})`;
  const item = JSON.stringify([{ id: `phi-${fee.id}`, name: who.procedureName.slice(0, 120), amount: fee.amount }]);
  const extradata = JSON.stringify({ orderId: id, dossier: fee.code });
  const methodJson = JSON.stringify({ id: method, isCustom: false });
  db.prepare(
    `INSERT INTO payment_orders (id, fee_id, code, owner_id, amount, description, item, extradata, method, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)`,
  ).run(id, fee.id, fee.code, who.ownerId, fee.amount, description, item, extradata, methodJson, now);
  return findOrder(db, id)!;
}

/** Our order id from a callback's `extradata` (a JSON string we wrote), or null. */
export function orderIdIn(extradata: unknown): string | null {
  let value: unknown = extradata;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const id = (value as { orderId?: unknown } | null)?.orderId;
  return typeof id === 'string' && ORDER_ID.test(id) ? id : null;
}

/** `LC-27E`: the province's series of electronic receipts for the year, and the next number in it. */
export function nextReceipt(db: Db, at: number): { series: string; number: string } {
  const series = `LC-${vnDateKey(at).slice(2, 4)}E`;
  const used = db.prepare('SELECT COUNT(*) FROM payment_orders WHERE receipt_series = ?').pluck().get(series) as number;
  return { series, number: String(used + 1).padStart(7, '0') };
}

const METHOD_NAMES: Record<string, string> = {
  ZALOPAY: 'Ví ZaloPay',
  ZALOPAY_SANDBOX: 'Ví ZaloPay (thử nghiệm)',
  MOMO: 'Ví MoMo',
  MOMO_SANDBOX: 'Ví MoMo (thử nghiệm)',
  VNPAY: 'VNPay',
  VNPAY_SANDBOX: 'VNPay (thử nghiệm)',
  BANK: 'Chuyển khoản ngân hàng',
  MOCK: 'Thanh toán thử nghiệm (không thu tiền thật)',
};
export const payMethodName = (method: string | null) => (method ? (METHOD_NAMES[method] ?? method) : 'Zalo Checkout');

/** The fees of a dossier for its owner and officers, with the receipt of each one paid online. */
export function feesOf(db: Db, code: string, payer: string, collector: string): DossierFee[] {
  const fees = db.prepare('SELECT * FROM dossier_fees WHERE code = ? ORDER BY id').all(code) as FeeRow[];
  const paid = db.prepare("SELECT * FROM payment_orders WHERE fee_id = ? AND status = 'paid'");
  return fees.map((f) => {
    const order = paid.get(f.id) as OrderRow | undefined;
    return {
      id: f.id,
      amount: f.amount,
      reason: f.reason,
      requestedAt: toVnIso(f.requested_at),
      status: f.status,
      receipt:
        order && order.paid_at !== null
          ? {
              series: order.receipt_series ?? '',
              number: order.receipt_number ?? '',
              orderId: order.id,
              transId: order.trans_id ?? '',
              amount: order.amount,
              paidAt: toVnIso(order.paid_at),
              payer,
              collector,
              content: order.description,
              method: payMethodName(order.pay_method),
            }
          : null,
    };
  });
}
