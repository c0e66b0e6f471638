import type { FastifyInstance, FastifyRequest } from 'fastify';
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
  OfficerFeedbackPage,
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
} from '../services/feedback-status.js';
import {
  changeStatus,
  createFeedback,
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
import { invalidField } from '../plugins/errors.js';

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
    return toDetail(db, row, await request.caller(), ctx.now());
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

  // ---- Officers: see everything, move reports along ----

  r.get(
    '/api/officer/feedback',
    { schema: { querystring: FeedbackListQuery, response: { 200: OfficerFeedbackPage } } },
    async (request) => {
      await requireOfficer(request);
      const { page, pageSize, category, status, area, q } = request.query;
      const { rows, total } = listFeedback(db, { category, statuses: status, area, q }, page, pageSize);
      return {
        items: rows.map((row) => ({ ...toSummary(db, row, true), reporterId: row.owner_id, anonymous: row.anonymous === 1 })),
        page,
        pageSize,
        total,
      };
    },
  );

  r.get(
    '/api/officer/feedback/:code',
    { schema: { params: CodeParam, response: { 200: OfficerFeedbackDetail } } },
    async (request) => {
      await requireOfficer(request);
      return toOfficerDetail(db, requireFeedback(db, request.params.code), ctx.now());
    },
  );

  async function officerWrite(request: FastifyRequest, code: string, body: unknown, change: (now: number) => ChangeInput) {
    await requireOfficer(request);
    const key = idempotencyKeyOf(request, false);
    return runIdempotent(db, { scope: 'officer', key, now: ctx.now(), request: { route: request.url, body } }, () => {
      const now = ctx.now();
      const row = changeStatus(db, code, change(now));
      return { status: 200, body: toOfficerDetail(db, row, now) };
    }).body;
  }

  const officerSchema = <B>(body: B) => ({ params: CodeParam, body, response: { 200: OfficerFeedbackDetail } });

  r.post('/api/officer/feedback/:code/assign', { schema: officerSchema(AssignRequest) }, async (request) =>
    officerWrite(request, request.params.code, request.body, (at) => ({
      kind: 'assigned',
      actor: 'officer',
      at,
      agency: request.body.agency,
      note: request.body.note,
    })),
  );

  r.post('/api/officer/feedback/:code/process', { schema: officerSchema(NoteRequest) }, async (request) =>
    officerWrite(request, request.params.code, request.body, (at) => ({ kind: 'processing', actor: 'officer', at, note: request.body.note })),
  );

  r.post('/api/officer/feedback/:code/answer', { schema: officerSchema(AnswerRequest) }, async (request) =>
    officerWrite(request, request.params.code, request.body, (at) => ({
      kind: 'answered',
      actor: 'officer',
      at,
      agency: request.body.agency,
      answerText: request.body.text,
    })),
  );

  r.post('/api/officer/feedback/:code/close', { schema: officerSchema(NoteRequest) }, async (request) =>
    officerWrite(request, request.params.code, request.body, (at) => ({ kind: 'closed', actor: 'officer', at, note: request.body.note })),
  );

  r.post('/api/officer/feedback/:code/reject', { schema: officerSchema(RejectRequest) }, async (request) =>
    officerWrite(request, request.params.code, request.body, (at) => ({ kind: 'rejected', actor: 'officer', at, note: request.body.reason })),
  );

  r.post('/api/officer/feedback/:code/duplicate', { schema: officerSchema(DuplicateRequest) }, async (request) =>
    officerWrite(request, request.params.code, request.body, (at) => {
      if (request.body.originalCode.toUpperCase() === request.params.code.toUpperCase()) {
        throw invalidField('originalCode', 'Một phản ánh không thể trùng với chính nó.');
      }
      return { kind: 'duplicate', actor: 'officer', at, duplicateOf: request.body.originalCode.toUpperCase(), note: request.body.note };
    }),
  );

}
