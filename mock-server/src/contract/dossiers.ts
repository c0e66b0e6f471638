import { z } from 'zod';
import { LineText, MultilineText, PageQuery, SearchText, VnDateTime, pageOf, visibleAtLeast } from './common.js';
import { cleanLine, cleanMultiline, visibleLength } from './text.js';
import { Upload } from './uploads.js';
import { PROCEDURE_FIELDS, type ProcedureFieldId } from './dossiers-meta.js';
import { COMMUNES } from './communes.js';
import { MAX_FILES_PER_PAPER, PAPER_ID } from './papers.js';

// ───────────────────────── Statuses ─────────────────────────

/** The national portal's ten dossier statuses, by their numbers. */
export const DOSSIER_STATUS_LABELS = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
} as const;
export type DossierStatus = keyof typeof DOSSIER_STATUS_LABELS;
export const DossierStatusNumber = z
  .number({ error: 'Trạng thái phải là một số từ 1 đến 10.' })
  .int('Trạng thái phải là một số từ 1 đến 10.')
  .min(1, 'Trạng thái phải là một số từ 1 đến 10.')
  .max(10, 'Trạng thái phải là một số từ 1 đến 10.');
export const dossierStatusLabel = (s: number): string => DOSSIER_STATUS_LABELS[s as DossierStatus] ?? 'Không rõ';

// ───────────────────────── Catalogue facts ─────────────────────────

// The catalogue's fields and service levels live in dossiers-meta.ts (no zod: the catalogue page
// uses them at run time); re-exported here for the server.
export { PROCEDURE_FIELDS, procedureFieldLabel, SERVICE_LEVELS, serviceLevelLabel, type ProcedureFieldId, type ServiceLevel } from './dossiers-meta.js';

export const LAO_CAI = 'Lào Cai';

/** The 34 provinces and cities since 1 July 2025. */
export const PROVINCES = [
  'Lào Cai', 'An Giang', 'Bắc Ninh', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Điện Biên',
  'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Nội', 'Hà Tĩnh', 'Hải Phòng', 'Hồ Chí Minh', 'Huế', 'Hưng Yên',
  'Khánh Hòa', 'Lai Châu', 'Lạng Sơn', 'Lâm Đồng', 'Nghệ An', 'Ninh Bình', 'Phú Thọ', 'Quảng Ngãi',
  'Quảng Ninh', 'Quảng Trị', 'Sơn La', 'Tây Ninh', 'Thái Nguyên', 'Thanh Hóa', 'Tuyên Quang', 'Vĩnh Long',
] as const;

/** The 99 communes and wards of Lào Cai since 1 July 2025 (former Lào Cai and Yên Bái), by name: from the one list. */
export const LAO_CAI_COMMUNES = COMMUNES.map((cm) => cm.name) as [string, ...string[]];

/**
 * The first three digits of a citizen ID (CCCD) are the code of the province where the birth was
 * registered (Thông tư 07/2016/TT-BCA): the 63 provinces as they were then.
 */
export const CCCD_PROVINCE_CODES = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025',
  '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048',
  '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075',
  '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
]);

/** Mobile prefixes after 0 (Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile, Itelecom, Reddi). */
const MOBILE = /^(?:0|\+?84)(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])(\d{7})$/;

// ───────────────────────── Applicant ─────────────────────────

