import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const E2E_OFFICER_TOKEN = 'officer-e2e-token';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`API server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url + '/api/health');
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('API server did not become healthy in time');
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    apiUrl: string;
    chromium: string | null;
    officerToken: string;
    dataDir: string;
  }
}

/**
 * Browser tests run against what residents get: the production build served by `vite preview`
 * on localhost, talking to the real API server on a fresh temporary database.
 */
export default async function setup(project: TestProject) {
  const hasChromium = fs.existsSync(CHROMIUM);
  if (!hasChromium) {
    if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: CI must run the browser tests (apt-get install chromium).`);
    const bar = '!'.repeat(78);
    console.warn(`\n${bar}\n!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}.\n!! Install it (apt-get install -y chromium) to run them; CI always does.\n${bar}\n`);
    project.provide('chromium', null);
    project.provide('appUrl', '');
    project.provide('apiUrl', '');
    project.provide('officerToken', E2E_OFFICER_TOKEN);
    project.provide('dataDir', '');
    return;
  }

  if (!process.env.E2E_SKIP_BUILD) {
    // A separate process: vitest sets NODE_ENV=test, which would bundle React's development build.
    const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (built.status !== 0) throw new Error('vite build failed');
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-e2e-'));
  const apiPort = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'mock-server/src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      DB_PATH: path.join(dataDir, 'e2e.db'),
      LOG_LEVEL: 'warn',
      OFFICER_TOKEN: E2E_OFFICER_TOKEN,
      WRITES_PER_MINUTE: '5000',
      WEATHER_STREAM_INTERVAL_MS: '2000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitForHealth(apiUrl, server);

  const appPort = await freePort();
  const target = apiUrl;
  const proxy = Object.fromEntries(['/api', '/media', '/rss', '/open311', '/qr-sheet'].map((p) => [p, { target, changeOrigin: true }]));
  const web: PreviewServer = await preview({
    logLevel: 'warn',
    preview: { port: appPort, strictPort: true, host: 'localhost', proxy },
  });

  project.provide('chromium', CHROMIUM);
  project.provide('appUrl', `http://localhost:${appPort}`);
  project.provide('apiUrl', apiUrl);
  project.provide('officerToken', E2E_OFFICER_TOKEN);
  project.provide('dataDir', dataDir);

  return async () => {
    await new Promise<void>((resolve) => web.httpServer.close(() => resolve()));
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
