import { timingSafeEqual } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteOptions, RouteContext } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { RequestValidationError } from '../plugins/zod.js';
import {
  Open311Created,
  Open311Discovery,
  Open311PostBody,
  Open311Request,
  Open311RequestList,
  Open311RequestsQuery,
  Open311ServiceDefinition,
  Open311ServiceList,
} from '../contract/open311.js';
import { AppError } from '../plugins/errors.js';
import { idempotencyKeyOf, runIdempotent } from '../plugins/idempotency.js';
import { FEEDBACK_AREAS, FEEDBACK_CATEGORIES, findArea, findCategory } from '../services/feedback-catalog.js';
import { foldVietnamese, visibleLength } from '../contract/text.js';
import { open311Status, statusesFor, type FeedbackStatus } from '../services/feedback-status.js';
import { createFeedback, findFeedback, uploadsOfFeedback, type FeedbackRow } from '../services/feedback.js';
import { toVnIso } from '../contract/vn-time.js';
import type { Open311ApiKey } from '../config.js';

/** The jurisdiction this endpoint serves; other ids are not ours (404), none at all is fine. */
export const JURISDICTION_ID = 'laocai.gov.vn';
const SPEC_URL = 'http://wiki.open311.org/GeoReport_v2';
const DAY_MS = 24 * 3600 * 1000;
const MAX_SPAN_MS = 90 * DAY_MS;
const MAX_RESULTS = 1000;

/** An error in the specification's shape: an HTTP status and `[{ code, description }]`. */
class Open311Failure extends Error {
  constructor(
    readonly status: number,
    readonly errors: { code: number; description: string }[],
  ) {
    super(errors[0]?.description ?? 'Lỗi');
  }
}
const fail = (status: number, description: string) => new Open311Failure(status, [{ code: status, description }]);

function sendErrors(reply: FastifyReply, status: number, errors: { code: number; description: string }[]) {
  return reply.code(status).type('application/json; charset=utf-8').serializer(JSON.stringify).send(errors);
}

const FRAMEWORK: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [400, 'Kiểu nội dung không được hỗ trợ: gửi application/x-www-form-urlencoded hoặc application/json.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [400, 'Dữ liệu gửi lên quá lớn.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'Nội dung JSON đang trống.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'Nội dung gửi lên không phải JSON hợp lệ.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'Độ dài nội dung không khớp.'],
};

function handleError(err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof Open311Failure) return sendErrors(reply, err.status, err.errors);
  if (err instanceof AppError) {
    const errors = err.details?.length
      ? err.details.map((d) => ({ code: err.statusCode, description: `${d.path}: ${d.message}` }))
      : [{ code: err.statusCode, description: err.message }];
    return sendErrors(reply, err.statusCode, errors);
  }
  if (err instanceof RequestValidationError) {
    return sendErrors(
      reply,
      400,
      err.issues.map((i) => ({ code: 400, description: `${i.path.length ? i.path.join('.') : 'yêu cầu'}: ${i.message}` })),
    );
  }
  const fe = err as FastifyError;
  const known = fe.code ? FRAMEWORK[fe.code] : undefined;
  if (known) return sendErrors(reply, known[0], [{ code: known[0], description: known[1] }]);
  if (fe.statusCode === 429) return sendErrors(reply, 429, [{ code: 429, description: 'Gửi quá nhiều yêu cầu, vui lòng thử lại sau.' }]);
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return sendErrors(reply, 400, [{ code: 400, description: 'Yêu cầu không hợp lệ.' }]);
  }
  request.log.error({ err }, 'open311: unhandled error');
  return sendErrors(reply, 500, [{ code: 500, description: 'Máy chủ gặp sự cố. Vui lòng thử lại sau.' }]);
}

/** `a=1&attribute[kind]=x&attribute[list][]=y`: the spec's form encoding, attributes gathered in one object. */
export function parseForm(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const attribute: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const m = /^attribute\[([^\]]{1,40})\](\[\])?$/.exec(key);
    if (m) {
      if (m[2]) {
        const prior = attribute[m[1]];
        attribute[m[1]] = Array.isArray(prior) ? [...prior, value] : [value];
      } else attribute[m[1]] = value;
    } else out[key] = value;
  }
  if (Object.keys(attribute).length) out.attribute = attribute;
  return out;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function clientOfKey(keys: Open311ApiKey[], given: string | undefined): Open311ApiKey | null {
  if (!given) return null;
  return keys.find((k) => sameSecret(k.key, given)) ?? null;
}

