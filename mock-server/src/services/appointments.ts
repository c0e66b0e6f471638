import type { Db } from '../db/connection.js';
import {
  BOOKING_LEAD_MINUTES,
  BOOKING_WINDOW_DAYS,
  SLOT_MINUTES,
  type Appointment,
  type AppointmentOffice,
  type Slot,
} from '../contract/appointments.js';
import { parseVnDate, toVnIso, vnDateKey } from '../contract/vn-time.js';
import { dateKeyOfDay, dayOfDateKey, daysOffIn, isWorkingDay } from './working-days.js';
import { randomCode } from './fees.js';
import { qrPayloadFor } from './qr-payload.js';

/**
 * The rules of appointments at the one-stop desks, as plain functions of the office, the day and
 * "now": half-hour slots within office hours, only on working days (no weekends, public holidays or
 * their substitute days), only ahead of now and within the booking window.
 */

const MINUTE = 60_000;

export interface OfficeRow {
  id: string;
  agency_code: string | null;
  kind: 'province' | 'commune';
  name: string;
  commune: string | null;
  address: string;
  phone: string;
  hours: string;
  capacity: number;
  latitude: number | null;
  longitude: number | null;
  sort: number;
}

export interface AppointmentRow {
  code: string;
  office_id: string;
  user_id: string;
  date: string;
  time: string;
  starts_at: number;
  procedure_id: string | null;
  note: string | null;
  status: 'booked' | 'cancelled';
  created_at: number;
  cancelled_at: number | null;
  reminded_at: number | null;
}

export const findOffice = (db: Db, id: string) => db.prepare('SELECT * FROM appointment_offices WHERE id = ?').get(id) as OfficeRow | undefined;
export const findAppointment = (db: Db, code: string) => db.prepare('SELECT * FROM appointments WHERE code = ?').get(code) as AppointmentRow | undefined;

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const short = (time: string) => time.replace(/^0/, '');

/** The start of every half hour that ends within the office's hours. */
export function slotTimes(hours: readonly (readonly [string, string])[]): string[] {
  const times: string[] = [];
  for (const [open, close] of hours) {
    for (let t = minutesOf(open); t + SLOT_MINUTES <= minutesOf(close); t += SLOT_MINUTES) times.push(hhmm(t));
  }
  return times;
}

export const hoursText = (hours: readonly (readonly [string, string])[]) =>
  `Thứ Hai – Thứ Sáu: ${hours.map(([a, b]) => `${short(a)} – ${short(b)}`).join(', ')}`;

/** Epoch ms of `HH:MM` on the day `YYYY-MM-DD`, Vietnam time. */
export const startOf = (date: string, time: string) => parseVnDate(date)! + minutesOf(time) * MINUTE;

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** Whether a day takes appointments, and if not, why in words. */
export function dayStatus(date: string, now: number): { open: true } | { open: false; reason: string } {
  const today = vnDateKey(now);
  if (date < today) return { open: false, reason: 'Ngày này đã qua.' };
  if (dayOfDateKey(date) - dayOfDateKey(today) > BOOKING_WINDOW_DAYS) {
    return { open: false, reason: `Chỉ đặt lịch trước tối đa ${BOOKING_WINDOW_DAYS} ngày.` };
  }
  if (!isWorkingDay(date)) {
    const weekday = new Date(dayOfDateKey(date) * 86_400_000).getUTCDay();
    const off = daysOffIn(Number(date.slice(0, 4))).get(date);
    if (off) return { open: false, reason: `Ngày nghỉ: ${off.name}.` };
    return { open: false, reason: `${WEEKDAYS[weekday]}: bộ phận Một cửa không làm việc.` };
  }
  return { open: true };
}

