import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import type { Db } from '../db/connection.js';
import { IdParam } from '../contract/common.js';
import { BranchList, Outage, OutageCalendarQuery, OutagePage, OutageQuery } from '../contract/outages.js';
import { foldVietnamese, likePattern } from '../contract/text.js';
import { invalidField, notFound } from '../plugins/errors.js';
import { buildCalendar, type CalendarEvent } from '../services/icalendar.js';
import { OUTAGE_STATUS_SQL, outageStatus } from '../services/outage-status.js';
import { offsetOf, pageResult } from '../services/pagination.js';
import { parseVnDate, toVnIso } from '../contract/vn-time.js';

interface OutageRow {
  id: string;
  branch_id: string;
  type: 'planned' | 'emergency';
  area: string;
  start_at: number;
  end_at: number;
  reason: string;
  cancelled_at: number | null;
  note: string | null;
  published_at: number;
  updated_at: number;
  branch_name: string;
  company: string;
  phone: string;
  commune_ids: string | null;
  commune_names: string | null;
}

const DAY_MS = 24 * 3600 * 1000;
const SEP = '\u001f';

const SELECT = `
  SELECT o.id, o.branch_id, o.type, o.area, o.start_at, o.end_at, o.reason, o.cancelled_at, o.note, o.published_at, o.updated_at,
         b.name AS branch_name, b.company, b.phone,
         (SELECT group_concat(c.id, char(31) ORDER BY l.position) FROM outage_commune_links l
            JOIN outage_communes c ON c.id = l.commune_id WHERE l.outage_id = o.id) AS commune_ids,
         (SELECT group_concat(c.name, char(31) ORDER BY l.position) FROM outage_commune_links l
            JOIN outage_communes c ON c.id = l.commune_id WHERE l.outage_id = o.id) AS commune_names
  FROM outages o JOIN outage_branches b ON b.id = o.branch_id`;

function toOutage(row: OutageRow, now: number): Outage {
  return {
    id: row.id,
    company: row.company,
    branch: row.branch_name,
    branchId: row.branch_id,
    phone: row.phone,
    area: row.area,
    communes: row.commune_names ? row.commune_names.split(SEP) : [],
    communeIds: row.commune_ids ? row.commune_ids.split(SEP) : [],
    start: toVnIso(row.start_at),
    end: toVnIso(row.end_at),
    durationMinutes: Math.round((row.end_at - row.start_at) / 60000),
    reason: row.reason,
    type: row.type,
    status: outageStatus({ start: row.start_at, end: row.end_at, cancelledAt: row.cancelled_at }, now),
    note: row.note,
    publishedAt: toVnIso(row.published_at),
    updatedAt: toVnIso(row.updated_at),
  };
}

/** Refuses ids that do not exist (400 with the field), so a typo is not mistaken for "no outages". */
function checkKnown(db: Db, table: 'outage_branches' | 'outage_communes', field: string, ids: string[] | undefined, what: string) {
  if (!ids) return;
  const exists = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
  for (const id of ids) if (!exists.get(id)) throw invalidField(field, `Không có ${what} "${id}".`);
}

interface Filters {
  branch?: string[];
  commune?: string[];
  status?: string[];
  type?: string;
  from?: string;
  to?: string;
  q?: string;
}

