import type { Db } from '../db/connection.js';
import type {
  FeedbackDetail,
  FeedbackStatus,
  FeedbackSummary,
  OfficerFeedbackDetail,
  TimelineEntry,
} from '../contract/feedback.js';
import { foldVietnamese, likePattern } from '../contract/text.js';
import { AppError, conflict, invalidField, notFound } from '../plugins/errors.js';
import { notify, type ZaloMessage } from './notifications.js';
import { findAgencyByName } from './agencies.js';
import { toVnIso, vnDateKey } from '../contract/vn-time.js';
import { addWorkingDays as addWorkingDayKeys, dayOfDateKey } from './working-days.js';
import { claimUploads, findUpload, uploadsOf } from './uploads.js';
import {
  agencyFor,
  findArea,
  findCategory,
  insideProvince,
  areaAt,
  type FeedbackCategory,
} from './feedback-catalog.js';
import {
  canChangeStatus,
  canRate,
  canReopen,
  feedbackStatusLabel,
  open311Status,
  publicReporterName,
  reopenDeadline,
  type FeedbackEventKind,
} from './feedback-status.js';

export interface FeedbackRow {
  code: string;
  owner_id: string;
  category_id: string;
  title: string;
  content: string;
  fields_json: string;
  lat: number | null;
  long: number | null;
  area_id: string;
  address: string;
  anonymous: number;
  public_name: string | null;
  contact_json: string | null;
  source: string;
  media_url: string | null;
  status: FeedbackStatus;
  agency: string;
  /** The directory's code of `agency` (null for a name it does not know). */
  agency_code: string | null;
  status_note: string | null;
  duplicate_of: string | null;
  answer_text: string | null;
  answer_agency: string | null;
  answered_at: number | null;
  answer_round: number;
  rating_score: number | null;
  rating_comment: string | null;
  rated_at: number | null;
  rating_round: number | null;
  created_at: number;
  updated_at: number;
  expected_at: number;
  search: string;
  seeded: number;
}

interface EventRow {
  at: number;
  kind: FeedbackEventKind;
  status: FeedbackStatus;
  actor: string;
  agency: string | null;
  note: string | null;
  /** The officer's title and name, as residents read it. */
  officer?: string | null;
  /** Who did it, for the record: the account's username or 'automation'. */
  officer_account?: string | null;
}

export interface OpenContact {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  accountId: string | null;
  deviceId: string | null;
}

const DAY_MS = 24 * 3600 * 1000;

