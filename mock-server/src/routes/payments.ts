import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { DossierCodeParam } from '../contract/dossiers.js';
import { CallbackAnswer, CheckoutCallback, MockPayAnswer, OrderIdParam, PaymentOrder } from '../contract/payments.js';
import { requireUser } from '../plugins/auth.js';
import { AppError, conflict, forbidden, notFound } from '../plugins/errors.js';
import { idempotencyKeyOf, runIdempotent } from '../plugins/idempotency.js';
import { callbackMac, callbackOverallMac, sameMac } from '../services/checkout-mac.js';
import {
  createOrderArgs,
  dueFeeOf,
  findOrder,
  formatDong,
  nextReceipt,
  orderForFee,
  orderIdIn,
  payMethodName,
  randomCode,
  type FeeRow,
} from '../services/fees.js';
import { CITIZEN_OFFICE, findAgency, findDossier, findProcedure, recordStep, type DossierRow } from '../services/dossiers.js';
import { checkTransition } from '../services/dossier-state-machine.js';
import { notify } from '../services/notifications.js';
import { dueDateAfterPause } from '../services/working-days.js';
import { vnDateKey } from '../contract/vn-time.js';

const dateVn = (ms: number) => vnDateKey(ms).split('-').reverse().join('/');

/** Checkout's method id, from a callback's `method` (a plain id or the JSON string we sent). */
function methodIdOf(method: unknown): string | null {
  if (typeof method !== 'string' || method === '') return null;
  if (!method.startsWith('{')) return method.slice(0, 60);
  try {
    const id = (JSON.parse(method) as { id?: unknown }).id;
    return typeof id === 'string' ? id.slice(0, 60) : null;
  } catch {
    return null;
  }
}

/**
 * Fees paid in the app through Zalo's Checkout SDK:
 * - `POST /api/dossiers/:code/payment-order` (the owner): our order and the signed parameters of
 *   `Payment.createOrder`;
 * - `POST /api/payments/zalo/callback` (the Checkout server): verified with the private key; a paid
 *   order moves the dossier 6 → 4 once, with a history step, a receipt and a notice;
 * - `POST /api/payments/mock/:orderId/pay` (the owner, `CHECKOUT_MODE=mock` only): the server
 *   sends itself the callback a real payment would bring.
 */
