import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { MapFeatureCollection, MapFeaturesQuery } from '../contract/map.js';
import { layerFeatures } from '../services/map-features.js';
import { toVnIso } from '../contract/vn-time.js';

/** What the maps show: reports, places, outages now and soon, weather areas, inside a box. */
export default async function mapRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/map/features', { schema: { querystring: MapFeaturesQuery, response: { 200: MapFeatureCollection } } }, async (request, reply) => {
    const { layer, bbox } = request.query;
    const now = ctx.now();
    const { features, truncated } = layerFeatures(ctx.db, layer, bbox, now);
    reply.header('Cache-Control', 'no-cache');
    reply.type('application/geo+json; charset=utf-8');
    return { type: 'FeatureCollection' as const, bbox, layer, time: toVnIso(now), truncated, features };
  });
}
