import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import {
  AnswerRequest,
  AreaList,
  AssignRequest,
  CategoryList,
  CodeParam,
  CreateFeedbackRequest,
  DuplicateRequest,
  FeedbackDetail,
  FeedbackListQuery,
  FeedbackPage,
  MyFeedbackPage,
  MyFeedbackQuery,
  NearbyQuery,
  NearbyResponse,
  NoteRequest,
  OfficerFeedbackDetail,
  type FeedbackStatus,
  RatingRequest,
  RejectRequest,
  ReopenRequest,
} from '../contract/feedback.js';
import { requireOfficer, requireUser } from '../plugins/auth.js';
import { idempotencyKeyOf, runIdempotent } from '../plugins/idempotency.js';
import { FEEDBACK_AREAS, FEEDBACK_CATEGORIES } from '../services/feedback-catalog.js';
import {
  boundingBox,
  countsForNearby,
  distanceMeters,
  NEARBY_RADIUS_M,
  NEARBY_WINDOW_MS,
  nextStatuses,
  officerActionTarget,
} from '../services/feedback-status.js';
import {
  addWorkingDays,
  changeStatus,
  createFeedback,
  previewChange,
  listFeedback,
  rateFeedback,
  reopenFeedback,
  requireFeedback,
  toDetail,
  toOfficerDetail,
  toSummary,
  locationFor,
  type ChangeInput,
  type FeedbackRow,
} from '../services/feedback.js';
import { AppError, invalidField, notFound } from '../plugins/errors.js';
import { AUTOMATION, mayActFor, officerDisplayName, type Officer } from '../services/officers.js';
import { resolveAgency } from '../services/agencies.js';
import { zaloConsentOf } from '../services/notifications.js';
import { toVnIso } from '../contract/vn-time.js';
import {
  FeedbackPreview,
  FeedbackPreviewRequest,
  OfficerFeedbackListPage,
  OfficerFeedbackListQuery,
  OfficerFeedbackView,
  FEEDBACK_ACTIONS,
  type FeedbackAction,
} from '../contract/officers.js';

