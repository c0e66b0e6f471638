import type { FastifyInstance } from 'fastify';
import type { RouteContext, RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { IdParam } from '../contract/common.js';
import { foldVietnamese, likePattern } from '../contract/text.js';
import {
  PROCEDURE_FIELDS,
  ProcedureDetail,
  ProcedureFacets,
  ProcedurePage,
  ProcedureQuery,
  SERVICE_LEVELS,
} from '../contract/dossiers.js';
import { notFound } from '../plugins/errors.js';
import { findProcedure, procedureDetail, procedureSummary, type ProcedureRow } from '../services/dossiers.js';

export default async function procedureRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  r.get('/api/procedures', { schema: { querystring: ProcedureQuery, response: { 200: ProcedurePage } } }, async (request) => {
    const { page, pageSize, q, field, agency, level } = request.query;
    const where: string[] = [];
    const args: unknown[] = [];
    if (field) {
      where.push('field = ?');
      args.push(field);
    }
    if (agency) {
      where.push('authority_id = ?');
      args.push(agency);
    }
    if (level) {
      where.push('service_level = ?');
      args.push(level);
    }
    const phrase = q ? foldVietnamese(q) : '';
    const run = (textWhere: string[], textArgs: unknown[], rank = '') => {
      const all = [...where, ...textWhere];
      const clause = all.length ? `WHERE ${all.join(' AND ')}` : '';
      const total = db.prepare(`SELECT COUNT(*) FROM procedures ${clause}`).pluck().get(...args, ...textArgs) as number;
      // Names that contain the words come first (the name opens the search text).
      const order = rank ? 'instr(search, ?), sort' : 'sort';
      const rows = db
        .prepare(`SELECT * FROM procedures ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`)
        .all(...args, ...textArgs, ...(rank ? [rank] : []), pageSize, (page - 1) * pageSize) as ProcedureRow[];
      return { total, rows };
    };
    // The words as typed, together ("so do" → "sổ đỏ"); failing that, every word anywhere.
    let found = phrase ? run(["search LIKE ? ESCAPE '\\'"], [likePattern(phrase)], phrase) : run([], []);
    if (phrase && found.total === 0) {
      const words = phrase.split(' ').filter(Boolean);
      found = run(words.map(() => "search LIKE ? ESCAPE '\\'"), words.map(likePattern), words[0]);
    }
    const { total, rows } = found;
    return { items: rows.map(procedureSummary), page, pageSize, total };
  });

  r.get('/api/procedures/facets', { schema: { response: { 200: ProcedureFacets } } }, async () => facets(ctx));

  r.get('/api/procedures/:id', { schema: { params: IdParam, response: { 200: ProcedureDetail } } }, async (request) => {
    const row = findProcedure(db, request.params.id);
    if (!row) throw notFound('Không tìm thấy thủ tục này. Có thể thủ tục đã được bãi bỏ hoặc thay thế.');
    return procedureDetail(db, row);
  });
}

/** The choices for the catalogue's filters, with how many procedures each has. */
function facets({ db }: RouteContext): ProcedureFacets {
  const count = (col: string) =>
    new Map(
      (db.prepare(`SELECT ${col} AS k, COUNT(*) AS n FROM procedures GROUP BY ${col}`).all() as { k: string; n: number }[]).map((x) => [x.k, x.n]),
    );
  const byField = count('field');
  const byLevel = count('service_level');
  const authorities = db
    .prepare('SELECT authority_id AS id, authority_name AS name, COUNT(*) AS count FROM procedures GROUP BY authority_id ORDER BY MIN(sort)')
    .all() as { id: string; name: string; count: number }[];
  return {
    fields: PROCEDURE_FIELDS.map((f) => ({ id: f.id, label: f.label, count: byField.get(f.id) ?? 0 })).filter((f) => f.count > 0),
    authorities,
    levels: SERVICE_LEVELS.map((l) => ({ id: l.id, label: l.label, count: byLevel.get(l.id) ?? 0 })),
    total: db.prepare('SELECT COUNT(*) FROM procedures').pluck().get() as number,
  };
}
