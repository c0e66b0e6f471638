import type { Db } from '../db/connection.js';
import {
  displayFieldValue,
  dossierStatusLabel,
  procedureFieldLabel,
  serviceLevelLabel,
  type Applicant,
  type DossierStatus,
  type DossierAccess,
  type DossierSummary,
  type DossierView,
  type FieldValue,
  type FormField,
  type ProcedureDetail,
  type ProcedureSummary,
} from '../contract/dossiers.js';
import { notify, type ZaloMessage, type ZaloTemplate } from './notifications.js';
import { toVnIso, vnDateKey } from '../contract/vn-time.js';
import { asSentence } from '../contract/text.js';
import { maskDigits, maskEmail, maskName } from './masking.js';
import { uploadsOf } from './uploads.js';
import type { PaperSpec } from '../contract/papers.js';
import { missingView, papersOf, storedMissing } from './dossier-papers.js';
import { dueFeeOf, feesOf, formatDong } from './fees.js';
import { workingDaysLeft } from './working-days.js';
import {
  CLOCK_RUNNING_STATUSES,
  FINAL_STATUSES,
  WITHDRAWABLE_STATUSES,
  type Actor,
  type Transition,
} from './dossier-state-machine.js';

// ───────── Rows ─────────

export interface ProcedureRow {
  id: string;
  national_code: string;
  name: string;
  field: string;
  authority_id: string;
  authority_name: string;
  tier: 'province' | 'commune';
  agency_code: string | null;
  department: string;
  service_level: 'full' | 'partial';
  processing_days: number;
  fee_vnd: number;
  fee_text: string;
  description: string;
  applicants: string;
  papers: string;
  result: string;
  legal_basis: string;
  fields: string;
}

export interface AgencyRow {
  code: string;
  authority_id: string;
  name: string;
  commune: string | null;
  reception_office: string;
  officers: string;
}

export interface DossierRow {
  code: string;
  procedure_id: string;
  agency_code: string;
  owner_id: string;
  status: DossierStatus;
  channel: string;
  applicant: string;
  fields: string;
  missing_documents: string;
  /** JSON [{ id, name, note }]: the papers asked for with status 5 (see dossier-papers.ts). */
  missing_papers: string;
  received_at: number;
  due_at: number;
  finished_at: number | null;
  updated_at: number;
}

interface HistoryRow {
  step: number;
  status: number;
  action: string;
  office: string;
  officer: string | null;
  actor: 'citizen' | 'officer';
  note: string | null;
  at: number;
}

export const findProcedure = (db: Db, id: string) => db.prepare('SELECT * FROM procedures WHERE id = ?').get(id) as ProcedureRow | undefined;
export const findAgency = (db: Db, code: string) => db.prepare('SELECT * FROM dossier_agencies WHERE code = ?').get(code) as AgencyRow | undefined;
export const findCommuneAgency = (db: Db, commune: string) =>
  db.prepare('SELECT * FROM dossier_agencies WHERE commune = ?').get(commune) as AgencyRow | undefined;
export const findDossier = (db: Db, code: string) => db.prepare('SELECT * FROM dossiers WHERE code = ?').get(code) as DossierRow | undefined;

// ───────── Procedures ─────────

export function procedureSummary(p: ProcedureRow): ProcedureSummary {
  return {
    id: p.id,
    nationalCode: p.national_code,
    name: p.name,
    field: p.field,
    fieldLabel: procedureFieldLabel(p.field),
    authority: { id: p.authority_id, name: p.authority_name },
    tier: p.tier,
    serviceLevel: p.service_level,
    serviceLevelLabel: serviceLevelLabel(p.service_level),
    processingDays: p.processing_days,
    feeVnd: p.fee_vnd,
    feeText: p.fee_text,
  };
}

export function procedureDetail(db: Db, p: ProcedureRow): ProcedureDetail {
  const agency = p.agency_code ? findAgency(db, p.agency_code) : undefined;
  return {
    ...procedureSummary(p),
    description: p.description,
    applicants: p.applicants,
    department: p.tier === 'commune' ? communeDepartmentText(p.department) : p.department,
    receptionOffice: agency ? agency.reception_office : 'Trung tâm Phục vụ hành chính công của xã, phường nơi nộp hồ sơ',
    papers: procedurePapers(p),
    result: p.result,
    legalBasis: JSON.parse(p.legal_basis) as string[],
    fields: procedureFields(p),
  };
}

