import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import {
  Applicant,
  DossierCodeParam,
  DossierCreateEnvelope,
  DossierLookupQuery,
  DossierPage,
  DossierView,
  LAO_CAI,
  MAX_FILES_PER_DOSSIER,
  MAX_FILES_PER_PAPER,
  MyDossierQuery,
  SupplementRequest,
  TransitionRequest,
  WithdrawRequest,
  procedureFieldsSchema,
  type DossierStatus,
  type PaperFiles,
} from '../contract/dossiers.js';
import { checkPapers, isAttachable } from '../contract/papers.js';
import { asSentence, foldVietnamese, likePattern } from '../contract/text.js';
import { requireOfficer, requireUser } from '../plugins/auth.js';
import { AUTOMATION, mayActFor, officerDisplayName, type Officer } from '../services/officers.js';
import { zaloConsentOf } from '../services/notifications.js';
import {
  DOSSIER_QUEUE_STATUSES,
  OfficerDossierListQuery,
  OfficerDossierPage,
  OfficerDossierView,
  TransitionPreview,
  TransitionPreviewRequest,
} from '../contract/officers.js';
import { AppError, conflict, forbidden, invalidField, notFound, unauthorized, type ErrorDetail } from '../plugins/errors.js';
import { idempotencyKeyOf, runIdempotent } from '../plugins/idempotency.js';
import { checkTransition, FINAL_STATUSES, STATUS_LABELS, TRANSITIONS } from '../services/dossier-state-machine.js';
import {
  CITIZEN_OFFICE,
  allocateDossierCode,
  deskOf,
  dossierSummary,
  dossierView,
  findAgency,
  findCommuneAgency,
  findDossier,
  findProcedure,
  notifyOwner,
  ownerNotice,
  dossierZaloTemplate,
  procedureFields,
  procedurePapers,
  recordStep,
  type AgencyRow,
  type DossierRow,
} from '../services/dossiers.js';
import { claimUploads, findUpload } from '../services/uploads.js';
import { isReceiptKey, receiptKeyFor, receiptSecretFor } from '../services/receipts.js';
import { qrPayloadFor } from '../services/qr-payload.js';
import { findUser } from '../services/users.js';
import { vnDateKey } from '../contract/vn-time.js';
import { dueDateAfterPause, dueDateFor } from '../services/working-days.js';
import { missingFrom, nextRound, recordPaperFiles, storedMissing } from '../services/dossier-papers.js';
import { closeDueFee, openFee } from '../services/fees.js';
import type { Db } from '../db/connection.js';

const fileCount = (papers: PaperFiles) => Object.values(papers).reduce((n, files) => n + files.length, 0);
const tooManyFiles = () =>
  new AppError(
    413,
    'TOO_MANY_FILES',
    `Mỗi hồ sơ đính kèm tối đa ${MAX_FILES_PER_DOSSIER} tệp (mỗi giấy tờ tối đa ${MAX_FILES_PER_PAPER}). Vui lòng bỏ bớt hoặc gộp các trang vào một tệp PDF.`,
  );

function issuesToDetails(prefix: string, issues: z.core.$ZodIssue[]): ErrorDetail[] {
  return issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || prefix, message: i.message }));
}

/** Marks every file of every paper as this dossier's; refuses, at the file's place, one that is not the sender's own unused upload. */
function claimPapersOrFail(db: Db, userId: string, papers: PaperFiles, code: string) {
  const details: ErrorDetail[] = [];
  for (const [paperId, ids] of Object.entries(papers)) {
    const bad = new Set(claimUploads(db, userId, ids, `dossier:${code}`));
    ids.forEach((id, i) => {
      if (bad.has(id)) {
        details.push({ path: `papers.${paperId}.${i}`, message: 'Tệp không tồn tại, không phải của bạn hoặc đã dùng cho hồ sơ khác. Vui lòng tải lên lại.' });
      }
    });
  }
  if (details.length) throw new AppError(400, 'VALIDATION_ERROR', 'Một số tệp đính kèm không dùng được.', details);
}

