#!/usr/bin/env node
// Measures what the first screen really loads, two ways, and fails above the budget either way:
// - in a browser: serves the production build (www/) on localhost, opens the home page in
//   Chromium at a phone size, and adds up the gzip size of every script it fetched (the entry,
//   its imports, and the lazy chunks home pulls in);
// - inside Zalo: Zalo does not run index.html; it loads the files the built app-config.json lists
//   (listCSS, listSyncJS, listAsyncJS). Their JavaScript and CSS together, with any chunk they
//   import statically (fetched at start too), gzip.
// Run `npm run build` first.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const LIMIT_KB = Number(process.env.BUNDLE_BUDGET_KB ?? 120);
const ROOT = path.resolve('www');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!fs.existsSync(path.join(ROOT, 'index.html'))) {
  console.error('Không thấy www/index.html: hãy chạy `npm run build` trước.');
  process.exit(1);
}

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml', '.json': 'application/json' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname.startsWith('/api/')) {
    // No API here: the budget is about code, and pages must survive a missing server anyway.
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":{"code":"OFFLINE","message":"Không có máy chủ"}}');
    return;
  }
  let file = path.join(ROOT, path.normalize(url.pathname));
  if (!file.startsWith(ROOT) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(ROOT, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, 'localhost', r));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const scripts = [];
page.on('response', async (res) => {
  if (res.request().resourceType() === 'script' && res.url().startsWith(`http://localhost:${port}/`)) {
    const body = await res.body().catch(() => null);
    if (body) scripts.push({ name: new URL(res.url()).pathname, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length });
  }
});
await page.goto(`http://localhost:${port}/`, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await browser.close();
server.close();

const line = (f) => `${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip  ${(f.raw / 1024).toFixed(1).padStart(7)} KB  ${f.name}`;
const total = scripts.reduce((s, f) => s + f.gzip, 0);
for (const f of scripts.sort((a, b) => b.gzip - a.gzip)) console.log(line(f));
console.log(`Trình duyệt — JavaScript của màn hình đầu: ${(total / 1024).toFixed(1)} KB gzip (${scripts.length} tệp), ngân sách ${LIMIT_KB} KB.\n`);

// Inside Zalo: the lists of app-config.json, and what their scripts import statically.
const appConfig = JSON.parse(fs.readFileSync(path.join(ROOT, 'app-config.json'), 'utf8'));
const listed = [...appConfig.listCSS, ...appConfig.listSyncJS, ...appConfig.listAsyncJS];
const atStart = new Set();
const visit = (rel) => {
  if (atStart.has(rel)) return;
  atStart.add(rel);
  if (!rel.endsWith('.js')) return;
  const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
  for (const m of text.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\/[^"']+)["']/g)) visit(path.posix.join(path.posix.dirname(rel), m[1]));
};
listed.forEach(visit);
const zalo = [...atStart].map((rel) => {
  const body = fs.readFileSync(path.join(ROOT, rel));
  return { name: rel + (listed.includes(rel) ? '' : '  (imported by a listed file)'), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
});
const zaloTotal = zalo.reduce((s, f) => s + f.gzip, 0);
for (const f of zalo.sort((a, b) => b.gzip - a.gzip)) console.log(line(f));
console.log(`Trong Zalo — JavaScript và CSS tải lúc mở (app-config.json): ${(zaloTotal / 1024).toFixed(1)} KB gzip (${zalo.length} tệp), ngân sách ${LIMIT_KB} KB.`);

let over = false;
if (total / 1024 > LIMIT_KB) {
  console.error(`Trình duyệt: vượt ngân sách ${LIMIT_KB} KB.`);
  over = true;
}
if (zaloTotal / 1024 > LIMIT_KB) {
  console.error(`Trong Zalo: vượt ngân sách ${LIMIT_KB} KB.`);
  over = true;
}
if (!appConfig.listAsyncJS.some((f) => /(^|\/)home\.[\w-]+\.module\.js$/.test(f))) {
  console.error('Trong Zalo: app-config.json không có khối "home" trong listAsyncJS: trang chủ sẽ tải chậm một lượt.');
  over = true;
}
if (over) process.exit(1);
