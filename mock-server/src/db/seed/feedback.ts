import type { Db } from '../connection.js';
import type { Seeder } from './index.js';
import { findArea, findCategory, agencyFor } from '../../services/feedback-catalog.js';
import { allocateCode, changeStatus, createFeedback, rateFeedback } from '../../services/feedback.js';
import { vnDateKey } from '../../contract/vn-time.js';
import { renameCode } from '../rename-code.js';
import { SEED_REPORTS, SEED_USERS } from './feedback-data.js';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const PROCESSING_NOTE = 'Cán bộ đã kiểm tra thực tế tại hiện trường, đang phối hợp các đơn vị liên quan để xử lý.';

/** Metres north/east of a point, as coordinates (fine at the scale of a commune). */
function shifted(lat: number, long: number, north: number, east: number) {
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return { lat: round(lat + north / 111_320), long: round(long + east / (111_320 * Math.cos((lat * Math.PI) / 180))) };
}

/**
 * 65 reports over the last two months, sent and handled through the same functions the API uses,
 * so codes, timelines and the owners' notifications are all as real use would leave them.
 */
export const feedbackSeeder: Seeder = {
  name: 'feedback',
  seed(db: Db, now: Date) {
    const nowMs = now.getTime();
    const addUser = db.prepare('INSERT OR IGNORE INTO users (id, name, avatar, created_at, updated_at) VALUES (?, ?, NULL, ?, ?)');
    for (const u of SEED_USERS) addUser.run(u.id, u.name, nowMs - 90 * DAY, nowMs - 90 * DAY);

    const codes = new Map<string, string>();
    const ordered = [...SEED_REPORTS].map((r, i) => ({ r, i })).sort((a, b) => b.r.daysAgo - a.r.daysAgo || a.i - b.i);
    for (const { r, i } of ordered) {
      const category = findCategory(r.category);
      const area = findArea(r.area);
      if (!category || !area) throw new Error(`Dữ liệu mẫu phản ánh sai nhóm hoặc địa bàn: ${r.key}`);
      // Sent during the day, at an hour that varies from report to report.
      const created = nowMs - r.daysAgo * DAY - ((i * 37) % 9) * HOUR;
      const span = nowMs - 2 * HOUR - created;
      const at = (fraction: number) => Math.round(created + span * fraction);
      const row = createFeedback(db, {
        ownerId: r.owner,
        categoryId: r.category,
        title: r.title,
        content: r.content,
        location: r.offset ? shifted(area.lat, area.long, r.offset[0], r.offset[1]) : null,
        areaId: r.area,
        address: r.address,
        photoIds: [],
        anonymous: r.anonymous ?? true,
        fields: r.fields ?? {},
        source: 'app',
        at: created,
        seeded: true,
      });
      codes.set(r.key, row.code);
      const code = row.code;
      const agency = r.assignTo ?? agencyFor(category, area);

      if (r.status === 'rejected') {
        changeStatus(db, code, { kind: 'rejected', actor: 'officer', at: at(0.2), note: r.reason });
        continue;
      }
      if (r.status === 'duplicate') {
        const original = codes.get(r.duplicateOf ?? '');
        if (!original) throw new Error(`Phản ánh gốc của ${r.key} phải có trước nó`);
        changeStatus(db, code, { kind: 'duplicate', actor: 'officer', at: at(0.15), duplicateOf: original });
        continue;
      }
      if (r.status === 'received') continue;
      changeStatus(db, code, { kind: 'assigned', actor: 'officer', at: Math.min(created + 3 * HOUR, at(0.1)), agency });
      if (r.status === 'assigned') continue;
      changeStatus(db, code, { kind: 'processing', actor: 'officer', at: at(0.25), note: PROCESSING_NOTE });
      if (!r.answer) continue;
      changeStatus(db, code, { kind: 'answered', actor: 'officer', at: at(0.6), agency, answerText: r.answer });
      if (r.reopen) {
        changeStatus(db, code, { kind: 'reopened', actor: 'citizen', at: at(0.85), note: r.reopen });
        continue;
      }
      if (r.status === 'closed') {
        if (r.rating) rateFeedback(db, code, r.owner, r.rating[0], r.rating[1], at(0.8));
        else changeStatus(db, code, { kind: 'closed', actor: 'officer', at: at(0.8), note: 'Sự việc đã được giải quyết xong.' });
      }
    }
    // The people who sent them have read the older notices.
    db.prepare(
      `UPDATE notifications SET read_at = created_at + 3600000
       WHERE kind = 'feedback' AND created_at < ? AND ref_id IN (SELECT code FROM feedback WHERE seeded = 1)`,
    ).run(nowMs - 4 * DAY);
  },
  rebase(db: Db, shiftMs: number) {
    db.prepare(
      `UPDATE feedback SET created_at = created_at + @s, updated_at = updated_at + @s, expected_at = expected_at + @s,
         answered_at = answered_at + @s, rated_at = rated_at + @s
       WHERE seeded = 1`,
    ).run({ s: shiftMs });
    db.prepare('UPDATE feedback_events SET at = at + ? WHERE code IN (SELECT code FROM feedback WHERE seeded = 1)').run(shiftMs);
    db.prepare(
      `UPDATE notifications SET created_at = created_at + @s, read_at = read_at + @s
       WHERE kind = 'feedback' AND ref_id IN (SELECT code FROM feedback WHERE seeded = 1)`,
    ).run({ s: shiftMs });
    // A code holds the day its report was sent: moved to another day, it takes that day's next number.
    const moved = db.prepare('SELECT code, created_at FROM feedback WHERE seeded = 1 ORDER BY created_at, code').all() as { code: string; created_at: number }[];
    for (const r of moved) {
      if (r.code.slice(3, 9) === vnDateKey(r.created_at).slice(2).replace(/-/g, '')) continue;
      const fresh = allocateCode(db, r.created_at);
      renameCode(db, 'feedback', r.code, fresh, [
        { table: 'notifications', column: 'ref_id', value: (c) => c, where: "kind = 'feedback'" },
        { table: 'uploads', column: 'attached_to', value: (c) => `feedback:${c}` },
      ]);
      const swap = { from: r.code, to: fresh, foldedFrom: r.code.toLowerCase(), foldedTo: fresh.toLowerCase() };
      db.prepare('UPDATE feedback SET search = REPLACE(search, @foldedFrom, @foldedTo) WHERE code = @to').run(swap);
      db.prepare("UPDATE notifications SET title = REPLACE(title, @from, @to), body = REPLACE(body, @from, @to) WHERE kind = 'feedback' AND ref_id = @to").run(swap);
      // A duplicate's note names the report it repeats.
      db.prepare("UPDATE feedback_events SET note = REPLACE(note, @from, @to) WHERE instr(note, @from) > 0").run(swap);
      db.prepare("UPDATE feedback SET status_note = REPLACE(status_note, @from, @to) WHERE instr(status_note, @from) > 0").run(swap);
    }
  },
  newest: (db: Db) =>
    db
      .prepare(
        `SELECT MAX(t) FROM (
           SELECT MAX(updated_at) AS t FROM feedback WHERE seeded = 1
           UNION ALL SELECT MAX(at) FROM feedback_events WHERE code IN (SELECT code FROM feedback WHERE seeded = 1)
           UNION ALL SELECT MAX(MAX(created_at), COALESCE(MAX(read_at), 0)) FROM notifications
             WHERE kind = 'feedback' AND ref_id IN (SELECT code FROM feedback WHERE seeded = 1))`,
      )
      .pluck()
      .get() as number | null,
};