/** W3C datetime (`2026-11-01`, `2026-11-01T08:00Z`, `2026-11-01T08:00:00+07:00`); a bare date is Vietnam's midnight. */
export function parseW3cDate(text: string): number | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const ms = Date.parse(`${text}T00:00:00+07:00`);
    return Number.isNaN(ms) ? null : ms;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

function listOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function checkJurisdiction(id: string | undefined) {
  if (id !== undefined && id !== '' && id !== JURISDICTION_ID) {
    throw fail(404, `jurisdiction_id "${id}" không có ở đây; máy chủ này phục vụ ${JURISDICTION_ID}.`);
  }
}

function addressOf(row: FeedbackRow): string {
  const area = findArea(row.area_id);
  return [row.address, area?.name, 'tỉnh Lào Cai'].filter((p) => p && p.trim()).join(', ');
}

export function toOpen311(ctx: RouteContext, row: FeedbackRow): Open311Request {
  const category = findCategory(row.category_id);
  const photos = uploadsOfFeedback(ctx.db, row.code);
  return {
    service_request_id: row.code,
    status: open311Status(row.status),
    status_notes: row.status_note,
    service_name: category?.name ?? row.category_id,
    service_code: row.category_id,
    description: row.content,
    agency_responsible: row.agency,
    service_notice: category?.notice ?? '',
    requested_datetime: toVnIso(row.created_at),
    updated_datetime: toVnIso(row.updated_at),
    expected_datetime: toVnIso(row.expected_at),
    address: addressOf(row),
    lat: row.lat,
    long: row.long,
    media_url: photos.length ? `${ctx.config.publicBaseUrl}/api/uploads/${encodeURIComponent(photos[0].id)}/content` : row.media_url,
    title: row.title,
  };
}

