import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER, startServer, type TestServer } from './helpers.js';
import { callbackMac, callbackOverallMac, createOrderMac, sameMac, sortedPairs } from '../src/services/checkout-mac.js';

const KEY = 'khoa-checkout-thu-nghiem-cua-tinh-lao-cai';
let s: TestServer;
beforeAll(async () => {
  s = await startServer({ CHECKOUT_PRIVATE_KEY: KEY, ZALO_APP_ID: '2468013579' });
});
afterAll(() => s.close());

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
let n = 0;
const newKey = () => `pay-${Date.now()}-${n++}`;
const hmac = (text: string) => createHmac('sha256', KEY).update(text).digest('hex');

/** A birth registration sent by a new resident and moved by the officer to "pay 50.000 đồng". */
async function dossierAwaitingFee(amount: number | null = 50_000) {
  const token = await s.signIn();
  const fd = new FormData();
  fd.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'giay-chung-sinh.png');
  const up = await s.api('/api/uploads', { method: 'POST', token, body: fd });
  const created = await s.api('/api/dossiers', {
    method: 'POST',
    token,
    headers: { 'idempotency-key': newKey() },
    json: {
      procedureId: '1.001193.000.00.00.H38',
      applicant: { fullName: 'Thào Thị Súa', idNumber: '010197002254', phone: '0917 443 120', address: { province: 'Lào Cai', commune: 'Xã Bắc Hà', street: 'Thôn Na Hối' } },
      fields: {
        childFullName: 'Thào A Tủa',
        childGender: 'nam',
        childBirthDate: '2027-01-02',
        childBirthPlace: 'Trung tâm Y tế Bắc Hà',
        childEthnicity: 'Mông',
        motherFullName: 'Thào Thị Súa',
        motherIdNumber: '010197002254',
        relationship: 'Mẹ',
        commitment: true,
      },
      papers: { 'giay-chung-sinh': [up.body.id] },
    },
  });
  expect(created.status).toBe(201);
  const code = created.body.code as string;
  const move = (body: Record<string, unknown>) => s.api(`/api/officer/dossiers/${code}/transitions`, { method: 'POST', token: OFFICER, json: body });
  await move({ to: 2 });
  await move({ to: 4 });
  const asked = await move({ to: 6, note: 'Lệ phí đăng ký khai sinh quá hạn 60 ngày.', ...(amount === null ? {} : { amount }) });
  expect(asked.status, JSON.stringify(asked.body)).toBe(200);
  return { token, code, move };
}

const order = (token: string, code: string, key = newKey()) =>
  s.api(`/api/dossiers/${code}/payment-order`, { method: 'POST', token, headers: { 'idempotency-key': key } });

/** The callback the Checkout server would send for this order, signed with `key`. */
function callbackFor(o: { orderId: string; amount: number; desc: string; extradata: string }, change: Record<string, unknown> = {}, key = KEY) {
  const data: Record<string, unknown> = {
    appId: '2468013579',
    orderId: '2270318000123',
    transId: '270318_8812345',
    amount: o.amount,
    description: o.desc,
    resultCode: 1,
    message: 'Giao dịch thành công',
    extradata: o.extradata,
    method: 'ZALOPAY_SANDBOX',
    transTime: 1_805_000_000_000,
    ...change,
  };
  const mac = createHmac('sha256', key)
    .update(`appId=${data.appId}&amount=${data.amount}&description=${data.description}&orderId=${data.orderId}&message=${data.message}&resultCode=${data.resultCode}&transId=${data.transId}`)
    .digest('hex');
  return { data, mac, overallMac: createHmac('sha256', key).update(sortedPairs(data)).digest('hex') };
}

const callback = (body: unknown) => s.api('/api/payments/zalo/callback', { method: 'POST', json: body });
const statusOf = async (code: string, token: string) => (await s.api(`/api/dossiers/${code}`, { token })).body;