/** Papers with no files are simply not sent: `{ cccd: [] }` is the same as leaving it out. */
const withFiles = (papers: PaperFiles): PaperFiles => Object.fromEntries(Object.entries(papers).filter(([, files]) => files.length > 0));

const privateAnswer = (reply: FastifyReply) => reply.header('Cache-Control', 'private, no-store');

// Who may call is checked before the body is read: a stranger learns nothing about the expected shape.
const citizensOnly = {
  onRequest: async (request: FastifyRequest) => {
    await requireUser(request);
    idempotencyKeyOf(request, true);
  },
};
const officersOnly = { onRequest: async (request: FastifyRequest) => requireOfficer(request) };

export default async function dossierRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  const procedureAndAgency = (row: DossierRow) => ({ procedure: findProcedure(db, row.procedure_id)!, agency: findAgency(db, row.agency_code)! });

  const receiptSecret = receiptSecretFor(db);
  /** The receipt of a dossier: its key and the link its QR code holds (for the owner and officers). */
  const receiptOf = (code: string) => {
    const key = receiptKeyFor(receiptSecret, code);
    return { key, url: qrPayloadFor('dossier', code, ctx.config, key) };
  };
  /** The view of the owner or an officer, with the receipt. */
  const fullView = (code: string, audience: 'owner' | 'officer', now: number) => dossierView(db, findDossier(db, code)!, audience, now, receiptOf(code));

  // ───────── Submit ─────────
  r.post('/api/dossiers', { ...citizensOnly, schema: { body: DossierCreateEnvelope, response: { 201: DossierView } } }, async (request, reply) => {
    const userId = await requireUser(request);
    const key = idempotencyKeyOf(request, true);
    const body = request.body;
    if (fileCount(body.papers) > MAX_FILES_PER_DOSSIER) throw tooManyFiles();

    const procedure = findProcedure(db, body.procedureId);
    if (!procedure) throw invalidField('procedureId', 'Không tìm thấy thủ tục này. Vui lòng chọn lại thủ tục.');
    const now = ctx.now();

    const details: ErrorDetail[] = [];
    const applicant = Applicant.safeParse(body.applicant);
    if (!applicant.success) details.push(...issuesToDetails('applicant', applicant.error.issues));
    const fields = procedureFieldsSchema(procedureFields(procedure), vnDateKey(now)).safeParse(body.fields ?? {});
    if (!fields.success) details.push(...issuesToDetails('fields', fields.error.issues));
    // Which papers are needed depends on the answers: checked once the answers are valid.
    const papers = procedurePapers(procedure);
    const files = withFiles(body.papers);
    if (fields.success) details.push(...checkPapers(papers, procedureFields(procedure), fields.data, files));

    let agency: AgencyRow | undefined;
    if (procedure.tier === 'province') {
      agency = findAgency(db, procedure.agency_code!);
    } else {
      const target = body.submitTo ?? (applicant.success && applicant.data.address.province === LAO_CAI ? applicant.data.address.commune : undefined);
      if (target === undefined) {
        if (applicant.success) details.push({ path: 'submitTo', message: 'Vui lòng chọn xã, phường của tỉnh Lào Cai sẽ nhận hồ sơ.' });
      } else {
        agency = findCommuneAgency(db, target);
        if (!agency) details.push({ path: 'submitTo', message: 'Vui lòng chọn một xã, phường của tỉnh Lào Cai trong danh sách.' });
      }
    }
    if (details.length || !applicant.success || !fields.success || !agency) {
      throw new AppError(400, 'VALIDATION_ERROR', 'Hồ sơ chưa hợp lệ. Vui lòng sửa các mục được đánh dấu.', details);
    }
    const receiving = agency;
    const person = applicant.data;
    const values = fields.data;

    const result = runIdempotent(db, { scope: userId, key, now: ctx.now(), request: body }, () => {
      // A valid session for a user this database no longer knows (it was reset): sign in again.
      if (!findUser(db, userId)) throw unauthorized('Phiên đăng nhập không còn hiệu lực. Vui lòng đăng nhập lại.');
      const code = allocateDossierCode(db, receiving.code, now);
      const dueAt = dueDateFor(now, procedure.processing_days);
      db.prepare(
        `INSERT INTO dossiers (code, procedure_id, agency_code, owner_id, status, channel, applicant, applicant_search, fields,
           missing_documents, received_at, due_at, finished_at, updated_at, seeded)
         VALUES (?, ?, ?, ?, 1, 'Trực tuyến', ?, ?, ?, '[]', ?, ?, NULL, ?, 0)`,
      ).run(code, procedure.id, receiving.code, userId, JSON.stringify(person), foldVietnamese(person.fullName), JSON.stringify(values), now, dueAt, now);
      claimPapersOrFail(db, userId, files, code);
      recordPaperFiles(db, code, files, (id) => papers.find((p) => p.id === id)!.name, 0, now);
      recordStep(db, code, { status: 1, action: 'Nộp hồ sơ trực tuyến', office: CITIZEN_OFFICE, officer: null, actor: 'citizen', note: null, at: now });
      notifyOwner(db, { code, owner_id: userId, due_at: dueAt }, 1, { procedureName: procedure.name, agencyName: receiving.name }, now);
      return { status: 201, body: fullView(code, 'owner', now) };
    });
    if (result.replayed) reply.header('Idempotent-Replayed', 'true');
    return privateAnswer(reply).code(201).send(result.body);
  });

  // ───────── Look up ─────────
  // Codes are sequential: lookups are limited per client (the signed-in person, else the address),
  // so nobody walks through them. Officers are not limited.
  const lookupLimit = {
    max: ctx.config.dossierLookupsPerMinute,
    timeWindow: 60_000,
    allowList: (_request: FastifyRequest, key: string) => key.startsWith('officer:'),
    errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) =>
      new AppError(
        429,
        'RATE_LIMITED',
        `Bạn tra cứu quá nhiều hồ sơ trong thời gian ngắn. Vui lòng thử lại sau ${Math.ceil(context.ttl / 1000)} giây.`,
      ),
  };
  r.get(
    '/api/dossiers/:code',
    { config: { rateLimit: lookupLimit }, schema: { params: DossierCodeParam, querystring: DossierLookupQuery, response: { 200: DossierView } } },
    async (request, reply) => {
      const { code } = request.params;
      const row = findDossier(db, code);
      if (!row) throw notFound('Không tìm thấy hồ sơ có mã này. Vui lòng kiểm tra lại mã trên giấy tiếp nhận.');
      const caller = await request.caller();
      const now = ctx.now();
      // An officer sees everything of their agency's dossiers; another agency's, like anyone else.
      if (caller.kind === 'officer' && mayActFor(caller.officer, row.agency_code)) return privateAnswer(reply).send(fullView(code, 'officer', now));
      if (caller.kind === 'user' && caller.userId === row.owner_id) return privateAnswer(reply).send(fullView(code, 'owner', now));
      const audience = isReceiptKey(receiptSecret, row.code, request.query.key) ? 'receipt' : 'public';
      return privateAnswer(reply).send(dossierView(db, row, audience, now));
    },
  );

  // ───────── My dossiers ─────────
  r.get('/api/me/dossiers', { schema: { querystring: MyDossierQuery, response: { 200: DossierPage } } }, async (request, reply) => {
    const userId = await requireUser(request);
    const { page, pageSize, status, state } = request.query;
    const finals = FINAL_STATUSES.join(', ');
    const where = ['d.owner_id = ?'];
    const args: unknown[] = [userId];
    if (status !== undefined) {
      where.push('d.status = ?');
      args.push(status);
    }
    if (state === 'open') where.push(`d.status NOT IN (${finals})`);
    if (state === 'closed') where.push(`d.status IN (${finals})`);
    const clause = where.join(' AND ');
    const total = db.prepare(`SELECT COUNT(*) FROM dossiers d WHERE ${clause}`).pluck().get(...args) as number;
    const rows = db
      .prepare(
        `SELECT d.*, p.name AS procedure_name, a.name AS agency_name FROM dossiers d
         JOIN procedures p ON p.id = d.procedure_id JOIN dossier_agencies a ON a.code = d.agency_code
         WHERE ${clause} ORDER BY d.updated_at DESC, d.code DESC LIMIT ? OFFSET ?`,
      )
      .all(...args, pageSize, (page - 1) * pageSize) as (DossierRow & { procedure_name: string; agency_name: string })[];
    const counts = db
      .prepare(
        `SELECT SUM(status NOT IN (${finals})) AS open, SUM(status IN (${finals})) AS closed, SUM(status IN (5, 6)) AS needsAction
         FROM dossiers WHERE owner_id = ?`,
      )
      .get(userId) as { open: number | null; closed: number | null; needsAction: number | null };
    const now = ctx.now();
    return privateAnswer(reply).send({
      items: rows.map((row) => dossierSummary(db, row, now)),
      page,
      pageSize,
      total,
      counts: { open: counts.open ?? 0, closed: counts.closed ?? 0, needsAction: counts.needsAction ?? 0 },
    });
  });

  /** The owner's dossier, or the reason they cannot act on it. */
  async function ownDossier(code: string, userId: string): Promise<DossierRow> {
    const row = findDossier(db, code);
    if (!row) throw notFound('Không tìm thấy hồ sơ có mã này.');
    if (row.owner_id !== userId) throw forbidden('Bạn chỉ thao tác được trên hồ sơ do chính mình nộp.');
    return row;
  }

  // ───────── Supplement ─────────
  r.post(
    '/api/dossiers/:code/supplements',
    { ...citizensOnly, schema: { params: DossierCodeParam, body: SupplementRequest, response: { 200: DossierView } } },
    async (request, reply) => {
      const userId = await requireUser(request);
      const key = idempotencyKeyOf(request, true);
      const { code } = request.params;
      const body = request.body;
      await ownDossier(code, userId);
      const files = withFiles(body.papers);
      if (fileCount(files) > MAX_FILES_PER_DOSSIER) throw tooManyFiles();

      const result = runIdempotent(db, { scope: userId, key, now: ctx.now(), request: { code, ...body } }, () => {
        const row = findDossier(db, code)!;
        if (row.status !== 5) {
          throw conflict(
            `Hồ sơ đang ở trạng thái “${STATUS_LABELS[row.status]}”: chỉ gửi giấy tờ bổ sung khi cơ quan yêu cầu bổ sung.`,
            'INVALID_TRANSITION',
          );
        }
        const check = checkTransition(row.status, 4, 'citizen');
        if (!check.ok) throw conflict(check.message, 'INVALID_TRANSITION');
        // Exactly the slots the office asked for: each one filled, no other.
        const missing = storedMissing(row);
        const details: ErrorDetail[] = [];
        for (const m of missing) {
          if (!files[m.id]) details.push({ path: `papers.${m.id}`, message: `Vui lòng đính kèm ${m.name.charAt(0).toLocaleLowerCase('vi')}${m.name.slice(1)}.` });
        }
        const seen = new Set<string>();
        for (const [paperId, ids] of Object.entries(files)) {
          if (!missing.some((m) => m.id === paperId)) details.push({ path: `papers.${paperId}`, message: 'Cơ quan không yêu cầu bổ sung giấy tờ này.' });
          else if (ids.length > MAX_FILES_PER_PAPER) details.push({ path: `papers.${paperId}`, message: `Mỗi giấy tờ tối đa ${MAX_FILES_PER_PAPER} tệp (trang).` });
          ids.forEach((id, i) => {
            if (seen.has(id)) details.push({ path: `papers.${paperId}.${i}`, message: 'Tệp này đã có trong danh sách.' });
            else if (findUpload(db, id)?.attached_to === `dossier:${code}`) {
              details.push({ path: `papers.${paperId}.${i}`, message: 'Tệp này đã có trong hồ sơ, vui lòng chọn giấy tờ mới.' });
            }
            seen.add(id);
          });
        }
        if (details.length) throw new AppError(400, 'VALIDATION_ERROR', 'Giấy tờ bổ sung chưa đúng yêu cầu. Vui lòng sửa các mục được đánh dấu.', details);
        claimPapersOrFail(db, userId, files, code);
        const now = ctx.now();
        recordPaperFiles(db, code, files, (id) => missing.find((m) => m.id === id)!.name, nextRound(db, code), now);
        const { procedure, agency } = procedureAndAgency(row);
        // The time limit starts again once the dossier is complete.
        const dueAt = dueDateFor(now, procedure.processing_days);
        db.prepare("UPDATE dossiers SET status = 4, missing_documents = '[]', missing_papers = '[]', due_at = ?, updated_at = ? WHERE code = ?").run(dueAt, now, code);
        const n = fileCount(files);
        recordStep(db, code, {
          status: 4,
          action: check.transition.action,
          office: CITIZEN_OFFICE,
          officer: null,
          actor: 'citizen',
          note: `Đã gửi ${missing.length} giấy tờ bổ sung (${n} tệp): ${missing.map((m) => m.name).join('; ')}.${body.note ? ` Ghi chú: ${body.note}` : ''}`,
          at: now,
        });
        notifyOwner(db, { code, owner_id: row.owner_id, due_at: dueAt }, 4, { procedureName: procedure.name, agencyName: agency.name }, now);
        return { status: 200, body: fullView(code, 'owner', now) };
      });
      return privateAnswer(reply).send(result.body);
    },
  );

  // ───────── Withdraw ─────────
  r.post(
    '/api/dossiers/:code/withdraw',
    { ...citizensOnly, schema: { params: DossierCodeParam, body: WithdrawRequest, response: { 200: DossierView } } },
    async (request, reply) => {
      const userId = await requireUser(request);
      const key = idempotencyKeyOf(request, true);
      const { code } = request.params;
      await ownDossier(code, userId);
      const result = runIdempotent(db, { scope: userId, key, now: ctx.now(), request: { code, ...request.body } }, () => {
        const row = findDossier(db, code)!;
        const check = checkTransition(row.status, 7, 'citizen');
        if (!check.ok) throw conflict(check.message, 'INVALID_TRANSITION');
        const { procedure, agency } = procedureAndAgency(row);
        const now = ctx.now();
        db.prepare("UPDATE dossiers SET status = 7, missing_documents = '[]', missing_papers = '[]', finished_at = ?, updated_at = ? WHERE code = ?").run(now, now, code);
        closeDueFee(db, code, 'void', now);
        recordStep(db, code, {
          status: 7,
          action: check.transition.action,
          office: CITIZEN_OFFICE,
          officer: null,
          actor: 'citizen',
          note: `Lý do: ${request.body.reason}`,
          at: now,
        });
        notifyOwner(db, row, 7, { procedureName: procedure.name, agencyName: agency.name }, now);
        return { status: 200, body: fullView(code, 'owner', now) };
      });
      return privateAnswer(reply).send(result.body);
    },
  );

  // ───────── Officers ─────────

  /** A dossier of the officer's agency (admins and the automation key: any), else 404 as if it did not exist. */
  function dossierInScope(code: string, officer: Officer): DossierRow {
    const row = findDossier(db, code);
    if (!row || !mayActFor(officer, row.agency_code)) throw notFound('Không tìm thấy hồ sơ có mã này trong cơ quan của bạn.');
    return row;
  }

  /**
   * Everything a transition will do, checked, without doing it: the console's preview and the
   * transition itself share it, so what the officer previews is what the resident gets.
   */
  function planTransition(row: DossierRow, body: z.output<typeof TransitionPreviewRequest>, officer: Officer, now: number) {
    const to = body.to as DossierStatus;
    const check = checkTransition(row.status, to, 'officer');
    if (!check.ok) throw conflict(check.message, 'INVALID_TRANSITION');
    const t = check.transition;
    const note = body.note && body.note.length ? body.note : null;
    const described = body.missingDocuments ?? [];
    const missingIds = [...new Set(body.missingPapers ?? [])];
    if (t.noteRequired && !note) {
      throw invalidField('note', to === 6 ? 'Vui lòng ghi rõ khoản phí, lệ phí hoặc thuế cần nộp.' : 'Vui lòng ghi rõ lý do để công dân được biết.');
    }
    if (t.needsMissingDocuments && described.length + missingIds.length === 0) {
      throw invalidField('missingPapers', 'Vui lòng nêu rõ từng giấy tờ cần bổ sung (mã giấy tờ của thủ tục, hoặc mô tả).');
    }
    if (!t.needsMissingDocuments && described.length + missingIds.length > 0) {
      throw invalidField(missingIds.length ? 'missingPapers' : 'missingDocuments', 'Chỉ nêu giấy tờ cần bổ sung khi yêu cầu bổ sung hồ sơ.');
    }
    if (body.amount !== undefined && to !== 6) throw invalidField('amount', 'Chỉ ghi số tiền khi yêu cầu thực hiện nghĩa vụ tài chính.');
    const { procedure, agency } = procedureAndAgency(row);
    const papers = procedurePapers(procedure);
    const badIds = missingIds.flatMap((id, i) => {
      const paper = papers.find((p) => p.id === id);
      if (!paper) return [{ path: `missingPapers.${i}`, message: `Thủ tục này không có giấy tờ mã “${id}”.` }];
      if (!isAttachable(paper)) return [{ path: `missingPapers.${i}`, message: `“${paper.name}” không nộp bằng tệp đính kèm.` }];
      return [];
    });
    if (badIds.length) throw new AppError(400, 'VALIDATION_ERROR', 'Giấy tờ cần bổ sung chưa đúng.', badIds);
    const missing = to === 5 ? missingFrom(papers, missingIds, described) : [];
    const missingNames = missing.map((m) => m.name);
    // A named officer's step carries their title and name; the automation key's, the name it gives or the desk's.
    const desk =
      officer.id === AUTOMATION.id
        ? deskOf(t.desk, procedure, agency, body.officerName)
        : { ...deskOf(t.desk, procedure, agency), officer: officerDisplayName(officer) };
    const finishedAt = [3, 7, 8, 9].includes(to) ? now : to === 10 ? (row.finished_at ?? now) : null;
    // Back from waiting for the citizen's payment: the days waited are given back to the office.
    const pausedAt = row.status === 6 && to === 4 ? (db.prepare('SELECT MAX(at) FROM dossier_history WHERE code = ? AND status = 6').pluck().get(row.code) as number | null) : null;
    const dueAt = pausedAt === null ? row.due_at : dueDateAfterPause(row.due_at, pausedAt, now);
    const amount = to === 6 ? (body.amount ?? null) : null;
    const amountText = amount !== null ? `Số tiền: ${amount.toLocaleString('vi-VN')} đồng.` : null;
    const historyNote = to === 5 ? [note && asSentence(note), `Cần bổ sung: ${missingNames.join('; ')}.`].filter(Boolean).join(' ') : [note && asSentence(note), amountText].filter(Boolean).join(' ') || null;
    const names = { procedureName: procedure.name, agencyName: agency.name };
    const applicant = JSON.parse(row.applicant) as { phone?: string };
    return { to, t, note, missing, missingNames, amount, desk, finishedAt, dueAt, historyNote, names, agency, papers, phone: applicant.phone ?? null };
  }

  r.post(
    '/api/officer/dossiers/:code/transitions/preview',
    { ...officersOnly, schema: { params: DossierCodeParam, body: TransitionPreviewRequest, response: { 200: TransitionPreview } } },
    async (request, reply) => {
      const officer = await requireOfficer(request);
      const row = dossierInScope(request.params.code, officer);
      const plan = planTransition(row, request.body, officer, ctx.now());
      const consent = zaloConsentOf(db, row.owner_id);
      return privateAnswer(reply).send({
        notice: ownerNotice({ code: row.code, due_at: plan.dueAt }, plan.to, plan.names, { note: plan.note, missing: plan.missingNames, amount: plan.amount }),
        history: { statusLabel: STATUS_LABELS[plan.to], action: plan.t.action, office: plan.desk.office, officer: plan.desk.officer, note: plan.historyNote },
        delivery: {
          zaloConsent: consent,
          zalo: consent === 'granted' ? { channel: plan.phone ? ('zns' as const) : ('miniapp' as const), template: dossierZaloTemplate(plan.to) } : null,
        },
      });
    },
  );

  r.post(
    '/api/officer/dossiers/:code/transitions',
    { ...officersOnly, schema: { params: DossierCodeParam, body: TransitionRequest, response: { 200: DossierView } } },
    async (request, reply) => {
      const officer = await requireOfficer(request);
      const key = idempotencyKeyOf(request, false);
      const { code } = request.params;
      const body = request.body;
      dossierInScope(code, officer);
      const result = runIdempotent(db, { scope: `officer:${officer.id}`, key, now: ctx.now(), request: { code, ...body } }, () => {
        const row = findDossier(db, code)!;
        const now = ctx.now();
        const p = planTransition(row, body, officer, now);
        db.prepare('UPDATE dossiers SET status = ?, missing_documents = ?, missing_papers = ?, finished_at = ?, due_at = ?, updated_at = ? WHERE code = ?').run(
          p.to,
          JSON.stringify(p.missingNames),
          JSON.stringify(p.missing),
          p.finishedAt,
          p.dueAt,
          now,
          code,
        );
        // Fees: a new one to pay in the app; one left unpaid is settled at the desk or void.
        if (p.amount !== null) openFee(db, code, p.amount, p.note!, now);
        if (row.status === 6 && p.to !== 6) closeDueFee(db, code, p.to === 4 ? 'settled' : 'void', now);
        recordStep(db, code, {
          status: p.to,
          action: p.t.action,
          office: p.desk.office,
          officer: p.desk.officer,
          actor: 'officer',
          note: p.historyNote,
          at: now,
          officerAccount: officer.username,
        });
        notifyOwner(db, { ...row, due_at: p.dueAt }, p.to, p.names, now, {
          note: p.note,
          missing: p.missingNames,
          amount: p.amount,
          zalo: { phone: p.phone, agencyCode: row.agency_code },
        });
        return { status: 200, body: fullView(code, 'officer', now) };
      });
      return privateAnswer(reply).send(result.body);
    },
  );

  r.get(
    '/api/officer/dossiers/:code',
    { ...officersOnly, schema: { params: DossierCodeParam, response: { 200: OfficerDossierView } } },
    async (request, reply) => {
      const officer = await requireOfficer(request);
      const row = dossierInScope(request.params.code, officer);
      const procedure = findProcedure(db, row.procedure_id)!;
      return privateAnswer(reply).send({
        ...fullView(row.code, 'officer', ctx.now()),
        transitions: TRANSITIONS.filter((t) => t.from === row.status && t.actor === 'officer').map((t) => ({
          to: t.to,
          statusLabel: STATUS_LABELS[t.to],
          action: t.action,
          noteRequired: !!t.noteRequired,
          needsMissingDocuments: !!t.needsMissingDocuments,
        })),
        procedurePapers: procedurePapers(procedure),
        ownerZalo: zaloConsentOf(db, row.owner_id),
      });
    },
  );

  r.get(
    '/api/officer/dossiers',
    { ...officersOnly, schema: { querystring: OfficerDossierListQuery, response: { 200: OfficerDossierPage } } },
    async (request, reply) => {
      const officer = await requireOfficer(request);
      const { page, pageSize, status, overdue, agency, q, queue } = request.query;
      const now = ctx.now();
      // An officer sees their agency's dossiers only; admins any agency, or all.
      if (agency && !mayActFor(officer, agency)) throw notFound('Không tìm thấy cơ quan này trong phạm vi của bạn.');
      const scope: string[] = [];
      const scopeArgs: unknown[] = [];
      const onlyAgency = agency ?? (officer.role === 'admin' ? undefined : officer.agency?.code);
      if (onlyAgency) {
        scope.push('d.agency_code = ?');
        scopeArgs.push(onlyAgency);
      }
      const where = [...scope];
      const args = [...scopeArgs];
      if (status !== undefined) {
        where.push('d.status = ?');
        args.push(status);
      }
      const late = 'd.status IN (1, 2, 4) AND d.due_at < ?';
      if (overdue === 'true' || queue === 'overdue') {
        where.push(late);
        args.push(now);
      }
      if (overdue === 'false') {
        where.push(`NOT (${late})`);
        args.push(now);
      }
      if (queue && queue !== 'overdue') where.push(`d.status IN (${DOSSIER_QUEUE_STATUSES[queue].join(', ')})`);
      if (q) {
        where.push("(d.code LIKE ? ESCAPE '\\' OR d.applicant_search LIKE ? ESCAPE '\\')");
        args.push(likePattern(q.toUpperCase()), likePattern(foldVietnamese(q)));
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = db.prepare(`SELECT COUNT(*) FROM dossiers d ${clause}`).pluck().get(...args) as number;
      // Overdue first, then the nearest due date: what the desk must do next is on top.
      const rows = db
        .prepare(
          `SELECT d.*, p.name AS procedure_name, a.name AS agency_name FROM dossiers d
           JOIN procedures p ON p.id = d.procedure_id JOIN dossier_agencies a ON a.code = d.agency_code
           ${clause} ORDER BY (${late}) DESC, d.due_at ASC, d.code LIMIT ? OFFSET ?`,
        )
        .all(...args, now, pageSize, (page - 1) * pageSize) as (DossierRow & { procedure_name: string; agency_name: string; applicant: string })[];
      const finals = FINAL_STATUSES.join(', ');
      const scopeClause = scope.length ? `WHERE ${scope.join(' AND ')}` : '';
      const counts = db
        .prepare(
          `SELECT SUM(status NOT IN (${finals})) AS open, SUM(status IN (${finals})) AS closed, SUM(status IN (5, 6)) AS needsAction,
             SUM(status IN (1, 2, 4, 5, 6, 9)) AS openQueue, SUM(status IN (1, 2)) AS received, SUM(status = 4) AS processing, SUM(status IN (5, 6)) AS waiting,
             SUM(status IN (1, 2, 4) AND due_at < ?) AS overdue
           FROM dossiers d ${scopeClause}`,
        )
        .get(now, ...scopeArgs) as Record<'open' | 'closed' | 'needsAction' | 'openQueue' | 'received' | 'processing' | 'waiting' | 'overdue', number | null>;
      return privateAnswer(reply).send({
        items: rows.map((row) => ({
          ...dossierSummary(db, row, now),
          applicantName: (JSON.parse(row.applicant) as { fullName: string }).fullName,
          agencyCode: row.agency_code,
        })),
        page,
        pageSize,
        total,
        counts: { open: counts.open ?? 0, closed: counts.closed ?? 0, needsAction: counts.needsAction ?? 0 },
        queues: { open: counts.openQueue ?? 0, received: counts.received ?? 0, processing: counts.processing ?? 0, waiting: counts.waiting ?? 0, overdue: counts.overdue ?? 0 },
      });
    },
  );
}
