import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type BuiltApp } from '../src/app.js';
import { loadConfig, type ServerConfig } from '../src/config.js';
import type { RouteContext } from '../src/context.js';
import { clockFrom, type Clock } from '../src/services/clock.js';
import { FIXED_NOW_MS } from '../../tests/fixed-time.js';

/** Where test servers' clocks start (see tests/fixed-time.ts): never the machine's own time. */
export const TEST_NOW = FIXED_NOW_MS;

export const OFFICER = 'officer-test-token';

export interface TestServer {
  url: string;
  ctx: RouteContext;
  dir: string;
  config: ServerConfig;
  routes: BuiltApp['routes'];
  close(): Promise<void>;
  /** fetch against the server, JSON in and out. */
  api(pathname: string, init?: RequestInit & { json?: unknown; token?: string }): Promise<{ status: number; body: any; headers: Headers }>;
  /** A signed-in citizen: a session token for a fresh mock Zalo user. */
  signIn(zaloId?: string, name?: string): Promise<string>;
}

/**
 * A real server on a free port with its own temporary database, as production runs it. Its clock
 * starts at TEST_NOW and runs on, unless the test gives its own (`now`).
 */
export async function startServer(env: Record<string, string> = {}, options: { now?: Clock; fetch?: typeof fetch } = {}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lcs-test-'));
  const config = loadConfig({
    DB_PATH: path.join(dir, 'test.db'),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    OFFICER_TOKEN: OFFICER,
    WRITES_PER_MINUTE: '10000',
    ...env,
  });
  const { app, ctx, routes } = await buildApp(config, { now: options.now ?? clockFrom(TEST_NOW), fetch: options.fetch });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const url = `http://127.0.0.1:${port}`;
  let counter = 0;
  const api: TestServer['api'] = async (pathname, init = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    const res = await fetch(url + pathname, { ...init, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return {
    url,
    ctx,
    dir,
    config,
    routes,
    api,
    async signIn(zaloId = `u${Date.now()}${counter++}`, name?: string) {
      const res = await api('/api/auth/session', {
        method: 'POST',
        json: { zaloAccessToken: `mock:${zaloId}`, ...(name ? { profile: { name } } : {}) },
      });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token as string;
    },
    async close() {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