// One space between words, letters in their composed form (some keyboards type ế as e + two marks).
export const FullName = z
  .string({ error: 'Vui lòng nhập họ và tên.' })
  .transform(cleanLine)
  .pipe(
    z
      .string()
      .min(1, 'Vui lòng nhập họ và tên.')
      .max(100, 'Họ và tên tối đa 100 ký tự.')
      .regex(/^[\p{L}\p{M}]+(?:[ '-][\p{L}\p{M}]+)*$/u, 'Họ và tên chỉ gồm chữ cái và dấu cách.')
      // Blank-looking letters (the Hangul filler is a "letter") and marks alone are not a name.
      .refine((s) => s.split(/[ '-]/).every((w) => visibleLength(w) > 0), 'Họ và tên chỉ gồm chữ cái và dấu cách.')
      .refine((s) => s.split(' ').length >= 2, 'Vui lòng nhập đầy đủ họ và tên (ít nhất hai chữ).'),
  );

export const CitizenId = z
  .string({ error: 'Vui lòng nhập số CCCD.' })
  .transform((s) => s.replace(/[\s.]/g, ''))
  .pipe(
    z
      .string()
      .min(1, 'Vui lòng nhập số CCCD.')
      .regex(/^\d{12}$/, 'Số CCCD gồm đúng 12 chữ số.')
      .refine((s) => CCCD_PROVINCE_CODES.has(s.slice(0, 3)), 'Ba số đầu của CCCD không phải mã tỉnh, thành phố nào. Vui lòng kiểm tra lại.')
      .refine((s) => /^[0-3]$/.test(s[3]), 'Chữ số thứ tư của CCCD (mã giới tính, thế kỷ sinh) không đúng.'),
  );

export const MobilePhone = z
  .string({ error: 'Vui lòng nhập số điện thoại.' })
  .transform((s) => s.replace(/[\s.()-]/g, ''))
  .pipe(
    z
      .string()
      .min(1, 'Vui lòng nhập số điện thoại.')
      .regex(MOBILE, 'Số di động không đúng: 10 chữ số bắt đầu bằng 03, 05, 07, 08, 09 (hoặc +84).')
      .transform((s) => {
        const m = MOBILE.exec(s)!;
        return `0${m[1]}${m[2]}`;
      }),
  );

export const OptionalEmail = z
  .union([z.string(), z.null()])
  .optional()
  .transform((s) => (s == null || s.trim() === '' ? null : s.trim()))
  .pipe(z.union([z.null(), z.email('Địa chỉ email không đúng.').max(200, 'Email tối đa 200 ký tự.')]));

export const Address = z
  .object(
    {
      province: z.enum(PROVINCES, { error: 'Vui lòng chọn tỉnh, thành phố.' }),
      commune: LineText({ error: 'Vui lòng chọn xã, phường.' })
        .refine(visibleAtLeast(2), 'Vui lòng chọn xã, phường.')
        .max(100, 'Tên xã, phường tối đa 100 ký tự.'),
      street: LineText({ error: 'Vui lòng nhập số nhà, thôn, tổ dân phố.' })
        .refine(visibleAtLeast(2), 'Vui lòng nhập số nhà, thôn, tổ dân phố.')
        .max(200, 'Địa chỉ tối đa 200 ký tự.'),
    },
    { error: 'Vui lòng nhập địa chỉ.' },
  )
  .superRefine((a, ctx) => {
    if (a.province === LAO_CAI && !(LAO_CAI_COMMUNES as readonly string[]).includes(a.commune)) {
      ctx.addIssue({ code: 'custom', path: ['commune'], message: 'Vui lòng chọn một xã, phường của tỉnh Lào Cai trong danh sách.' });
    }
  });

export const Applicant = z.object(
  {
    fullName: FullName,
    idNumber: CitizenId,
    phone: MobilePhone,
    email: OptionalEmail,
    address: Address,
  },
  { error: 'Vui lòng nhập thông tin người nộp hồ sơ.' },
);
export type ApplicantInput = z.input<typeof Applicant>;
export type Applicant = z.output<typeof Applicant>;

// ───────────────────────── Procedure form fields ─────────────────────────

export const FORM_FIELD_TYPES = ['text', 'textarea', 'date', 'number', 'select', 'checkbox'] as const;

export const FormField = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(FORM_FIELD_TYPES),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  hint: z.string().optional(),
  placeholder: z.string().optional(),
  /** number: bounds and whole numbers; text: maxLength and a pattern. */
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  unit: z.string().optional(),
  maxLength: z.number().int().optional(),
  pattern: z.object({ regex: z.string(), message: z.string() }).optional(),
  /** date: must be today or before (`past`), or today or after (`future`). */
  when: z.enum(['past', 'future']).optional(),
});
export type FormField = z.infer<typeof FormField>;
export type FieldValue = string | number | boolean;

type Checked = { ok: true; value: FieldValue | null } | { ok: false; message: string };

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const lower = (label: string) => label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);

/** The rule of one procedure field, shared by the server and the form that validates as you type. */
export function checkFieldValue(field: FormField, raw: unknown, todayKey: string): Checked {
  if (field.type === 'checkbox') {
    if (raw !== undefined && raw !== null && typeof raw !== 'boolean') return { ok: false, message: 'Giá trị phải là có hoặc không.' };
    const v = raw === true;
    if (field.required && !v) return { ok: false, message: `Vui lòng đánh dấu "${field.label}".` };
    return { ok: true, value: v };
  }
  // Text that shows nothing once cleaned (controls, direction marks, fillers) is no answer.
  const blank = isBlank(raw) || ((field.type === 'text' || field.type === 'textarea') && typeof raw === 'string' && visibleLength(raw) === 0);
  if (blank) {
    if (!field.required) return { ok: true, value: null };
    return { ok: false, message: `Vui lòng ${field.type === 'select' || field.type === 'date' ? 'chọn' : 'nhập'} ${lower(field.label)}.` };
  }
  switch (field.type) {
    case 'text':
    case 'textarea': {
      if (typeof raw !== 'string') return { ok: false, message: 'Giá trị phải là chữ.' };
      const v = field.type === 'text' ? cleanLine(raw) : cleanMultiline(raw);
      const max = field.maxLength ?? (field.type === 'text' ? 200 : 2000);
      if (Array.from(v).length > max) return { ok: false, message: `Tối đa ${max} ký tự.` };
      if (field.pattern && !new RegExp(field.pattern.regex, 'u').test(v)) return { ok: false, message: field.pattern.message };
      return { ok: true, value: v };
    }
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(raw) ? Number(raw.trim().replace(',', '.')) : NaN;
      if (!Number.isFinite(n)) return { ok: false, message: 'Vui lòng nhập một số.' };
      if (field.integer && !Number.isInteger(n)) return { ok: false, message: 'Vui lòng nhập số nguyên.' };
      const unit = field.unit ? ` ${field.unit}` : '';
      if (field.min !== undefined && n < field.min) return { ok: false, message: `Giá trị nhỏ nhất là ${field.min.toLocaleString('vi-VN')}${unit}.` };
      if (field.max !== undefined && n > field.max) return { ok: false, message: `Giá trị lớn nhất là ${field.max.toLocaleString('vi-VN')}${unit}.` };
      return { ok: true, value: n };
    }
    case 'date': {
      if (typeof raw !== 'string' || !isRealDate(raw)) return { ok: false, message: 'Ngày không hợp lệ (định dạng năm-tháng-ngày).' };
      if (field.when === 'past' && raw > todayKey) return { ok: false, message: 'Ngày này không được sau hôm nay.' };
      if (field.when === 'future' && raw < todayKey) return { ok: false, message: 'Ngày này không được trước hôm nay.' };
      if (raw < '1900-01-01') return { ok: false, message: 'Ngày quá xa trong quá khứ.' };
      return { ok: true, value: raw };
    }
    case 'select': {
      if (typeof raw !== 'string' || !(field.options ?? []).some((o) => o.value === raw)) {
        return { ok: false, message: `Vui lòng chọn ${lower(field.label)} trong danh sách.` };
      }
      return { ok: true, value: raw };
    }
  }
}

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * A zod schema for one procedure's own fields: one issue per wrong field, at the field's name.
 * Blank optional fields are dropped; unknown names are refused.
 */
export function procedureFieldsSchema(fields: FormField[], todayKey: string) {
  return z
    .record(z.string(), z.unknown(), { error: 'Thông tin của thủ tục phải là một bảng giá trị.' })
    .transform((values, ctx) => {
      const out: Record<string, FieldValue> = {};
      for (const f of fields) {
        const r = checkFieldValue(f, values[f.name], todayKey);
        if (!r.ok) ctx.addIssue({ code: 'custom', path: [f.name], message: r.message });
        else if (r.value !== null) out[f.name] = r.value;
      }
      for (const name of Object.keys(values)) {
        if (!fields.some((f) => f.name === name)) ctx.addIssue({ code: 'custom', path: [name], message: 'Thủ tục này không có thông tin này.' });
      }
      return out;
    });
}

/** How a stored value reads for people. */
export function displayFieldValue(field: FormField, value: FieldValue | undefined): string {
  if (value === undefined || value === null || value === '') return '—';
  switch (field.type) {
    case 'checkbox':
      return value ? 'Có' : 'Không';
    case 'select':
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    case 'date': {
      const [y, m, d] = String(value).split('-');
      return `${d}/${m}/${y}`;
    }
    case 'number':
      return `${Number(value).toLocaleString('vi-VN')}${field.unit ? ` ${field.unit}` : ''}`;
    default:
      return String(value);
  }
}

// ───────────────────────── Procedures ─────────────────────────

export const ProcedureQuery = PageQuery.extend({
  q: SearchText,
  field: z.enum(PROCEDURE_FIELDS.map((f) => f.id) as [ProcedureFieldId, ...ProcedureFieldId[]], { error: 'Lĩnh vực không có trong danh mục.' }).optional(),
  agency: z.string().max(60, 'Mã cơ quan quá dài.').regex(/^[a-z0-9-]+$/, 'Mã cơ quan không hợp lệ.').optional(),
  level: z.enum(['full', 'partial'], { error: 'Mức độ phải là full (toàn trình) hoặc partial (một phần).' }).optional(),
});
export type ProcedureQuery = z.input<typeof ProcedureQuery>;

export const Authority = z.object({ id: z.string(), name: z.string() });

export const ProcedureSummary = z.object({
  id: z.string(),
  nationalCode: z.string(),
  name: z.string(),
  field: z.string(),
  fieldLabel: z.string(),
  authority: Authority,
  /** Cấp thực hiện: the province's departments or the commune/ward where the applicant submits. */
  tier: z.enum(['province', 'commune']),
  serviceLevel: z.enum(['full', 'partial']),
  serviceLevelLabel: z.string(),
  processingDays: z.number().int(),
  feeVnd: z.number().int(),
  feeText: z.string(),
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

const FieldAnswer = z.union([z.string(), z.number(), z.boolean()]);

/** When a paper is needed (see `PaperNeed` in papers.ts). */
export const PaperNeed = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.literal('optional') }),
  z.object({ kind: z.literal('when'), field: z.string(), in: z.array(FieldAnswer).optional(), notIn: z.array(FieldAnswer).optional(), optional: z.boolean().optional() }),
  z.object({ kind: z.literal('form') }),
  z.object({ kind: z.literal('desk') }),
  z.object({ kind: z.literal('population-db') }),
]);

