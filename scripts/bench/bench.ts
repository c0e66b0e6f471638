/**
 * `npm run bench`: our API beside json-server 0.17 (the usual mock REST server), same machine,
 * same 500 news items of about 2 KB, autocannon with 50 connections. Prints req/s and p50/p99
 * latency for both, the ratio and the aim check, and writes the figures to docs/benchmark.md.
 *
 *   BENCH_DURATION=10  seconds per measured run (use 2 for a quick look)
 *   BENCH_WARMUP=2     seconds of warm-up before each measured run (0 for none)
 *   BENCH_CONNECTIONS=50
 *   BENCH_DOC=docs/benchmark.md   where the figures go ("" to skip writing)
 *   BENCH_SERVER_NODE_ARGS="--cpu-prof"  extra Node flags for our server (to profile it)
 *   BENCH_ONLY="List,Search"  only the scenarios whose names start so (figures then not written)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Options, Result } from 'autocannon';
import { jsonServerBin, loadAutocannon } from '../tools/ensure.mjs';
import { CreateFeedbackRequest, type CreateFeedbackRequest as FeedbackBody } from '../../mock-server/src/contract/feedback.js';
import { openDatabase } from '../../mock-server/src/db/connection.js';
import { insertArticles } from '../../mock-server/src/db/seed/news.js';
import { benchArticles } from './news-items.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const DOC = ONLY.length ? '' : (process.env.BENCH_DOC ?? 'docs/benchmark.md');
const ITEMS = 500;
/** The aim (issue 10): reads at least twice json-server's req/s, p99 at most 25 ms. */
const AIM_RATIO = 2;
const AIM_P99_MS = 25;
const SEARCH = 'sạt lở';

const children: ChildProcess[] = [];
export function stopAll() {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
}
process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function start(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let out = '';
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  children.push(child);
  return { child, output: () => out };
}