export default async function feedbackRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  const publicCategories = FEEDBACK_CATEGORIES.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    group: c.group,
    agency: c.agency,
    answerDays: c.answerDays,
    notice: c.notice,
    fields: c.fields,
  }));

  r.get('/api/feedback/categories', { schema: { response: { 200: CategoryList } } }, async (_req, reply) => {
    reply.header('Cache-Control', 'public, max-age=3600');
    return { items: publicCategories };
  });

  r.get('/api/feedback/areas', { schema: { response: { 200: AreaList } } }, async (_req, reply) => {
    reply.header('Cache-Control', 'public, max-age=3600');
    return { items: FEEDBACK_AREAS };
  });

  r.get('/api/feedback', { schema: { querystring: FeedbackListQuery, response: { 200: FeedbackPage } } }, async (request) => {
    const { page, pageSize, category, status, area, q } = request.query;
    const { rows, total } = listFeedback(db, { category, statuses: status, area, q }, page, pageSize);
    return { items: rows.map((row) => toSummary(db, row, false)), page, pageSize, total };
  });

  r.get('/api/feedback/nearby', { schema: { querystring: NearbyQuery, response: { 200: NearbyResponse } } }, async (request) => {
    const { lat, long, category } = request.query;
    const box = boundingBox({ lat, long }, NEARBY_RADIUS_M);
    const since = ctx.now() - NEARBY_WINDOW_MS;
    const rows = db
      .prepare(
        `SELECT * FROM feedback WHERE category_id = ? AND lat BETWEEN ? AND ? AND long BETWEEN ? AND ? AND created_at >= ?`,
      )
      .all(category, box.minLat, box.maxLat, box.minLong, box.maxLong, since) as FeedbackRow[];
    // Distances from the public position: exact ones, asked from three places, would give the
    // exact position of an anonymous report back.
    const items = rows
      .filter((row) => countsForNearby(row.status))
      .map((row) => ({ row, d: distanceMeters({ lat, long }, locationFor(row, false)!) }))
      .filter((x) => x.d <= NEARBY_RADIUS_M)
      .sort((a, b) => a.d - b.d || b.row.created_at - a.row.created_at)
      .slice(0, 10)
      .map(({ row, d }) => ({ ...toSummary(db, row, false), distanceMeters: Math.round(d) }));
    return { items, radiusMeters: NEARBY_RADIUS_M, days: NEARBY_WINDOW_MS / (24 * 3600 * 1000) };
  });

  r.get('/api/feedback/:code', { schema: { params: CodeParam, response: { 200: FeedbackDetail } } }, async (request) => {
    const row = requireFeedback(db, request.params.code);
    const caller = await request.caller();
    // Another agency's officer sees a report as the public does (no exact position of an anonymous one).
    const viewer = caller.kind === 'officer' && !mayActFor(caller.officer, row.agency_code) ? { kind: 'anonymous' as const } : caller;
    return toDetail(db, row, viewer, ctx.now());
  });

  r.post(
    '/api/feedback',
    { schema: { body: CreateFeedbackRequest, response: { 201: FeedbackDetail } } },
    async (request, reply) => {
      const userId = await requireUser(request);
      const key = idempotencyKeyOf(request, true);
      const body = request.body;
      const result = runIdempotent(db, { scope: userId, key, now: ctx.now(), request: { route: 'feedback:create', body } }, () => {
        const row = createFeedback(db, {
          ownerId: userId,
          categoryId: body.categoryId,
          title: body.title,
          content: body.content,
          location: body.location,
          areaId: body.areaId,
          address: body.address,
          photoIds: body.photoIds,
          anonymous: body.anonymous,
          fields: body.fields,
          source: 'app',
          at: ctx.now(),
        });
        return { status: 201, body: toDetail(db, row, { kind: 'user', userId }, ctx.now()) };
      });
      return reply.code(201).send(result.body);
    },
  );

  r.get('/api/me/feedback', { schema: { querystring: MyFeedbackQuery, response: { 200: MyFeedbackPage } } }, async (request) => {
    const userId = await requireUser(request);
    const { page, pageSize, status } = request.query;
    const { rows, total } = listFeedback(db, { ownerId: userId, statuses: status }, page, pageSize);
    return { items: rows.map((row) => ({ ...toSummary(db, row, true), anonymous: row.anonymous === 1 })), page, pageSize, total };
  });

  /** A citizen's write on their own report, idempotent, answered with the fresh detail. */
  async function ownerWrite(request: FastifyRequest, route: string, code: string, body: unknown, write: (userId: string, now: number) => FeedbackRow) {
    const userId = await requireUser(request);
    const key = idempotencyKeyOf(request, true);
    return runIdempotent(db, { scope: userId, key, now: ctx.now(), request: { route, code: code.toUpperCase(), body } }, () => {
      const now = ctx.now();
      const row = write(userId, now);
      return { status: 200, body: toDetail(db, row, { kind: 'user', userId }, now) };
    }).body;
  }

  r.post(
    '/api/feedback/:code/rating',
    { schema: { params: CodeParam, body: RatingRequest, response: { 200: FeedbackDetail } } },
    async (request) => {
      const { score, comment } = request.body;
      return ownerWrite(request, 'feedback:rating', request.params.code, request.body, (userId, now) =>
        rateFeedback(db, request.params.code, userId, score, comment || null, now),
      );
    },
  );

  r.post(
    '/api/feedback/:code/reopen',
    { schema: { params: CodeParam, body: ReopenRequest, response: { 200: FeedbackDetail } } },
    async (request) =>
      ownerWrite(request, 'feedback:reopen', request.params.code, request.body, (userId, now) =>
        reopenFeedback(db, request.params.code, userId, request.body.reason, now),
      ),
  );

  // ---- Officers: their agency's reports (admins: all), moved along, each step naming who did it ----

  /** A report of the officer's agency (admins and the automation key: any), else 404 as if it did not exist. */
  function reportInScope(code: string, officer: Officer): FeedbackRow {
    const row = requireFeedback(db, code);
    if (!mayActFor(officer, row.agency_code)) throw notFound(`Không tìm thấy phản ánh ${code} trong cơ quan của bạn.`);
    return row;
  }

  /** The agency a report goes to: one the directory knows, by code or name (its canonical name is kept). */
  function knownAgency(given: string, path: string) {
    const agency = resolveAgency(given);
    if (!agency) throw invalidField(path, `Không có cơ quan "${given}" trong danh mục. Vui lòng chọn cơ quan trong danh sách.`);
    return agency;
  }

  r.get(
    '/api/officer/feedback',
    { schema: { querystring: OfficerFeedbackListQuery, response: { 200: OfficerFeedbackListPage } } },
    async (request) => {
      const officer = await requireOfficer(request);
      const { page, pageSize, category, status, area, q, queue, agency } = request.query;
      if (agency && !mayActFor(officer, agency)) throw notFound('Không tìm thấy cơ quan này trong phạm vi của bạn.');
      const now = ctx.now();
      const agencyCodes = agency ? [agency] : officer.role === 'admin' ? undefined : officer.agency ? [officer.agency.code] : [];
      const dueBy = addWorkingDays(now, 2);
      const queueFilter = (name: typeof queue): { statuses?: FeedbackStatus[]; dueBy?: number } =>
        name === 'new' ? { statuses: ['received'] } : name === 'handling' ? { statuses: ['assigned', 'processing'] } : name === 'due-soon' ? { dueBy } : {};
      const chosen = queueFilter(queue);
      const { rows, total } = listFeedback(
        db,
        { category, statuses: chosen.statuses ?? status, area, q, agencyCodes, dueBy: chosen.dueBy },
        page,
        pageSize,
        queue === 'due-soon' ? 'due' : 'newest',
      );
      const count = (name: 'new' | 'handling' | 'due-soon') => listFeedback(db, { agencyCodes, ...queueFilter(name) }, 1, 1).total;
      return {
        items: rows.map((row) => ({
          ...toSummary(db, row, true),
          reporterId: row.owner_id,
          anonymous: row.anonymous === 1,
          expectedAt: toVnIso(row.expected_at),
          late: ['received', 'assigned', 'processing'].includes(row.status) && row.expected_at < now,
        })),
        page,
        pageSize,
        total,
        queues: { new: count('new'), handling: count('handling'), 'due-soon': count('due-soon') },
      };
    },
  );

  r.get(
    '/api/officer/feedback/:code',
    { schema: { params: CodeParam, response: { 200: OfficerFeedbackView } } },
    async (request) => {
      const officer = await requireOfficer(request);
      const row = reportInScope(request.params.code, officer);
      const next = nextStatuses(row.status);
      // Every action whose status may follow this one (assign again to move it on).
      const actions = FEEDBACK_ACTIONS.filter((a) => next.includes(officerActionTarget[a]));
      return { ...toOfficerDetail(db, row, ctx.now()), actions, ownerZalo: zaloConsentOf(db, row.owner_id) };
    },
  );

  /** The change an officer's request asks for, checked (agencies known, an answer in their own agency's name). */
  function changeFor(officer: Officer, code: string, action: FeedbackAction, body: Record<string, string | undefined>, at: number): ChangeInput {
    const who = { actor: 'officer' as const, at, officer: { display: officer.id === AUTOMATION.id ? null : officerDisplayName(officer), account: officer.username } };
    switch (action) {
      case 'assign':
        return { kind: 'assigned', ...who, agency: knownAgency(body.agency ?? '', 'agency').name, note: body.note };
      case 'process':
        return { kind: 'processing', ...who, note: body.note };
      case 'answer': {
        // A named officer answers for their own agency; an administrator or the automation key for
        // the agency it names, else the one the report is with.
        if (officer.agency && officer.role !== 'admin') {
          if (body.agency && resolveAgency(body.agency)?.code !== officer.agency.code) {
            throw invalidField('agency', `Bạn chỉ trả lời được nhân danh ${officer.agency.name}.`);
          }
          return { kind: 'answered', ...who, agency: officer.agency.name, answerText: body.text };
        }
        return { kind: 'answered', ...who, agency: body.agency ? knownAgency(body.agency, 'agency').name : undefined, answerText: body.text };
      }
      case 'close':
        return { kind: 'closed', ...who, note: body.note };
      case 'reject':
        return { kind: 'rejected', ...who, note: body.reason };
      case 'duplicate': {
        const original = (body.originalCode ?? '').toUpperCase();
        if (original === code.toUpperCase()) throw invalidField('originalCode', 'Một phản ánh không thể trùng với chính nó.');
        return { kind: 'duplicate', ...who, duplicateOf: original, note: body.note };
      }
    }
  }

  async function officerWrite(request: FastifyRequest, action: FeedbackAction, code: string, body: Record<string, string | undefined>) {
    const officer = await requireOfficer(request);
    const key = idempotencyKeyOf(request, false);
    reportInScope(code, officer);
    return runIdempotent(db, { scope: `officer:${officer.id}`, key, now: ctx.now(), request: { route: request.url, body } }, () => {
      const now = ctx.now();
      const row = changeStatus(db, code, changeFor(officer, code, action, body, now));
      return { status: 200, body: toOfficerDetail(db, row, now) };
    }).body;
  }

  const officerSchema = <B>(body: B) => ({ params: CodeParam, body, response: { 200: OfficerFeedbackDetail } });

  r.post('/api/officer/feedback/:code/assign', { schema: officerSchema(AssignRequest) }, async (request) =>
    officerWrite(request, 'assign', request.params.code, request.body),
  );
  r.post('/api/officer/feedback/:code/process', { schema: officerSchema(NoteRequest) }, async (request) =>
    officerWrite(request, 'process', request.params.code, request.body),
  );
  r.post('/api/officer/feedback/:code/answer', { schema: officerSchema(AnswerRequest) }, async (request) =>
    officerWrite(request, 'answer', request.params.code, request.body),
  );
  r.post('/api/officer/feedback/:code/close', { schema: officerSchema(NoteRequest) }, async (request) =>
    officerWrite(request, 'close', request.params.code, request.body),
  );
  r.post('/api/officer/feedback/:code/reject', { schema: officerSchema(RejectRequest) }, async (request) =>
    officerWrite(request, 'reject', request.params.code, request.body),
  );
  r.post('/api/officer/feedback/:code/duplicate', { schema: officerSchema(DuplicateRequest) }, async (request) =>
    officerWrite(request, 'duplicate', request.params.code, request.body),
  );

  // What the resident will read after an action, before the officer sends it (checked as the action is).
  const previewBodies: Record<FeedbackAction, z.ZodType> = {
    assign: AssignRequest,
    process: NoteRequest,
    answer: AnswerRequest,
    close: NoteRequest,
    reject: RejectRequest,
    duplicate: DuplicateRequest,
  };
  r.post(
    '/api/officer/feedback/:code/preview',
    { schema: { params: CodeParam, body: FeedbackPreviewRequest, response: { 200: FeedbackPreview } } },
    async (request) => {
      const officer = await requireOfficer(request);
      const row = reportInScope(request.params.code, officer);
      const { action, ...fields } = request.body;
      const parsed = previewBodies[action].safeParse(fields);
      if (!parsed.success) {
        throw new AppError(
          400,
          'VALIDATION_ERROR',
          'Dữ liệu gửi lên chưa hợp lệ.',
          parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(gốc)', message: i.message })),
        );
      }
      const now = ctx.now();
      const seen = previewChange(db, row.code, changeFor(officer, row.code, action, parsed.data as Record<string, string | undefined>, now));
      const consent = zaloConsentOf(db, row.owner_id);
      return {
        notice: seen.notice,
        timeline: { title: seen.timeline.title, statusLabel: seen.timeline.statusLabel, note: seen.timeline.note, officer: seen.timeline.officer ?? null },
        delivery: { zaloConsent: consent, zalo: seen.zalo },
      };
    },
  );
}
