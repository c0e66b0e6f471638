#!/usr/bin/env node
// Lighthouse on the production build, as a resident's phone would see it: starts the API on a
// fresh temporary database and `vite preview` (gzip, same /api proxy as the dev server), then
// audits the home page with Lighthouse's mobile defaults (Moto G Power screen, slow 4G and a 4×
// slower CPU, simulated) in Debian's Chromium, three times. Prints the median score of each
// category, writes them to docs/lighthouse.md and fails below the thresholds, listing the audits
// that cost points. Run `npm run build` first; this script builds nothing.
//
//   npm run lighthouse                      home page, 3 runs
//   npm run lighthouse -- /news /tourism    other pages (the figures file is written for `/` only)
//   LIGHTHOUSE_RUNS=5 npm run lighthouse
//   LIGHTHOUSE_JSON_DIR=/tmp/lh npm run lighthouse   also keeps each run's full report (JSON)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadLighthouse } from './tools/ensure.mjs';
import { preview } from 'vite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Minimum median score (0–100) per category; SEO is printed for information only. */
const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 95 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LABELS = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };
const REPORT = path.resolve('docs/lighthouse.md');

const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
// Lighthouse's simulated slowdown multiplies the CPU time it observes: a busy machine lowers the
// performance score. The load average goes into the figures beside it.
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const loadBefore = loadAverage();
if (pages.length === 0) pages.push('/');

