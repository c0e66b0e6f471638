import { z } from 'zod';
import { MultilineText, PageQuery, VnDateTime, pageOf } from './common.js';

/**
 * Appointments at the one-stop desks (đặt lịch hẹn tại bộ phận Một cửa): the province's public
 * administrative service centre and each commune's, half-hour slots of working days, a ticket
 * with a code and its QR code.
 */

/** `LH-270319-K7Q2MX`: the day of the appointment, then six letters and digits nobody can guess. */
export const APPOINTMENT_CODE = /^LH-\d{6}-[A-Z2-9]{6}$/;

export const SLOT_MINUTES = 30;
/** How far ahead a place can be booked, in calendar days. */
export const BOOKING_WINDOW_DAYS = 30;
/** A slot starting sooner than this is no longer offered. */
export const BOOKING_LEAD_MINUTES = 30;
/** Places one person may hold at once, in the future. */
export const MAX_UPCOMING_APPOINTMENTS = 5;

const OfficeId = z
  .string({ error: 'Vui lòng chọn nơi hẹn.' })
  .min(1, 'Vui lòng chọn nơi hẹn.')
  .max(80, 'Mã nơi hẹn quá dài.')
  .regex(/^[a-z0-9-]+$/, 'Mã nơi hẹn không hợp lệ.');

const DateKey = z
  .string({ error: 'Vui lòng chọn ngày (năm-tháng-ngày).' })
  // A date that is not written right says so once, not a second time as "not on the calendar".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải có dạng năm-tháng-ngày, ví dụ 2027-03-19.', abort: true })
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'Ngày này không có trên lịch.');

export const AppointmentOffice = z.object({
  id: z.string(),
  kind: z.enum(['province', 'commune']),
  name: z.string(),
  /** The commune or ward, for a commune's centre. */
  commune: z.string().nullable(),
  address: z.string(),
  phone: z.string(),
  /** Monday to Friday: `[["07:30","11:30"],["13:30","17:00"]]`. */
  hours: z.array(z.tuple([z.string(), z.string()])),
  hoursText: z.string(),
  /** People received per half hour. */
  capacity: z.number().int(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type AppointmentOffice = z.infer<typeof AppointmentOffice>;

export const OfficeList = z.object({ items: z.array(AppointmentOffice) });
export type OfficeList = z.infer<typeof OfficeList>;

export const SlotsQuery = z.object({ officeId: OfficeId, date: DateKey });
export type SlotsQuery = z.input<typeof SlotsQuery>;

export const Slot = z.object({
  /** `08:30`, Vietnam time. */
  time: z.string(),
  startsAt: VnDateTime,
  endsAt: VnDateTime,
  capacity: z.number().int(),
  remaining: z.number().int(),
});
export type Slot = z.infer<typeof Slot>;

export const SlotDay = z.object({
  officeId: z.string(),
  date: z.string(),
  /** False on weekends, public holidays, past days and days beyond the booking window. */
  open: z.boolean(),
  /** Why the day takes no appointments, in words. */
  reason: z.string().nullable(),
  /** The half hours still ahead (at least BOOKING_LEAD_MINUTES away), within office hours. */
  slots: z.array(Slot),
});
export type SlotDay = z.infer<typeof SlotDay>;

export const DaysQuery = z.object({
  officeId: OfficeId,
  days: z.coerce
    .number({ error: 'Số ngày phải là số.' })
    .int('Số ngày phải là số nguyên.')
    .min(1, 'Ít nhất 1 ngày.')
    .max(BOOKING_WINDOW_DAYS + 1, `Tối đa ${BOOKING_WINDOW_DAYS + 1} ngày.`)
    .default(14),
});

/** The next days from today, each open or not, with the places left: for the day picker. */
export const DayList = z.object({
  officeId: z.string(),
  days: z.array(z.object({ date: z.string(), open: z.boolean(), reason: z.string().nullable(), remaining: z.number().int() })),
});
export type DayList = z.infer<typeof DayList>;

export const BookingRequest = z.object({
  officeId: OfficeId,
  date: DateKey,
  time: z.string({ error: 'Vui lòng chọn giờ.' }).regex(/^\d{2}:\d{2}$/, 'Giờ phải có dạng giờ:phút, ví dụ 08:30.'),
  procedureId: z.string().min(1).max(100, 'Mã thủ tục quá dài.').optional(),
  note: MultilineText().max(500, 'Ghi chú tối đa 500 ký tự.').optional(),
});
export type BookingRequest = z.input<typeof BookingRequest>;

export const CancelAppointmentRequest = z.object({
  reason: MultilineText().max(300, 'Lý do tối đa 300 ký tự.').optional(),
});
export type CancelAppointmentRequest = z.input<typeof CancelAppointmentRequest>;

export const AppointmentCodeParam = z.object({
  code: z
    .string()
    .max(40, 'Mã lịch hẹn quá dài.')
    .transform((s) => s.trim().toUpperCase())
    .pipe(z.string().regex(APPOINTMENT_CODE, 'Mã lịch hẹn không đúng dạng, ví dụ đúng: LH-270319-K7Q2MX.')),
});

export const Appointment = z.object({
  code: z.string(),
  status: z.enum(['booked', 'cancelled']),
  office: AppointmentOffice,
  date: z.string(),
  time: z.string(),
  startsAt: VnDateTime,
  endsAt: VnDateTime,
  procedure: z.object({ id: z.string(), name: z.string() }).nullable(),
  note: z.string().nullable(),
  createdAt: VnDateTime,
  cancelledAt: VnDateTime.nullable(),
  /** Booked and not yet begun. */
  upcoming: z.boolean(),
  canCancel: z.boolean(),
  /** What the ticket's QR code holds (the QR scanner opens the ticket from it). */
  qr: z.string(),
});
export type Appointment = z.infer<typeof Appointment>;

export const MyAppointmentQuery = PageQuery.extend({
  /** `upcoming`: booked and still ahead (soonest first); `past`: the rest (latest first). */
  state: z.enum(['upcoming', 'past'], { error: 'Nhóm phải là upcoming hoặc past.' }).optional(),
});
export type MyAppointmentQuery = z.input<typeof MyAppointmentQuery>;

export const AppointmentPage = pageOf(Appointment);
export type AppointmentPage = z.infer<typeof AppointmentPage>;