async function waitFor(url: string, proc: { child: ChildProcess; output: () => string }) {
  for (let i = 0; i < 600; i++) {
    if (proc.child.exitCode !== null) break;
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer:\n${proc.output()}`);
}

async function getJson(url: string, init?: RequestInit) {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${res.status} ${await res.text()}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of two different servers, read loosely
  return { body: (await res.json()) as any, headers: res.headers };
}

interface Scenario {
  name: string;
  kind: 'read' | 'write';
  ours: Omit<Options, 'url'> & { path: string };
  json: Omit<Options, 'url'> & { path: string };
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
  bad: number;
}

export async function measure(base: string, target: Scenario['ours'], gzip: boolean, seconds: number): Promise<Figures> {
  const headers = { ...(target.headers ?? {}), ...(gzip ? { 'accept-encoding': 'gzip' } : {}) };
  const autocannon = await loadAutocannon();
  const result: Result = await autocannon({
    ...target,
    url: base + target.path,
    headers,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
  });
  const done = result.requests.total || 1;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: Math.round(result.throughput.total / done),
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

/** Our server is started exactly as `npm run server` starts it: the same Node flags, the same entry. */
function serverNodeArgs(): string[] {
  const command = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.server;
  const [program, ...args] = command.split(/\s+/);
  if (program !== 'node') throw new Error(`npm run server is no longer "node …" (${command}); start it the same way here`);
  return args;
}
const extraNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** Both servers running with the same data, and the requests to send them. */
export async function prepare(dir: string) {
  const ourPort = await freePort();
  const jsonPort = await freePort();
  const ours = `http://127.0.0.1:${ourPort}`;
  const json = `http://127.0.0.1:${jsonPort}`;
  // ── Our server, on a fresh database, with the benchmark's 500 articles in place of the seeded ones ──
  const dbPath = path.join(dir, 'bench.db');
  const server = start([...extraNodeArgs, ...serverNodeArgs()], {
    HOST: '127.0.0.1',
    PORT: String(ourPort),
    DB_PATH: dbPath,
    LOG_LEVEL: 'warn',
    WRITES_PER_MINUTE: '100000000',
  });
  await waitFor(ours + '/api/health', server);
  const articles = benchArticles(Date.now(), ITEMS);
  const db = openDatabase(dbPath);
  db.transaction(() => {
    db.prepare('DELETE FROM news_articles').run();
    insertArticles(db, articles);
  })();
  db.close();
  const total = (await getJson(`${ours}/api/news?pageSize=1`)).body.total;
  if (total !== ITEMS) throw new Error(`expected ${ITEMS} articles, the server has ${total}`);

  // ── json-server with the very same items, as our API serves them, newest first ──
  const items = [];
  for (const a of articles) {
    const { related: _related, appUrl: _appUrl, ...item } = (await getJson(`${ours}/api/news/${a.id}`)).body;
    items.push(item);
  }
  const itemBytes = items.reduce((n, it) => n + Buffer.byteLength(JSON.stringify(it)), 0) / items.length;
  fs.writeFileSync(path.join(dir, 'db.json'), JSON.stringify({ news: items, feedback: [] }, null, 2));
  const jsonServer = start(
    [jsonServerBin(), '--port', String(jsonPort), '--host', '127.0.0.1', '--quiet', path.join(dir, 'db.json')],
    {},
  );
  await waitFor(json + '/news?_limit=1', jsonServer);

  // ── A signed-in citizen and a valid report for the write ──
  const { token } = (
    await getJson(`${ours}/api/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ zaloAccessToken: 'mock:bench' }),
    })
  ).body;
  const report: FeedbackBody = {
    categoryId: 'moi-truong',
    title: 'Rác thải đổ bừa bãi ven suối đầu tổ dân phố',
    content:
      'Mấy tuần nay có người mang rác sinh hoạt đổ thành đống ven suối, cạnh cây cầu đầu tổ dân phố. Trời mưa, rác trôi xuống lòng suối, bốc mùi khó chịu. Đề nghị chính quyền cho thu gom và đặt biển nhắc nhở.',
    areaId: 'phuong-cam-duong',
    address: 'Tổ dân phố số 5, gần cầu Cam Đường',
    fields: { kind: 'rac-thai' },
    anonymous: true,
  };
  CreateFeedbackRequest.parse(report); // fails here, not 400 in the run, if the contract moves on
  const reportJson = JSON.stringify(report);
  let keyCounter = 0;
  const runId = Date.now().toString(36);
  const jsonBody = { method: 'POST', headers: { 'content-type': 'application/json' }, body: reportJson };

  const middle = articles[Math.floor(ITEMS / 2)].id;
  const q = encodeURIComponent(SEARCH);
  const scenarios: Scenario[] = [
    { name: 'List, page 2 of 20', kind: 'read', ours: { path: '/api/news?page=2&pageSize=20' }, json: { path: '/news?_page=2&_limit=20' } },
    { name: 'One item', kind: 'read', ours: { path: `/api/news/${middle}` }, json: { path: `/news/${middle}` } },
    { name: `Search "${SEARCH}"`, kind: 'read', ours: { path: `/api/news?q=${q}` }, json: { path: `/news?q=${q}&_page=1&_limit=20` } },
    {
      name: 'Write (POST feedback)',
      kind: 'write',
      ours: {
        path: '/api/feedback',
        ...jsonBody,
        headers: { ...jsonBody.headers, authorization: `Bearer ${token}` },
        // A fresh Idempotency-Key per request: every request is a new report.
        requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': `bench-${runId}-${keyCounter++}` } }) }],
      },
      json: { path: '/feedback', ...jsonBody },
    },
  ];

  // Both answer the same thing before anything is timed.
  const ourSearch = (await getJson(`${ours}/api/news?q=${q}`)).body.total;
  const theirSearch = Number((await getJson(`${json}/news?q=${q}&_page=1&_limit=20`)).headers.get('x-total-count'));
  const ourPage = (await getJson(`${ours}/api/news?page=2&pageSize=20`)).body.items.map((i: { id: string }) => i.id);
  const theirPage = (await getJson(`${json}/news?_page=2&_limit=20`)).body.map((i: { id: string }) => i.id);
  if (JSON.stringify(ourPage) !== JSON.stringify(theirPage)) throw new Error('the two servers do not list the same page');
  return { ours, json, scenarios, itemBytes, ourSearch, theirSearch };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-bench-'));
  const loadBefore = os.loadavg()[0];
  try {
    const { ours, json, scenarios, itemBytes, ourSearch, theirSearch } = await prepare(dir);
    console.log(`${ITEMS} articles of ${Math.round(itemBytes)} bytes on average; the search matches ${ourSearch} (ours) and ${theirSearch} (json-server).`);
    console.log(`${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per run, ${os.cpus().length} cores, Node ${process.version}\n`);

    const rows: { scenario: Scenario; gzip: boolean; ours: Figures; json: Figures }[] = [];
    for (const gzip of [false, true]) {
      for (const s of scenarios.filter((x) => !ONLY.length || ONLY.some((o) => x.name.startsWith(o)))) {
        const label = `${s.name}${gzip ? ', gzip' : ''}`;
        const figures: Partial<Record<'ours' | 'json', Figures>> = {};
        // Who goes first alternates, so neither server always meets the machine's quieter moments.
        const order = rows.length % 2 ? (['json', 'ours'] as const) : (['ours', 'json'] as const);
        for (const who of order) {
          const base = who === 'ours' ? ours : json;
          if (WARMUP > 0) await measure(base, s[who], gzip, WARMUP);
          figures[who] = await measure(base, s[who], gzip, DURATION);
        }
        const row = { scenario: s, gzip, ours: figures.ours!, json: figures.json! };
        rows.push(row);
        console.log(
          `${label.padEnd(38)} ours ${fmt(row.ours)} | json-server ${fmt(row.json)} | ×${(row.ours.rps / row.json.rps).toFixed(2)}`,
        );
      }
    }

    const report_ = summarise(rows, { itemBytes, ourSearch, theirSearch, loadBefore });
    console.log('\n' + report_.table + '\n\n' + report_.verdict.join('\n'));
    if (DOC) {
      fs.writeFileSync(path.resolve(ROOT, DOC), report_.markdown);
      console.log(`\nFigures written to ${DOC}.`);
    }
  } finally {
    stopAll();
    await new Promise((r) => setTimeout(r, 300));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (f: Figures) =>
  `${Math.round(f.rps).toString().padStart(6)} req/s p50 ${f.p50.toFixed(1).padStart(6)} ms p99 ${f.p99.toFixed(1).padStart(6)} ms${f.bad ? ` (${f.bad} failed)` : ''}`;

function summarise(
  rows: { scenario: Scenario; gzip: boolean; ours: Figures; json: Figures }[],
  facts: { itemBytes: number; ourSearch: number; theirSearch: number; loadBefore: number },
) {
  const header = ['Scenario', 'Accept-Encoding', 'Ours req/s', 'Ours p50 ms', 'Ours p99 ms', 'Ours bytes', 'json-server req/s', 'json-server p50 ms', 'json-server p99 ms', 'json-server bytes', 'Ratio'];
  const lines = rows.map((r) => [
    r.scenario.name,
    r.gzip ? 'gzip' : '—',
    Math.round(r.ours.rps).toString(),
    r.ours.p50.toFixed(1),
    r.ours.p99.toFixed(1),
    r.ours.bytes.toString(),
    Math.round(r.json.rps).toString(),
    r.json.p50.toFixed(1),
    r.json.p99.toFixed(1),
    r.json.bytes.toString(),
    `×${(r.ours.rps / r.json.rps).toFixed(2)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const table = [header, widths.map((w) => '-'.repeat(w)), ...lines].map((l) => l.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n');

  const plainReads = rows.filter((r) => r.scenario.kind === 'read' && !r.gzip);
  const gzipReads = rows.filter((r) => r.scenario.kind === 'read' && r.gzip);
  const failed = rows.filter((r) => r.ours.bad > 0 || r.json.bad > 0);
  const check = (ok: boolean) => (ok ? 'MET' : 'MISSED');
  const minRatio = Math.min(...plainReads.map((r) => r.ours.rps / r.json.rps));
  const maxP99 = Math.max(...plainReads.map((r) => r.ours.p99));
  const minGzipRatio = Math.min(...gzipReads.map((r) => r.ours.rps / r.json.rps));
  const maxGzipP99 = Math.max(...gzipReads.map((r) => r.ours.p99));
  const verdict = [
    `Aim, reads: at least ×${AIM_RATIO} json-server's req/s (lowest ×${minRatio.toFixed(2)}) with p99 ≤ ${AIM_P99_MS} ms (highest ${maxP99.toFixed(1)} ms): ${check(minRatio >= AIM_RATIO && maxP99 <= AIM_P99_MS)}`,
    `Aim, reads with gzip: still ahead of json-server (lowest ×${minGzipRatio.toFixed(2)}, highest p99 ${maxGzipP99.toFixed(1)} ms): ${check(minGzipRatio > 1)}`,
    failed.length ? `Warning: failed requests in ${failed.map((r) => r.scenario.name + (r.gzip ? ' (gzip)' : '')).join(', ')}` : 'Every request answered 2xx.',
  ];

  const cpu = os.cpus();
  const md = [
    '# Server benchmark',
    '',
    'Our API (`mock-server/`, Fastify + SQLite) beside [json-server](https://github.com/typicode/json-server) 0.17.3, the usual',
    'mock REST server, on the same machine and the same data. Produced by `npm run bench` (`scripts/bench/bench.ts`);',
    'this file is rewritten by each run.',
    '',
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average ${facts.loadBefore.toFixed(2)} before the run and ${os.loadavg()[0].toFixed(2)} after it (the machine is shared with other work, and autocannon runs on it too)`,
    `- Load: autocannon, ${CONNECTIONS} connections, ${DURATION} s per run after ${WARMUP} s of warm-up, over loopback`,
    `- Data: ${ITEMS} news items of ${Math.round(facts.itemBytes)} bytes on average (Vietnamese text with full diacritics), the same items in both servers; the search matches ${facts.ourSearch} items (${facts.theirSearch} in json-server)`,
    '- Requests: list page 2 of 20 (`/api/news?page=2&pageSize=20` vs `/news?_page=2&_limit=20`), one item (`/api/news/:id` vs `/news/:id`),',
    `  a search for "${SEARCH}" (\`/api/news?q=\` vs \`/news?q=&_page=1&_limit=20\`), and a write (\`POST /api/feedback\` as a signed-in citizen`,
    '  with a fresh `Idempotency-Key` per request, vs `POST /feedback`). Each without and with `Accept-Encoding: gzip` (both servers compress by default).',
    '- What differs by design: our list and search answer summaries (no article body), json-server answers whole items; our item',
    '  answer adds four related articles; our search ignores diacritics and ranks title matches first; our write validates,',
    '  numbers the report, records its timeline and notifies the sender in one SQLite transaction synced to disk (`synchronous = FULL`),',
    '  while json-server rewrites its whole JSON file. Bytes are per response, headers included.',
    '',
    '| ' + header.join(' | ') + ' |',
    '|' + header.map(() => '---').join('|') + '|',
    ...lines.map((l) => '| ' + l.join(' | ') + ' |'),
    '',
    ...verdict.map((v) => `- ${v}`),
    '',
  ].join('\n');
  return { table, verdict, markdown: md };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err);
    stopAll();
    process.exit(1);
  });
}
