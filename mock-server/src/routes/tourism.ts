import { adultPriceFrom } from '../services/ticket-price.js';
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { IdParam } from '../contract/common.js';
import { likePattern, foldVietnamese } from '../contract/text.js';
import {
  AreaList,
  CategoryList,
  PLACE_CATEGORIES,
  PLACE_CATEGORY_LABELS,
  PlaceDetail,
  PlacePage,
  PlaceQuery,
  TodayResponse,
  TOURISM_AREAS,
  TourDetail,
  TourPage,
  TourQuery,
  type DayRule,
  type Festival,
  type ItineraryDay,
  type MarketDay,
  type OpeningHours,
  type PlaceCategory,
  type PlaceLink,
  type PlaceSummary,
  type Season,
  type Ticket,
  type TourismAreaId,
  type TourSummary,
} from '../contract/tourism.js';
import { invalidField, notFound } from '../plugins/errors.js';
import { toVnIso } from '../contract/vn-time.js';
import {
  dateKeyOf,
  dayNumberAt,
  dayRuleLabel,
  hoursLines,
  isRuleDay,
  lunarDateLabel,
  lunarOf,
  nextDepartures,
  nextRuleDay,
  openStateAt,
  vnDayOf,
  vnMonthAt,
  type DepartureRule,
} from '../services/tourism-calendar.js';

interface PlaceRow {
  id: string;
  name: string;
  category: PlaceCategory;
  area_id: TourismAreaId;
  commune: string;
  address: string;
  latitude: number;
  longitude: number;
  elevation: number;
  summary: string;
  description: string;
  image: string;
  hours: string;
  tickets: string;
  ticket_note: string | null;
  seasons: string;
  season_mask: number;
  market_day: string | null;
  festivals: string;
  tips: string;
  updated_at: number;
}

interface TourRow {
  id: string;
  name: string;
  summary: string;
  image: string;
  price: number;
  child_price: number | null;
  days: number;
  nights: number;
  departure: string;
  schedule: string;
  departs: string;
  provider_name: string;
  provider_phone: string;
  provider_address: string;
  itinerary: string;
  includes: string;
  excludes: string;
  notes: string;
  areas: string;
  price_updated_at: number;
}

const AREA_NAMES = new Map<string, string>(TOURISM_AREAS.map((a) => [a.id, a.name]));
const parse = <T>(json: string): T => JSON.parse(json) as T;

/** Great-circle distance in km, rounded to 0.1. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(6371 * 2 * Math.asin(Math.min(1, Math.sqrt(a))) * 10) / 10;
}

function marketDayOf(rule: DayRule, nowMs: number): MarketDay {
  const next = nextRuleDay(rule, nowMs);
  return { rule, label: dayRuleLabel(rule), today: isRuleDay(rule, nowMs), next: next ? dateKeyOf(next) : null };
}

function placeSummary(row: PlaceRow, nowMs: number, from?: { lat: number; long: number }): PlaceSummary {
  const tickets = parse<Ticket[]>(row.tickets);
  const state = openStateAt(parse<OpeningHours>(row.hours), nowMs);
  const month = vnMonthAt(nowMs);
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    categoryLabel: PLACE_CATEGORY_LABELS[row.category],
    areaId: row.area_id,
    area: AREA_NAMES.get(row.area_id) ?? row.area_id,
    commune: row.commune,
    latitude: row.latitude,
    longitude: row.longitude,
    elevation: row.elevation,
    summary: row.summary,
    image: row.image,
    isFree: tickets.length === 0,
    priceFrom: adultPriceFrom(tickets),
    openState: {
      open: state.open,
      alwaysOpen: state.alwaysOpen,
      closesAt: state.closesAt === null ? null : toVnIso(state.closesAt),
      nextOpenAt: state.nextOpenAt === null ? null : toVnIso(state.nextOpenAt),
    },
    marketDay: row.market_day ? marketDayOf(parse<DayRule>(row.market_day), nowMs) : null,
    inSeason: (row.season_mask & (1 << (month - 1))) !== 0,
    ...(from ? { distanceKm: distanceKm(from.lat, from.long, row.latitude, row.longitude) } : {}),
  };
}

const placeLink = (row: Pick<PlaceRow, 'id' | 'name' | 'area_id' | 'image' | 'category'>): PlaceLink => ({
  id: row.id,
  name: row.name,
  area: AREA_NAMES.get(row.area_id) ?? row.area_id,
  image: row.image,
  category: row.category,
});

function festivalsOf(row: PlaceRow, nowMs: number): Festival[] {
  return parse<{ name: string; rule: DayRule; description: string }[]>(row.festivals).map((f) => {
    const next = nextRuleDay(f.rule, nowMs);
    return { ...f, label: dayRuleLabel(f.rule), today: isRuleDay(f.rule, nowMs), next: next ? dateKeyOf(next) : null };
  });
}

/** Seats left on a departure: steady for a tour and a day, so the page does not flicker between loads. */
function seatsLeft(tourId: string, dateKey: string): number {
  let h = 0;
  for (const c of tourId + dateKey) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const n = h % 17;
  return n < 2 ? 0 : n;
}

