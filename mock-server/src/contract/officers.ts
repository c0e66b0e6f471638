import { z } from 'zod';
import { LineText, PageQuery, VnDateTime, pageOf } from './common.js';
import { DossierSummary, DossierView, OfficerDossierQuery, Paper, TransitionRequest } from './dossiers.js';
import { FeedbackListQuery, FeedbackSummary, OfficerFeedbackDetail } from './feedback.js';

/** The other side of the counter: officer accounts, their console's queues, previews, figures and outbox. */

export const OFFICER_ROLES = ['officer', 'leader', 'admin'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

export const AgencyRef = z.object({ code: z.string(), name: z.string(), kind: z.string(), parentCode: z.string().nullable() });
export type AgencyRef = z.infer<typeof AgencyRef>;

export const OfficerProfile = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  title: z.string(),
  /** What residents read in the history: "Chuyên viên Nguyễn Thu Trang". */
  displayName: z.string(),
  role: z.enum(OFFICER_ROLES),
  /** Null for the automation key, which acts for every agency. */
  agency: AgencyRef.nullable(),
  /** Whose figures they see: their agency, and for a leader the agencies under it (all for admin). */
  figureAgencies: z.array(AgencyRef),
});
export type OfficerProfile = z.infer<typeof OfficerProfile>;

export const OfficerSignInRequest = z.object({
  username: LineText({ error: 'Vui lòng nhập tên đăng nhập.' }).min(1, 'Vui lòng nhập tên đăng nhập.').max(100, 'Tên đăng nhập quá dài.'),
  password: z.string({ error: 'Vui lòng nhập mật khẩu.' }).min(1, 'Vui lòng nhập mật khẩu.').max(200, 'Mật khẩu quá dài.'),
});
export type OfficerSignInRequest = z.infer<typeof OfficerSignInRequest>;

export const OfficerSession = z.object({ token: z.string(), expiresAt: VnDateTime, officer: OfficerProfile });
export type OfficerSession = z.infer<typeof OfficerSession>;

export const AgencyList = z.object({ items: z.array(AgencyRef) });

// ───────── Dossiers ─────────

/**
 * Queues of the console: everything still open, received (1, 2), being processed (4), waiting for
 * the resident's papers or fees (5, 6), overdue (the office's clock ran out). Each lists the
 * overdue first, then by due date.
 */
export const DOSSIER_QUEUES = ['open', 'received', 'processing', 'waiting', 'overdue'] as const;
export type DossierQueue = (typeof DOSSIER_QUEUES)[number];
export const DOSSIER_QUEUE_STATUSES: Record<Exclude<DossierQueue, 'overdue'>, number[]> = {
  open: [1, 2, 4, 5, 6, 9],
  received: [1, 2],
  processing: [4],
  waiting: [5, 6],
};

export const OfficerDossierListQuery = OfficerDossierQuery.extend({
  queue: z.enum(DOSSIER_QUEUES, { error: 'Hàng chờ phải là open, received, processing, waiting hoặc overdue.' }).optional(),
});
export type OfficerDossierListQuery = z.input<typeof OfficerDossierListQuery>;

export const OfficerDossierSummary = DossierSummary.extend({ applicantName: z.string(), agencyCode: z.string() });
export type OfficerDossierSummary = z.infer<typeof OfficerDossierSummary>;
export const OfficerDossierPage = pageOf(OfficerDossierSummary).extend({
  counts: z.object({ open: z.number().int(), closed: z.number().int(), needsAction: z.number().int() }),
  /** How many in each queue (the console's tabs). */
  queues: z.object({ open: z.number().int(), received: z.number().int(), processing: z.number().int(), waiting: z.number().int(), overdue: z.number().int() }),
});
export type OfficerDossierPage = z.infer<typeof OfficerDossierPage>;

/** A step the officer may take from the dossier's status, with what it needs. */
export const AllowedTransition = z.object({
  to: z.number().int(),
  statusLabel: z.string(),
  action: z.string(),
  noteRequired: z.boolean(),
  needsMissingDocuments: z.boolean(),
});
export type AllowedTransition = z.infer<typeof AllowedTransition>;

/** The console's dossier: everything, the steps allowed now, and the papers the procedure asks for. */
export const OfficerDossierView = DossierView.extend({
  transitions: z.array(AllowedTransition),
  /** Every paper the procedure lists (the dossier's own files are in `papers`, grouped by paper). */
  procedurePapers: z.array(Paper),
  /** Whether the owner lets the app message them through Zalo. */
  ownerZalo: z.enum(['granted', 'refused', 'unasked']),
});
export type OfficerDossierView = z.infer<typeof OfficerDossierView>;

/** How a message reaches the resident: always in the app; through Zalo only when they allowed it. */
export const Delivery = z.object({
  zaloConsent: z.enum(['granted', 'refused', 'unasked']),
  /** The Zalo message that will go, or null (in the app only). */
  zalo: z.object({ channel: z.enum(['zns', 'miniapp']), template: z.string() }).nullable(),
});

/** What the resident will read after a change: the notice, and the step added to the history. */
export const TransitionPreview = z.object({
  notice: z.object({ title: z.string(), body: z.string() }),
  history: z.object({ statusLabel: z.string(), action: z.string(), office: z.string(), officer: z.string().nullable(), note: z.string().nullable() }),
  delivery: Delivery,
});
export type TransitionPreview = z.infer<typeof TransitionPreview>;
export const TransitionPreviewRequest = TransitionRequest;

// ───────── Reports ─────────

