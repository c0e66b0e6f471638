#!/usr/bin/env node
// Measures the JavaScript the first screen really loads: serves the production build (www/) on
// localhost, opens the home page in Chromium at a phone size, and adds up the gzip size of every
// script it fetched (the entry, its imports, and the lazy chunks home pulls in). Fails above the
// budget. Run `npm run build` first.
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

const total = scripts.reduce((s, f) => s + f.gzip, 0);
for (const f of scripts.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip  ${(f.raw / 1024).toFixed(1).padStart(7)} KB  ${f.name}`);
}
console.log(`JavaScript của màn hình đầu: ${(total / 1024).toFixed(1)} KB gzip (${scripts.length} tệp), ngân sách ${LIMIT_KB} KB.`);
if (total / 1024 > LIMIT_KB) {
  console.error(`Vượt ngân sách ${LIMIT_KB} KB.`);
  process.exit(1);
}
