import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { startServerProcess } from '../../mock-server/test/server-process';
import { FIXED_NOW_ISO } from '../fixed-time';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const E2E_OFFICER_TOKEN = 'officer-e2e-token';

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
  // The server's clock starts at the suite's fixed instant, and every page's clock is set from it
  // (harness.ts): what a test sees does not depend on when CI runs it.
  const server = await startServerProcess({
    DB_PATH: path.join(dataDir, 'e2e.db'),
    OFFICER_TOKEN: E2E_OFFICER_TOKEN,
    WRITES_PER_MINUTE: '5000',
    WEATHER_STREAM_INTERVAL_MS: '2000',
    CLOCK_START: FIXED_NOW_ISO,
  });
  server.child.stdout!.pipe(process.stdout);
  server.child.stderr!.pipe(process.stderr);
  const apiUrl = server.url;

  const target = apiUrl;
  const proxy = Object.fromEntries(['/api', '/media', '/rss', '/open311', '/qr-sheet', '/officer'].map((p) => [p, { target, changeOrigin: true }]));
  // Port 0: the system picks a free one (choosing one first and binding it later is a race).
  const web: PreviewServer = await preview({
    logLevel: 'warn',
    preview: { port: 0, strictPort: true, host: 'localhost', proxy },
  });
  const appPort = (web.httpServer.address() as AddressInfo).port;

  project.provide('chromium', CHROMIUM);
  project.provide('appUrl', `http://localhost:${appPort}`);
  project.provide('apiUrl', apiUrl);
  project.provide('officerToken', E2E_OFFICER_TOKEN);
  project.provide('dataDir', dataDir);

  return async () => {
    await new Promise<void>((resolve) => web.httpServer.close(() => resolve()));
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
