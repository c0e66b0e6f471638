import type { RouteContext } from '../context.js';
import type { Db } from '../db/connection.js';
import { vnDateKey, vnHour, vnStartOfDay } from '../contract/vn-time.js';
import { dateKeyOfDay, dayOfDateKey } from './working-days.js';
import { notify } from './notifications.js';
import { whenText } from './appointments.js';

/** Reminders go out from this hour of the day before (Vietnam time), not in the night. */
export const REMINDER_FROM_HOUR = 7;

/**
 * The day before an appointment, its holder is reminded once: each booked appointment of tomorrow
 * not reminded yet gets a notice and is marked. One booked that same day needs none (the booking's
 * own notice is hours old) and is left alone. Returns how many were sent.
 */
export function sendDueReminders(db: Db, now: number): number {
  if (vnHour(now) < REMINDER_FROM_HOUR) return 0;
  const tomorrow = dateKeyOfDay(dayOfDateKey(vnDateKey(now)) + 1);
  const due = db
    .prepare(
      `SELECT a.code, a.user_id, a.date, a.time, o.name AS office, o.address, o.agency_code FROM appointments a JOIN appointment_offices o ON o.id = a.office_id
       WHERE a.status = 'booked' AND a.reminded_at IS NULL AND a.date = ? AND a.created_at < ?`,
    )
    .all(tomorrow, vnStartOfDay(now)) as { code: string; user_id: string; date: string; time: string; office: string; address: string; agency_code: string | null }[];
  const mark = db.prepare("UPDATE appointments SET reminded_at = ? WHERE code = ? AND status = 'booked' AND reminded_at IS NULL");
  return db
    .transaction(() => {
      let sent = 0;
      for (const a of due) {
        // Marked and noticed together: a second run, or a second server, finds it marked.
        if (mark.run(now, a.code).changes !== 1) continue;
        notify(db, {
          userId: a.user_id,
          kind: 'appointment',
          refId: a.code,
          title: `Nhắc lịch hẹn ngày mai – ${a.code}`,
          body: `Bạn có lịch hẹn lúc ${whenText(a.date, a.time)} tại ${a.office}, ${a.address}. Nhớ mang theo giấy tờ; nếu không đến được, hãy hủy lịch để nhường chỗ cho người khác.`,
          at: now,
          // A reminder is the server's own doing: it also goes through Zalo when the holder allowed it.
          zalo: {
            template: 'appointment-reminder',
            params: { code: a.code, office: a.office, time: whenText(a.date, a.time) },
            agencyCode: a.agency_code,
            key: `appointment-reminder:${a.code}`,
            link: `appointment/${a.code}`,
          },
        });
        sent++;
      }
      return sent;
    })
    .immediate();
}

/** Looks for reminders to send now and then every `config.reminderEveryMs`; returns the function that stops it. */
export function startReminders(ctx: RouteContext, onError: (err: unknown) => void): () => void {
  const run = () => {
    try {
      sendDueReminders(ctx.db, ctx.now());
    } catch (err) {
      onError(err);
    }
  };
  run();
  const timer = setInterval(run, ctx.config.reminderEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