export const Paper = z.object({
  id: z.string(),
  name: z.string(),
  copies: z.string(),
  note: z.string().optional(),
  example: z.string().optional(),
  need: PaperNeed,
});
export type Paper = z.infer<typeof Paper>;

export const ProcedureDetail = ProcedureSummary.extend({
  description: z.string(),
  applicants: z.string(),
  department: z.string(),
  receptionOffice: z.string(),
  papers: z.array(Paper),
  result: z.string(),
  legalBasis: z.array(z.string()),
  fields: z.array(FormField),
});
export type ProcedureDetail = z.infer<typeof ProcedureDetail>;

export const ProcedurePage = pageOf(ProcedureSummary);
export type ProcedurePage = z.infer<typeof ProcedurePage>;

export const ProcedureFacets = z.object({
  fields: z.array(z.object({ id: z.string(), label: z.string(), count: z.number().int() })),
  authorities: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
  levels: z.array(z.object({ id: z.string(), label: z.string(), count: z.number().int() })),
  total: z.number().int(),
});
export type ProcedureFacets = z.infer<typeof ProcedureFacets>;

// ───────────────────────── Dossiers ─────────────────────────

export { MAX_FILES_PER_DOSSIER, MAX_FILES_PER_PAPER } from './papers.js';

/** `000.00.31.H38-261127-0001`: agency code, received day, sequence of that agency on that day. */
export const DOSSIER_CODE = /^\d{3}\.\d{2}\.\d{2}\.H38-\d{6}-\d{4,6}$/;

