import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

const MEDIA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../media');

/** Pictures and the test video the project ships, cached for a day. */
export default async function mediaRoutes(app: FastifyInstance) {
  await app.register(fastifyStatic, {
    root: MEDIA_DIR,
    prefix: '/media/',
    maxAge: 86_400_000,
    index: false,
    dotfiles: 'deny',
    allowedPath: (pathName) => !pathName.endsWith('.md'),
  });
}
