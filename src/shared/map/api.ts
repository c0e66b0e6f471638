import type { ReverseResponse } from '@contract/geo';
import type { Bbox, MapFeature, MapFeatureCollection, MapLayer } from '@contract/map';
import { PROVINCE_BBOX } from '@contract/communes';
import { apiGet } from '@/shared/api';

/** The features of a layer inside a box (the whole province by default: the maps cluster them here). */
export function fetchMapFeatures(layer: MapLayer, bbox: readonly number[] = PROVINCE_BBOX): Promise<MapFeatureCollection> {
  return apiGet<MapFeatureCollection>('/api/map/features', { params: { layer, bbox: bbox.join(',') } });
}

/** The commune or ward a point is in; rejects with a 404 ApiError outside the province. */
export function reverseGeocode(lat: number, long: number): Promise<ReverseResponse['commune']> {
  return apiGet<ReverseResponse>('/api/geo/reverse', { params: { lat: lat.toFixed(6), long: long.toFixed(6) } }).then((r) => r.commune);
}

/** Every position of a feature as `{ lat, long }` (a Point has one, a MultiPoint several). */
export function positionsOf(feature: MapFeature): { lat: number; long: number }[] {
  const list = feature.geometry.type === 'Point' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return list.map(([long, lat]) => ({ lat, long }));
}

export const insideBbox = (p: { lat: number; long: number }, [west, south, east, north]: Bbox | readonly number[]) =>
  p.long >= west && p.long <= east && p.lat >= south && p.lat <= north;