/** A dossier code as typed or scanned: spaces trimmed, upper case. */
export function normaliseDossierCode(input: string): string {
  return input.trim().toUpperCase();
}

export const DossierCodeParam = z.object({
  code: z
    .string()
    .max(40, 'Mã hồ sơ quá dài.')
    .transform(normaliseDossierCode)
    .pipe(z.string().regex(DOSSIER_CODE, 'Mã hồ sơ không đúng dạng, ví dụ đúng: 000.01.31.H38-261127-0001.')),
});

/** The secret printed with a dossier's code on its receipt (in its QR code and link). */
export const RECEIPT_KEY = /^[A-Za-z0-9_-]{16}$/;

/**
 * `?key=`: the receipt key. A missing, malformed or wrong key is no error: the answer is then the
 * view anyone with the code gets.
 */
export const DossierLookupQuery = z.object({ key: z.string().max(100).optional() });

/** Who is looking: by code alone, with the receipt, the owner signed in, or an officer. */
export const DOSSIER_ACCESS = ['public', 'receipt', 'owner', 'officer'] as const;
export type DossierAccess = (typeof DOSSIER_ACCESS)[number];

const UploadId = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'Mã tệp không hợp lệ.');

const PaperKey = z.string().max(60, 'Mã giấy tờ quá dài.').regex(PAPER_ID, 'Mã giấy tờ không hợp lệ.');