if (!fs.existsSync(path.resolve('www/index.html'))) {
  console.error('Không thấy www/index.html: hãy chạy `npm run build` trước.');
  process.exit(1);
}
if (!fs.existsSync(CHROMIUM)) {
  console.error(`Không thấy Chromium ở ${CHROMIUM} (đặt CHROMIUM_PATH nếu nó ở chỗ khác).`);
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForHealth(url, child, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`API server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('API server did not become healthy in time');
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

/** The audits of a category that did not get full marks, worst first (weighted ones first). */
function losses(lhr, categoryId) {
  const refs = lhr.categories[categoryId]?.auditRefs ?? [];
  return refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score)
    .map(({ ref, audit }) => {
      const items = (audit.details?.items ?? [])
        .slice(0, 4)
        .map((it) => it.node?.snippet ?? it.node?.selector ?? it.url ?? it.source?.url ?? it.description ?? '')
        .filter(Boolean)
        .map((s) => String(s).slice(0, 140));
      return `  - [${categoryId}] ${audit.id} (điểm ${Math.round(audit.score * 100)}, trọng số ${ref.weight})${audit.displayValue ? `: ${audit.displayValue}` : ''} — ${audit.title}${items.length ? `\n      ${items.join('\n      ')}` : ''}`;
    });
}

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'Speed Index'],
];

// The API on a fresh database, and the production build behind vite preview (which gzips).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-lighthouse-'));
const apiPort = await freePort();
const apiUrl = `http://127.0.0.1:${apiPort}`;
const startApi = () =>
  spawn(process.execPath, ['--import', 'tsx', 'mock-server/src/server.ts'], {
    env: { ...process.env, PORT: String(apiPort), HOST: '127.0.0.1', DB_PATH: path.join(dataDir, 'lighthouse.db'), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
let api = startApi();
/** A run against a dead API would measure error pages: check before each run, start it again if needed. */
async function ensureApi() {
  try {
    if ((await fetch(`${apiUrl}/api/health`)).ok) return;
  } catch {
    /* down */
  }
  console.warn(`Máy chủ API đã dừng (mã thoát ${api.exitCode ?? api.signalCode}); khởi động lại.`);
  api = startApi();
  await waitForHealth(apiUrl, api);
}
let web;
let failed = false;
const { lighthouse, chromeLauncher } = await loadLighthouse();
try {
  await waitForHealth(apiUrl, api);
  const appPort = await freePort();
  const proxy = Object.fromEntries(['/api', '/media', '/rss', '/open311', '/qr-sheet'].map((p) => [p, { target: apiUrl, changeOrigin: true }]));
  web = await preview({ logLevel: 'warn', preview: { port: appPort, strictPort: true, host: 'localhost', proxy } });
  const appUrl = `http://localhost:${appPort}`;

  const results = [];
  for (const pagePath of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      await ensureApi();
      // A fresh browser per run: no cache, no service worker, no storage from the previous run.
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
      try {
        const result = await lighthouse(`${appUrl}${pagePath}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        if (!result?.lhr) throw new Error('Lighthouse returned no result');
        if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
        runs.push(result.lhr);
        if (process.env.LIGHTHOUSE_JSON_DIR) {
          fs.mkdirSync(process.env.LIGHTHOUSE_JSON_DIR, { recursive: true });
          const name = `${pagePath.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${i + 1}.json`;
          fs.writeFileSync(path.join(process.env.LIGHTHOUSE_JSON_DIR, name), result.report);
        }
        console.log(`${pagePath} lần ${i + 1}/${RUNS}: ${CATEGORIES.map((c) => `${LABELS[c]} ${score(result.lhr, c)}`).join(', ')}`);
      } finally {
        await chrome.kill();
      }
    }
    const medians = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => score(r, c)))]));
    // For the metrics and the list of lost points: the run whose performance is the median one.
    const byPerf = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const typical = byPerf[Math.floor((byPerf.length - 1) / 2)];
    const metrics = Object.fromEntries(METRICS.map(([id, label]) => [label, typical.audits[id]?.displayValue ?? '—']));
    const failing = Object.entries(THRESHOLDS).filter(([c, min]) => medians[c] < min);
    results.push({ pagePath, medians, metrics, failing, typical, runs });

    console.log(`\nLighthouse ${pagePath} (di động, trung vị của ${RUNS} lần):`);
    for (const c of CATEGORIES) {
      const min = THRESHOLDS[c];
      console.log(`  ${LABELS[c].padEnd(15)} ${String(medians[c]).padStart(3)}${min ? `  (tối thiểu ${min})${medians[c] < min ? '  ✗' : '  ✓'}` : '  (để tham khảo)'}`);
    }
    console.log(`  ${Object.entries(metrics).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
    if (failing.length) {
      failed = true;
      console.error(`\nDưới ngưỡng ở ${pagePath}: ${failing.map(([c]) => LABELS[c]).join(', ')}. Các mục bị trừ điểm (lần chạy trung vị):`);
      for (const [c] of failing) for (const line of losses(typical, c)) console.error(line);
    } else {
      const other = CATEGORIES.flatMap((c) => losses(typical, c));
      if (other.length) console.log(`  Còn bị trừ điểm:\n${other.join('\n')}`);
    }
    console.log('');
  }

  const home = results.find((r) => r.pagePath === '/');
  if (home) {
    const { typical } = home;
    const lines = [
      '# Lighthouse figures',
      '',
      'Written by `npm run lighthouse` (scripts/lighthouse.mjs) after `npm run build`: the production build',
      'served by `vite preview` (gzip) with the mock API on a fresh database, audited on localhost by',
      `Lighthouse ${typical.lighthouseVersion} in Debian's Chromium with its mobile defaults (simulated slow 4G, 4× CPU`,
      `slowdown, 412×823 screen). Median of ${RUNS} runs; a fresh browser each run.`,
      '',
      `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, page \`/\`, ${typical.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, benchmark index ${Math.round(typical.environment?.benchmarkIndex ?? 0)}, ${os.cpus().length} CPUs, load average ${loadBefore} before and ${loadAverage()} after (a busy machine lowers the performance score).`,
      '',
      '| Category | Median | Runs | Threshold |',
      '|---|---:|---|---:|',
      ...CATEGORIES.map((c) => `| ${LABELS[c]} | ${home.medians[c]} | ${home.runs.map((r) => score(r, c)).join(', ')} | ${THRESHOLDS[c] ?? '— (for information)'} |`),
      '',
      `Metrics of the median run: ${Object.entries(home.metrics).map(([k, v]) => `${k} ${v}`).join(' · ')}.`,
      '',
      home.failing.length ? `**Below threshold:** ${home.failing.map(([c]) => LABELS[c]).join(', ')}.` : 'All thresholds met.',
      '',
    ];
    fs.mkdirSync(path.dirname(REPORT), { recursive: true });
    fs.writeFileSync(REPORT, lines.join('\n'));
    console.log(`Đã ghi ${path.relative(process.cwd(), REPORT)}.`);
  }
} finally {
  if (web) await new Promise((resolve) => web.httpServer.close(() => resolve()));
  if (api.exitCode === null && api.signalCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
