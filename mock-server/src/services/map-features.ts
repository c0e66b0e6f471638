import type { Db } from '../db/connection.js';
import { findCommune } from '../contract/communes.js';
import { appPaths, type Bbox, type MapFeature, type MapLayer, type Position } from '../contract/map.js';
import { PLACE_CATEGORY_LABELS, type OpeningHours, type PlaceCategory } from '../contract/tourism.js';
import { findCategory } from './feedback-catalog.js';
import { locationFor } from './feedback.js';
import { feedbackStatusLabel, type FeedbackStatus } from './feedback-status.js';
import { outageStatus } from './outage-status.js';
import { toVnIso } from '../contract/vn-time.js';
import { openStateAt } from './tourism-calendar.js';
import { WEATHER_AREAS } from './weather-areas.js';
import { observe } from './weather-simulator.js';

/**
 * The features of each map layer inside a box, as GeoJSON. Positions are `[long, lat]` (RFC 7946),
 * the one place in the API where longitude comes first.
 */

/** More than this in one answer is too many markers for a phone: the answer says it was cut. */
export const MAX_FEATURES = 1000;
/** "Soon", for outages on the map: planned cuts that start within this time. */
export const OUTAGES_SOON_MS = 72 * 3_600_000;

export interface LayerAnswer {
  features: MapFeature[];
  truncated: boolean;
}

export const inBbox = ([long, lat]: Position, [west, south, east, north]: Bbox) => long >= west && long <= east && lat >= south && lat <= north;

const point = (long: number, lat: number): Position => [long, lat];

/** Where the public sees a report: an anonymous one at about 100 m, as in every public view (`locationFor`). */
export function publicPosition(lat: number, long: number, anonymous: boolean): { position: Position; approximate: boolean } {
  const seen = locationFor({ lat, long, anonymous: anonymous ? 1 : 0 }, false)!;
  return { position: point(seen.long, seen.lat), approximate: anonymous };
}

interface FeedbackMapRow {
  code: string;
  title: string;
  status: FeedbackStatus;
  category_id: string;
  lat: number;
  long: number;
  anonymous: number;
}

function feedbackFeatures(db: Db, bbox: Bbox): LayerAnswer {
  const [west, south, east, north] = bbox;
  // A margin of the rounding step: an anonymous report stored just outside the box may be shown inside it.
  const m = 0.0006;
  const rows = db
    .prepare(
      `SELECT code, title, status, category_id, lat, long, anonymous FROM feedback
       WHERE lat IS NOT NULL AND long IS NOT NULL AND lat BETWEEN ? AND ? AND long BETWEEN ? AND ?
       ORDER BY created_at DESC, code DESC`,
    )
    .all(south - m, north + m, west - m, east + m) as FeedbackMapRow[];
  const features: MapFeature[] = [];
  for (const row of rows) {
    const { position, approximate } = publicPosition(row.lat, row.long, row.anonymous === 1);
    if (!inBbox(position, bbox)) continue;
    const category = findCategory(row.category_id);
    features.push({
      type: 'Feature',
      id: row.code,
      geometry: { type: 'Point', coordinates: position },
      properties: {
        id: row.code,
        title: row.title,
        path: appPaths.feedback(row.code),
        subtitle: category?.name ?? row.category_id,
        status: row.status,
        statusLabel: feedbackStatusLabel[row.status],
        category: row.category_id,
        categoryLabel: category?.name ?? row.category_id,
        approximate,
      },
    });
  }
  return { features: features.slice(0, MAX_FEATURES), truncated: features.length > MAX_FEATURES };
}

interface PlaceMapRow {
  id: string;
  name: string;
  category: PlaceCategory;
  commune: string;
  latitude: number;
  longitude: number;
  hours: string;
}

function placeFeatures(db: Db, bbox: Bbox, now: number): LayerAnswer {
  const [west, south, east, north] = bbox;
  const rows = db
    .prepare(
      `SELECT id, name, category, commune, latitude, longitude, hours FROM places
       WHERE latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ? ORDER BY sort_order`,
    )
    .all(south, north, west, east) as PlaceMapRow[];
  const features = rows.map((row): MapFeature => {
    const open = openStateAt(JSON.parse(row.hours) as OpeningHours, now).open;
    return {
      type: 'Feature',
      id: row.id,
      geometry: { type: 'Point', coordinates: point(row.longitude, row.latitude) },
      properties: {
        id: row.id,
        title: row.name,
        path: appPaths.place(row.id),
        subtitle: `${PLACE_CATEGORY_LABELS[row.category]} · ${row.commune.charAt(0).toUpperCase()}${row.commune.slice(1)}`,
        category: row.category,
        categoryLabel: PLACE_CATEGORY_LABELS[row.category],
        open,
      },
    };
  });
  return { features: features.slice(0, MAX_FEATURES), truncated: features.length > MAX_FEATURES };
}