/** `{ "<paperId>": ["<uploadId>", …] }`: the files of each paper, in page order. */
export const PaperFiles = z
  .record(PaperKey, z.array(UploadId, { error: 'Danh sách tệp của giấy tờ phải là một mảng mã tệp.' }).max(100, 'Quá nhiều tệp.'), {
    error: 'Giấy tờ phải là một bảng: mã giấy tờ → danh sách mã tệp.',
  })
  .refine((r) => Object.keys(r).length <= 40, 'Quá nhiều giấy tờ.');
export type PaperFiles = z.infer<typeof PaperFiles>;

/** The body as the server first reads it; `applicant` and `fields` are checked together afterwards. */
export const DossierCreateEnvelope = z.object({
  procedureId: z.string({ error: 'Vui lòng chọn thủ tục.' }).min(1, 'Vui lòng chọn thủ tục.').max(100, 'Mã thủ tục quá dài.'),
  applicant: z.unknown(),
  fields: z.unknown().optional(),
  /** The files of each paper of the procedure; which papers are needed depends on `fields`. */
  papers: PaperFiles.default({}),
  /** For procedures handled by a commune or ward: which one receives it (default: the applicant's). */
  submitTo: z.string().max(100).optional(),
});

/** What the app sends (typed): the server applies exactly these rules. */
export const DossierCreateRequest = z.object({
  procedureId: z.string(),
  applicant: Applicant,
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  papers: z.record(z.string(), z.array(UploadId).max(MAX_FILES_PER_PAPER)),
  submitTo: z.enum(LAO_CAI_COMMUNES).optional(),
});
export type DossierCreateRequest = z.input<typeof DossierCreateRequest>;

export const HistoryStep = z.object({
  step: z.number().int(),
  status: z.number().int(),
  statusLabel: z.string(),
  action: z.string(),
  office: z.string(),
  /** The officer who did it; null for the citizen's own steps. */
  officer: z.string().nullable(),
  actor: z.enum(['citizen', 'officer']),
  /** Shown to the owner and officers only. */
  note: z.string().nullable(),
  at: VnDateTime,
});
export type HistoryStep = z.infer<typeof HistoryStep>;

export const FieldEntry = z.object({ name: z.string(), label: z.string(), value: z.string() });

/** A file of a dossier: in which round it came (0 with the dossier, n with the n-th supplement). */
export const DossierFile = Upload.extend({ round: z.number().int(), addedAt: VnDateTime });

