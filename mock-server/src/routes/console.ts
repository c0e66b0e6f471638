import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { build } from 'esbuild';
import type { RouteOptions } from '../context.js';
import { notFound } from '../plugins/errors.js';

/**
 * The officers' console at `/officer/`: a small React page of its own (mock-server/console/),
 * bundled by esbuild the first time it is asked for and kept in memory, so the server serves it
 * as it is with no build step (development, tests, CI and production alike). It is not part of the
 * residents' app and never enters its first-screen budget.
 */

const CONSOLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../console');

interface Bundle {
  js: { name: string; body: Buffer };
  css: { name: string; body: Buffer };
}

const hashOf = (body: Buffer) => createHash('sha256').update(body).digest('base64url').slice(0, 12);

async function bundleConsole(): Promise<Bundle> {
  const out = await build({
    entryPoints: [path.join(CONSOLE_DIR, 'main.tsx')],
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const file = (ext: string) => {
    const f = out.outputFiles.find((o) => o.path.endsWith(ext));
    if (!f) throw new Error(`console bundle without ${ext}`);
    const body = Buffer.from(f.contents);
    return { name: `console-${hashOf(body)}${ext}`, body };
  };
  return { js: file('.js'), css: file('.css') };
}

/** The page: its own script and style only; images from the server and the attachments it fetched (blob:). */
const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1b6b45"/><path d="M8 48 24 24l9 12 7-9 16 21z" fill="#f5c542"/><circle cx="46" cy="16" r="5" fill="#fff"/></svg>';

function page(bundle: Bundle): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(ICON)}">
<title>Bàn làm việc cán bộ — Lào Cai số</title>
<link rel="stylesheet" href="/officer/assets/${bundle.css.name}">
<script type="module" src="/officer/assets/${bundle.js.name}"></script>
</head>
<body>
<div id="console"><p class="cs-boot">Đang mở bàn làm việc…</p></div>
<noscript>Bàn làm việc cán bộ cần bật JavaScript.</noscript>
</body>
</html>`;
}

export default async function consoleRoutes(app: FastifyInstance, _opts: RouteOptions) {
  let bundling: Promise<Bundle> | null = null;
  const bundle = () => {
    bundling ??= bundleConsole().catch((e) => {
      bundling = null; // a failed bundle is tried again on the next request
      throw e;
    });
    return bundling;
  };

  const sendPage = async (reply: FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .header('Content-Security-Policy', CONSOLE_CSP)
      .header('X-Robots-Tag', 'noindex')
      .send(page(await bundle()));

  app.get('/officer', async (_request, reply) => reply.redirect('/officer/'));
  app.get('/officer/', async (_request, reply) => sendPage(reply));

  app.get<{ Params: { file: string } }>('/officer/assets/:file', async (request, reply) => {
    const b = await bundle();
    const asset = [b.js, b.css].find((a) => a.name === request.params.file);
    if (!asset) throw notFound('Không tìm thấy tệp này của bàn làm việc.');
    return reply
      .type(asset === b.js ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8')
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .send(asset.body);
  });
}
