import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import {
  Appointment,
  AppointmentCodeParam,
  AppointmentPage,
  BookingRequest,
  CancelAppointmentRequest,
  DayList,
  DaysQuery,
  MAX_UPCOMING_APPOINTMENTS,
  MyAppointmentQuery,
  OfficeList,
  SlotDay,
  SlotsQuery,
} from '../contract/appointments.js';
import { requireUser } from '../plugins/auth.js';
import { conflict, forbidden, invalidField, notFound, unauthorized } from '../plugins/errors.js';
import { idempotencyKeyOf, runIdempotent } from '../plugins/idempotency.js';
import {
  appointmentView,
  bookedCounts,
  dayStatus,
  daysAhead,
  findAppointment,
  findOffice,
  newAppointmentCode,
  officeView,
  slotsOf,
  startOf,
  whenText,
  type AppointmentRow,
  type OfficeRow,
} from '../services/appointments.js';
import { notify } from '../services/notifications.js';
import { findUser } from '../services/users.js';

const citizensOnly = {
  onRequest: async (request: FastifyRequest) => {
    await requireUser(request);
    idempotencyKeyOf(request, true);
  },
};

const unknownOffice = () => invalidField('officeId', 'Không có nơi hẹn này. Vui lòng chọn trong danh sách.');

/**
 * Appointments at the one-stop desks: the offices, the slots of a day with the places left,
 * booking (one place per person per slot, never more people than a slot holds), the resident's
 * list, the ticket and cancelling. Reminders the day before come from services/appointment-reminders.ts.
 */
