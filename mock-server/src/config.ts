import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseClockStart } from './services/clock.js';

/** Where the server keeps its state unless told otherwise (git-ignored). */
export const DEFAULT_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data');

export type IdentityMode = 'mock' | 'zalo';

export interface ServerConfig {
  host: string;
  port: number;
  dbPath: string;
  uploadsDir: string;
  /** Empty means: generate one on first start and keep it in the database. */
  sessionSecret: string;
  sessionTtlSeconds: number;
  officerToken: string;
  officerTokenIsDefault: boolean;
  identityMode: IdentityMode;
  zaloAppId: string;
  zaloAppSecret: string;
  corsOrigins: (string | RegExp)[];
  writesPerMinute: number;
  weatherStreamIntervalMs: number;
  logLevel: string;
  /** Public address of the server, used in RSS links, QR codes and calendar files. */
  publicBaseUrl: string;
  /** Public address of the app (for links that open an item in the app). */
  appBaseUrl: string;
  /** Open311 clients allowed to POST requests: each key maps to a service user `open311:<client>`. */
  open311ApiKeys: Open311ApiKey[];
  /**
   * Which proxies' `X-Forwarded-For` is believed (Fastify's `trustProxy`): false for none, or
   * addresses, CIDRs and names such as `loopback`. Anyone else could write any address there and
   * so escape the per-address limit on writes.
   */
  trustProxy: boolean | string;
  /** `CLOCK_START`: the instant the server's clock starts at (tests, demonstrations), or null for the real time. */
  clockStart: number | null;
  /** `CLOCK_FROZEN=true`: the clock stays at CLOCK_START instead of running on (tests that compare pages word for word). */
  clockFrozen: boolean;
}

/** `TRUST_PROXY`: unset → `loopback` (a proxy on this machine), `false`/`none` → nobody, `true` → every hop. */
export function parseTrustProxy(value: string | undefined): boolean | string {
  const v = (value ?? '').trim();
  if (v === '') return 'loopback';
  if (v === 'false' || v === 'none') return false;
  if (v === 'true') return true;
  return v;
}

export interface Open311ApiKey {
  key: string;
  client: string;
}

/** Development default for `OPEN311_API_KEYS` (documented in README); set the variable in production. */
export const DEV_OPEN311_API_KEYS = 'open311-dev-key-lao-cai:ung-dung-thu-nghiem';

/** `OPEN311_API_KEYS="key1:client-a,key2:client-b"`: keys of 16+ characters, client ids of plain characters. */
export function parseOpen311Keys(text: string): Open311ApiKey[] {
  return text
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const m = /^([A-Za-z0-9._~-]{16,200}):([a-z0-9-]{1,60})$/.exec(pair);
      if (!m) throw new Error(`OPEN311_API_KEYS: mỗi mục phải có dạng <khóa ≥16 ký tự>:<mã ứng dụng> (đang là "${pair}")`);
      return { key: m[1], client: m[2] };
    });
}

export const DEV_OFFICER_TOKEN = 'can-bo-lao-cai-dev';

const DEFAULT_CORS: (string | RegExp)[] = [
  /^https?:\/\/localhost(:\d+)?$/,
  /^https:\/\/([a-z0-9-]+\.)*zdn\.vn$/,
  /^zbrowser:\/\/h5\.zdn\.vn$/,
  'https://h5.zalo.me',
];

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} phải là số nguyên không âm (đang là "${value}")`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const dbPath = env.DB_PATH && env.DB_PATH.trim() !== '' ? path.resolve(env.DB_PATH) : path.join(DEFAULT_DATA_DIR, 'lao-cai-so.db');
  const port = intFrom(env.PORT, 3001, 'PORT');
  const identityMode: IdentityMode = env.IDENTITY_MODE === 'zalo' ? 'zalo' : 'mock';
  const publicBaseUrl = (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/$/, '');
  return {
    host: env.HOST || '0.0.0.0',
    port,
    dbPath,
    uploadsDir: env.UPLOADS_DIR ? path.resolve(env.UPLOADS_DIR) : path.join(path.dirname(dbPath), 'uploads'),
    sessionSecret: env.SESSION_SECRET ?? '',
    sessionTtlSeconds: intFrom(env.SESSION_TTL_SECONDS, 7 * 24 * 3600, 'SESSION_TTL_SECONDS'),
    officerToken: env.OFFICER_TOKEN || DEV_OFFICER_TOKEN,
    officerTokenIsDefault: !env.OFFICER_TOKEN,
    identityMode,
    zaloAppId: env.ZALO_APP_ID || '',
    zaloAppSecret: env.ZALO_APP_SECRET || '',
    corsOrigins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)
      : DEFAULT_CORS,
    writesPerMinute: intFrom(env.WRITES_PER_MINUTE, 60, 'WRITES_PER_MINUTE'),
    weatherStreamIntervalMs: intFrom(env.WEATHER_STREAM_INTERVAL_MS, 60_000, 'WEATHER_STREAM_INTERVAL_MS'),
    logLevel: env.LOG_LEVEL || 'info',
    publicBaseUrl,
    appBaseUrl: (env.APP_BASE_URL || 'http://localhost:3000').replace(/\/$/, ''),
    open311ApiKeys: parseOpen311Keys(env.OPEN311_API_KEYS || DEV_OPEN311_API_KEYS),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    clockStart: parseClockStart(env.CLOCK_START),
    clockFrozen: env.CLOCK_FROZEN === 'true',
  };
}
