import type { FastifyInstance } from 'fastify';
import { createRequire } from 'node:module';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { Health } from '../contract/health.js';
import { toVnIso } from '../contract/vn-time.js';

const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string };
const startedAt = performance.now();

export default async function healthRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', { schema: { response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
    version,
    time: toVnIso(ctx.now()),
    uptimeSeconds: Math.round((performance.now() - startedAt) / 1000),
    database: {
      migrations: ctx.db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get() as number,
      seeded: ctx.db.prepare('SELECT name FROM seed_runs ORDER BY name').pluck().all() as string[],
    },
  }));
}