export default async function appointmentRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = ctx;
  const view = (row: AppointmentRow) => appointmentView(db, row, ctx.now(), config);

  const offices = () => (db.prepare('SELECT * FROM appointment_offices ORDER BY sort, id').all() as OfficeRow[]).map(officeView);
  r.get('/api/appointments/offices', { schema: { response: { 200: OfficeList } } }, async (_request, reply) =>
    reply.header('Cache-Control', 'public, max-age=3600').send({ items: offices() }),
  );

  r.get('/api/appointments/slots', { schema: { querystring: SlotsQuery, response: { 200: SlotDay } } }, async (request, reply) => {
    const { officeId, date } = request.query;
    const office = findOffice(db, officeId);
    if (!office) throw unknownOffice();
    const now = ctx.now();
    const status = dayStatus(date, now);
    const slots = slotsOf(office, date, now, bookedCounts(db, office.id, date));
    const reason = status.open ? (slots.length === 0 ? 'Đã hết giờ nhận lịch hẹn trong ngày này.' : null) : status.reason;
    return reply.header('Cache-Control', 'no-store').send({ officeId, date, open: status.open && slots.length > 0, reason, slots });
  });

  r.get('/api/appointments/days', { schema: { querystring: DaysQuery, response: { 200: DayList } } }, async (request, reply) => {
    const office = findOffice(db, request.query.officeId);
    if (!office) throw unknownOffice();
    return reply.header('Cache-Control', 'no-store').send({ officeId: office.id, days: daysAhead(db, office, ctx.now(), request.query.days) });
  });

  r.post('/api/appointments', { ...citizensOnly, schema: { body: BookingRequest, response: { 201: Appointment } } }, async (request, reply) => {
    const userId = await requireUser(request);
    const key = idempotencyKeyOf(request, true);
    const body = request.body;
    const office = findOffice(db, body.officeId);
    if (!office) throw unknownOffice();
    if (body.procedureId && !db.prepare('SELECT 1 FROM procedures WHERE id = ?').get(body.procedureId)) {
      throw invalidField('procedureId', 'Không có thủ tục này trong danh mục.');
    }
    const result = runIdempotent(db, { scope: userId, key, now: ctx.now(), request: body }, () => {
      if (!findUser(db, userId)) throw unauthorized('Phiên đăng nhập không còn hiệu lực. Vui lòng đăng nhập lại.');
      const now = ctx.now();
      const day = dayStatus(body.date, now);
      if (!day.open) throw invalidField('date', day.reason);
      const slot = slotsOf(office, body.date, now, bookedCounts(db, office.id, body.date)).find((s) => s.time === body.time);
      if (!slot) throw invalidField('time', 'Giờ này không nhận lịch hẹn: ngoài giờ làm việc, đã qua hoặc sắp đến. Vui lòng chọn giờ khác.');
      const mine = db.prepare("SELECT 1 FROM appointments WHERE user_id = ? AND office_id = ? AND date = ? AND time = ? AND status = 'booked'");
      if (mine.get(userId, office.id, body.date, body.time)) throw conflict('Bạn đã đặt lịch vào giờ này rồi.', 'ALREADY_BOOKED');
      const upcoming = db.prepare("SELECT COUNT(*) FROM appointments WHERE user_id = ? AND status = 'booked' AND starts_at > ?").pluck().get(userId, now) as number;
      if (upcoming >= MAX_UPCOMING_APPOINTMENTS) {
        throw conflict(`Mỗi người giữ tối đa ${MAX_UPCOMING_APPOINTMENTS} lịch hẹn sắp tới. Vui lòng hủy lịch không dùng đến trước khi đặt thêm.`, 'TOO_MANY_APPOINTMENTS');
      }
      if (slot.remaining <= 0) throw conflict('Khung giờ này đã hết chỗ. Vui lòng chọn giờ khác.', 'SLOT_FULL');
      let code = newAppointmentCode(body.date);
      while (findAppointment(db, code)) code = newAppointmentCode(body.date);
      try {
        db.prepare(
          `INSERT INTO appointments (code, office_id, user_id, date, time, starts_at, procedure_id, note, status, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?)`,
        ).run(code, office.id, userId, body.date, body.time, startOf(body.date, body.time), body.procedureId ?? null, body.note || null, now);
      } catch (e) {
        // The table's own guard (a trigger and a unique index): never more than the slot holds.
        if (/SLOT_FULL/.test(String(e))) throw conflict('Khung giờ này đã hết chỗ. Vui lòng chọn giờ khác.', 'SLOT_FULL');
        if (/UNIQUE/.test(String(e))) throw conflict('Bạn đã đặt lịch vào giờ này rồi.', 'ALREADY_BOOKED');
        throw e;
      }
      notify(db, {
        userId,
        kind: 'appointment',
        refId: code,
        title: `Đã đặt lịch hẹn – ${code}`,
        body: `Lịch hẹn lúc ${whenText(body.date, body.time)} tại ${office.name}, ${office.address}. Mang theo giấy tờ và xuất trình mã lịch hẹn khi đến.`,
        at: now,
      });
      return { status: 201, body: view(findAppointment(db, code)!) };
    });
    if (result.replayed) reply.header('Idempotent-Replayed', 'true');
    return reply.header('Cache-Control', 'private, no-store').code(201).send(result.body);
  });

  r.get('/api/me/appointments', { schema: { querystring: MyAppointmentQuery, response: { 200: AppointmentPage } } }, async (request, reply) => {
    const userId = await requireUser(request);
    const { page, pageSize, state } = request.query;
    const now = ctx.now();
    const where =
      state === 'upcoming' ? "AND status = 'booked' AND starts_at > @now" : state === 'past' ? "AND NOT (status = 'booked' AND starts_at > @now)" : '';
    const order = state === 'upcoming' ? 'starts_at ASC' : 'starts_at DESC';
    const args = { user: userId, now, limit: pageSize, offset: (page - 1) * pageSize };
    const rows = db
      .prepare(`SELECT * FROM appointments WHERE user_id = @user ${where} ORDER BY ${order}, code LIMIT @limit OFFSET @offset`)
      .all(args) as AppointmentRow[];
    const total = db.prepare(`SELECT COUNT(*) FROM appointments WHERE user_id = @user ${where}`).pluck().get({ user: userId, now }) as number;
    return reply.header('Cache-Control', 'private, no-store').send({ items: rows.map(view), page, pageSize, total });
  });

  r.get('/api/appointments/:code', { schema: { params: AppointmentCodeParam, response: { 200: Appointment } } }, async (request, reply) => {
    const row = findAppointment(db, request.params.code);
    const caller = await request.caller();
    // A ticket is its holder's (and the desk's): to anyone else it does not exist.
    if (!row || !(caller.kind === 'officer' || (caller.kind === 'user' && caller.userId === row.user_id))) {
      throw notFound('Không tìm thấy lịch hẹn này trong tài khoản của bạn.');
    }
    return reply.header('Cache-Control', 'private, no-store').send(view(row));
  });

  r.post(
    '/api/appointments/:code/cancel',
    { ...citizensOnly, schema: { params: AppointmentCodeParam, body: CancelAppointmentRequest, response: { 200: Appointment } } },
    async (request, reply) => {
      const userId = await requireUser(request);
      const key = idempotencyKeyOf(request, true);
      const { code } = request.params;
      const found = findAppointment(db, code);
      if (!found) throw notFound('Không tìm thấy lịch hẹn này.');
      if (found.user_id !== userId) throw forbidden('Bạn chỉ hủy được lịch hẹn của chính mình.');
      const result = runIdempotent(db, { scope: userId, key, now: ctx.now(), request: { cancel: code, ...request.body } }, () => {
        const row = findAppointment(db, code)!;
        const now = ctx.now();
        if (row.status === 'cancelled') throw conflict('Lịch hẹn này đã hủy rồi.', 'ALREADY_CANCELLED');
        if (row.starts_at <= now) throw conflict('Lịch hẹn đã đến giờ hoặc đã qua, không hủy được nữa.', 'APPOINTMENT_PAST');
        db.prepare("UPDATE appointments SET status = 'cancelled', cancelled_at = ? WHERE code = ? AND status = 'booked'").run(now, code);
        const office = findOffice(db, row.office_id)!;
        notify(db, {
          userId,
          kind: 'appointment',
          refId: code,
          title: `Đã hủy lịch hẹn – ${code}`,
          body: `Bạn đã hủy lịch hẹn lúc ${whenText(row.date, row.time)} tại ${office.name}.${request.body.reason ? ` Lý do: ${request.body.reason}` : ''}`,
          at: now,
        });
        return { status: 200, body: view(findAppointment(db, code)!) };
      });
      return reply.header('Cache-Control', 'private, no-store').send(result.body);
    },
  );

}