/** `PA-261127-0001`: the day of sending (Vietnam time) and that day's sequence, allocated in the caller's transaction. */
export function allocateCode(db: Db, at: number): string {
  const day = vnDateKey(at).slice(2).replace(/-/g, '');
  const next = db
    .prepare(
      `INSERT INTO feedback_sequences (day, last) VALUES (?, 1)
       ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .pluck()
    .get(day) as number;
  return `PA-${day}-${String(next).padStart(4, '0')}`;
}

/**
 * Adds working days (those of `working-days.ts`: Monday to Friday minus public holidays and the
 * days off that replace them, plus make-up Saturdays, Vietnam time); the answer is due at the end
 * of that day. Tết alone can close offices for a whole week.
 */
export function addWorkingDays(from: number, days: number): number {
  const dueKey = addWorkingDayKeys(vnDateKey(from), days);
  return dayOfDateKey(dueKey) * DAY_MS - 7 * 3600 * 1000 + DAY_MS - 1000;
}

/** Checks a category's extra answers and keeps them as text, in the order the category asks them. */
export function checkFields(category: FeedbackCategory, given: Record<string, string | string[]>): Record<string, string | string[]> {
  const known = new Set(category.fields.map((f) => f.code));
  for (const code of Object.keys(given)) {
    if (!known.has(code)) throw invalidField(`fields.${code}`, `Nhóm “${category.name}” không có mục “${code}”.`);
  }
  const out: Record<string, string | string[]> = {};
  for (const f of category.fields) {
    const raw = given[f.code];
    const empty = raw === undefined || (Array.isArray(raw) ? raw.length === 0 : raw.trim() === '');
    if (empty) {
      if (f.required) throw invalidField(`fields.${f.code}`, `Cần trả lời mục “${f.label}”.`);
      continue;
    }
    const keys = new Set((f.values ?? []).map((v) => v.key));
    if (f.datatype === 'multivaluelist') {
      const list = Array.isArray(raw) ? raw : [raw];
      const bad = list.filter((v) => !keys.has(v));
      if (bad.length) throw invalidField(`fields.${f.code}`, `Lựa chọn không có trong danh sách: ${bad.join(', ')}.`);
      out[f.code] = [...new Set(list)];
      continue;
    }
    if (Array.isArray(raw)) throw invalidField(`fields.${f.code}`, `Mục “${f.label}” chỉ nhận một giá trị.`);
    const value = raw.trim();
    if (f.datatype === 'singlevaluelist' && !keys.has(value)) {
      throw invalidField(`fields.${f.code}`, `Lựa chọn “${value}” không có trong danh sách của mục “${f.label}”.`);
    }
    if (f.datatype === 'number' && !Number.isFinite(Number(value))) throw invalidField(`fields.${f.code}`, `Mục “${f.label}” phải là số.`);
    if (f.datatype === 'datetime' && Number.isNaN(Date.parse(value))) {
      throw invalidField(`fields.${f.code}`, `Mục “${f.label}” phải là ngày giờ hợp lệ.`);
    }
    if ((f.datatype === 'string' || f.datatype === 'singlevaluelist') && /[\r\n]/.test(value)) {
      throw invalidField(`fields.${f.code}`, `Mục “${f.label}” chỉ gồm một dòng.`);
    }
    out[f.code] = value;
  }
  return out;
}

export interface NewFeedback {
  ownerId: string;
  categoryId: string;
  title: string;
  content: string;
  location: { lat: number; long: number } | null;
  areaId?: string;
  address?: string;
  photoIds: string[];
  anonymous: boolean;
  fields: Record<string, string | string[]>;
  source: string;
  contact?: OpenContact | null;
  mediaUrl?: string | null;
  at: number;
  seeded?: boolean;
  /** Field names in the caller's language, for errors: the app's or Open311's. */
  names?: { category: string; area: string; location: string; photos: string };
}

const APP_NAMES = { category: 'categoryId', area: 'areaId', location: 'location', photos: 'photoIds' };

/** Creates a report with its first timeline entry and the owner's receipt notice. Call inside a transaction. */
export function createFeedback(db: Db, input: NewFeedback): FeedbackRow {
  const names = input.names ?? APP_NAMES;
  const category = findCategory(input.categoryId);
  if (!category) throw invalidField(names.category, 'Nhóm phản ánh không tồn tại.');
  if (input.location && !insideProvince(input.location)) {
    throw invalidField(names.location, 'Vị trí nằm ngoài tỉnh Lào Cai. Hãy chọn lại vị trí hoặc nhập địa chỉ.');
  }
  let area = input.areaId ? findArea(input.areaId) : undefined;
  if (input.areaId && !area) throw invalidField(names.area, 'Xã, phường không có trong danh sách.');
  if (!area) {
    if (!input.location) throw invalidField(names.area, 'Hãy chọn xã, phường nơi xảy ra sự việc.');
    area = areaAt(input.location);
    if (!area) throw invalidField(names.location, 'Vị trí nằm ngoài tỉnh Lào Cai. Hãy chọn lại vị trí hoặc nhập địa chỉ.');
  }
  const fields = checkFields(category, input.fields);
  const code = allocateCode(db, input.at);
  const agency = agencyFor(category, area);
  const owner = db.prepare('SELECT name FROM users WHERE id = ?').get(input.ownerId) as { name: string | null } | undefined;
  if (!owner) throw new AppError(401, 'UNAUTHORIZED', 'Phiên đăng nhập không còn hiệu lực. Vui lòng đăng nhập lại.');
  const publicName = input.anonymous ? null : publicReporterName(owner.name);
  const address = (input.address ?? '').trim();

  if (input.photoIds.length) {
    for (const id of input.photoIds) {
      const up = findUpload(db, id);
      if (up && up.owner_id === input.ownerId && !up.content_type.startsWith('image/')) {
        throw invalidField(names.photos, 'Chỉ đính kèm được ảnh (JPEG, PNG, HEIC, WebP).');
      }
    }
  }
  db.prepare(
    `INSERT INTO feedback (code, owner_id, category_id, title, content, fields_json, lat, long, area_id, address, anonymous,
       public_name, contact_json, source, media_url, status, agency, agency_code, status_note, created_at, updated_at, expected_at, search, seeded)
     VALUES (@code, @owner, @category, @title, @content, @fields, @lat, @long, @area, @address, @anonymous,
       @publicName, @contact, @source, @mediaUrl, 'received', @agency, @agencyCode, NULL, @at, @at, @expected, @search, @seeded)`,
  ).run({
    code,
    owner: input.ownerId,
    category: category.id,
    title: input.title,
    content: input.content,
    fields: JSON.stringify(fields),
    lat: input.location?.lat ?? null,
    long: input.location?.long ?? null,
    area: area.id,
    address,
    anonymous: input.anonymous ? 1 : 0,
    publicName,
    contact: input.contact ? JSON.stringify(input.contact) : null,
    source: input.source,
    mediaUrl: input.mediaUrl ?? null,
    agency,
    agencyCode: findAgencyByName(agency)?.code ?? null,
    at: input.at,
    expected: addWorkingDays(input.at, category.answerDays),
    search: foldVietnamese(`${code} ${input.title} ${input.content} ${address} ${area.name}`),
    seeded: input.seeded ? 1 : 0,
  });
  if (input.photoIds.length) {
    const bad = claimUploads(db, input.ownerId, input.photoIds, `feedback:${code}`, true);
    if (bad.length) throw invalidField(names.photos, `Ảnh không hợp lệ hoặc đã dùng cho nội dung khác: ${bad.join(', ')}.`);
  }
  addEvent(db, code, { at: input.at, kind: 'created', status: 'received', actor: 'citizen', agency, note: null });
  notify(db, {
    userId: input.ownerId,
    kind: 'feedback',
    refId: code,
    title: `Đã tiếp nhận phản ánh ${code}`,
    body: `Phản ánh “${input.title}” đã được tiếp nhận và chuyển tới ${agency}. Hạn trả lời dự kiến ${category.answerDays} ngày làm việc.`,
    at: input.at,
  });
  return findFeedback(db, code)!;
}

function addEvent(db: Db, code: string, e: EventRow) {
  db.prepare(
    'INSERT INTO feedback_events (code, at, kind, status, actor, agency, note, officer, officer_account) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(code, e.at, e.kind, e.status, e.actor, e.agency, e.note, e.officer ?? null, e.officer_account ?? null);
}

export function findFeedback(db: Db, code: string): FeedbackRow | undefined {
  return db.prepare('SELECT * FROM feedback WHERE code = ?').get(code.toUpperCase()) as FeedbackRow | undefined;
}

export function requireFeedback(db: Db, code: string): FeedbackRow {
  const row = findFeedback(db, code);
  if (!row) throw notFound(`Không tìm thấy phản ánh ${code}.`);
  return row;
}

export interface ChangeInput {
  kind: Exclude<FeedbackEventKind, 'created' | 'rated'>;
  actor: 'citizen' | 'officer' | 'system';
  at: number;
  note?: string | null;
  agency?: string;
  answerText?: string;
  duplicateOf?: string;
  /** The officer who did it: what residents read (title and name), and the account for the record. */
  officer?: { display: string | null; account: string };
}

const KIND_TARGET: Record<ChangeInput['kind'], FeedbackStatus> = {
  assigned: 'assigned',
  processing: 'processing',
  answered: 'answered',
  closed: 'closed',
  rejected: 'rejected',
  duplicate: 'duplicate',
  reopened: 'processing',
};

export function noticeFor(row: FeedbackRow, kind: FeedbackEventKind, agency: string, note: string | null): { title: string; body: string } {
  const c = row.code;
  switch (kind) {
    case 'assigned':
      return { title: `Phản ánh ${c} đã được chuyển cơ quan xử lý`, body: `${agency} tiếp nhận và xử lý phản ánh “${row.title}”.` };
    case 'processing':
      return { title: `Phản ánh ${c} đang được xử lý`, body: note ?? `${agency} đang xác minh, xử lý phản ánh của bạn.` };
    case 'answered':
      return { title: `${agency} đã trả lời phản ánh ${c}`, body: (note ?? '').slice(0, 200) + ((note ?? '').length > 200 ? '…' : '') };
    case 'closed':
      return { title: `Phản ánh ${c} đã hoàn thành`, body: note ?? 'Cảm ơn bạn đã góp phần xây dựng quê hương.' };
    case 'rejected':
      return { title: `Phản ánh ${c} không được xử lý`, body: note ?? '' };
    case 'duplicate':
      return { title: `Phản ánh ${c} trùng với phản ánh khác`, body: note ?? '' };
    case 'reopened':
      return { title: `Đã mở lại phản ánh ${c}`, body: `${agency} sẽ xem xét lại theo đề nghị của bạn.` };
    default:
      return { title: `Phản ánh ${c} có cập nhật`, body: note ?? '' };
  }
}

/** One status change: checked against the rules, kept in the timeline, noticed to the owner. Call inside a transaction. */
export function changeStatus(db: Db, code: string, change: ChangeInput): FeedbackRow {
  const row = requireFeedback(db, code);
  const to = KIND_TARGET[change.kind];
  if (!canChangeStatus(row.status, to)) {
    throw conflict(
      `Phản ánh đang ở trạng thái “${feedbackStatusLabel[row.status]}”, không thể chuyển sang “${feedbackStatusLabel[to]}”.`,
      'INVALID_TRANSITION',
    );
  }
  let agency = row.agency;
  let note = change.note?.trim() || null;
  const sets: string[] = ['status = @to', 'updated_at = @at', 'status_note = @note'];
  const params: Record<string, unknown> = { code: row.code, to, at: change.at };
  if (change.kind === 'assigned' && change.agency) {
    agency = change.agency;
    sets.push('agency = @agency', 'agency_code = @agencyCode');
  }
  if (change.kind === 'answered') {
    agency = change.agency ?? row.agency;
    note = change.answerText ?? '';
    sets.push('agency = @agency', 'agency_code = @agencyCode', 'answer_text = @answer', 'answer_agency = @agency', 'answered_at = @at', 'answer_round = answer_round + 1');
    params.answer = change.answerText;
  }
  if (change.kind === 'duplicate') {
    let original = findFeedback(db, change.duplicateOf ?? '');
    if (!original) throw invalidField('originalCode', `Không có phản ánh ${change.duplicateOf}.`);
    for (let hops = 0; original.duplicate_of && hops < 10; hops++) original = requireFeedback(db, original.duplicate_of);
    if (original.code === row.code) throw invalidField('originalCode', 'Một phản ánh không thể trùng với chính nó.');
    if (original.status === 'rejected') throw invalidField('originalCode', 'Không thể gộp vào một phản ánh đã bị từ chối.');
    sets.push('duplicate_of = @original');
    params.original = original.code;
    note = `Nội dung này đã được phản ánh tại ${original.code}; kết quả xử lý được cập nhật ở đó.` + (note ? ` ${note}` : '');
  }
  params.agency = agency;
  params.agencyCode = findAgencyByName(agency)?.code ?? null;
  params.note = note;
  db.prepare(`UPDATE feedback SET ${sets.join(', ')} WHERE code = @code`).run(params);
  addEvent(db, row.code, {
    at: change.at,
    kind: change.kind,
    status: to,
    actor: change.actor,
    agency,
    note,
    officer: change.officer?.display ?? null,
    officer_account: change.officer?.account ?? null,
  });
  const n = noticeFor(row, change.kind, agency, note);
  // What someone else did (an officer) also goes through Zalo, if the resident allowed it.
  const zalo: ZaloMessage | undefined =
    change.actor === 'citizen'
      ? undefined
      : {
          template: change.kind === 'answered' ? 'feedback-answered' : 'feedback-status',
          params: { code: row.code, title: row.title, status: feedbackStatusLabel[to], agency },
          phone: null,
          agencyCode: (params.agencyCode as string | null) ?? row.agency_code,
          key: `feedback:${row.code}:${change.kind}:${change.at}`,
          link: `feedback/${row.code}`,
        };
  notify(db, { userId: row.owner_id, kind: 'feedback', refId: row.code, title: n.title, body: n.body, at: change.at, zalo });
  return requireFeedback(db, row.code);
}

const PREVIEW_ONLY = Symbol('preview');

/**
 * What a change would tell the resident (the notice, the timeline entry, how it is delivered),
 * worked out by making the change inside a transaction that is then rolled back: the preview
 * cannot differ from the real thing. Errors are the change's own.
 */
export function previewChange(db: Db, code: string, change: ChangeInput) {
  let seen: { notice: { title: string; body: string }; timeline: TimelineEntry; zalo: { channel: 'zns' | 'miniapp'; template: string } | null } | null = null;
  try {
    db.transaction(() => {
      const lastNotice = db.prepare('SELECT COALESCE(MAX(id), 0) FROM notifications').pluck().get() as number;
      const lastMessage = db.prepare('SELECT COALESCE(MAX(id), 0) FROM notification_outbox').pluck().get() as number;
      const row = changeStatus(db, code, change);
      const notice = db.prepare('SELECT title, body FROM notifications WHERE id > ? ORDER BY id DESC LIMIT 1').get(lastNotice) as { title: string; body: string };
      const zalo = db.prepare('SELECT channel, template FROM notification_outbox WHERE id > ? ORDER BY id DESC LIMIT 1').get(lastMessage) as
        | { channel: 'zns' | 'miniapp'; template: string }
        | undefined;
      seen = { notice, timeline: timelineOf(db, row.code).at(-1)!, zalo: zalo ?? null };
      throw PREVIEW_ONLY;
    })();
  } catch (e) {
    if (e !== PREVIEW_ONLY) throw e;
  }
  return seen!;
}

/** The owner's rating of the latest answer; it completes the report (answered → closed). */
export function rateFeedback(db: Db, code: string, ownerId: string, score: number, comment: string | null, at: number): FeedbackRow {
  const row = requireFeedback(db, code);
  if (row.owner_id !== ownerId) throw new AppError(403, 'FORBIDDEN', 'Chỉ người gửi phản ánh mới đánh giá được kết quả.');
  if (!canRate(row.status, row.answer_round, row.rating_round)) {
    throw conflict(
      row.answer_round > 0 && row.rating_round === row.answer_round
        ? 'Bạn đã đánh giá câu trả lời này rồi.'
        : 'Phản ánh chưa có câu trả lời để đánh giá.',
      'CANNOT_RATE',
    );
  }
  db.prepare(
    `UPDATE feedback SET rating_score = ?, rating_comment = ?, rated_at = ?, rating_round = answer_round, status = 'closed', updated_at = ?
     WHERE code = ?`,
  ).run(score, comment, at, at, row.code);
  addEvent(db, row.code, { at, kind: 'rated', status: 'closed', actor: 'citizen', agency: null, note: comment });
  if (row.status !== 'closed') {
    notify(db, {
      userId: row.owner_id,
      kind: 'feedback',
      refId: row.code,
      title: `Phản ánh ${row.code} đã hoàn thành`,
      body: `Cảm ơn bạn đã đánh giá ${score}/5 sao cho câu trả lời của ${row.answer_agency ?? row.agency}.`,
      at,
    });
  }
  return requireFeedback(db, row.code);
}

/** The owner asks for another look within 7 days of the answer. */
export function reopenFeedback(db: Db, code: string, ownerId: string, reason: string, at: number): FeedbackRow {
  const row = requireFeedback(db, code);
  if (row.owner_id !== ownerId) throw new AppError(403, 'FORBIDDEN', 'Chỉ người gửi phản ánh mới đề nghị xem xét lại được.');
  if (!canReopen(row.status, row.answered_at, at)) {
    throw conflict(
      row.answered_at !== null && (row.status === 'answered' || row.status === 'closed')
        ? 'Đã quá 7 ngày kể từ khi có câu trả lời, không thể mở lại. Bạn có thể gửi một phản ánh mới.'
        : 'Chỉ mở lại được phản ánh đã có câu trả lời.',
      'CANNOT_REOPEN',
    );
  }
  return changeStatus(db, code, { kind: 'reopened', actor: 'citizen', at, note: reason });
}

// ---- What each audience sees ----

export const uploadsOfFeedback = (db: Db, code: string) => uploadsOf(db, `feedback:${code}`);

export const photoUrl = (id: string) => `/api/uploads/${encodeURIComponent(id)}/content`;

const EXCERPT_LENGTH = 160;
function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : flat.slice(0, EXCERPT_LENGTH - 1).trimEnd() + '…';
}

/** About 100 m: enough to find the pothole, too coarse to find the sender's door. */
const PUBLIC_DECIMALS = 3;
const roundCoordinate = (x: number) => Math.round(x * 10 ** PUBLIC_DECIMALS) / 10 ** PUBLIC_DECIMALS;

/**
 * Where a report is, as the viewer may see it. The phone gives the sender's own position to many
 * decimals, often their home: for an anonymous report everyone but its sender and officers sees it
 * rounded to 3 decimals (about 100 m).
 */
export function locationFor(row: Pick<FeedbackRow, 'lat' | 'long' | 'anonymous'>, exact: boolean): { lat: number; long: number } | null {
  if (row.lat === null || row.long === null) return null;
  if (exact || !row.anonymous) return { lat: row.lat, long: row.long };
  return { lat: roundCoordinate(row.lat), long: roundCoordinate(row.long) };
}

/** `exact`: the viewer is the sender or an officer (see `locationFor`). */
export function toSummary(db: Db, row: FeedbackRow, exact: boolean): FeedbackSummary {
  const photos = uploadsOf(db, `feedback:${row.code}`);
  const category = findCategory(row.category_id);
  const area = findArea(row.area_id);
  return {
    code: row.code,
    title: row.title,
    excerpt: excerptOf(row.content),
    categoryId: row.category_id,
    categoryName: category?.name ?? row.category_id,
    status: row.status,
    statusLabel: feedbackStatusLabel[row.status],
    state: open311Status(row.status),
    areaId: row.area_id,
    areaName: area?.name ?? row.area_id,
    address: row.address,
    location: locationFor(row, exact),
    agency: row.agency,
    createdAt: toVnIso(row.created_at),
    updatedAt: toVnIso(row.updated_at),
    photoCount: photos.length,
    thumbnailUrl: photos.length ? photoUrl(photos[0].id) : null,
    hasAnswer: row.answer_text !== null,
  };
}

const EVENT_TITLE: Record<FeedbackEventKind, (e: EventRow) => string> = {
  created: () => 'Tiếp nhận phản ánh',
  assigned: (e) => `Chuyển tới ${e.agency ?? 'cơ quan xử lý'}`,
  processing: () => 'Đang xác minh, xử lý',
  answered: (e) => `${e.agency ?? 'Cơ quan chức năng'} trả lời`,
  closed: () => 'Hoàn thành',
  rejected: () => 'Không xử lý',
  duplicate: () => 'Gộp vào phản ánh trùng',
  reopened: () => 'Người phản ánh đề nghị xem xét lại',
  rated: () => 'Người phản ánh đánh giá kết quả',
};

export function timelineOf(db: Db, code: string): TimelineEntry[] {
  const events = db
    .prepare('SELECT at, kind, status, actor, agency, note, officer FROM feedback_events WHERE code = ? ORDER BY at, id')
    .all(code) as EventRow[];
  return events.map((e) => ({
    at: toVnIso(e.at),
    kind: e.kind,
    status: e.status,
    statusLabel: feedbackStatusLabel[e.status],
    title: EVENT_TITLE[e.kind](e),
    note: e.note,
    agency: e.agency,
    officer: e.officer ?? null,
  }));
}

function fieldsOf(row: FeedbackRow): FeedbackDetail['fields'] {
  const category = findCategory(row.category_id);
  const values = JSON.parse(row.fields_json) as Record<string, string | string[]>;
  return (category?.fields ?? [])
    .filter((f) => values[f.code] !== undefined)
    .map((f) => {
      const v = values[f.code];
      const names = (list: string[]) => list.map((k) => f.values?.find((x) => x.key === k)?.name ?? k).join(', ');
      return { code: f.code, label: f.label, value: Array.isArray(v) ? names(v) : f.values ? names([v]) : v };
    });
}

export type Viewer = { kind: 'anonymous' } | { kind: 'user'; userId: string } | { kind: 'officer' };

export function toDetail(db: Db, row: FeedbackRow, viewer: Viewer, now: number): FeedbackDetail {
  const mine = viewer.kind === 'user' && viewer.userId === row.owner_id;
  const category = findCategory(row.category_id);
  return {
    ...toSummary(db, row, mine || viewer.kind === 'officer'),
    content: row.content,
    photos: uploadsOf(db, `feedback:${row.code}`).map((u) => ({ id: u.id, url: photoUrl(u.id) })),
    fields: fieldsOf(row),
    timeline: timelineOf(db, row.code),
    answer:
      row.answer_text !== null && row.answered_at !== null
        ? { agency: row.answer_agency ?? row.agency, text: row.answer_text, at: toVnIso(row.answered_at) }
        : null,
    rating:
      row.rating_score !== null && row.rated_at !== null
        ? { score: row.rating_score, comment: row.rating_comment, at: toVnIso(row.rated_at) }
        : null,
    duplicateOf: row.duplicate_of,
    reporterName: row.anonymous ? null : row.public_name,
    expectedAt: toVnIso(row.expected_at),
    serviceNotice: category?.notice ?? '',
    viewer: {
      mine,
      canRate: mine && canRate(row.status, row.answer_round, row.rating_round),
      canReopen: mine && canReopen(row.status, row.answered_at, now),
      reopenUntil: mine && row.answered_at !== null ? toVnIso(reopenDeadline(row.answered_at)!) : null,
    },
  };
}

export function toOfficerDetail(db: Db, row: FeedbackRow, now: number): OfficerFeedbackDetail {
  const owner = db.prepare('SELECT name FROM users WHERE id = ?').get(row.owner_id) as { name: string | null } | undefined;
  return {
    ...toDetail(db, row, { kind: 'officer' }, now),
    anonymous: row.anonymous === 1,
    source: row.source,
    mediaUrl: row.media_url,
    reporter: {
      userId: row.owner_id,
      name: owner?.name ?? null,
      contact: row.contact_json ? (JSON.parse(row.contact_json) as OpenContact) : null,
    },
  };
}

// ---- Lists ----

export interface ListFilter {
  category?: string;
  statuses?: FeedbackStatus[];
  area?: string;
  q?: string;
  ownerId?: string;
  /** Only reports with these agencies (an officer's scope). */
  agencyCodes?: string[];
  /** Only reports still open whose answer is due by then. */
  dueBy?: number;
}

export function whereOf(f: ListFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (f.ownerId) {
    clauses.push('owner_id = ?');
    params.push(f.ownerId);
  }
  if (f.category) {
    clauses.push('category_id = ?');
    params.push(f.category);
  }
  if (f.statuses && f.statuses.length) {
    clauses.push(`status IN (${f.statuses.map(() => '?').join(', ')})`);
    params.push(...f.statuses);
  }
  if (f.area) {
    clauses.push('area_id = ?');
    params.push(f.area);
  }
  if (f.agencyCodes) {
    clauses.push(`agency_code IN (${f.agencyCodes.map(() => '?').join(', ') || "''"})`);
    params.push(...f.agencyCodes);
  }
  if (f.dueBy !== undefined) {
    clauses.push("status IN ('received', 'assigned', 'processing') AND expected_at <= ?");
    params.push(f.dueBy);
  }
  if (f.q) {
    for (const word of foldVietnamese(f.q).split(' ').filter(Boolean)) {
      clauses.push("search LIKE ? ESCAPE '\\'");
      params.push(likePattern(word));
    }
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function listFeedback(
  db: Db,
  f: ListFilter,
  page: number,
  pageSize: number,
  order: 'newest' | 'due' = 'newest',
): { rows: FeedbackRow[]; total: number } {
  const { sql, params } = whereOf(f);
  const total = db.prepare(`SELECT COUNT(*) FROM feedback ${sql}`).pluck().get(...params) as number;
  const by = order === 'due' ? 'expected_at ASC, created_at ASC, code' : 'created_at DESC, code DESC';
  const rows = db
    .prepare(`SELECT * FROM feedback ${sql} ORDER BY ${by} LIMIT ? OFFSET ?`)
    .all(...params, pageSize, (page - 1) * pageSize) as FeedbackRow[];
  return { rows, total };
}

/** Reports saved before agencies had codes get theirs (names the directory knows). */
export function backfillAgencyCodes(db: Db): number {
  const names = db.prepare('SELECT DISTINCT agency FROM feedback WHERE agency_code IS NULL').pluck().all() as string[];
  const set = db.prepare('UPDATE feedback SET agency_code = ? WHERE agency_code IS NULL AND agency = ?');
  let n = 0;
  for (const name of names) {
    const code = findAgencyByName(name)?.code;
    if (code) n += set.run(code, name).changes;
  }
  return n;
}
