import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { communeAt } from '../contract/communes.js';
import { ReverseQuery, ReverseResponse } from '../contract/geo.js';
import { notFound } from '../plugins/errors.js';

/** Places: which commune or ward a point is in (the report form fills its commune from its pin). */
export default async function geoRoutes(app: FastifyInstance, _options: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/geo/reverse', { schema: { querystring: ReverseQuery, response: { 200: ReverseResponse } } }, async (request, reply) => {
    const { lat, long } = request.query;
    const commune = communeAt(lat, long);
    if (!commune) throw notFound('Vị trí này nằm ngoài tỉnh Lào Cai.');
    // The communes do not move: an answer can be kept for a day.
    reply.header('Cache-Control', 'public, max-age=86400');
    return { commune: { id: commune.id, name: commune.name } };
  });
}