export default async function paymentRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = ctx;
  const key = config.checkoutPrivateKey;
  const appId = config.zaloAppId || 'lao-cai-so-mock';

  r.post(
    '/api/dossiers/:code/payment-order',
    {
      onRequest: async (request: FastifyRequest) => {
        await requireUser(request);
        idempotencyKeyOf(request, true);
      },
      schema: { params: DossierCodeParam, response: { 201: PaymentOrder } },
    },
    async (request, reply) => {
      const userId = await requireUser(request);
      const idempotencyKey = idempotencyKeyOf(request, true);
      const { code } = request.params;
      const row = findDossier(db, code);
      if (!row) throw notFound('Không tìm thấy hồ sơ có mã này.');
      if (row.owner_id !== userId) throw forbidden('Chỉ người nộp hồ sơ mới thanh toán được phí của hồ sơ.');
      const result = runIdempotent(db, { scope: userId, key: idempotencyKey, now: ctx.now(), request: { payFor: code } }, () => {
        const dossier = findDossier(db, code)!;
        const fee = dueFeeOf(db, code);
        if (dossier.status !== 6 || !fee) throw conflict('Hồ sơ này không có khoản phí nào đang chờ nộp.', 'NO_FEE_DUE');
        const procedure = findProcedure(db, dossier.procedure_id)!;
        const order = orderForFee(db, fee, { ownerId: userId, procedureName: procedure.name }, config.checkoutMethod, ctx.now());
        return {
          status: 201,
          body: { orderId: order.id, ...createOrderArgs(order, key), checkout: config.checkoutMode, dossierCode: code },
        };
      });
      return reply.header('Cache-Control', 'private, no-store').code(201).send(result.body);
    },
  );

  /** Moves the dossier on once its fee is paid: history, due date, receipt, notice. Inside the callback's transaction. */
  function settle(dossier: DossierRow, fee: FeeRow, orderId: string, paid: { checkoutOrderId: string; transId: string; method: string | null; resultMessage: string }) {
    const now = ctx.now();
    const receipt = nextReceipt(db, now);
    db.prepare(
      `UPDATE payment_orders SET status = 'paid', checkout_order_id = ?, trans_id = ?, result_code = 1, result_message = ?, pay_method = ?,
         paid_at = ?, receipt_series = ?, receipt_number = ? WHERE id = ?`,
    ).run(paid.checkoutOrderId, paid.transId, paid.resultMessage, paid.method, now, receipt.series, receipt.number, orderId);
    db.prepare("UPDATE dossier_fees SET status = 'paid', closed_at = ? WHERE id = ?").run(now, fee.id);
    const check = checkTransition(6, 4, 'citizen');
    if (!check.ok) throw new Error(check.message);
    // The days the dossier waited for the payment are given back to the office, as when an officer confirms it.
    const pausedAt = db.prepare('SELECT MAX(at) FROM dossier_history WHERE code = ? AND status = 6').pluck().get(dossier.code) as number | null;
    const dueAt = pausedAt === null ? dossier.due_at : dueDateAfterPause(dossier.due_at, pausedAt, now);
    db.prepare('UPDATE dossiers SET status = 4, due_at = ?, updated_at = ? WHERE code = ?').run(dueAt, now, dossier.code);
    recordStep(db, dossier.code, {
      status: 4,
      action: check.transition.action,
      office: CITIZEN_OFFICE,
      officer: null,
      actor: 'citizen',
      note: `Đã nộp ${formatDong(fee.amount)} qua Zalo Checkout (${payMethodName(paid.method)}), mã giao dịch ${paid.transId}. Biên lai điện tử ký hiệu ${receipt.series}, số ${receipt.number}.`,
      at: now,
    });
    const procedure = findProcedure(db, dossier.procedure_id)!;
    const agency = findAgency(db, dossier.agency_code)!;
    notify(db, {
      userId: dossier.owner_id,
      kind: 'dossier',
      refId: dossier.code,
      title: `Đã nộp phí, lệ phí – ${dossier.code}`,
      body: `${agency.name} đã nhận ${formatDong(fee.amount)} cho hồ sơ “${procedure.name}”. Hồ sơ tiếp tục được xử lý, hạn trả kết quả: ${dateVn(dueAt)}. Biên lai điện tử có trong hồ sơ.`,
      at: now,
    });
  }

  const already = (message: string) => ({ returnCode: 2, returnMessage: message });

  r.post('/api/payments/zalo/callback', { schema: { body: CheckoutCallback, response: { 200: CallbackAnswer } } }, async (request, reply) => {
    const { data, mac, overallMac } = request.body;
    // Nothing is looked at before the data proves it came from Checkout with our key.
    if (!sameMac(callbackMac(data, key), mac) || (overallMac !== undefined && !sameMac(callbackOverallMac(data, key), overallMac))) {
      throw new AppError(403, 'INVALID_MAC', 'Chữ ký (mac) của dữ liệu thanh toán không đúng.');
    }
    if (config.zaloAppId && data.appId !== config.zaloAppId) throw new AppError(403, 'WRONG_APP', 'Giao dịch không thuộc ứng dụng này.');
    const orderId = orderIdIn(data.extradata);
    const order = orderId ? findOrder(db, orderId) : undefined;
    if (!order) throw notFound('Không có đơn thanh toán này.');
    // Our order id is in the description the mac covers: extradata alone cannot point a payment at another order.
    if (data.description !== order.description) throw new AppError(400, 'ORDER_MISMATCH', 'Nội dung giao dịch không khớp với đơn thanh toán.');
    if (Number(data.amount) !== order.amount) {
      throw new AppError(400, 'WRONG_AMOUNT', `Số tiền giao dịch (${String(data.amount)}) khác số tiền của đơn (${order.amount}).`);
    }
    const succeeded = Number(data.resultCode) === 1;
    const answer = db
      .transaction(() => {
        const now = findOrder(db, order.id)!;
        if (now.status === 'paid') return already('Đơn thanh toán đã được ghi nhận trước đó.');
        if (!succeeded) {
          db.prepare("UPDATE payment_orders SET status = 'failed', checkout_order_id = ?, trans_id = ?, result_code = ?, result_message = ? WHERE id = ? AND status = 'pending'").run(
            data.orderId,
            data.transId,
            Number(data.resultCode) || 0,
            data.message.slice(0, 300),
            order.id,
          );
          return { returnCode: 1, returnMessage: 'Đã ghi nhận giao dịch không thành công.' };
        }
        const fee = db.prepare('SELECT * FROM dossier_fees WHERE id = ?').get(order.fee_id) as FeeRow;
        const dossier = findDossier(db, order.code)!;
        if (fee.status !== 'due' || dossier.status !== 6) {
          request.log.warn({ orderId: order.id }, 'payment for a fee no longer due: to be refunded');
          return already('Khoản phí này không còn chờ nộp; giao dịch cần được hoàn tiền.');
        }
        settle(dossier, fee, order.id, {
          checkoutOrderId: data.orderId,
          transId: data.transId,
          method: methodIdOf(data.method),
          resultMessage: data.message.slice(0, 300),
        });
        return { returnCode: 1, returnMessage: 'Thành công' };
      })
      .immediate();
    return reply.send(answer);
  });

  // The development stand-in for a real payment: absent when Zalo's Checkout is in use.
  if (config.checkoutMode !== 'mock') return;

  r.post('/api/payments/mock/:orderId/pay', { schema: { params: OrderIdParam, response: { 200: MockPayAnswer } } }, async (request, reply) => {
    const userId = await requireUser(request);
    const order = findOrder(db, request.params.orderId);
    if (!order) throw notFound('Không có đơn thanh toán này.');
    if (order.owner_id !== userId) throw forbidden('Chỉ người nộp hồ sơ mới thanh toán được đơn này.');
    // What Checkout would post once the resident paid: the same order and transaction when asked again.
    const day = vnDateKey(ctx.now()).slice(2).replace(/-/g, '');
    const data: Record<string, unknown> & Parameters<typeof callbackMac>[0] = {
      appId,
      orderId: order.checkout_order_id ?? `MOCK${day}${randomCode(10)}`,
      transId: order.trans_id ?? `${day}_${randomCode(12)}`,
      amount: order.amount,
      description: order.description,
      resultCode: 1,
      message: 'Giao dịch thành công',
      extradata: order.extradata,
      method: 'MOCK',
      transTime: ctx.now(),
    };
    const callback = await app.inject({
      method: 'POST',
      url: '/api/payments/zalo/callback',
      payload: { data, mac: callbackMac(data, key), overallMac: callbackOverallMac(data, key) },
    });
    if (callback.statusCode !== 200) {
      const body = callback.json() as { error?: { code?: string; message?: string } };
      throw new AppError(callback.statusCode, body.error?.code ?? 'PAYMENT_FAILED', body.error?.message ?? 'Thanh toán thử không thành công.');
    }
    const answer = callback.json() as { returnCode: number; returnMessage: string };
    return reply.send({ ...answer, orderId: order.id, status: findOrder(db, order.id)!.status });
  });
}