export const procedureFields = (p: ProcedureRow) => JSON.parse(p.fields) as FormField[];
export const procedurePapers = (p: ProcedureRow) => JSON.parse(p.papers) as PaperSpec[];

// ───────── Codes and offices ─────────

/**
 * `<agency code>-<yymmdd>-<sequence>`: the next number of this agency on this day. Must run inside
 * the transaction that inserts the dossier, so two submissions can never share a number.
 */
export function allocateDossierCode(db: Db, agencyCode: string, receivedAtMs: number): string {
  const day = vnDateKey(receivedAtMs).slice(2).replace(/-/g, '');
  const n = db
    .prepare(
      `INSERT INTO dossier_sequences (agency_code, day, last) VALUES (?, ?, 1)
       ON CONFLICT(agency_code, day) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .pluck()
    .get(agencyCode, day) as number;
  return `${agencyCode}-${day}-${String(n).padStart(4, '0')}`;
}

export const CITIZEN_OFFICE = 'Cổng dịch vụ công trực tuyến (ứng dụng Lào Cai số)';

/**
 * A commune-level department in general words: "Văn phòng HĐND và UBND xã, phường" (the office
 * belongs to the commune's council and committee), "Phòng Văn hóa – Xã hội thuộc UBND xã, phường".
 */
function communeDepartmentText(department: string): string {
  return department.startsWith('Văn phòng HĐND và UBND') ? `${department} xã, phường` : `${department} thuộc UBND xã, phường`;
}

/** The department's name at this agency: wards call their economic office differently. */
export function departmentAt(procedure: ProcedureRow, agency: AgencyRow): string {
  if (procedure.tier === 'province') return `${procedure.department} – ${agency.name}`;
  const isWard = agency.commune?.startsWith('Phường') ?? false;
  const dept = procedure.department === 'Phòng Kinh tế' && isWard ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : procedure.department;
  return `${dept} – ${agency.name}`;
}

/**
 * Who the history names for a step: the desk's office and, for an officer's step, the officer
 * (the account's title and name; for the automation key, the name it gives or the desk's own).
 */
export function deskOf(desk: Transition['desk'], procedure: ProcedureRow, agency: AgencyRow, officerName?: string) {
  const officers = JSON.parse(agency.officers) as { reception: string; department: string };
  if (desk === 'citizen') return { office: CITIZEN_OFFICE, officer: null };
  if (desk === 'reception') return { office: agency.reception_office, officer: officerName ?? officers.reception };
  return { office: departmentAt(procedure, agency), officer: officerName ?? officers.department };
}

// ───────── History and notices ─────────

/**
 * Adds a step to the history. `officerAccount` is who did it (the account's username, 'automation'
 * for the automation key): kept for the record, never shown to residents, who read the office and
 * the officer's title and name.
 */
export function recordStep(
  db: Db,
  code: string,
  step: { status: DossierStatus; action: string; office: string; officer: string | null; actor: Actor; note: string | null; at: number; officerAccount?: string | null },
): void {
  const next = (db.prepare('SELECT COALESCE(MAX(step), 0) + 1 FROM dossier_history WHERE code = ?').pluck().get(code) as number) ?? 1;
  db.prepare(
    'INSERT INTO dossier_history (code, step, status, action, office, officer, actor, note, at, officer_account) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(code, next, step.status, step.action, step.office, step.officer, step.actor, step.note, step.at, step.officerAccount ?? null);
}

const dateVn = (ms: number) => {
  const [y, m, d] = vnDateKey(ms).split('-');
  return `${d}/${m}/${y}`;
};

/** The owner's notice for a dossier that has just reached `status`. */
export function statusNotice(
  status: DossierStatus,
  ctx: { code: string; procedureName: string; agencyName: string; dueAt: number; note?: string | null; missing?: string[]; amount?: number | null },
): { title: string; body: string } {
  const note = ctx.note ? ` ${asSentence(ctx.note)}` : '';
  switch (status) {
    case 1:
      return { title: 'Đã gửi hồ sơ', body: `Hồ sơ “${ctx.procedureName}” đã gửi tới ${ctx.agencyName}. Hạn trả kết quả dự kiến: ${dateVn(ctx.dueAt)}.` };
    case 2:
      return { title: 'Hồ sơ đã được tiếp nhận', body: `${ctx.agencyName} đã tiếp nhận hồ sơ “${ctx.procedureName}”. Hạn trả kết quả: ${dateVn(ctx.dueAt)}.` };
    case 3:
      return { title: 'Hồ sơ không được tiếp nhận', body: `Hồ sơ “${ctx.procedureName}” không được tiếp nhận.${note}` };
    case 4:
      return { title: 'Hồ sơ đang được xử lý', body: `Hồ sơ “${ctx.procedureName}” đang được xử lý. Hạn trả kết quả: ${dateVn(ctx.dueAt)}.` };
    case 5:
      return {
        title: 'Cần bổ sung giấy tờ',
        body: `Hồ sơ “${ctx.procedureName}” cần bổ sung: ${(ctx.missing ?? []).join('; ')}. Vui lòng mở hồ sơ để gửi giấy tờ bổ sung.`,
      };
    case 6:
      return ctx.amount
        ? {
            title: 'Cần nộp phí, lệ phí',
            body: `Hồ sơ “${ctx.procedureName}” cần nộp ${formatDong(ctx.amount)} trước khi xử lý tiếp.${note} Mở hồ sơ để thanh toán ngay trong ứng dụng.`,
          }
        : { title: 'Cần thực hiện nghĩa vụ tài chính', body: `Hồ sơ “${ctx.procedureName}” cần nộp phí, lệ phí hoặc thuế trước khi xử lý tiếp.${note}` };
    case 7:
      return { title: 'Đã rút hồ sơ', body: `Bạn đã rút hồ sơ “${ctx.procedureName}”. Hồ sơ không còn được xử lý.` };
    case 8:
      return { title: 'Hồ sơ bị dừng xử lý', body: `Hồ sơ “${ctx.procedureName}” đã dừng xử lý.${note}` };
    case 9:
      return { title: 'Hồ sơ đã có kết quả', body: `Hồ sơ “${ctx.procedureName}” đã xử lý xong. Kết quả sẽ được trả theo cách bạn đã chọn.` };
    case 10:
      return { title: 'Đã trả kết quả', body: `Kết quả hồ sơ “${ctx.procedureName}” đã được trả. Cảm ơn bạn đã sử dụng dịch vụ công trực tuyến.` };
  }
}

/** The notice the owner reads in the app when their dossier reaches `status`. */
export function ownerNotice(
  row: Pick<DossierRow, 'code' | 'due_at'>,
  status: DossierStatus,
  names: { procedureName: string; agencyName: string },
  extra: { note?: string | null; missing?: string[]; amount?: number | null } = {},
): { title: string; body: string } {
  const { title, body } = statusNotice(status, { code: row.code, dueAt: row.due_at, ...names, ...extra });
  return { title: `${title} – ${row.code}`, body };
}

/** Which Zalo message tells of a dossier reaching `status`: papers asked, fees asked, or any other step. */
export const dossierZaloTemplate = (status: DossierStatus): ZaloTemplate => (status === 5 ? 'dossier-papers' : status === 6 ? 'dossier-fee' : 'dossier-status');

/**
 * Tells the owner. `zalo` when someone else made the change (an officer): the message also goes
 * through Zalo if they allowed it, by ZNS to the applicant's phone.
 */
export function notifyOwner(
  db: Db,
  row: Pick<DossierRow, 'code' | 'owner_id' | 'due_at'>,
  status: DossierStatus,
  names: { procedureName: string; agencyName: string },
  at: number,
  extra: { note?: string | null; missing?: string[]; amount?: number | null; zalo?: { phone: string | null; agencyCode: string } } = {},
) {
  const { title, body } = ownerNotice(row, status, names, extra);
  const zalo: ZaloMessage | undefined = extra.zalo && {
    template: dossierZaloTemplate(status),
    params: {
      code: row.code,
      procedure: names.procedureName,
      agency: names.agencyName,
      status: dossierStatusLabel(status),
      due_date: dateVn(row.due_at),
      ...(status === 5 ? { papers: (extra.missing ?? []).join('; ') } : {}),
      ...(status === 6 && extra.amount ? { amount: `${extra.amount.toLocaleString('vi-VN')} đồng` } : {}),
      ...(extra.note ? { note: extra.note } : {}),
    },
    phone: extra.zalo.phone,
    agencyCode: extra.zalo.agencyCode,
    key: `dossier:${row.code}:${status}:${at}`,
    link: `dossier/${row.code}`,
  };
  notify(db, { userId: row.owner_id, kind: 'dossier', refId: row.code, title, body, at, zalo });
}

// ───────── Views ─────────

export function deadlineOf(row: Pick<DossierRow, 'status' | 'received_at' | 'due_at' | 'finished_at'>, now: number) {
  const running = CLOCK_RUNNING_STATUSES.includes(row.status);
  const left = running ? workingDaysLeft(now, row.due_at) : null;
  const overdue = running && now > row.due_at;
  return {
    receivedAt: toVnIso(row.received_at),
    dueAt: toVnIso(row.due_at),
    finishedAt: row.finished_at === null ? null : toVnIso(row.finished_at),
    overdue,
    dueSoon: running && !overdue && left !== null && left <= 1,
    workingDaysLeft: left,
  };
}

function historyOf(db: Db, code: string): HistoryRow[] {
  return db
    .prepare('SELECT step, status, action, office, officer, actor, note, at FROM dossier_history WHERE code = ? ORDER BY step')
    .all(code) as HistoryRow[];
}

export type Audience = DossierAccess;

/**
 * The full dossier for its owner and officers (with the receipt's key and link); with the receipt
 * key the applicant masked; by code alone nothing derived from the applicant.
 */
export function dossierView(
  db: Db,
  row: DossierRow,
  audience: Audience,
  now: number,
  receipt: { key: string; url: string } | null = null,
): DossierView {
  const procedure = findProcedure(db, row.procedure_id)!;
  const agency = findAgency(db, row.agency_code)!;
  const applicant = JSON.parse(row.applicant) as Applicant;
  const masked = audience === 'public' || audience === 'receipt';
  const fields = procedureFields(procedure);
  const papers = procedurePapers(procedure);
  const values = JSON.parse(row.fields) as Record<string, FieldValue>;
  const isOwner = audience === 'owner';
  const missing = row.status === 5 ? storedMissing(row) : [];
  return {
    code: row.code,
    status: row.status,
    statusLabel: dossierStatusLabel(row.status),
    final: FINAL_STATUSES.includes(row.status),
    procedure: {
      id: procedure.id,
      name: procedure.name,
      field: procedure.field,
      fieldLabel: procedureFieldLabel(procedure.field),
      processingDays: procedure.processing_days,
    },
    agency: { code: agency.code, name: agency.name },
    channel: row.channel,
    serviceLevel: procedure.service_level,
    ...deadlineOf(row, now),
    updatedAt: toVnIso(row.updated_at),
    access: audience,
    masked,
    isOwner,
    receipt: masked ? null : receipt,
    applicant:
      audience === 'public'
        ? null
        : masked
          ? {
              fullName: maskName(applicant.fullName),
              idNumber: maskDigits(applicant.idNumber),
              phone: maskDigits(applicant.phone),
              email: applicant.email ? maskEmail(applicant.email) : null,
              address: { province: applicant.address.province, commune: applicant.address.commune, street: null },
            }
          : { ...applicant, email: applicant.email ?? null },
    fields: masked
      ? []
      : fields.filter((f) => values[f.name] !== undefined).map((f) => ({ name: f.name, label: f.label, value: displayFieldValue(f, values[f.name]) })),
    attachments: masked ? [] : uploadsOf(db, `dossier:${row.code}`),
    papers: masked ? [] : papersOf(db, row.code, papers),
    missingDocuments: masked ? [] : missing.map((m) => m.name),
    missingPapers: masked ? [] : missingView(missing, papers),
    fees: masked ? [] : feesOf(db, row.code, applicant.fullName, agency.name),
    history: historyOf(db, row.code).map((h) => ({
      step: h.step,
      status: h.status,
      statusLabel: dossierStatusLabel(h.status),
      action: h.action,
      office: h.office,
      officer: h.officer,
      actor: h.actor,
      note: masked ? null : h.note,
      at: toVnIso(h.at),
    })),
    canWithdraw: isOwner && WITHDRAWABLE_STATUSES.includes(row.status),
    canSupplement: isOwner && row.status === 5,
    canPay: isOwner && row.status === 6 && dueFeeOf(db, row.code) !== undefined,
  };
}

export function dossierSummary(db: Db, row: DossierRow & { procedure_name: string; agency_name: string }, now: number): DossierSummary {
  const last = db
    .prepare('SELECT action FROM dossier_history WHERE code = ? ORDER BY step DESC LIMIT 1')
    .pluck()
    .get(row.code) as string | undefined;
  return {
    code: row.code,
    status: row.status,
    statusLabel: dossierStatusLabel(row.status),
    final: FINAL_STATUSES.includes(row.status),
    procedureId: row.procedure_id,
    procedureName: row.procedure_name,
    agencyName: row.agency_name,
    ...deadlineOf(row, now),
    updatedAt: toVnIso(row.updated_at),
    lastAction: last ?? '',
  };
}