function whereOf(filters: Filters, now: number): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const inList = (n: number) => Array(n).fill('?').join(', ');
  if (filters.branch?.length) {
    parts.push(`o.branch_id IN (${inList(filters.branch.length)})`);
    params.push(...filters.branch);
  }
  if (filters.commune?.length) {
    parts.push(
      `EXISTS (SELECT 1 FROM outage_commune_links l WHERE l.outage_id = o.id AND l.commune_id IN (${inList(filters.commune.length)}))`,
    );
    params.push(...filters.commune);
  }
  if (filters.status?.length) {
    parts.push(`(${OUTAGE_STATUS_SQL}) IN (${inList(filters.status.length)})`);
    params.push(now, now, ...filters.status);
  }
  if (filters.type) {
    parts.push('o.type = ?');
    params.push(filters.type);
  }
  if (filters.from) {
    parts.push('o.end_at > ?');
    params.push(parseVnDate(filters.from));
  }
  if (filters.to) {
    parts.push('o.start_at < ?');
    params.push(parseVnDate(filters.to)! + DAY_MS);
  }
  if (filters.q) {
    const folded = foldVietnamese(filters.q);
    if (folded) {
      parts.push("o.search LIKE ? ESCAPE '\\'");
      params.push(likePattern(folded));
    }
  }
  return { sql: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

const TYPE_LABEL = { planned: 'Cắt điện theo kế hoạch', emergency: 'Mất điện do sự cố' } as const;

export default async function outageRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  r.get('/api/outages/branches', { schema: { response: { 200: BranchList } } }, async (_request, reply) => {
    const branches = db.prepare('SELECT id, name, company, phone, address FROM outage_branches ORDER BY sort').all() as {
      id: string;
      name: string;
      company: string;
      phone: string;
      address: string;
    }[];
    const communes = db.prepare('SELECT id, branch_id, name FROM outage_communes ORDER BY branch_id, sort').all() as {
      id: string;
      branch_id: string;
      name: string;
    }[];
    reply.header('Cache-Control', 'public, max-age=3600');
    return {
      items: branches.map((b) => ({
        ...b,
        communes: communes.filter((c) => c.branch_id === b.id).map((c) => ({ id: c.id, name: c.name })),
      })),
    };
  });

  r.get('/api/outages', { schema: { querystring: OutageQuery, response: { 200: OutagePage } } }, async (request) => {
    const q = request.query;
    checkKnown(db, 'outage_branches', 'branch', q.branch, 'điện lực');
    checkKnown(db, 'outage_communes', 'commune', q.commune, 'xã, phường');
    const now = ctx.now();
    const { sql, params } = whereOf(q, now);
    const total = db.prepare(`SELECT COUNT(*) FROM outages o${sql}`).pluck().get(...params) as number;
    const rows = db
      .prepare(`${SELECT}${sql} ORDER BY o.start_at, o.id LIMIT ? OFFSET ?`)
      .all(...params, q.pageSize, offsetOf(q)) as OutageRow[];
    return pageResult(
      rows.map((row) => toOutage(row, now)),
      total,
      q,
    );
  });

  r.get('/api/outages.ics', { schema: { querystring: OutageCalendarQuery } }, async (request, reply) => {
    const q = request.query;
    checkKnown(db, 'outage_branches', 'branch', q.branch, 'điện lực');
    checkKnown(db, 'outage_communes', 'commune', q.commune, 'xã, phường');
    const now = ctx.now();
    let rows: OutageRow[];
    let name = 'Lịch cắt điện tỉnh Lào Cai';
    let fileName = 'lich-cat-dien-lao-cai.ics';
    if (q.id) {
      const row = db.prepare(`${SELECT} WHERE o.id = ?`).get(q.id) as OutageRow | undefined;
      if (!row) throw notFound('Không tìm thấy lịch cắt điện này.');
      rows = [row];
      name = `Cắt điện ${row.id}`;
      fileName = `lich-cat-dien-${row.id}.ics`;
    } else {
      const { sql, params } = whereOf(q, now);
      rows = db.prepare(`${SELECT}${sql} ORDER BY o.start_at, o.id`).all(...params) as OutageRow[];
      if (q.branch?.length === 1 && !q.commune?.length) {
        name = `Lịch cắt điện – ${rows[0]?.branch_name ?? (db.prepare('SELECT name FROM outage_branches WHERE id = ?').pluck().get(q.branch[0]) as string)}`;
      }
    }
    const events: CalendarEvent[] = rows.map((row) => {
      const o = toOutage(row, now);
      const place = o.communes.map((n) => n.charAt(0).toLowerCase() + n.slice(1)).join(', ');
      return {
        uid: `${o.id}@lao-cai-so`,
        start: row.start_at,
        end: row.end_at,
        summary: `${o.type === 'emergency' ? 'Mất điện' : 'Cắt điện'}: ${place || o.branch}`,
        description: [
          `${TYPE_LABEL[o.type]} – ${o.branch} (${o.company}).`,
          `Khu vực: ${o.area}`,
          `Lý do: ${o.reason}`,
          ...(o.note ? [`Ghi chú: ${o.note}`] : []),
          `Mã lịch: ${o.id}. Tổng đài chăm sóc khách hàng: ${o.phone}.`,
        ].join('\n'),
        location: `${place}, tỉnh Lào Cai`,
        url: `${ctx.config.appBaseUrl}/outages/${encodeURIComponent(o.id)}`,
        status: o.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
        categories: ['Lịch cắt điện', o.branch],
        sequence: row.cancelled_at !== null ? 1 : 0,
        lastModified: row.updated_at,
        alarmMinutesBefore: o.type === 'planned' ? 60 : undefined,
        alarmText: `Sắp cắt điện ở ${place || o.branch} lúc ${o.start.slice(11, 16)}`,
      };
    });
    const body = buildCalendar({
      name,
      description: 'Lịch ngừng, giảm cung cấp điện do các Điện lực trên địa bàn tỉnh Lào Cai công bố.',
      events,
      now,
    });
    return reply
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${fileName}"`)
      .header('Cache-Control', 'public, max-age=300')
      .send(body);
  });

  r.get('/api/outages/:id', { schema: { params: IdParam, response: { 200: Outage } } }, async (request) => {
    const row = db.prepare(`${SELECT} WHERE o.id = ?`).get(request.params.id) as OutageRow | undefined;
    if (!row) throw notFound('Không tìm thấy lịch cắt điện này.');
    return toOutage(row, ctx.now());
  });
}
