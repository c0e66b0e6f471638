import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICER, TEST_NOW, startServer, type TestServer } from './helpers.js';
import { sendDueReminders } from '../src/services/appointment-reminders.js';
import { dayStatus, slotTimes } from '../src/services/appointments.js';

// TEST_NOW is Thursday 18/03/2027, 09:30 in Vietnam.
const at = (iso: string) => Date.parse(iso);

let now = TEST_NOW;
let s: TestServer;
beforeAll(async () => {
  s = await startServer({ REMINDER_EVERY_MS: '1000' }, { now: () => now });
});
afterAll(() => s.close());

let n = 0;
const newKey = () => `appt-${Date.now()}-${n++}`;
const book = (token: string, body: Record<string, unknown>, key = newKey()) =>
  s.api('/api/appointments', { method: 'POST', token, headers: { 'idempotency-key': key }, json: body });
const slots = (officeId: string, date: string) => s.api(`/api/appointments/slots?officeId=${officeId}&date=${date}`);
const paths = (res: { body: { error: { details?: { path: string }[] } } }) => (res.body.error.details ?? []).map((d) => d.path);

describe('offices', () => {
  it('lists the province’s centre first, then the centre of each of the 99 communes, with address, hours and phone', async () => {
    const res = await s.api('/api/appointments/offices');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(100);
    expect(res.body.items[0]).toMatchObject({ id: 'tinh-lao-cai', kind: 'province', name: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai', capacity: 6 });
    const yTy = res.body.items.find((o: { id: string }) => o.id === 'xa-y-ty');
    expect(yTy).toMatchObject({
      kind: 'commune',
      commune: 'Xã Y Tý',
      name: 'Trung tâm Phục vụ hành chính công xã Y Tý',
      hours: [['07:30', '11:30'], ['13:30', '17:00']],
      hoursText: 'Thứ Hai – Thứ Sáu: 7:30 – 11:30, 13:30 – 17:00',
      phone: expect.stringMatching(/^0214 3 \d{3} \d{3}$/),
      address: expect.stringContaining('UBND xã Y Tý'),
    });
    // Former Yên Bái keeps its own telephone code.
    expect(res.body.items.find((o: { id: string }) => o.id === 'phuong-nghia-lo').phone).toMatch(/^0216 /);
    for (const o of res.body.items) expect(o.address.length, o.id).toBeGreaterThan(10);
  });
});

describe('slots', () => {
  it('are the half hours within office hours, from 30 minutes ahead of now, with capacity and remaining', async () => {
    expect(slotTimes([['07:30', '11:30'], ['13:30', '17:00']])).toEqual(
      ['07:30', '08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30'],
    );
    const today = await slots('xa-y-ty', '2027-03-18');
    expect(today.status).toBe(200);
    expect(today.body.open).toBe(true);
    expect(today.body.slots.map((x: { time: string }) => x.time)).toEqual(['10:00', '10:30', '11:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30']);
    expect(today.body.slots[0]).toEqual({ time: '10:00', startsAt: '2027-03-18T10:00:00+07:00', endsAt: '2027-03-18T10:30:00+07:00', capacity: 3, remaining: 3 });
    const tomorrow = await slots('xa-y-ty', '2027-03-19');
    expect(tomorrow.body.slots).toHaveLength(15);
  });

  it('has none on a Sunday, a past day, beyond 30 days, or once the day’s hours are over', async () => {
    const sunday = await slots('tinh-lao-cai', '2027-03-21');
    expect(sunday.body).toMatchObject({ open: false, slots: [], reason: 'Chủ nhật: bộ phận Một cửa không làm việc.' });
    const saturday = await slots('tinh-lao-cai', '2027-03-20');
    expect(saturday.body).toMatchObject({ open: false, slots: [], reason: 'Thứ Bảy: bộ phận Một cửa không làm việc.' });
    expect((await slots('tinh-lao-cai', '2027-03-17')).body).toMatchObject({ open: false, slots: [], reason: 'Ngày này đã qua.' });
    expect((await slots('tinh-lao-cai', '2027-04-30')).body).toMatchObject({ open: false, reason: expect.stringContaining('30 ngày') });
    now = at('2027-03-18T16:45:00+07:00');
    try {
      expect((await slots('tinh-lao-cai', '2027-03-18')).body).toMatchObject({ open: false, slots: [], reason: expect.stringContaining('hết giờ') });
    } finally {
      now = TEST_NOW;
    }
  });

  it('has none on Quốc khánh 2/9 and the day beside it, and reopens the next working day', async () => {
    const late = await startServer({}, { now: () => at('2027-08-25T09:00:00+07:00') });
    try {
      const national = await late.api('/api/appointments/slots?officeId=tinh-lao-cai&date=2027-09-02');
      expect(national.body).toMatchObject({ open: false, slots: [], reason: 'Ngày nghỉ: Quốc khánh 2/9.' });
      const beside = await late.api('/api/appointments/slots?officeId=tinh-lao-cai&date=2027-09-03');
      expect(beside.body).toMatchObject({ open: false, slots: [], reason: expect.stringContaining('Quốc khánh') });
      const after = await late.api('/api/appointments/slots?officeId=tinh-lao-cai&date=2027-09-06');
      expect(after.body.slots).toHaveLength(15);
      const days = await late.api('/api/appointments/days?officeId=tinh-lao-cai&days=14');
      const byDate = Object.fromEntries(days.body.days.map((d: { date: string; open: boolean }) => [d.date, d.open]));
      expect(byDate).toMatchObject({ '2027-09-01': true, '2027-09-02': false, '2027-09-03': false, '2027-09-04': false, '2027-09-05': false, '2027-09-06': true });
    } finally {
      await late.close();
    }
    expect(dayStatus('2027-09-02', at('2027-08-25T09:00:00+07:00'))).toEqual({ open: false, reason: 'Ngày nghỉ: Quốc khánh 2/9.' });
  });

  it('refuses an unknown office or an impossible date with 400 and details', async () => {
    expect(paths(await slots('xa-khong-co', '2027-03-19'))).toEqual(['officeId']);
    expect(paths(await slots('xa-y-ty', '2027-02-30'))).toEqual(['date']);
    expect(paths(await slots('xa-y-ty', '19/03/2027'))).toEqual(['date']);
    expect((await s.api('/api/appointments/slots?officeId=xa-y-ty')).status).toBe(400);
  });
});

describe('booking', () => {
  it('books a place (201, a code, a notice), answers a retry with the same, and counts it in the slot', async () => {
    const token = await s.signIn('dat-lich-1', 'Vàng Thị Dở');
    const key = newKey();
    const body = { officeId: 'xa-bat-xat', date: '2027-03-19', time: '08:30', procedureId: '1.001193.000.00.00.H38', note: 'Đăng ký khai sinh cho con' };
    const res = await book(token, body, key);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: expect.stringMatching(/^LH-270319-[A-Z2-9]{6}$/),
      status: 'booked',
      date: '2027-03-19',
      time: '08:30',
      startsAt: '2027-03-19T08:30:00+07:00',
      office: { id: 'xa-bat-xat', name: 'Trung tâm Phục vụ hành chính công xã Bát Xát' },
      procedure: { id: '1.001193.000.00.00.H38', name: 'Đăng ký khai sinh' },
      note: 'Đăng ký khai sinh cho con',
      canCancel: true,
    });
    expect(res.body.qr).toContain(`?qr=appointment/${res.body.code}`);
    const again = await book(token, body, key);
    expect(again.body.code).toBe(res.body.code);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const left = (await slots('xa-bat-xat', '2027-03-19')).body.slots.find((x: { time: string }) => x.time === '08:30');
    expect(left.remaining).toBe(2);
    const notes = await s.api('/api/me/notifications', { token });
    expect(notes.body.items[0]).toMatchObject({ kind: 'appointment', refId: res.body.code, body: expect.stringContaining('08:30 thứ Sáu, 19/03/2027') });
    // The QR scanner finds the ticket.
    const resolved = await s.api(`/api/qr/resolve?data=${encodeURIComponent(res.body.qr)}`);
    expect(resolved.body).toMatchObject({ kind: 'appointment', id: res.body.code, found: true });
  });

  it('never takes more than the capacity of a slot, under 50 bookings at once', async () => {
    const tokens = await Promise.all(Array.from({ length: 50 }, (_, i) => s.signIn(`dong-thoi-${i}`)));
    const body = { officeId: 'xa-y-ty', date: '2027-03-22', time: '09:00' };
    const results = await Promise.all(tokens.map((t) => book(t, body)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((x) => x === 201)).toHaveLength(3);
    expect(statuses.filter((x) => x === 409)).toHaveLength(47);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.code).toBe('SLOT_FULL');
    expect(s.ctx.db.prepare("SELECT COUNT(*) FROM appointments WHERE office_id = 'xa-y-ty' AND date = '2027-03-22' AND time = '09:00' AND status = 'booked'").pluck().get()).toBe(3);
    const view = (await slots('xa-y-ty', '2027-03-22')).body.slots.find((x: { time: string }) => x.time === '09:00');
    expect(view).toMatchObject({ capacity: 3, remaining: 0 });

    // Cancelling frees the place for the next person.
    const winner = results.findIndex((r) => r.status === 201);
    const code = results[winner].body.code;
    const cancelled = await s.api(`/api/appointments/${code}/cancel`, { method: 'POST', token: tokens[winner], headers: { 'idempotency-key': newKey() }, json: { reason: 'Bận việc nhà' } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', canCancel: false, cancelledAt: expect.any(String) });
    expect((await slots('xa-y-ty', '2027-03-22')).body.slots.find((x: { time: string }) => x.time === '09:00').remaining).toBe(1);
    const loser = results.findIndex((r) => r.status === 409);
    expect((await book(tokens[loser], body)).status).toBe(201);
    expect((await book(tokens[loser === 0 ? 1 : 0], body)).status).toBe(409);
  });

  it('gives one person one place per slot, even when sent five times at once', async () => {
    const token = await s.signIn('mot-nguoi-mot-cho');
    const body = { officeId: 'tinh-lao-cai', date: '2027-03-23', time: '14:00' };
    const results = await Promise.all(Array.from({ length: 5 }, () => book(token, body)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'ALREADY_BOOKED')).toBe(true);
    // Another slot is fine; more than five upcoming places is not.
    for (const time of ['14:30', '15:00', '15:30', '16:00']) expect((await book(token, { ...body, time })).status).toBe(201);
    const sixth = await book(token, { ...body, time: '16:30' });
    expect(sixth.status).toBe(409);
    expect(sixth.body.error.code).toBe('TOO_MANY_APPOINTMENTS');
  });

  it('refuses a Sunday, a holiday, a time outside office hours or not on the half hour, and unknown things, with details', async () => {
    const token = await s.signIn();
    const base = { officeId: 'xa-bac-ha', date: '2027-03-19', time: '08:00' };
    expect(paths(await book(token, { ...base, date: '2027-03-21' }))).toEqual(['date']);
    expect(paths(await book(token, { ...base, date: '2027-03-17' }))).toEqual(['date']);
    expect(paths(await book(token, { ...base, time: '12:00' }))).toEqual(['time']);
    expect(paths(await book(token, { ...base, time: '08:15' }))).toEqual(['time']);
    expect(paths(await book(token, { ...base, time: '17:00' }))).toEqual(['time']);
    expect(paths(await book(token, { ...base, date: '2027-03-18', time: '09:30' }))).toEqual(['time']); // now
    expect(paths(await book(token, { ...base, time: '8h' }))).toEqual(['time']);
    expect(paths(await book(token, { ...base, officeId: 'xa-khong-co' }))).toEqual(['officeId']);
    expect(paths(await book(token, { ...base, procedureId: 'thu-tuc-khong-co' }))).toEqual(['procedureId']);
    expect(paths(await book(token, { ...base, note: 'x'.repeat(501) }))).toEqual(['note']);
    expect((await s.api('/api/appointments', { method: 'POST', token, json: base })).status).toBe(400); // no Idempotency-Key
    expect((await s.api('/api/appointments', { method: 'POST', headers: { 'idempotency-key': newKey() }, json: base })).status).toBe(401);
    expect(s.ctx.db.prepare('SELECT COUNT(*) FROM appointments WHERE office_id = ?').pluck().get('xa-bac-ha')).toBe(0);
  });
});

describe('my appointments, the ticket and cancelling', () => {
  it('lists mine only, shows the ticket to me and the desk, and lets only me cancel, before it begins', async () => {
    const token = await s.signIn('lich-cua-toi');
    const code = (await book(token, { officeId: 'phuong-sa-pa', date: '2027-03-18', time: '10:30' })).body.code;
    const later = (await book(token, { officeId: 'phuong-sa-pa', date: '2027-03-25', time: '08:00' })).body.code;
    const mine = await s.api('/api/me/appointments?state=upcoming', { token });
    expect(mine.body.items.map((a: { code: string }) => a.code)).toEqual([code, later]);
    expect((await s.api('/api/me/appointments', { token: await s.signIn() })).body.total).toBe(0);
    expect((await s.api('/api/me/appointments')).status).toBe(401);

    const stranger = await s.signIn();
    expect((await s.api(`/api/appointments/${code}`, { token: stranger })).status).toBe(404);
    expect((await s.api(`/api/appointments/${code}`)).status).toBe(404);
    expect((await s.api(`/api/appointments/${code}`, { token: OFFICER })).status).toBe(200);
    expect((await s.api(`/api/appointments/${code.toLowerCase()}`, { token })).body.code).toBe(code);
    expect((await s.api('/api/appointments/LH-123', { token })).status).toBe(400);

    const cancel = (who: string, c = code) => s.api(`/api/appointments/${c}/cancel`, { method: 'POST', token: who, headers: { 'idempotency-key': newKey() }, json: {} });
    expect((await cancel(stranger)).status).toBe(403);
    // Once it has begun it can no longer be cancelled.
    now = at('2027-03-18T10:31:00+07:00');
    try {
      const begun = await cancel(token);
      expect(begun.status).toBe(409);
      expect(begun.body.error.code).toBe('APPOINTMENT_PAST');
      const past = await s.api('/api/me/appointments?state=past', { token });
      expect(past.body.items.map((a: { code: string }) => a.code)).toEqual([code]);
    } finally {
      now = TEST_NOW;
    }
    expect((await cancel(token, later)).status).toBe(200);
    const twice = await cancel(token, later);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('ALREADY_CANCELLED');
    const notes = await s.api('/api/me/notifications', { token });
    expect(notes.body.items[0]).toMatchObject({ kind: 'appointment', refId: later, title: `Đã hủy lịch hẹn – ${later}` });
  });
});

describe('the reminder the day before', () => {
  it('comes once, from 7:00 the day before, to bookings made before that day; the periodic job sends it by itself', async () => {
    const early = await s.signIn('nhac-lich-som');
    const lastMinute = await s.signIn('nhac-lich-muon');
    const cancelled = await s.signIn('nhac-lich-huy');
    // Booked on Thursday for Monday 22/03, by three people; one cancels.
    const a = (await book(early, { officeId: 'xa-muong-khuong', date: '2027-03-22', time: '14:00' })).body.code;
    const c = (await book(cancelled, { officeId: 'xa-muong-khuong', date: '2027-03-22', time: '14:00' })).body.code;
    // The early one lets the app message them through Zalo; the one who cancels does too.
    for (const token of [early, cancelled]) {
      expect((await s.api('/api/me/notification-consent', { method: 'POST', token, json: { zalo: true } })).status).toBe(200);
    }
    await s.api(`/api/appointments/${c}/cancel`, { method: 'POST', token: cancelled, headers: { 'idempotency-key': newKey() }, json: {} });
    const reminders = (token: string) =>
      s.api('/api/me/notifications?pageSize=50', { token }).then((r) => r.body.items.filter((x: { title: string }) => x.title.startsWith('Nhắc lịch hẹn')));

    // Saturday and Sunday 06:00: not yet.
    expect(sendDueReminders(s.ctx.db, at('2027-03-20T08:00:00+07:00'))).toBe(0);
    expect(sendDueReminders(s.ctx.db, at('2027-03-21T06:00:00+07:00'))).toBe(0);
    // Someone books on Sunday for Monday: the booking's own notice is enough.
    now = at('2027-03-21T06:30:00+07:00');
    let b: string;
    try {
      b = (await book(lastMinute, { officeId: 'xa-muong-khuong', date: '2027-03-22', time: '14:30' })).body.code;
      expect(b).toMatch(/^LH-270322-/);
      // Sunday 08:00, on the server's own schedule (every second here).
      now = at('2027-03-21T08:00:00+07:00');
      await expect.poll(() => reminders(early), { timeout: 5000 }).toHaveLength(1);
    } finally {
      now = TEST_NOW;
    }
    const [notice] = await reminders(early);
    expect(notice).toMatchObject({ kind: 'appointment', refId: a, body: expect.stringContaining('14:00 thứ Hai, 22/03/2027') });
    expect(await reminders(lastMinute)).toHaveLength(0);
    expect(await reminders(cancelled)).toHaveLength(0);
    // Sent once: later runs that day find nothing more to send.
    expect(sendDueReminders(s.ctx.db, at('2027-03-21T20:00:00+07:00'))).toBe(0);
    expect(await reminders(early)).toHaveLength(1);
    // The reminder also went to Zalo, once, as the mini app's notification whose button opens the ticket.
    const outbox = (code: string) => s.ctx.db.prepare('SELECT channel, template, params FROM notification_outbox WHERE ref_id = ?').all(code) as { channel: string; template: string; params: string }[];
    const [message, ...more] = outbox(a);
    expect(more).toEqual([]);
    expect(message).toMatchObject({ channel: 'miniapp', template: 'appointment-reminder' });
    expect(JSON.parse(message.params)).toMatchObject({ title: expect.stringMatching(/^Nhắc lịch hẹn/), link: `appointment/${a}` });
    expect(outbox(c)).toEqual([]);
  });
});
