import { z } from 'zod';
import { VnDateTime } from './common.js';

/**
 * `GET /api/map/features?layer=…&bbox=west,south,east,north`: what a map shows, as an RFC 7946
 * GeoJSON FeatureCollection (positions are `[long, lat]`, WGS 84). Only features with a position
 * inside the box are sent; each names the app page that opens it.
 */
export const MAP_LAYERS = ['feedback', 'places', 'outages', 'weather'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/** The app's pages a feature opens (the app's `paths` say the same; a test holds them together). */
export const appPaths = {
  feedback: (code: string) => `/feedback/${encodeURIComponent(code)}`,
  place: (id: string) => `/tourism/places/${encodeURIComponent(id)}`,
  outage: (id: string) => `/outages/${encodeURIComponent(id)}`,
  weatherArea: (id: string) => `/weather/${encodeURIComponent(id)}`,
};

const BBOX_MESSAGE = 'Khung bản đồ (bbox) phải là bốn số "tây,nam,đông,bắc", ví dụ 103.5,21.3,105.1,22.9.';

/** `west,south,east,north` in degrees; west < east (no box across the 180th meridian), south < north. */
export const BboxParam = z
  .string({ error: BBOX_MESSAGE })
  .max(200, BBOX_MESSAGE)
  .transform((text, ctx) => {
    const parts = text.split(',').map((p) => p.trim());
    const numbers = parts.map((p) => (p === '' ? NaN : Number(p)));
    if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: 'custom', message: BBOX_MESSAGE });
      return z.NEVER;
    }
    const [west, south, east, north] = numbers;
    if ([west, east].some((x) => x < -180 || x > 180) || [south, north].some((y) => y < -90 || y > 90)) {
      ctx.addIssue({ code: 'custom', message: 'Kinh độ của khung từ -180 đến 180, vĩ độ từ -90 đến 90.' });
      return z.NEVER;
    }
    if (west >= east || south >= north) {
      ctx.addIssue({ code: 'custom', message: 'Khung bản đồ sai thứ tự: cần tây < đông và nam < bắc.' });
      return z.NEVER;
    }
    return [west, south, east, north] as [number, number, number, number];
  });
export type Bbox = [west: number, south: number, east: number, north: number];

export const MapFeaturesQuery = z.object({
  layer: z.enum(MAP_LAYERS, { error: 'Lớp bản đồ chỉ nhận feedback, places, outages hoặc weather.' }),
  bbox: BboxParam,
});
export type MapFeaturesQuery = z.infer<typeof MapFeaturesQuery>;

/** `[long, lat]`, as RFC 7946 orders them. */
export const Position = z.tuple([z.number(), z.number()]);
export type Position = z.infer<typeof Position>;

export const MapGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }),
  /** An outage that reaches several communes: one position per commune. */
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(Position) }),
]);
export type MapGeometry = z.infer<typeof MapGeometry>;

export const MapFeatureProperties = z.object({
  id: z.string(),
  title: z.string(),
  /** The app page that opens the item. */
  path: z.string(),
  /** A line under the title: the category, the place, the time. */
  subtitle: z.string(),
  /** Reports and outages: where it stands (`received`…, `ongoing`/`scheduled`). */
  status: z.string().optional(),
  statusLabel: z.string().optional(),
  /** Reports and places: what kind; weather: the kind of weather (`clear`, `rain`…). */
  category: z.string().optional(),
  categoryLabel: z.string().optional(),
  /** Places: open at the time of the answer. */
  open: z.boolean().optional(),
  /** Reports: the position is rounded to about 100 m (anonymous reports in public). */
  approximate: z.boolean().optional(),
  /** Weather: the current observation. */
  temperature: z.number().optional(),
  weatherCode: z.number().int().optional(),
  isDay: z.boolean().optional(),
  /** Outages: when, and the communes reached (in the order of the geometry's positions). */
  start: VnDateTime.optional(),
  end: VnDateTime.optional(),
  communes: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
});
export type MapFeatureProperties = z.infer<typeof MapFeatureProperties>;

export const MapFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: MapGeometry,
  properties: MapFeatureProperties,
});
export type MapFeature = z.infer<typeof MapFeature>;

export const MapFeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  /** The box that was asked for. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  layer: z.enum(MAP_LAYERS),
  /** When the answer was made (statuses, open now, weather are as of then). */
  time: VnDateTime,
  /** True when more features matched than one answer carries (zoom in to see them all). */
  truncated: z.boolean(),
  features: z.array(MapFeature),
});
export type MapFeatureCollection = z.infer<typeof MapFeatureCollection>;
