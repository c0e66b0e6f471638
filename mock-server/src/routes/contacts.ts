import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { ContactDirectory } from '../contract/contacts.js';
import { contactDirectory } from '../services/contacts.js';

/** Danh bạ – Đường dây nóng: hotlines and contacts, public. */
export default async function contactRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/contacts', { schema: { response: { 200: ContactDirectory } } }, async (_request, reply) => {
    // Numbers change rarely: an hour's copy is fresh enough, and the app keeps one for offline use.
    reply.header('Cache-Control', 'public, max-age=3600');
    return contactDirectory(ctx.db);
  });
}