/** One paper of a dossier with its files. `id` null: files sent before papers had their own slots. */
export const DossierPaper = z.object({
  id: z.string().nullable(),
  name: z.string(),
  copies: z.string().nullable(),
  files: z.array(DossierFile),
});
export type DossierPaper = z.infer<typeof DossierPaper>;

/** A paper the office asked for: one of the procedure's, or one an officer described (`bo-sung-1`…). */
export const MissingPaper = z.object({
  id: z.string(),
  name: z.string(),
  copies: z.string().nullable(),
  note: z.string().nullable(),
  example: z.string().nullable(),
});
export type MissingPaper = z.infer<typeof MissingPaper>;

/** The electronic receipt (biên lai điện tử) of a fee paid online. */
export const FeeReceipt = z.object({
  /** Ký hiệu and số of the receipt. */
  series: z.string(),
  number: z.string(),
  orderId: z.string(),
  transId: z.string(),
  amount: z.number().int(),
  paidAt: VnDateTime,
  payer: z.string(),
  collector: z.string(),
  content: z.string(),
  method: z.string(),
});
export type FeeReceipt = z.infer<typeof FeeReceipt>;

/**
 * A fee the office asked for (status 6 with an amount): `due` until paid; `paid` online (with its
 * receipt); `settled` when an officer confirmed a payment made at the desk; `void` when the
 * dossier ended before it was paid.
 */
export const DossierFee = z.object({
  id: z.number().int(),
  amount: z.number().int(),
  reason: z.string(),
  requestedAt: VnDateTime,
  status: z.enum(['due', 'paid', 'settled', 'void']),
  receipt: FeeReceipt.nullable(),
});
export type DossierFee = z.infer<typeof DossierFee>;

export const Deadline = z.object({
  receivedAt: VnDateTime,
  dueAt: VnDateTime,
  finishedAt: VnDateTime.nullable(),
  /** Past the due date while the office still holds the dossier. */
  overdue: z.boolean(),
  /** Due today or on the next working day. */
  dueSoon: z.boolean(),
  workingDaysLeft: z.number().int().nullable(),
});

export const DossierView = z.object({
  code: z.string(),
  status: z.number().int(),
  statusLabel: z.string(),
  final: z.boolean(),
  procedure: z.object({ id: z.string(), name: z.string(), field: z.string(), fieldLabel: z.string(), processingDays: z.number().int() }),
  agency: z.object({ code: z.string(), name: z.string() }),
  channel: z.string(),
  serviceLevel: z.enum(['full', 'partial']),
  ...Deadline.shape,
  updatedAt: VnDateTime,
  /**
   * `public` (the code alone): status, procedure, agency and dates, nothing about the applicant;
   * `receipt` (the code and its receipt key): the applicant masked; `owner` and `officer`: all.
   */
  access: z.enum(DOSSIER_ACCESS),
  /** True when personal data is hidden or left out: the caller is neither the owner nor an officer. */
  masked: z.boolean(),
  isOwner: z.boolean(),
  /** Null for `public`; masked for `receipt`. */
  applicant: z
    .object({
      fullName: z.string(),
      idNumber: z.string(),
      phone: z.string(),
      email: z.string().nullable(),
      address: z.object({ province: z.string(), commune: z.string(), street: z.string().nullable() }),
    })
    .nullable(),
  /** For the owner and officers: the receipt's key and the link its QR code holds. */
  receipt: z.object({ key: z.string(), url: z.string() }).nullable(),
  fields: z.array(FieldEntry),
  /** Every file, in the order sent (also grouped by paper in `papers`). */
  attachments: z.array(Upload),
  /** The procedure's papers that have files, then papers asked for later, each with its files. */
  papers: z.array(DossierPaper),
  /** What the office asked for, in words (the names of `missingPapers`). */
  missingDocuments: z.array(z.string()),
  /** Status 5: the papers to send, one slot each. */
  missingPapers: z.array(MissingPaper),
  /** Fees asked for through status 6, newest last. */
  fees: z.array(DossierFee),
  history: z.array(HistoryStep),
  canWithdraw: z.boolean(),
  canSupplement: z.boolean(),
  /** The owner may pay the due fee in the app. */
  canPay: z.boolean(),
});
export type DossierView = z.infer<typeof DossierView>;

