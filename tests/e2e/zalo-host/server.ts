import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformWithEsbuild } from 'vite';
import { pngPicture } from '../pictures';
import * as standInModule from './stand-in';
import type { HostBoot, ZaloAnswers } from './runtime-types';

/*
 * The Zalo host of the browser tests: the production build (www/) run as Zalo runs a mini app.
 * - Served under /zapps/<APP_ID>/, as h5.zdn.vn serves it.
 * - The page is the one Zalo makes from www/app-config.json: a stylesheet per `listCSS`, a module
 *   script per `listSyncJS` (in order) and per `listAsyncJS` (async); index.html and its inline
 *   loader are not used, as Zalo does not use them.
 * - The phone: 390 × 844, an iPhone's safe areas (44 px top, 34 px bottom), Zalo's ⋯/✕ capsule
 *   and status bar drawn over the page (page-runtime.ts), Native Storage that outlives a launch
 *   while localStorage does not.
 * - zmp-sdk answers from a stand-in module served in place of the app's zmp chunk (stand-in.ts
 *   says why), as the typings and Zalo's documentation describe; calls are recorded.
 * - The API (/api, /media…) is the test server, through this host (same origin, as in preview).
 */

export const APP_ID = '4318225517093158622';
export const APP_ROOT = `/zapps/${APP_ID}/`;
const WWW = path.resolve('www');
const PROXIED = /^\/(api|media|rss|open311|qr-sheet)(\/|\?|$)/;

export interface AppConfig {
  app: { title: string; textColor?: string; headerColor?: string; statusBar?: string; actionBarHidden?: boolean };
  listCSS: string[];
  listSyncJS: string[];
  listAsyncJS: string[];
}

export function readAppConfig(www = WWW): AppConfig {
  return JSON.parse(fs.readFileSync(path.join(www, 'app-config.json'), 'utf8')) as AppConfig;
}

/** The document Zalo builds around a mini app from its app-config.json. */
export function zaloDocument(config: AppConfig, root = APP_ROOT, prelude = ''): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const script = (src: string, async: boolean) =>
    // Files named *.module.js (as zmp-vite-plugin names them) are ES modules.
    `<script${src.endsWith('.module.js') ? ' type="module"' : ''}${async ? ' async' : ''} crossorigin src="${root}${esc(src)}"></script>`;
  return [
    '<!doctype html>',
    '<html lang="vi"><head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
    `<title>${esc(config.app.title)}</title>`,
    ...(prelude ? [`<script>${prelude}</script>`] : []),
    ...config.listCSS.map((href) => `<link rel="stylesheet" crossorigin href="${root}${esc(href)}">`),
    ...config.listSyncJS.map((src) => script(src, false)),
    ...config.listAsyncJS.map((src) => script(src, true)),
    '</head><body><div id="app"></div></body></html>',
  ].join('\n');
}

/** The chunk the build made of src/shared/zalo/zmp.ts: zmp-sdk, the part the app uses. */
export function findSdkChunk(www = WWW): { file: string; exports: string[] } {
  const dir = path.join(www, 'assets');
  const found = fs
    .readdirSync(dir)
    .filter((f) => /^zmp\.[\w-]+\.module\.js$/.test(f))
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const list = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(text)?.[1] ?? '';
      return { file, exports: list.split(',').map((e) => e.trim().split(/\s+as\s+/).pop()!).filter(Boolean) };
    })
    .filter((c) => c.exports.includes('nativeStorage') && c.exports.includes('getLocation'));
  if (found.length !== 1) throw new Error(`Zalo host: expected one zmp-sdk chunk (zmp.*.module.js) in ${dir}, found ${found.length}`);
  return found[0];
}

export async function compile(file: string, format: 'esm' | 'iife'): Promise<string> {
  const source = fs.readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
  return (await transformWithEsbuild(source, file, { loader: 'ts', format, target: 'es2020' })).code;
}

export interface ZaloHost {
  origin: string;
  /** Address of a page of the app inside this "Zalo": `/news/x` → http://localhost:…/zapps/<id>/news/x */
  url(appPath: string): string;
  /** Where the app's zmp-sdk chunk is (served as the stand-in). */
  sdkChunkUrl: string;
  /** Pictures the phone's album holds, for chooseImage. */
  picture(name: string): { path: string; size: number };
  close(): Promise<void>;
}

export interface HostOptions {
  apiUrl: string;
  www?: string;
  port?: number;
  /**
   * For a person with a browser (npm run zalo-host): the phone's runtime goes into the document
   * itself, since no test injects it. Tests leave this out and inject it per launch.
   */
  boot?: HostBoot;
}

export async function startZaloHost(options: HostOptions): Promise<ZaloHost> {
  const www = options.www ?? WWW;
  const config = readAppConfig(www);
  const sdk = findSdkChunk(www);
  const standIn = await compile('stand-in.ts', 'esm');
  const missing = sdk.exports.filter((name) => !(name in standInModule));
  if (missing.length) throw new Error(`Zalo host: the zmp-sdk stand-in lacks ${missing.join(', ')}`);
  const prelude = options.boot ? `window.__zaloHostBoot = ${JSON.stringify(options.boot).replace(/</g, '\\u003c')};\n${await compile('page-runtime.ts', 'iife')}` : '';
  const page = zaloDocument(config, APP_ROOT, prelude);
  const picture = pngPicture();
  const api = new URL(options.apiUrl);

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (PROXIED.test(url.pathname)) {
      const upstream = http.request(
        { host: api.hostname, port: api.port, method: req.method, path: req.url, headers: { ...req.headers, host: api.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      res.on('close', () => upstream.destroy());
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname.startsWith('/__zalo-host/album/')) {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': picture.length }).end(picture);
      return;
    }
    if (!url.pathname.startsWith(APP_ROOT)) {
      res.writeHead(404).end();
      return;
    }
    const rel = decodeURIComponent(url.pathname.slice(APP_ROOT.length));
    if (rel === `assets/${sdk.file}`) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(standIn);
      return;
    }
    const file = path.join(www, path.normalize(rel));
    if (rel && file.startsWith(www + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const type = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain' }[path.extname(file)];
      res.writeHead(200, { 'content-type': `${type ?? 'application/octet-stream'}; charset=utf-8` });
      fs.createReadStream(file).pipe(res);
      return;
    }
    if (rel.startsWith('assets/')) {
      res.writeHead(404).end();
      return;
    }
    // Any page of the app (a deep link, a reload): Zalo's document for the mini app.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port ?? 0, 'localhost', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (appPath) => origin + APP_ROOT + appPath.replace(/^\//, ''),
    sdkChunkUrl: `${APP_ROOT}assets/${sdk.file}`,
    picture: (name) => ({ path: `${origin}/__zalo-host/album/${encodeURIComponent(name)}`, size: picture.length }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const DEFAULT_ANSWERS: ZaloAnswers = {
  user: { id: 'zalo-e2e', name: 'Lò Thị Hoa', avatar: 'https://s120-ava-talk.zadn.vn/a/b/c.jpg' },
  authorize: 'allow',
  location: { lat: 22.3364, long: 103.8438 }, // Sa Pa town
  scanQRCode: 'cancel',
  chooseImage: 'cancel',
  openShareSheet: 'share',
  followOA: 'follow',
  requestSendNotification: 'allow',
  theme: 'light',
  timeoutMs: 8000,
};