interface OutageMapRow {
  id: string;
  type: 'planned' | 'emergency';
  start_at: number;
  end_at: number;
  cancelled_at: number | null;
  branch_name: string;
  commune_ids: string;
}

const OUTAGE_TYPE_LABEL = { planned: 'Cắt điện theo kế hoạch', emergency: 'Mất điện do sự cố' } as const;
const OUTAGE_STATUS_LABEL = { ongoing: 'Đang mất điện', scheduled: 'Sắp cắt điện' } as const;

/** Outages happening now and planned cuts starting within OUTAGES_SOON_MS, at the communes they reach. */
function outageFeatures(db: Db, bbox: Bbox, now: number): LayerAnswer {
  const rows = db
    .prepare(
      `SELECT o.id, o.type, o.start_at, o.end_at, o.cancelled_at, b.name AS branch_name,
         (SELECT group_concat(l.commune_id, ',') FROM (SELECT commune_id FROM outage_commune_links WHERE outage_id = o.id ORDER BY position) l) AS commune_ids
       FROM outages o JOIN outage_branches b ON b.id = o.branch_id
       WHERE o.cancelled_at IS NULL AND o.end_at > ? AND o.start_at < ?
       ORDER BY o.start_at, o.id`,
    )
    .all(now, now + OUTAGES_SOON_MS) as OutageMapRow[];
  const features: MapFeature[] = [];
  for (const row of rows) {
    const communes = (row.commune_ids ?? '').split(',').flatMap((id) => findCommune(id) ?? []);
    const positions = communes.map((cm) => point(cm.long, cm.lat));
    if (!positions.some((p) => inBbox(p, bbox))) continue;
    const status = outageStatus({ start: row.start_at, end: row.end_at, cancelledAt: row.cancelled_at }, now) as 'ongoing' | 'scheduled';
    features.push({
      type: 'Feature',
      id: row.id,
      geometry: positions.length === 1 ? { type: 'Point', coordinates: positions[0] } : { type: 'MultiPoint', coordinates: positions },
      properties: {
        id: row.id,
        title: communes.map((cm) => cm.name).join(', '),
        path: appPaths.outage(row.id),
        subtitle: `${OUTAGE_TYPE_LABEL[row.type]} · ${row.branch_name}`,
        status,
        statusLabel: OUTAGE_STATUS_LABEL[status],
        category: row.type,
        categoryLabel: OUTAGE_TYPE_LABEL[row.type],
        start: toVnIso(row.start_at),
        end: toVnIso(row.end_at),
        communes: communes.map((cm) => ({ id: cm.id, name: cm.name })),
      },
    });
  }
  return { features: features.slice(0, MAX_FEATURES), truncated: features.length > MAX_FEATURES };
}

/** The kind of weather of a WMO code, in the groups the design names. */
export function weatherKind(code: number): string {
  if (code === 0) return 'clear';
  if (code <= 3) return 'cloudy';
  if (code === 45 || code === 48) return 'fog';
  if (code >= 51 && code <= 57) return 'drizzle';
  if (code >= 61 && code <= 67) return 'rain';
  if (code >= 71 && code <= 77) return 'snow';
  if (code >= 80 && code <= 82) return 'showers';
  if (code === 85 || code === 86) return 'snow';
  return 'thunderstorm';
}

const WEATHER_KIND_LABEL: Record<string, string> = {
  clear: 'Trời quang',
  cloudy: 'Có mây',
  fog: 'Sương mù',
  drizzle: 'Mưa phùn',
  rain: 'Mưa',
  snow: 'Tuyết',
  showers: 'Mưa rào',
  thunderstorm: 'Dông',
};

function weatherFeatures(bbox: Bbox, now: number): LayerAnswer {
  const features = WEATHER_AREAS.filter((a) => inBbox(point(a.longitude, a.latitude), bbox)).map((area): MapFeature => {
    const o = observe(area, now);
    const kind = weatherKind(o.weather_code);
    return {
      type: 'Feature',
      id: area.id,
      geometry: { type: 'Point', coordinates: point(area.longitude, area.latitude) },
      properties: {
        id: area.id,
        title: area.name,
        path: appPaths.weatherArea(area.id),
        subtitle: `${area.locality} · ${area.elevation.toLocaleString('vi-VN')} m`,
        category: kind,
        categoryLabel: WEATHER_KIND_LABEL[kind],
        temperature: o.temperature_2m,
        weatherCode: o.weather_code,
        isDay: o.is_day === 1,
      },
    };
  });
  return { features, truncated: false };
}

export function layerFeatures(db: Db, layer: MapLayer, bbox: Bbox, now: number): LayerAnswer {
  switch (layer) {
    case 'feedback':
      return feedbackFeatures(db, bbox);
    case 'places':
      return placeFeatures(db, bbox, now);
    case 'outages':
      return outageFeatures(db, bbox, now);
    case 'weather':
      return weatherFeatures(bbox, now);
  }
}