export const DossierSummary = z.object({
  code: z.string(),
  status: z.number().int(),
  statusLabel: z.string(),
  final: z.boolean(),
  procedureId: z.string(),
  procedureName: z.string(),
  agencyName: z.string(),
  ...Deadline.shape,
  updatedAt: VnDateTime,
  /** The last step, e.g. what the office asked for. */
  lastAction: z.string(),
});
export type DossierSummary = z.infer<typeof DossierSummary>;

export const MyDossierQuery = PageQuery.extend({
  status: z.coerce
    .number({ error: 'Trạng thái phải là số từ 1 đến 10.' })
    .int('Trạng thái phải là số từ 1 đến 10.')
    .min(1, 'Trạng thái phải là số từ 1 đến 10.')
    .max(10, 'Trạng thái phải là số từ 1 đến 10.')
    .optional(),
  /** `open`: still with the office or waiting for me; `closed`: finished one way or another. */
  state: z.enum(['open', 'closed'], { error: 'Nhóm phải là open hoặc closed.' }).optional(),
});
export type MyDossierQuery = z.input<typeof MyDossierQuery>;

export const DossierPage = pageOf(DossierSummary).extend({
  counts: z.object({ open: z.number().int(), closed: z.number().int(), needsAction: z.number().int() }),
});
export type DossierPage = z.infer<typeof DossierPage>;

export const SupplementRequest = z.object({
  /** Exactly the papers the office asked for (`missingPapers`), each with its files. */
  papers: PaperFiles,
  note: MultilineText().max(1000, 'Ghi chú tối đa 1.000 ký tự.').optional(),
});
export type SupplementRequest = z.input<typeof SupplementRequest>;

export const WithdrawRequest = z.object({
  reason: MultilineText({ error: 'Vui lòng cho biết lý do rút hồ sơ.' })
    .refine(visibleAtLeast(3), 'Vui lòng cho biết lý do rút hồ sơ.')
    .max(500, 'Lý do tối đa 500 ký tự.'),
});
export type WithdrawRequest = z.input<typeof WithdrawRequest>;

export const TransitionRequest = z.object({
  to: DossierStatusNumber,
  note: MultilineText().max(2000, 'Ghi chú tối đa 2.000 ký tự.').optional(),
  /** Status 5: papers described in words (each gets its own slot for the resident). */
  missingDocuments: z
    .array(LineText().refine(visibleAtLeast(2), 'Tên giấy tờ quá ngắn.').max(300, 'Tên giấy tờ tối đa 300 ký tự.'))
    .max(20, 'Tối đa 20 giấy tờ.')
    .optional(),
  /** Status 5: the procedure's papers to send again, by id. */
  missingPapers: z.array(PaperKey).max(20, 'Tối đa 20 giấy tờ.').optional(),
  /** Status 6: what to pay, in đồng; the resident then pays it in the app. */
  amount: z
    .number({ error: 'Số tiền phải là số đồng.' })
    .int('Số tiền phải là số nguyên (đồng).')
    .min(1000, 'Số tiền tối thiểu 1.000 đồng.')
    .max(1_000_000_000, 'Số tiền tối đa 1.000.000.000 đồng.')
    .optional(),
  officerName: LineText().refine(visibleAtLeast(2), 'Tên cán bộ quá ngắn.').max(100, 'Tên cán bộ tối đa 100 ký tự.').optional(),
});
export type TransitionRequest = z.input<typeof TransitionRequest>;

export const OfficerDossierQuery = PageQuery.extend({
  status: MyDossierQuery.shape.status,
  overdue: z.enum(['true', 'false'], { error: 'overdue phải là true hoặc false.' }).optional(),
  agency: z.string().max(40).regex(/^[0-9.H]+$/, 'Mã cơ quan không hợp lệ.').optional(),
  q: SearchText,
});