describe('the Checkout mac', () => {
  it('signs createOrder’s parameters sorted by key, objects as JSON, as Zalo documents', () => {
    const params = { amount: 50000, desc: 'Nộp phí', item: [{ id: 'phi-1', amount: 50000 }], extradata: '{"orderId":"TT-1"}', method: '{"id":"ZALOPAY_SANDBOX","isCustom":false}' };
    const text = 'amount=50000&desc=Nộp phí&extradata={"orderId":"TT-1"}&item=[{"id":"phi-1","amount":50000}]&method={"id":"ZALOPAY_SANDBOX","isCustom":false}';
    expect(sortedPairs(params)).toBe(text);
    expect(createOrderMac(params, KEY)).toBe(hmac(text));
    expect(createOrderMac({ ...params, amount: 50001 }, KEY)).not.toBe(hmac(text));
  });

  it('checks a callback’s mac over its seven fields in Zalo’s order, and compares in constant time', () => {
    const data = { appId: '1', orderId: '2', transId: '3', amount: 4, description: 'd', resultCode: 1, message: 'm' };
    const mac = hmac('appId=1&amount=4&description=d&orderId=2&message=m&resultCode=1&transId=3');
    expect(callbackMac(data, KEY)).toBe(mac);
    expect(sameMac(mac, mac.toUpperCase())).toBe(true);
    expect(sameMac(mac, mac.slice(0, 63) + (mac.endsWith('0') ? '1' : '0'))).toBe(false);
    expect(sameMac(mac, 'xyz')).toBe(false);
    expect(sameMac(mac, undefined)).toBe(false);
    expect(callbackOverallMac({ b: 1, a: { x: 1 } }, KEY)).toBe(hmac('a={"x":1}&b=1'));
  });
});