/** Places taken in each slot of one office on one day. */
export function bookedCounts(db: Db, officeId: string, date: string): Map<string, number> {
  const rows = db
    .prepare("SELECT time, COUNT(*) AS n FROM appointments WHERE office_id = ? AND date = ? AND status = 'booked' GROUP BY time")
    .all(officeId, date) as { time: string; n: number }[];
  return new Map(rows.map((r) => [r.time, r.n]));
}

/** The slots of a day still ahead of now (by at least the lead time), with the places left. */
export function slotsOf(office: Pick<OfficeRow, 'hours' | 'capacity'>, date: string, now: number, booked: Map<string, number>): Slot[] {
  if (!dayStatus(date, now).open) return [];
  const hours = JSON.parse(office.hours) as [string, string][];
  return slotTimes(hours)
    .map((time) => ({ time, start: startOf(date, time) }))
    .filter(({ start }) => start >= now + BOOKING_LEAD_MINUTES * MINUTE)
    .map(({ time, start }) => ({
      time,
      startsAt: toVnIso(start),
      endsAt: toVnIso(start + SLOT_MINUTES * MINUTE),
      capacity: office.capacity,
      remaining: Math.max(0, office.capacity - (booked.get(time) ?? 0)),
    }));
}

/** `count` days from today: open or not, and the places left in each. */
export function daysAhead(db: Db, office: OfficeRow, now: number, count: number) {
  const first = dayOfDateKey(vnDateKey(now));
  return Array.from({ length: count }, (_, i) => {
    const date = dateKeyOfDay(first + i);
    const status = dayStatus(date, now);
    const slots = status.open ? slotsOf(office, date, now, bookedCounts(db, office.id, date)) : [];
    const remaining = slots.reduce((n, s) => n + s.remaining, 0);
    // A working day whose hours are over is closed too, and says so.
    const over = status.open && slots.length === 0;
    return {
      date,
      open: status.open && !over,
      reason: status.open ? (over ? 'Đã hết giờ nhận lịch hẹn hôm nay.' : null) : status.reason,
      remaining,
    };
  });
}

export const newAppointmentCode = (date: string) => `LH-${date.slice(2).replace(/-/g, '')}-${randomCode(6)}`;

export function officeView(o: OfficeRow): AppointmentOffice {
  const hours = JSON.parse(o.hours) as [string, string][];
  return {
    id: o.id,
    kind: o.kind,
    name: o.name,
    commune: o.commune,
    address: o.address,
    phone: o.phone,
    hours,
    hoursText: hoursText(hours),
    capacity: o.capacity,
    latitude: o.latitude,
    longitude: o.longitude,
  };
}

export function appointmentView(db: Db, a: AppointmentRow, now: number, config: { zaloAppId: string; appBaseUrl: string }): Appointment {
  const office = findOffice(db, a.office_id)!;
  const procedure = a.procedure_id
    ? (db.prepare('SELECT id, name FROM procedures WHERE id = ?').get(a.procedure_id) as { id: string; name: string } | undefined)
    : undefined;
  const upcoming = a.status === 'booked' && a.starts_at > now;
  return {
    code: a.code,
    status: a.status,
    office: officeView(office),
    date: a.date,
    time: a.time,
    startsAt: toVnIso(a.starts_at),
    endsAt: toVnIso(a.starts_at + SLOT_MINUTES * MINUTE),
    procedure: procedure ?? null,
    note: a.note,
    createdAt: toVnIso(a.created_at),
    cancelledAt: a.cancelled_at === null ? null : toVnIso(a.cancelled_at),
    upcoming,
    canCancel: upcoming,
    qr: qrPayloadFor('appointment', a.code, config),
  };
}

/** "08:30 thứ Sáu, 19/03/2027". */
export function whenText(date: string, time: string): string {
  const [y, m, d] = date.split('-');
  const weekday = WEEKDAYS[new Date(dayOfDateKey(date) * 86_400_000).getUTCDay()];
  return `${time} ${weekday.charAt(0).toLocaleLowerCase('vi')}${weekday.slice(1)}, ${d}/${m}/${y}`;
}
