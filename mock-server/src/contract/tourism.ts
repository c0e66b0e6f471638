import { z } from 'zod';
import { PageQuery, SearchText, VnDateTime, pageOf } from './common.js';
import { PLACE_CATEGORIES, PLACE_CATEGORY_LABELS, TOURISM_AREAS, type TourismAreaIdValue } from './tourism-meta.js';

export { PLACE_CATEGORIES, PLACE_CATEGORY_LABELS, TOURISM_AREAS };

/**
 * Tourism: places (schema.org TouristAttraction: address, geo, opening hours, free or price,
 * photo) and tours (TouristTrip: itinerary by day, offers in VND, provider).
 */

export const PlaceCategory = z.enum(PLACE_CATEGORIES, {
  error: 'Loại địa điểm không hợp lệ (scenery, heritage, village, market, border-city, experience).',
});
export type PlaceCategory = z.infer<typeof PlaceCategory>;

export type TourismAreaId = TourismAreaIdValue;
const AREA_IDS = TOURISM_AREAS.map((a) => a.id) as [TourismAreaId, ...TourismAreaId[]];
export const TourismAreaId = z.enum(AREA_IDS, { error: 'Khu vực không có trong danh sách.' });

/** `HH:MM` in Vietnam time; `24:00` closes at midnight. */
export const ClockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Giờ phải có dạng HH:MM.');

/**
 * Which days something happens on. ISO weekdays (1 = thứ Hai … 7 = Chủ nhật), and/or days of the
 * lunar month (1 = mùng một, 15 = rằm), optionally only in some lunar months (1 = tháng Giêng).
 * A day matches when either the weekday part or the lunar part matches.
 */
export const DayRule = z.object({
  weekdays: z.array(z.number().int().min(1).max(7)).optional(),
  lunarDays: z.array(z.number().int().min(1).max(30)).optional(),
  lunarMonths: z.array(z.number().int().min(1).max(12)).optional(),
});
export type DayRule = z.infer<typeof DayRule>;

export const OpeningPeriod = z.object({ days: DayRule, opens: ClockTime, closes: ClockTime });
export type OpeningPeriod = z.infer<typeof OpeningPeriod>;

export const OpeningHours = z.object({
  /** Open ground (a pass, a valley, a viewpoint): no gate, no hours. */
  alwaysOpen: z.boolean(),
  periods: z.array(OpeningPeriod),
  note: z.string().optional(),
});
export type OpeningHours = z.infer<typeof OpeningHours>;

/** Open now, computed for the time of the answer. */
export const OpenState = z.object({
  open: z.boolean(),
  alwaysOpen: z.boolean(),
  /** When it closes, while open (null when always open). */
  closesAt: VnDateTime.nullable(),
  /** When it opens next, while closed (null when it never opens in the coming year). */
  nextOpenAt: VnDateTime.nullable(),
});
export type OpenState = z.infer<typeof OpenState>;

export const Ticket = z.object({ label: z.string(), price: z.number().int().nonnegative() });
export type Ticket = z.infer<typeof Ticket>;

export const Season = z.object({
  name: z.string(),
  months: z.array(z.number().int().min(1).max(12)).min(1),
  note: z.string(),
});
export type Season = z.infer<typeof Season>;

const DateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const MarketDay = z.object({
  rule: DayRule,
  /** "Chủ nhật hằng tuần". */
  label: z.string(),
  today: z.boolean(),
  /** The next market day from today (today itself when it is one). */
  next: DateKey.nullable(),
});
export type MarketDay = z.infer<typeof MarketDay>;

export const Festival = z.object({
  name: z.string(),
  rule: DayRule,
  label: z.string(),
  description: z.string(),
  today: z.boolean(),
  next: DateKey.nullable(),
});
export type Festival = z.infer<typeof Festival>;

export const PlaceSummary = z.object({
  id: z.string(),
  name: z.string(),
  category: PlaceCategory,
  categoryLabel: z.string(),
  areaId: TourismAreaId,
  area: z.string(),
  /** Today's commune or ward (after 1 July 2025). */
  commune: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  /** Metres above sea level. */
  elevation: z.number().int(),
  summary: z.string(),
  /** A picture the project ships: `/media/tourism/<file>.svg`. */
  image: z.string(),
  isFree: z.boolean(),
  /** Cheapest ticket in VND, null when free. */
  priceFrom: z.number().int().nullable(),
  openState: OpenState,
  marketDay: MarketDay.nullable(),
  /** This month is one of its best seasons. */
  inSeason: z.boolean(),
  /** Kilometres from the point given in `lat`/`long`, when one was given. */
  distanceKm: z.number().optional(),
});
export type PlaceSummary = z.infer<typeof PlaceSummary>;

export const PlacePage = pageOf(PlaceSummary);
export type PlacePage = z.infer<typeof PlacePage>;

const bool = z.enum(['true', 'false'], { error: 'Chỉ nhận true hoặc false.' });
const latitude = z.coerce.number({ error: 'Vĩ độ phải là số.' }).min(-90, 'Vĩ độ từ -90 đến 90.').max(90, 'Vĩ độ từ -90 đến 90.');
const longitude = z.coerce
  .number({ error: 'Kinh độ phải là số.' })
  .min(-180, 'Kinh độ từ -180 đến 180.')
  .max(180, 'Kinh độ từ -180 đến 180.');

