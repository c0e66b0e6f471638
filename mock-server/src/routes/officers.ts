import type { FastifyInstance, FastifyReply } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import {
  AgencyList,
  OfficerProfile,
  OfficerSession,
  OfficerSignInRequest,
  OutboxPage,
  OutboxQuery,
  Stats,
  StatsQuery,
  type OutboxItem,
} from '../contract/officers.js';
import { toVnIso } from '../contract/vn-time.js';
import { bearerOf, requireOfficer } from '../plugins/auth.js';
import { badRequest, notFound, unauthorized } from '../plugins/errors.js';
import { AGENCIES, type Agency } from '../services/agencies.js';
import { actsForAll, AUTOMATION, figureAgencies, officerDisplayName, signIn, type Officer } from '../services/officers.js';
import { officerStats } from '../services/officer-stats.js';

const agencyRef = (a: Agency) => ({ code: a.code, name: a.name, kind: a.kind, parentCode: a.parentCode });

function profileOf(o: Officer): OfficerProfile {
  return {
    id: o.id,
    username: o.username,
    fullName: o.fullName,
    title: o.title,
    displayName: officerDisplayName(o),
    role: o.role,
    agency: o.agency ? agencyRef(o.agency) : null,
    figureAgencies: figureAgencies(o).map(agencyRef),
  };
}

const noStore = (reply: FastifyReply) => reply.header('Cache-Control', 'private, no-store');

interface OutboxRow {
  id: number;
  user_id: string;
  channel: 'zns' | 'miniapp';
  template: string;
  params: string;
  status: OutboxItem['status'];
  created_at: number;
  ref_kind: string;
  ref_id: string;
  attempts: number;
  last_error: string | null;
}

/** Officer accounts (sign-in, sign-out, who am I), the agency directory, the outbox and the figures. */
export default async function officerRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  r.post('/api/officer/session', { schema: { body: OfficerSignInRequest, response: { 200: OfficerSession } } }, async (request, reply) => {
    const { username, password } = request.body;
    const officer = await signIn(db, username, password, ctx.now());
    const { token, expiresAt } = await ctx.tokens.issue(officer.id, ctx.now(), { kind: 'officer', ttlSeconds: ctx.config.officerSessionTtlSeconds });
    return noStore(reply).send({ token, expiresAt: toVnIso(expiresAt.getTime()), officer: profileOf(officer) });
  });

  /** Sign-out: the session's token is refused from now on, also after a restart. */
  r.delete('/api/officer/session', async (request, reply) => {
    const officer = await requireOfficer(request);
    if (officer.id === AUTOMATION.id) throw badRequest('Khóa tự động hóa (OFFICER_TOKEN) không đăng xuất được: hãy đổi OFFICER_TOKEN của máy chủ.');
    const bearer = bearerOf(request);
    if (!bearer || !(await ctx.tokens.revoke(bearer))) throw unauthorized('Phiên đăng nhập đã hết hạn hoặc không hợp lệ.');
    return noStore(reply).code(204).send();
  });

  r.get('/api/officer/me', { schema: { response: { 200: OfficerProfile } } }, async (request, reply) =>
    noStore(reply).send(profileOf(await requireOfficer(request))),
  );

  r.get('/api/officer/agencies', { schema: { response: { 200: AgencyList } } }, async (request, reply) => {
    await requireOfficer(request);
    return reply.header('Cache-Control', 'private, max-age=3600').send({ items: AGENCIES.map(agencyRef) });
  });

  /**
   * Messages for residents through Zalo, newest first: an officer sees those about their agency's
   * dossiers and reports; admins and the automation key all. Phone numbers are never listed.
   */
  r.get('/api/officer/outbox', { schema: { querystring: OutboxQuery, response: { 200: OutboxPage } } }, async (request, reply) => {
    const officer = await requireOfficer(request);
    const { page, pageSize, status } = request.query;
    const where: string[] = [];
    const args: unknown[] = [];
    if (!actsForAll(officer)) {
      where.push('agency_code = ?');
      args.push(officer.agency?.code ?? '');
    }
    if (status) {
      where.push('status = ?');
      args.push(status);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = db.prepare(`SELECT COUNT(*) FROM notification_outbox ${clause}`).pluck().get(...args) as number;
    const rows = db
      .prepare(
        `SELECT id, user_id, channel, template, params, status, created_at, ref_kind, ref_id, attempts, last_error
         FROM notification_outbox ${clause} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
      )
      .all(...args, pageSize, (page - 1) * pageSize) as OutboxRow[];
    return noStore(reply).send({
      items: rows.map((m) => ({
        id: m.id,
        userId: m.user_id,
        channel: m.channel,
        template: m.template,
        params: JSON.parse(m.params) as Record<string, string>,
        status: m.status,
        createdAt: toVnIso(m.created_at),
        refKind: m.ref_kind,
        refId: m.ref_id,
        attempts: m.attempts,
        lastError: m.last_error,
      })),
      page,
      pageSize,
      total,
      sender: ctx.outbox.sender.name,
    });
  });

  /** The figures of the agencies the officer oversees, or of one of them (`agency`). */
  r.get('/api/officer/stats', { schema: { querystring: StatsQuery, response: { 200: Stats } } }, async (request, reply) => {
    const officer = await requireOfficer(request);
    const { weeks, agency } = request.query;
    const visible = figureAgencies(officer);
    let chosen = visible;
    if (agency) {
      const one = visible.find((a) => a.code === agency);
      if (!one) throw notFound('Không tìm thấy cơ quan này trong phạm vi số liệu của bạn.');
      chosen = [one];
    }
    return noStore(reply).send(officerStats(db, chosen, weeks, ctx.now()));
  });
}