function tourSummary(row: TourRow, nowMs: number): TourSummary {
  const next = nextDepartures(parse<DepartureRule>(row.departs), nowMs, 1)[0];
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    image: row.image,
    price: row.price,
    childPrice: row.child_price,
    days: row.days,
    nights: row.nights,
    departure: row.departure,
    schedule: row.schedule,
    provider: { name: row.provider_name, phone: row.provider_phone, address: row.provider_address },
    nextDeparture: next ? dateKeyOf(next) : null,
    areas: parse<string[]>(row.areas),
  };
}

export default async function tourismRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  const allPlaces = () => db.prepare('SELECT * FROM places ORDER BY sort_order').all() as PlaceRow[];
  const findPlace = (id: string) => db.prepare('SELECT * FROM places WHERE id = ?').get(id) as PlaceRow | undefined;

  r.get('/api/tourism/categories', { schema: { response: { 200: CategoryList } } }, async () => {
    const counts = new Map(
      (db.prepare('SELECT category, COUNT(*) AS n FROM places GROUP BY category').all() as { category: string; n: number }[]).map(
        (c) => [c.category, c.n],
      ),
    );
    return { items: PLACE_CATEGORIES.map((id) => ({ id, name: PLACE_CATEGORY_LABELS[id], count: counts.get(id) ?? 0 })) };
  });

  r.get('/api/tourism/areas', { schema: { response: { 200: AreaList } } }, async () => {
    const counts = new Map(
      (db.prepare('SELECT area_id, COUNT(*) AS n FROM places GROUP BY area_id').all() as { area_id: string; n: number }[]).map(
        (c) => [c.area_id, c.n],
      ),
    );
    return { items: TOURISM_AREAS.map((a) => ({ id: a.id, name: a.name, count: counts.get(a.id) ?? 0 })) };
  });

  r.get('/api/tourism/places', { schema: { querystring: PlaceQuery, response: { 200: PlacePage } } }, async (request) => {
    const q = request.query;
    const nowMs = ctx.now();
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (q.category) {
      where.push('category = ?');
      params.push(q.category);
    }
    if (q.area) {
      where.push('area_id = ?');
      params.push(q.area);
    }
    if (q.q) {
      where.push("search LIKE ? ESCAPE '\\'");
      params.push(likePattern(foldVietnamese(q.q)));
    }
    if (q.month) {
      where.push('(season_mask & ?) != 0');
      params.push(1 << (q.month - 1));
    }
    const rows = db
      .prepare(`SELECT * FROM places ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY sort_order`)
      .all(...params) as PlaceRow[];
    const from = q.lat !== undefined && q.long !== undefined ? { lat: q.lat, long: q.long } : undefined;
    let items = rows.map((row) => placeSummary(row, nowMs, from));
    if (q.marketToday === 'true') items = items.filter((p) => p.marketDay?.today);
    if (q.marketToday === 'false') items = items.filter((p) => !p.marketDay?.today);
    if (q.openNow === 'true') items = items.filter((p) => p.openState.open);
    if (q.openNow === 'false') items = items.filter((p) => !p.openState.open);
    if (from) items.sort((a, b) => a.distanceKm! - b.distanceKm!);
    const start = (q.page - 1) * q.pageSize;
    return { items: items.slice(start, start + q.pageSize), page: q.page, pageSize: q.pageSize, total: items.length };
  });

  r.get('/api/tourism/places/:id', { schema: { params: IdParam, response: { 200: PlaceDetail } } }, async (request) => {
    const row = findPlace(request.params.id);
    if (!row) throw notFound('Không tìm thấy địa điểm du lịch này.');
    const nowMs = ctx.now();
    const nearby = allPlaces()
      .filter((p) => p.id !== row.id)
      .map((p) => ({ ...placeLink(p), distanceKm: distanceKm(row.latitude, row.longitude, p.latitude, p.longitude) }))
      .sort((a, b) => a.distanceKm - b.distanceKm)
      .slice(0, 4);
    const tours = db
      .prepare(
        `SELECT t.* FROM tours t JOIN tour_places tp ON tp.tour_id = t.id
         WHERE tp.place_id = ? ORDER BY t.sort_order`,
      )
      .all(row.id) as TourRow[];
    const hours = parse<OpeningHours>(row.hours);
    return {
      ...placeSummary(row, nowMs),
      address: row.address,
      description: parse<string[]>(row.description),
      hours,
      hoursText: hoursLines(hours),
      tickets: parse<Ticket[]>(row.tickets),
      ticketNote: row.ticket_note,
      seasons: parse<Season[]>(row.seasons),
      festivals: festivalsOf(row, nowMs),
      tips: parse<string[]>(row.tips),
      nearby,
      tours: tours.map((t) => tourSummary(t, nowMs)),
      updatedAt: toVnIso(row.updated_at),
    };
  });

  r.get('/api/tourism/tours', { schema: { querystring: TourQuery, response: { 200: TourPage } } }, async (request) => {
    const q = request.query;
    const nowMs = ctx.now();
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (q.q) {
      where.push("search LIKE ? ESCAPE '\\'");
      params.push(likePattern(foldVietnamese(q.q)));
    }
    if (q.maxPrice !== undefined) {
      where.push('price <= ?');
      params.push(q.maxPrice);
    }
    if (q.days !== undefined) {
      where.push('days = ?');
      params.push(q.days);
    }
    if (q.minDays !== undefined) {
      where.push('days >= ?');
      params.push(q.minDays);
    }
    if (q.maxDays !== undefined) {
      where.push('days <= ?');
      params.push(q.maxDays);
    }
    if (q.place) {
      if (!findPlace(q.place)) throw invalidField('place', 'Không có địa điểm du lịch với mã này.');
      where.push('EXISTS (SELECT 1 FROM tour_places tp WHERE tp.tour_id = tours.id AND tp.place_id = ?)');
      params.push(q.place);
    }
    if (q.area) {
      where.push(
        `EXISTS (SELECT 1 FROM tour_places tp JOIN places p ON p.id = tp.place_id
                 WHERE tp.tour_id = tours.id AND p.area_id = ?)`,
      );
      params.push(q.area);
    }
    const order = {
      recommended: 'sort_order',
      'price-asc': 'price, sort_order',
      'price-desc': 'price DESC, sort_order',
      days: 'days, price, sort_order',
    }[q.sort];
    const clause = where.length ? 'WHERE ' + where.join(' AND ') : '';
    const total = db.prepare(`SELECT COUNT(*) FROM tours ${clause}`).pluck().get(...params) as number;
    const rows = db
      .prepare(`SELECT * FROM tours ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, q.pageSize, (q.page - 1) * q.pageSize) as TourRow[];
    return { items: rows.map((row) => tourSummary(row, nowMs)), page: q.page, pageSize: q.pageSize, total };
  });

  r.get('/api/tourism/tours/:id', { schema: { params: IdParam, response: { 200: TourDetail } } }, async (request) => {
    const row = db.prepare('SELECT * FROM tours WHERE id = ?').get(request.params.id) as TourRow | undefined;
    if (!row) throw notFound('Không tìm thấy tour du lịch này.');
    const nowMs = ctx.now();
    const places = db
      .prepare(
        `SELECT p.id, p.name, p.area_id, p.image, p.category FROM tour_places tp JOIN places p ON p.id = tp.place_id
         WHERE tp.tour_id = ? ORDER BY tp.position`,
      )
      .all(row.id) as PlaceRow[];
    const departures = nextDepartures(parse<DepartureRule>(row.departs), nowMs, 6).map((d) => {
      const date = dateKeyOf(d);
      return { date, seatsLeft: seatsLeft(row.id, date) };
    });
    return {
      ...tourSummary(row, nowMs),
      itinerary: parse<ItineraryDay[]>(row.itinerary),
      includes: parse<string[]>(row.includes),
      excludes: parse<string[]>(row.excludes),
      notes: parse<string[]>(row.notes),
      places: places.map(placeLink),
      departures,
      priceUpdatedAt: toVnIso(row.price_updated_at),
    };
  });

  r.get('/api/tourism/today', { schema: { response: { 200: TodayResponse } } }, async () => {
    const nowMs = ctx.now();
    const day = vnDayOf(dayNumberAt(nowMs));
    const lunar = lunarOf(day);
    const rows = allPlaces();
    const markets = rows
      .filter((p) => p.market_day)
      .map((p) => placeSummary(p, nowMs))
      .sort((a, b) => (a.marketDay!.next ?? '9999').localeCompare(b.marketDay!.next ?? '9999'));
    const festivals = rows.flatMap((p) =>
      festivalsOf(p, nowMs)
        .filter((f) => f.today)
        .map((festival) => ({ place: placeLink(p), festival })),
    );
    const month = day.month;
    const inSeason = rows
      .filter((p) => p.category !== 'border-city' && (p.season_mask & (1 << (month - 1))) !== 0)
      .map(placeLink);
    return { date: dateKeyOf(day), lunar: { ...lunar, label: lunarDateLabel(lunar) }, markets, festivals, inSeason };
  });
}
