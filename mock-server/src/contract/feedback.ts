import { z } from 'zod';
import { CoordinateText, LineText, MultilineText, PageQuery, SearchText, VnDateTime, pageOf, visibleAtLeast } from './common.js';
import { visibleLength } from './text.js';

/** Our statuses; Open311 sees them as open (the first three) or closed (the rest). */
export const FeedbackStatus = z.enum(['received', 'assigned', 'processing', 'answered', 'closed', 'rejected', 'duplicate']);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

export const CategoryField = z.object({
  code: z.string(),
  label: z.string(),
  datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
  required: z.boolean(),
  description: z.string(),
  values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
});
export type CategoryField = z.infer<typeof CategoryField>;

export const FeedbackCategory = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  group: z.string(),
  agency: z.string(),
  answerDays: z.number().int(),
  notice: z.string(),
  fields: z.array(CategoryField),
});
export type FeedbackCategory = z.infer<typeof FeedbackCategory>;
export const CategoryList = z.object({ items: z.array(FeedbackCategory) });

export const FeedbackArea = z.object({ id: z.string(), name: z.string(), lat: z.number(), long: z.number() });
export type FeedbackArea = z.infer<typeof FeedbackArea>;
export const AreaList = z.object({ items: z.array(FeedbackArea) });

const Latitude = z.number({ error: 'Vĩ độ phải là số.' }).min(-90, 'Vĩ độ từ -90 đến 90.').max(90, 'Vĩ độ từ -90 đến 90.');
const Longitude = z.number({ error: 'Kinh độ phải là số.' }).min(-180, 'Kinh độ từ -180 đến 180.').max(180, 'Kinh độ từ -180 đến 180.');
export const GeoPoint = z.object({ lat: Latitude, long: Longitude });
export type GeoPoint = z.infer<typeof GeoPoint>;

export const TITLE_MAX = 150;
export const CONTENT_MAX = 4000;
export const PHOTOS_MAX = 4;

/** A slug-like id from a list we publish (category, area): plain characters only. */
const ListId = z.string().min(1).max(60).regex(/^[a-z0-9-]+$/, 'Mã không hợp lệ.');

export const CreateFeedbackRequest = z
  .object({
    categoryId: ListId,
    title: LineText({ error: 'Cần có tiêu đề.' })
      .refine(visibleAtLeast(5), 'Tiêu đề cần ít nhất 5 ký tự.')
      .max(TITLE_MAX, `Tiêu đề tối đa ${TITLE_MAX} ký tự.`),
    content: MultilineText({ error: 'Cần có nội dung.' })
      .refine(visibleAtLeast(10), 'Nội dung cần ít nhất 10 ký tự để cơ quan hiểu được sự việc.')
      .max(CONTENT_MAX, `Nội dung tối đa ${CONTENT_MAX} ký tự.`),
    location: GeoPoint.nullable().default(null),
    areaId: ListId.optional(),
    address: LineText().max(300, 'Địa chỉ tối đa 300 ký tự.').optional(),
    photoIds: z
      .array(z.string().min(1).max(100))
      .max(PHOTOS_MAX, `Gửi tối đa ${PHOTOS_MAX} ảnh.`)
      .default([])
      .refine((ids) => new Set(ids).size === ids.length, 'Một ảnh được chọn hai lần.'),
    /** On by default: the public never sees who sent it. */
    anonymous: z.boolean().default(true),
    /** Answers to the category's extra questions, by their code. */
    fields: z.record(z.string().max(40), z.union([MultilineText().max(500), z.array(LineText().max(200)).max(20)])).default({}),
  })
  .superRefine((v, ctx) => {
    if (v.location === null) {
      if (!v.areaId) ctx.addIssue({ code: 'custom', path: ['areaId'], message: 'Chưa có vị trí: hãy chọn xã, phường nơi xảy ra sự việc.' });
      if (!v.address || visibleLength(v.address) < 5) {
        ctx.addIssue({ code: 'custom', path: ['address'], message: 'Chưa có vị trí: hãy ghi địa chỉ (thôn, tổ, đường phố…), ít nhất 5 ký tự.' });
      }
    }
  });
export type CreateFeedbackRequest = z.input<typeof CreateFeedbackRequest>;

export const Photo = z.object({ id: z.string(), url: z.string() });
export type Photo = z.infer<typeof Photo>;

export const FeedbackSummary = z.object({
  code: z.string(),
  title: z.string(),
  excerpt: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  status: FeedbackStatus,
  statusLabel: z.string(),
  /** Open311's view of the status. */
  state: z.enum(['open', 'closed']),
  areaId: z.string(),
  areaName: z.string(),
  address: z.string(),
  location: GeoPoint.nullable(),
  agency: z.string(),
  createdAt: VnDateTime,
  updatedAt: VnDateTime,
  photoCount: z.number().int(),
  thumbnailUrl: z.string().nullable(),
  hasAnswer: z.boolean(),
});
export type FeedbackSummary = z.infer<typeof FeedbackSummary>;
export const FeedbackPage = pageOf(FeedbackSummary);
export type FeedbackPage = z.infer<typeof FeedbackPage>;