describe('paying a fee in the app', () => {
  it('shows the resident what to pay and why, and makes a signed order only for the owner', async () => {
    const { token, code } = await dossierAwaitingFee();
    const view = await statusOf(code, token);
    expect(view.status).toBe(6);
    expect(view.canPay).toBe(true);
    expect(view.fees).toEqual([expect.objectContaining({ amount: 50_000, reason: 'Lệ phí đăng ký khai sinh quá hạn 60 ngày.', status: 'due', receipt: null })]);
    const notices = await s.api('/api/me/notifications', { token });
    expect(notices.body.items[0]).toMatchObject({ title: `Cần nộp phí, lệ phí – ${code}`, body: expect.stringContaining('50.000 đồng') });

    const res = await order(token, code);
    expect(res.status).toBe(201);
    const o = res.body;
    expect(o).toMatchObject({ amount: 50_000, checkout: 'mock', dossierCode: code, orderId: expect.stringMatching(/^TT-\d{6}-[A-Z2-9]{8}$/) });
    expect(o.desc).toContain(code);
    expect(JSON.parse(o.extradata)).toEqual({ orderId: o.orderId, dossier: code });
    expect(JSON.parse(o.method)).toEqual({ id: 'ZALOPAY_SANDBOX', isCustom: false });
    // The mac is the documented one, made with the private key, which never leaves the server.
    expect(o.mac).toBe(hmac(sortedPairs({ amount: o.amount, desc: o.desc, extradata: o.extradata, item: o.item, method: o.method })));
    expect(JSON.stringify(o)).not.toContain(KEY);
    // Asked again, the same open order (never two to pay).
    expect((await order(token, code)).body.orderId).toBe(o.orderId);

    expect((await order(await s.signIn(), code)).status).toBe(403);
    expect((await s.api(`/api/dossiers/${code}/payment-order`, { method: 'POST', headers: { 'idempotency-key': newKey() } })).status).toBe(401);
    expect((await order(token, '000.04.35.H38-200101-9999')).status).toBe(404);
    expect((await s.api(`/api/dossiers/${code}/payment-order`, { method: 'POST', token })).status).toBe(400);
  });

  it('refuses an order when nothing is due, or when the fee was asked without an amount', async () => {
    const { token, code } = await dossierAwaitingFee(null);
    const view = await statusOf(code, token);
    expect(view.canPay).toBe(false);
    expect(view.fees).toEqual([]);
    const res = await order(token, code);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('NO_FEE_DUE');
  });

  it('moves the dossier 6 → 4 once on a good callback, with a history step, a receipt and a notice; a replay changes nothing', async () => {
    const { token, code } = await dossierAwaitingFee();
    const o = (await order(token, code)).body;
    const before = await statusOf(code, token);
    const body = callbackFor(o);
    const first = await callback(body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ returnCode: 1, returnMessage: 'Thành công' });

    const after = await statusOf(code, token);
    expect(after.status).toBe(4);
    expect(after.canPay).toBe(false);
    expect(after.history).toHaveLength(before.history.length + 1);
    expect(after.history.at(-1)).toMatchObject({
      status: 4,
      action: 'Đã thực hiện nghĩa vụ tài chính',
      actor: 'citizen',
      note: expect.stringMatching(/Đã nộp 50\.000 đồng .*mã giao dịch 270318_8812345\. Biên lai điện tử ký hiệu LC-27E, số \d{7}\./),
    });
    expect(after.fees).toEqual([
      expect.objectContaining({
        status: 'paid',
        receipt: expect.objectContaining({ series: 'LC-27E', amount: 50_000, transId: '270318_8812345', payer: 'Thào Thị Súa', collector: 'UBND xã Bắc Hà', orderId: o.orderId }),
      }),
    ]);
    const notices = await s.api('/api/me/notifications', { token });
    expect(notices.body.items[0]).toMatchObject({ title: `Đã nộp phí, lệ phí – ${code}`, body: expect.stringContaining('50.000 đồng') });

    // The same callback again (Checkout retries): nothing changes a second time.
    const again = await callback(body);
    expect(again.status).toBe(200);
    expect(again.body.returnCode).toBe(2);
    const still = await statusOf(code, token);
    expect(still.history).toHaveLength(after.history.length);
    expect(still.fees).toEqual(after.fees);
    expect(still.updatedAt).toBe(after.updatedAt);
    const paid = s.ctx.db.prepare("SELECT COUNT(*) FROM dossier_history WHERE code = ? AND action = 'Đã thực hiện nghĩa vụ tài chính'").pluck().get(code);
    expect(paid).toBe(1);
    // And an officer cannot take it through 6 → 4 again either.
    expect((await s.api(`/api/officer/dossiers/${code}/transitions`, { method: 'POST', token: OFFICER, json: { to: 4 } })).status).toBe(409);
  });

  it('refuses a wrong mac, a wrong overall mac, a key of someone else, another amount and an unknown order, changing nothing', async () => {
    const { token, code } = await dossierAwaitingFee(120_000);
    const o = (await order(token, code)).body;
    const good = callbackFor(o);
    const refused = async (body: unknown, status: number, errorCode: string) => {
      const res = await callback(body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.error.code).toBe(errorCode);
      expect(res.body.error.message).toMatch(/[ạ-ỹđ]/);
      const view = await statusOf(code, token);
      expect(view.status).toBe(6);
      expect(view.fees[0].status).toBe('due');
    };
    await refused({ ...good, mac: good.mac.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) }, 403, 'INVALID_MAC');
    await refused({ ...good, overallMac: good.mac }, 403, 'INVALID_MAC');
    await refused(callbackFor(o, {}, 'khoa-cua-nguoi-khac-khong-phai-cua-tinh'), 403, 'INVALID_MAC');
    // The data changed after signing (the amount halved): the mac no longer fits.
    await refused({ ...good, data: { ...good.data, amount: 60_000 } }, 403, 'INVALID_MAC');
    // Correctly signed, but for another amount than the order's.
    await refused(callbackFor(o, { amount: 60_000 }), 400, 'WRONG_AMOUNT');
    // Correctly signed, for an order we never made, or pointing our order id at another description.
    await refused(callbackFor({ ...o, extradata: JSON.stringify({ orderId: 'TT-270318-ZZZZZZZZ' }) }), 404, 'NOT_FOUND');
    await refused(callbackFor(o, { description: 'Nộp phí hồ sơ khác' }), 400, 'ORDER_MISMATCH');
    await refused(callbackFor(o, { appId: '1111111111' }), 403, 'WRONG_APP');
    await refused({ data: good.data }, 400, 'VALIDATION_ERROR');
    expect(s.ctx.db.prepare("SELECT status FROM payment_orders WHERE id = ?").pluck().get(o.orderId)).toBe('pending');

    // A failed payment is recorded; the fee stays due and can be paid with a new order.
    const failed = await callback(callbackFor(o, { resultCode: -1, message: 'Người dùng hủy giao dịch' }));
    expect(failed.body.returnCode).toBe(1);
    expect((await statusOf(code, token)).status).toBe(6);
    const next = (await order(token, code)).body;
    expect(next.orderId).not.toBe(o.orderId);
    expect((await callback(callbackFor(next))).body.returnCode).toBe(1);
    expect((await statusOf(code, token)).status).toBe(4);
  });

  it('pays through the mock checkout for the owner only, as often as asked, moving the dossier once', async () => {
    const { token, code } = await dossierAwaitingFee(35_000);
    const o = (await order(token, code)).body;
    const pay = (who: string) => s.api(`/api/payments/mock/${o.orderId}/pay`, { method: 'POST', token: who, headers: { 'idempotency-key': newKey() } });
    expect((await pay(await s.signIn())).status).toBe(403);
    expect((await s.api(`/api/payments/mock/${o.orderId}/pay`, { method: 'POST' })).status).toBe(401);
    const results = await Promise.all([pay(token), pay(token), pay(token)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.map((r) => r.body.returnCode).sort()).toEqual([1, 2, 2]);
    const view = await statusOf(code, token);
    expect(view.status).toBe(4);
    expect(view.history.filter((h: { action: string }) => h.action === 'Đã thực hiện nghĩa vụ tài chính')).toHaveLength(1);
    expect(view.fees[0].receipt.method).toBe('Thanh toán thử nghiệm (không thu tiền thật)');
  });

  it('an officer confirming a payment at the desk settles the fee; a withdrawal voids it', async () => {
    const first = await dossierAwaitingFee();
    expect((await first.move({ to: 4 })).status).toBe(200);
    const settled = await statusOf(first.code, first.token);
    expect(settled.fees[0].status).toBe('settled');
    expect((await order(first.token, first.code)).status).toBe(409);
    const second = await dossierAwaitingFee();
    const o = (await order(second.token, second.code)).body;
    await s.api(`/api/dossiers/${second.code}/withdraw`, { method: 'POST', token: second.token, headers: { 'idempotency-key': newKey() }, json: { reason: 'Không còn nhu cầu' } });
    expect((await statusOf(second.code, second.token)).fees[0].status).toBe('void');
    // A payment arriving afterwards is acknowledged but changes nothing (it must be refunded).
    const late = await callback(callbackFor(o));
    expect(late.body.returnCode).toBe(2);
    expect((await statusOf(second.code, second.token)).status).toBe(7);
  });
});

describe('with Zalo Checkout for real', () => {
  it('has no mock payment route', async () => {
    const real = await startServer({ CHECKOUT_MODE: 'zalo', CHECKOUT_PRIVATE_KEY: KEY });
    try {
      const token = await real.signIn();
      const res = await real.api('/api/payments/mock/TT-270318-ABCDEFGH/pay', { method: 'POST', token, headers: { 'idempotency-key': newKey() } });
      expect(res.status).toBe(404);
      expect(real.routes.some((r) => r.url.startsWith('/api/payments/mock'))).toBe(false);
      expect(real.routes.some((r) => r.url === '/api/payments/zalo/callback')).toBe(true);
    } finally {
      await real.close();
    }
  });
});