/** A title from the description when the client sends none: its first line, cut at a word. */
export function titleFrom(description: string): string {
  const first = description.split(/\r?\n/).find((l) => l.trim())?.trim() ?? description.trim();
  if (first.length <= 80) return first.length >= 5 ? first : `Phản ánh: ${first}`;
  const cut = first.slice(0, 80);
  const space = cut.lastIndexOf(' ');
  return (space > 40 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

export default async function open311Routes(app: FastifyInstance, { ctx }: RouteOptions) {
  await app.register(
    async (scope) => {
      scope.setErrorHandler(handleError);
      scope.setNotFoundHandler((_req, reply) =>
        sendErrors(reply, 404, [{ code: 404, description: 'Không có tài nguyên này. API Open311 ở /open311/v2 và chỉ hỗ trợ định dạng .json.' }]),
      );
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
        done(null, parseForm(body as string));
      });
      const r = scope.withTypeProvider<ZodTypeProvider>();
      const { db } = ctx;

      r.get('/discovery.json', { schema: { response: { 200: Open311Discovery } } }, async () => ({
        changeset: '2025-07-01T00:00:00+07:00',
        contact: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Lào Cai',
        key_service: 'Liên hệ cơ quan quản lý ứng dụng Lào Cai số để được cấp api_key.',
        endpoints: [
          {
            specification: SPEC_URL,
            url: `${ctx.config.publicBaseUrl}/open311/v2`,
            changeset: '2025-07-01T00:00:00+07:00',
            type: 'production',
            formats: ['application/json'],
          },
        ],
      }));

      r.get(
        '/v2/services.json',
        { schema: { querystring: Open311RequestsQuery.pick({ jurisdiction_id: true }), response: { 200: Open311ServiceList } } },
        async (request) => {
          checkJurisdiction(request.query.jurisdiction_id);
          return FEEDBACK_CATEGORIES.map((c) => ({
            service_code: c.id,
            service_name: c.name,
            description: c.description,
            metadata: c.fields.length > 0,
            type: 'realtime' as const,
            keywords: c.keywords.join(', '),
            group: c.group,
          }));
        },
      );

      r.get(
        '/v2/services/:file',
        { schema: { querystring: Open311RequestsQuery.pick({ jurisdiction_id: true }), response: { 200: Open311ServiceDefinition } } },
        async (request) => {
          checkJurisdiction(request.query.jurisdiction_id);
          const file = (request.params as { file: string }).file;
          const m = /^(.+)\.json$/.exec(file);
          if (!m) throw fail(404, 'Chỉ hỗ trợ định dạng JSON: dùng /services/<service_code>.json.');
          const category = findCategory(m[1]);
          if (!category) throw fail(404, `Không có service_code "${m[1]}".`);
          return {
            service_code: category.id,
            attributes: category.fields.map((f, i) => ({
              variable: true,
              code: f.code,
              datatype: f.datatype,
              required: f.required,
              datatype_description: f.values ? 'Chọn một giá trị trong danh sách (key).' : null,
              order: i + 1,
              description: `${f.label}: ${f.description}`,
              ...(f.values ? { values: f.values } : {}),
            })),
          };
        },
      );

      r.get('/v2/requests.json', { schema: { querystring: Open311RequestsQuery, response: { 200: Open311RequestList } } }, async (request) => {
        const q = request.query;
        checkJurisdiction(q.jurisdiction_id);
        const ids = listOf(q.service_request_id).map((s) => s.toUpperCase());
        if (ids.length) {
          if (ids.length > 100) throw fail(400, 'service_request_id: tối đa 100 mã mỗi lần.');
          const rows = ids.map((id) => findFeedback(db, id)).filter((r): r is FeedbackRow => r !== undefined);
          return rows.map((row) => toOpen311(ctx, row));
        }
        const codes = listOf(q.service_code);
        const unknown = codes.filter((c) => !findCategory(c));
        if (unknown.length) throw fail(404, `Không có service_code: ${unknown.join(', ')}.`);
        const states = listOf(q.status);
        const badState = states.filter((s) => s !== 'open' && s !== 'closed');
        if (badState.length) throw fail(400, `status chỉ nhận open hoặc closed (đang là ${badState.join(', ')}).`);
        let start = q.start_date ? parseW3cDate(q.start_date) : null;
        let end = q.end_date ? parseW3cDate(q.end_date) : null;
        if (q.start_date && start === null) throw fail(400, 'start_date phải theo định dạng W3C, ví dụ 2026-01-01T00:00:00+07:00.');
        if (q.end_date && end === null) throw fail(400, 'end_date phải theo định dạng W3C, ví dụ 2026-01-31T23:59:59+07:00.');
        if (start === null && end === null) {
          end = ctx.now();
          start = end - MAX_SPAN_MS;
        } else if (start === null) start = end! - MAX_SPAN_MS;
        else if (end === null) end = start + MAX_SPAN_MS;
        if (end! < start) throw fail(400, 'end_date phải sau start_date.');
        if (end! - start > MAX_SPAN_MS) throw fail(400, 'Khoảng start_date – end_date không được dài quá 90 ngày.');

        const where = ['created_at >= ?', 'created_at <= ?'];
        const params: unknown[] = [start, end];
        if (codes.length) {
          where.push(`category_id IN (${codes.map(() => '?').join(', ')})`);
          params.push(...codes);
        }
        if (states.length === 1) {
          const statuses: FeedbackStatus[] = statusesFor(states[0] as 'open' | 'closed');
          where.push(`status IN (${statuses.map(() => '?').join(', ')})`);
          params.push(...statuses);
        }
        const rows = db
          .prepare(`SELECT * FROM feedback WHERE ${where.join(' AND ')} ORDER BY created_at DESC, code DESC LIMIT ${MAX_RESULTS}`)
          .all(...params) as FeedbackRow[];
        return rows.map((row) => toOpen311(ctx, row));
      });

      r.get('/v2/requests/:file', { schema: { querystring: Open311RequestsQuery.pick({ jurisdiction_id: true }), response: { 200: Open311RequestList } } }, async (request) => {
        checkJurisdiction(request.query.jurisdiction_id);
        const file = (request.params as { file: string }).file;
        const m = /^([A-Za-z0-9-]{1,40})\.json$/.exec(file);
        if (!m) throw fail(404, 'Không có yêu cầu này. Dùng /requests/<service_request_id>.json.');
        const row = findFeedback(db, m[1]);
        if (!row) throw fail(404, `Không có service_request_id "${m[1]}".`);
        return [toOpen311(ctx, row)];
      });

      r.post(
        '/v2/requests.json',
        {
          schema: { body: Open311PostBody, response: { 201: Open311Created } },
          // The key is checked before anything else: a caller without one learns nothing more (403).
          preValidation: async (request) => {
            const body = (request.body ?? {}) as Record<string, unknown>;
            const key = typeof body.api_key === 'string' ? body.api_key : undefined;
            if (!key) throw fail(403, 'Thiếu api_key: gửi yêu cầu cần khóa được cấp.');
            if (!clientOfKey(ctx.config.open311ApiKeys, key)) throw fail(403, 'api_key không hợp lệ, không thể tạo yêu cầu.');
          },
        },
        async (request, reply) => {
          const b = request.body;
          const client = clientOfKey(ctx.config.open311ApiKeys, b.api_key)!;
          checkJurisdiction(b.jurisdiction_id);
          if (!b.service_code) throw fail(400, 'Thiếu service_code.');
          const category = findCategory(b.service_code);
          if (!category) throw fail(404, `Không có service_code "${b.service_code}".`);
          const description = (b.description ?? '').trim();
          if (visibleLength(description) < 10) throw fail(400, 'description: cần mô tả sự việc, ít nhất 10 ký tự.');
          let location: { lat: number; long: number } | null = null;
          if (b.lat !== undefined || b.long !== undefined) {
            const lat = Number(b.lat);
            const long = Number(b.long);
            if (b.lat === undefined || b.long === undefined || !Number.isFinite(lat) || !Number.isFinite(long)) {
              throw fail(400, 'lat và long phải cùng được gửi, dạng số thập phân (WGS84).');
            }
            if (Math.abs(lat) > 90 || Math.abs(long) > 180) throw fail(400, 'lat từ -90 đến 90, long từ -180 đến 180.');
            location = { lat, long };
          }
          const address = (b.address_string ?? '').trim();
          if (!location && address.length < 5) {
            throw fail(400, 'Cần vị trí: lat & long, hoặc address_string (ít nhất 5 ký tự).');
          }
          if (b.media_url !== undefined && b.media_url !== '' && !/^https?:\/\/\S+$/i.test(b.media_url)) {
            throw fail(400, 'media_url phải là địa chỉ http(s).');
          }
          const title = (b.title ?? '').trim() || titleFrom(description);
          if (visibleLength(title) < 5) throw fail(400, 'title: cần ít nhất 5 ký tự.');
          // A place given only as text is filed under the area whose name it mentions, else the provincial centre.
          const folded = foldVietnamese(address);
          const areaId = location ? undefined : (FEEDBACK_AREAS.find((a) => folded.includes(foldVietnamese(a.name)))?.id ?? 'phuong-lao-cai');
          const ownerId = `open311:${client.client}`;
          const key = idempotencyKeyOf(request, false);
          const bodyForKey = { ...b, api_key: undefined };
          const result = runIdempotent(db, { scope: ownerId, key, now: ctx.now(), request: { route: 'open311:create', body: bodyForKey } }, () => {
            const now = ctx.now();
            db.prepare('INSERT OR IGNORE INTO users (id, name, avatar, created_at, updated_at) VALUES (?, ?, NULL, ?, ?)').run(
              ownerId,
              `Ứng dụng Open311: ${client.client}`,
              now,
              now,
            );
            const row = createFeedback(db, {
              ownerId,
              categoryId: category.id,
              title,
              content: description,
              location,
              areaId,
              address,
              photoIds: [],
              anonymous: true,
              fields: b.attribute ?? {},
              source: `open311:${client.client}`,
              contact: {
                firstName: b.first_name?.trim() || null,
                lastName: b.last_name?.trim() || null,
                email: b.email?.trim() || null,
                phone: b.phone?.trim() || null,
                accountId: b.account_id?.trim() || null,
                deviceId: b.device_id?.trim() || null,
              },
              mediaUrl: b.media_url || null,
              at: now,
              names: { category: 'service_code', area: 'address_string', location: 'lat', photos: 'media_url' },
            });
            return {
              status: 201,
              body: [{ service_request_id: row.code, service_notice: category.notice, account_id: b.account_id?.trim() || null }],
            };
          });
          return reply.code(201).send(result.body);
        },
      );
    },
    { prefix: '/open311' },
  );
}