export const PlaceQuery = PageQuery.extend({
  category: PlaceCategory.optional(),
  area: TourismAreaId.optional(),
  q: SearchText,
  /** Only places at their best in this month (1–12). */
  month: z.coerce.number({ error: 'Tháng phải là số.' }).int('Tháng phải là số nguyên.').min(1, 'Tháng từ 1 đến 12.').max(12, 'Tháng từ 1 đến 12.').optional(),
  /** Only markets meeting today. */
  marketToday: bool.optional(),
  openNow: bool.optional(),
  /** Sort by distance from this point (both or neither). */
  lat: latitude.optional(),
  long: longitude.optional(),
}).refine((q) => (q.lat === undefined) === (q.long === undefined), {
  message: 'Cần cả vĩ độ (lat) và kinh độ (long).',
  path: ['long'],
});
export type PlaceQuery = z.infer<typeof PlaceQuery>;

export const Provider = z.object({
  name: z.string(),
  /** Digits as dialled in Vietnam: `0912345678`, `02143871568`. */
  phone: z.string().regex(/^0\d{9,10}$/),
  address: z.string(),
});
export type Provider = z.infer<typeof Provider>;

export const ItineraryDay = z.object({
  day: z.number().int().min(1),
  title: z.string(),
  activities: z.array(z.string()),
  /** "sáng", "trưa", "tối". */
  meals: z.array(z.string()),
  overnight: z.string().nullable(),
});
export type ItineraryDay = z.infer<typeof ItineraryDay>;

export const TourSummary = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  image: z.string(),
  /** Per adult, VND. */
  price: z.number().int().positive(),
  childPrice: z.number().int().positive().nullable(),
  days: z.number().int().min(1),
  nights: z.number().int().min(0),
  departure: z.string(),
  /** "Thứ Sáu hằng tuần", "Hằng ngày". */
  schedule: z.string(),
  provider: Provider,
  nextDeparture: DateKey.nullable(),
  areas: z.array(z.string()),
});
export type TourSummary = z.infer<typeof TourSummary>;

export const TourPage = pageOf(TourSummary);
export type TourPage = z.infer<typeof TourPage>;

export const PlaceLink = z.object({
  id: z.string(),
  name: z.string(),
  area: z.string(),
  image: z.string(),
  category: PlaceCategory,
});
export type PlaceLink = z.infer<typeof PlaceLink>;

export const Departure = z.object({ date: DateKey, seatsLeft: z.number().int().nonnegative() });
export type Departure = z.infer<typeof Departure>;

export const TourDetail = TourSummary.extend({
  itinerary: z.array(ItineraryDay).min(1),
  includes: z.array(z.string()),
  excludes: z.array(z.string()),
  notes: z.array(z.string()),
  places: z.array(PlaceLink),
  departures: z.array(Departure),
  priceUpdatedAt: VnDateTime,
});
export type TourDetail = z.infer<typeof TourDetail>;

export const PlaceDetail = PlaceSummary.extend({
  address: z.string(),
  description: z.array(z.string()).min(1),
  hours: OpeningHours,
  /** The hours in words, one line per rule. */
  hoursText: z.array(z.string()),
  tickets: z.array(Ticket),
  ticketNote: z.string().nullable(),
  seasons: z.array(Season),
  festivals: z.array(Festival),
  tips: z.array(z.string()),
  nearby: z.array(PlaceLink.extend({ distanceKm: z.number() })),
  tours: z.array(TourSummary),
  updatedAt: VnDateTime,
});
export type PlaceDetail = z.infer<typeof PlaceDetail>;

export const TOUR_SORTS = ['recommended', 'price-asc', 'price-desc', 'days'] as const;

const money = z.coerce
  .number({ error: 'Giá phải là số (đồng).' })
  .int('Giá phải là số nguyên (đồng).')
  .min(1, 'Giá phải lớn hơn 0.')
  .max(1_000_000_000, 'Giá quá lớn.');
const dayCount = z.coerce.number({ error: 'Số ngày phải là số.' }).int('Số ngày phải là số nguyên.').min(1, 'Số ngày từ 1 đến 30.').max(30, 'Số ngày từ 1 đến 30.');

export const TourQuery = PageQuery.extend({
  q: SearchText,
  /** Price ceiling per adult, VND. */
  maxPrice: money.optional(),
  /** Exactly this many days. */
  days: dayCount.optional(),
  minDays: dayCount.optional(),
  maxDays: dayCount.optional(),
  /** Tours that visit this place. */
  place: z.string().max(100, 'Mã quá dài.').regex(/^[a-z0-9-]+$/, 'Mã địa điểm không hợp lệ.').optional(),
  area: TourismAreaId.optional(),
  sort: z.enum(TOUR_SORTS, { error: 'Cách sắp xếp không hợp lệ (recommended, price-asc, price-desc, days).' }).default('recommended'),
}).refine((q) => q.minDays === undefined || q.maxDays === undefined || q.minDays <= q.maxDays, {
  message: 'Số ngày tối thiểu không được lớn hơn số ngày tối đa.',
  path: ['minDays'],
});
export type TourQuery = z.infer<typeof TourQuery>;

export const CategoryCount = z.object({ id: PlaceCategory, name: z.string(), count: z.number().int() });
export const CategoryList = z.object({ items: z.array(CategoryCount) });
export type CategoryList = z.infer<typeof CategoryList>;

export const AreaCount = z.object({ id: TourismAreaId, name: z.string(), count: z.number().int() });
export const AreaList = z.object({ items: z.array(AreaCount) });
export type AreaList = z.infer<typeof AreaList>;

/** What is on today across the province: markets meeting and festivals. */
export const TodayResponse = z.object({
  date: DateKey,
  /** "Ngày 8 tháng 10 năm Ất Tỵ" style lunar date of today. */
  lunar: z.object({ day: z.number().int(), month: z.number().int(), year: z.number().int(), leap: z.boolean(), label: z.string() }),
  markets: z.array(PlaceSummary),
  festivals: z.array(z.object({ place: PlaceLink, festival: Festival })),
  inSeason: z.array(PlaceLink),
});
export type TodayResponse = z.infer<typeof TodayResponse>;