export const TimelineEntry = z.object({
  at: VnDateTime,
  kind: z.enum(['created', 'assigned', 'processing', 'answered', 'closed', 'rejected', 'duplicate', 'reopened', 'rated']),
  status: FeedbackStatus,
  statusLabel: z.string(),
  title: z.string(),
  note: z.string().nullable(),
  agency: z.string().nullable(),
  /** The officer who did it (title and name), when one did. */
  officer: z.string().nullable().optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const FeedbackAnswer = z.object({ agency: z.string(), text: z.string(), at: VnDateTime });
export const FeedbackRating = z.object({ score: z.number().int(), comment: z.string().nullable(), at: VnDateTime });

export const FeedbackDetail = FeedbackSummary.extend({
  content: z.string(),
  photos: z.array(Photo),
  fields: z.array(z.object({ code: z.string(), label: z.string(), value: z.string() })),
  timeline: z.array(TimelineEntry),
  answer: FeedbackAnswer.nullable(),
  rating: FeedbackRating.nullable(),
  duplicateOf: z.string().nullable(),
  /** Null when anonymous (the default); otherwise a shortened name such as "Nguyễn Thị M.". */
  reporterName: z.string().nullable(),
  expectedAt: VnDateTime,
  serviceNotice: z.string(),
  /** What the caller may do: only the owner rates and reopens. */
  viewer: z.object({
    mine: z.boolean(),
    canRate: z.boolean(),
    canReopen: z.boolean(),
    reopenUntil: VnDateTime.nullable(),
  }),
});
export type FeedbackDetail = z.infer<typeof FeedbackDetail>;

export const MyFeedbackItem = FeedbackSummary.extend({ anonymous: z.boolean() });
export type MyFeedbackItem = z.infer<typeof MyFeedbackItem>;
export const MyFeedbackPage = pageOf(MyFeedbackItem);
export type MyFeedbackPage = z.infer<typeof MyFeedbackPage>;

/** `status` takes one or several of our statuses, comma separated. */
const StatusList = z
  .string()
  .max(200)
  .transform((s, ctx) => {
    const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
    const bad = parts.filter((p) => !FeedbackStatus.options.includes(p as FeedbackStatus));
    if (bad.length) {
      ctx.addIssue({ code: 'custom', message: `Trạng thái không hợp lệ: ${bad.join(', ')}. Dùng: ${FeedbackStatus.options.join(', ')}.` });
      return z.NEVER;
    }
    return parts as FeedbackStatus[];
  })
  .optional();

export const FeedbackListQuery = PageQuery.extend({
  category: ListId.optional(),
  status: StatusList,
  area: ListId.optional(),
  q: SearchText,
});
export type FeedbackListQuery = z.input<typeof FeedbackListQuery>;

export const MyFeedbackQuery = PageQuery.extend({ status: StatusList });

export const NearbyQuery = z.object({
  lat: CoordinateText('Vĩ độ', -90, 90),
  long: CoordinateText('Kinh độ', -180, 180),
  category: ListId,
});

export const NearbyItem = FeedbackSummary.extend({ distanceMeters: z.number().int() });
export type NearbyItem = z.infer<typeof NearbyItem>;
export const NearbyResponse = z.object({
  items: z.array(NearbyItem),
  radiusMeters: z.number().int(),
  days: z.number().int(),
});
export type NearbyResponse = z.infer<typeof NearbyResponse>;

export const CodeParam = z.object({
  code: z.string().min(1).max(40, 'Mã phản ánh quá dài.').regex(/^[A-Za-z0-9-]+$/, 'Mã phản ánh chỉ gồm chữ, số và dấu gạch nối.'),
});

export const RatingRequest = z.object({
  score: z.number({ error: 'Chọn số sao từ 1 đến 5.' }).int('Số sao là số nguyên.').min(1, 'Ít nhất 1 sao.').max(5, 'Nhiều nhất 5 sao.'),
  comment: MultilineText().max(1000, 'Nhận xét tối đa 1.000 ký tự.').optional(),
});
export type RatingRequest = z.input<typeof RatingRequest>;

export const ReopenRequest = z.object({
  reason: MultilineText({ error: 'Cần nêu lý do.' })
    .refine(visibleAtLeast(10), 'Lý do cần ít nhất 10 ký tự.')
    .max(1000, 'Lý do tối đa 1.000 ký tự.'),
});
export type ReopenRequest = z.input<typeof ReopenRequest>;

const Agency = LineText().refine(visibleAtLeast(3), 'Tên cơ quan quá ngắn.').max(200, 'Tên cơ quan tối đa 200 ký tự.');
const Note = MultilineText().max(2000, 'Ghi chú tối đa 2.000 ký tự.');

export const AssignRequest = z.object({ agency: Agency, note: Note.optional() });
export const NoteRequest = z.object({ note: Note.optional() });
export const AnswerRequest = z.object({
  text: MultilineText()
    .refine(visibleAtLeast(10), 'Nội dung trả lời cần ít nhất 10 ký tự.')
    .max(CONTENT_MAX, `Trả lời tối đa ${CONTENT_MAX} ký tự.`),
  /** Who answers: an officer's own agency when left out (the automation key: the report's agency). */
  agency: Agency.optional(),
});
export const RejectRequest = z.object({ reason: MultilineText().refine(visibleAtLeast(10), 'Lý do cần ít nhất 10 ký tự.').max(2000) });
export const DuplicateRequest = z.object({ originalCode: CodeParam.shape.code, note: Note.optional() });
export type AnswerRequest = z.input<typeof AnswerRequest>;

/** Officers see who sent it and how to reach them. */
export const OfficerFeedbackDetail = FeedbackDetail.extend({
  anonymous: z.boolean(),
  source: z.string(),
  mediaUrl: z.string().nullable(),
  reporter: z.object({
    userId: z.string(),
    name: z.string().nullable(),
    contact: z
      .object({
        firstName: z.string().nullable(),
        lastName: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
        accountId: z.string().nullable(),
        deviceId: z.string().nullable(),
      })
      .nullable(),
  }),
});
export type OfficerFeedbackDetail = z.infer<typeof OfficerFeedbackDetail>;
export const OfficerFeedbackPage = pageOf(FeedbackSummary.extend({ reporterId: z.string(), anonymous: z.boolean() }));