/** New (received), being handled (assigned, processing), answer due within two working days. */
export const FEEDBACK_QUEUES = ['new', 'handling', 'due-soon'] as const;
export type FeedbackQueue = (typeof FEEDBACK_QUEUES)[number];

export const OfficerFeedbackListQuery = FeedbackListQuery.extend({
  queue: z.enum(FEEDBACK_QUEUES, { error: 'Hàng chờ phải là new, handling hoặc due-soon.' }).optional(),
  agency: z.string().max(80).regex(/^[a-z0-9.H-]+$/, 'Mã cơ quan không hợp lệ.').optional(),
});
export type OfficerFeedbackListQuery = z.input<typeof OfficerFeedbackListQuery>;

export const OfficerFeedbackSummary = FeedbackSummary.extend({
  reporterId: z.string(),
  anonymous: z.boolean(),
  expectedAt: VnDateTime,
  /** The answer is late: past its expected date and not answered. */
  late: z.boolean(),
});
export const OfficerFeedbackListPage = pageOf(OfficerFeedbackSummary).extend({
  queues: z.object({ new: z.number().int(), handling: z.number().int(), 'due-soon': z.number().int() }),
});
export type OfficerFeedbackListPage = z.infer<typeof OfficerFeedbackListPage>;

export const FEEDBACK_ACTIONS = ['assign', 'process', 'answer', 'reject', 'duplicate', 'close'] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

/** The console's report: everything officers see, and the actions its status allows. */
export const OfficerFeedbackView = OfficerFeedbackDetail.extend({
  actions: z.array(z.enum(FEEDBACK_ACTIONS)),
  ownerZalo: z.enum(['granted', 'refused', 'unasked']),
});
export type OfficerFeedbackView = z.infer<typeof OfficerFeedbackView>;

export const FeedbackPreviewRequest = z.object({
  action: z.enum(FEEDBACK_ACTIONS, { error: 'Thao tác không hợp lệ.' }),
  agency: z.string().max(200).optional(),
  note: z.string().max(4000).optional(),
  text: z.string().max(4000).optional(),
  reason: z.string().max(2000).optional(),
  originalCode: z.string().max(40).optional(),
});
export type FeedbackPreviewRequest = z.infer<typeof FeedbackPreviewRequest>;

export const FeedbackPreview = z.object({
  notice: z.object({ title: z.string(), body: z.string() }),
  timeline: z.object({ title: z.string(), statusLabel: z.string(), note: z.string().nullable(), officer: z.string().nullable() }),
  delivery: Delivery,
});
export type FeedbackPreview = z.infer<typeof FeedbackPreview>;

// ───────── Outbox ─────────

export const OutboxItem = z.object({
  id: z.number().int(),
  userId: z.string(),
  channel: z.enum(['zns', 'miniapp']),
  template: z.string(),
  params: z.record(z.string(), z.string()),
  status: z.enum(['queued', 'sending', 'sent', 'stored', 'failed']),
  createdAt: VnDateTime,
  /** What the message is about, and why it failed if it did. */
  refKind: z.string(),
  refId: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
});
export type OutboxItem = z.infer<typeof OutboxItem>;
export const OutboxPage = pageOf(OutboxItem).extend({ sender: z.enum(['outbox', 'zalo']) });
export type OutboxPage = z.infer<typeof OutboxPage>;
export const OutboxQuery = PageQuery.extend({
  status: z.enum(['queued', 'sending', 'sent', 'stored', 'failed'], { error: 'Trạng thái tin không hợp lệ.' }).optional(),
});

// ───────── Figures ─────────

export const StatsQuery = z.object({
  weeks: z.coerce.number({ error: 'Số tuần phải là số.' }).int('Số tuần phải là số nguyên.').min(1, 'Ít nhất 1 tuần.').max(52, 'Tối đa 52 tuần.').default(8),
  agency: z.string().max(80).regex(/^[a-z0-9.H-]+$/, 'Mã cơ quan không hợp lệ.').optional(),
});
export type StatsQuery = z.input<typeof StatsQuery>;

const Rate = z.number().nullable();
export const DossierFigures = z.object({
  received: z.number().int(),
  finished: z.number().int(),
  finishedOnTime: z.number().int(),
  /** Finished on time ÷ finished (tỷ lệ hồ sơ đúng hạn), null when none finished. */
  onTimeRate: Rate,
  /** Due dates missed in the period (finished late, or still open past them). */
  overdue: z.number().int(),
});
export const ReportFigures = z.object({
  received: z.number().int(),
  answered: z.number().int(),
  /** Average time from a report to its first answer, in hours. */
  averageAnswerHours: Rate,
});

export const Stats = z.object({
  from: VnDateTime,
  to: VnDateTime,
  agencies: z.array(AgencyRef),
  dossiers: z.object({
    totals: DossierFigures.extend({ openOverdue: z.number().int() }),
    perAgency: z.array(DossierFigures.extend({ code: z.string(), name: z.string(), openOverdue: z.number().int() })),
    perWeek: z.array(DossierFigures.extend({ weekStart: z.string() })),
  }),
  reports: z.object({
    totals: ReportFigures.extend({ late: z.number().int() }),
    byCategory: z.array(ReportFigures.extend({ categoryId: z.string(), name: z.string() })),
    perWeek: z.array(ReportFigures.extend({ weekStart: z.string() })),
  }),
  /** Mức độ hài lòng: the residents' ratings of answers in the period. */
  satisfaction: z.object({
    ratings: z.number().int(),
    average: Rate,
    /** Rated 4 or 5 stars ÷ all ratings. */
    satisfiedRate: Rate,
    distribution: z.array(z.number().int()).length(5),
  }),
});
export type Stats = z.infer<typeof Stats>;
