import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseClockStart } from './services/clock.js';

/** Where the server keeps its state unless told otherwise (git-ignored). */
export const DEFAULT_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data');

export type IdentityMode = 'mock' | 'zalo';
/** `mock`: a payment sheet of our own and a route that pays; `zalo`: Zalo Checkout for real. */
export type CheckoutMode = 'mock' | 'zalo';

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
  /** Password of the development officer accounts (one per agency with seeded work). */
  officerDevPassword: string;
  officerDevPasswordIsDefault: boolean;
  /** Lifetime of an officer's session (a working day by default). */
  officerSessionTtlSeconds: number;
  /** How messages for residents reach Zalo: `outbox` keeps them for the console, `zalo` sends them. */
  notifySender: NotifySender;
  /** Zalo Official Account: the refresh token that gets access tokens for ZNS (rotated ones are kept in the database). */
  zaloOaRefreshToken: string;
  /** Our template names → the ids of the ZNS templates Zalo approved for the OA. */
  zaloZnsTemplates: Record<string, string>;
  /** The mini app's API key for its notifications (Zalo's developer console), and the template they use. */
  zaloMiniAppApiKey: string;
  zaloMiniAppTemplateId: string;
  identityMode: IdentityMode;
  /**
   * Running for real (IDENTITY_MODE=zalo or NODE_ENV=production): development defaults are refused
   * (see `productionProblems`) and the default CORS list no longer admits localhost.
   */
  production: boolean;
  zaloAppId: string;
  zaloAppSecret: string;
  /** Zalo's Graph API (identity, location tokens): `ZALO_GRAPH_URL`, which tests point at a local fake. */
  zaloGraphUrl: string;
  corsOrigins: (string | RegExp)[];
  writesPerMinute: number;
  weatherStreamIntervalMs: number;
  /** Open weather streams allowed to one client (address), and to everyone together. */
  weatherStreamsPerClient: number;
  weatherStreamsMax: number;
  /** Longest a request may take to arrive, headers and body (slow senders are cut). At most 30 s. */
  requestTimeoutMs: number;
  /** What one person may upload in 24 hours: files, and bytes. */
  uploadsPerDay: number;
  uploadBytesPerDay: number;
  /** Dossier lookups by code per client and minute (codes are sequential: no walking through them). */
  dossierLookupsPerMinute: number;
  /** How often expired remembered answers, revoked sessions and unattached uploads are deleted. */
  sweepEveryMs: number;
  logLevel: string;
  /** Public address of the server, used in RSS links, QR codes and calendar files. */
  publicBaseUrl: string;
  /** Public address of the app (for links that open an item in the app). */
  appBaseUrl: string;
  /** Open311 clients allowed to POST requests: each key maps to a service user `open311:<client>`. */
  open311ApiKeys: Open311ApiKey[];
  /** True when `OPEN311_API_KEYS` was not set and the documented development key is in use. */
  open311ApiKeysAreDefault: boolean;
  /** True when `PUBLIC_BASE_URL` was not set (links then point at localhost). */
  publicBaseUrlIsDefault: boolean;
  /**
   * Which proxies' `X-Forwarded-For` is believed (Fastify's `trustProxy`): false for none, or
   * addresses, CIDRs and names such as `loopback`. Anyone else could write any address there and
   * so escape the per-address limit on writes.
   */
  trustProxy: boolean | string;
  /** Fees: Zalo Checkout for real, or the development stand-in (`POST /api/payments/mock/:orderId/pay`). */
  checkoutMode: CheckoutMode;
  /** The Checkout private key: signs createOrder's parameters and checks the Checkout server's callbacks. */
  checkoutPrivateKey: string;
  checkoutPrivateKeyIsDefault: boolean;
  /** The one payment method offered (createOrder's `method` id), e.g. ZALOPAY_SANDBOX or ZALOPAY. */
  checkoutMethod: string;
  /** How often reminders of tomorrow's appointments are looked for. */
  reminderEveryMs: number;
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
/** Development default for `CHECKOUT_PRIVATE_KEY` (mock checkout only; documented in README). */
export const DEV_CHECKOUT_PRIVATE_KEY = 'checkout-dev-key-lao-cai';

function checkoutModeFrom(value: string | undefined): CheckoutMode {
  const v = (value ?? '').trim();
  if (v === '' || v === 'mock') return 'mock';
  if (v === 'zalo') return 'zalo';
  throw new Error(`CHECKOUT_MODE phải là "mock" hoặc "zalo" (đang là "${value}")`);
}

/** Development default of `OFFICER_DEV_PASSWORD` (printed at start, refused in production). */
export const DEV_OFFICER_PASSWORD = 'LaoCai@2025';
/** People type passwords: shorter than this is guessable however slow the hash. */
export const MIN_PASSWORD_LENGTH = 12;

export type NotifySender = 'outbox' | 'zalo';

/** Zalo's own template of mini app notifications (template 01 of its documentation). */
export const ZALO_MINIAPP_DEFAULT_TEMPLATE = '00126fd75392bacce383';

/** `ZALO_ZNS_TEMPLATES="dossier-status=301234,dossier-papers=301235"`. */
export function parseZnsTemplates(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-z][a-z-]{1,40})=(\d{1,20})$/.exec(pair);
    if (!m) throw new Error(`ZALO_ZNS_TEMPLATES: mỗi mục phải có dạng <tên mẫu>=<mã mẫu ZNS> (đang là "${pair}")`);
    out[m[1]] = m[2];
  }
  return out;
}

/** Where the mini app runs inside Zalo. */
const ZALO_CORS: (string | RegExp)[] = [/^https:\/\/([a-z0-9-]+\.)*zdn\.vn$/, /^zbrowser:\/\/h5\.zdn\.vn$/, 'https://h5.zalo.me'];
/** Development adds the app's dev server and preview on localhost. */
const DEV_CORS: (string | RegExp)[] = [/^https?:\/\/localhost(:\d+)?$/, ...ZALO_CORS];

/** Officer and session secrets shorter than this are guessable. */
export const MIN_SECRET_LENGTH = 32;
/** The request timeout may be shortened, never lengthened past this. */
export const MAX_REQUEST_TIMEOUT_MS = 30_000;

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} phải là số nguyên không âm (đang là "${value}")`);
  return n;
}

/** Running for real: with Zalo's identity, or as a production Node process. */
export const isProduction = (env: NodeJS.ProcessEnv) => env.IDENTITY_MODE === 'zalo' || env.NODE_ENV === 'production';

function parseNotifySender(value: string | undefined): NotifySender {
  const v = (value ?? '').trim();
  if (v === '' || v === 'outbox') return 'outbox';
  if (v === 'zalo') return 'zalo';
  throw new Error(`NOTIFY_SENDER phải là "outbox" hoặc "zalo" (đang là "${v}")`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const production = isProduction(env);
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
    officerDevPassword: env.OFFICER_DEV_PASSWORD || DEV_OFFICER_PASSWORD,
    officerDevPasswordIsDefault: !env.OFFICER_DEV_PASSWORD,
    officerSessionTtlSeconds: intFrom(env.OFFICER_SESSION_TTL_SECONDS, 8 * 3600, 'OFFICER_SESSION_TTL_SECONDS'),
    notifySender: parseNotifySender(env.NOTIFY_SENDER),
    zaloOaRefreshToken: env.ZALO_OA_REFRESH_TOKEN || '',
    zaloZnsTemplates: parseZnsTemplates(env.ZALO_ZNS_TEMPLATES || ''),
    zaloMiniAppApiKey: env.ZALO_MINIAPP_API_KEY || '',
    zaloMiniAppTemplateId: env.ZALO_MINIAPP_TEMPLATE_ID || ZALO_MINIAPP_DEFAULT_TEMPLATE,
    identityMode,
    production,
    zaloAppId: env.ZALO_APP_ID || '',
    zaloAppSecret: env.ZALO_APP_SECRET || '',
    zaloGraphUrl: (env.ZALO_GRAPH_URL || 'https://graph.zalo.me').replace(/\/$/, ''),
    corsOrigins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)
      : production
        ? ZALO_CORS
        : DEV_CORS,
    writesPerMinute: intFrom(env.WRITES_PER_MINUTE, 60, 'WRITES_PER_MINUTE'),
    weatherStreamIntervalMs: intFrom(env.WEATHER_STREAM_INTERVAL_MS, 60_000, 'WEATHER_STREAM_INTERVAL_MS'),
    weatherStreamsPerClient: Math.min(10, intFrom(env.WEATHER_STREAMS_PER_CLIENT, 10, 'WEATHER_STREAMS_PER_CLIENT')),
    weatherStreamsMax: intFrom(env.WEATHER_STREAMS_MAX, 500, 'WEATHER_STREAMS_MAX'),
    requestTimeoutMs: Math.min(MAX_REQUEST_TIMEOUT_MS, Math.max(1000, intFrom(env.REQUEST_TIMEOUT_MS, MAX_REQUEST_TIMEOUT_MS, 'REQUEST_TIMEOUT_MS'))),
    uploadsPerDay: intFrom(env.UPLOADS_PER_DAY, 60, 'UPLOADS_PER_DAY'),
    uploadBytesPerDay: intFrom(env.UPLOAD_MB_PER_DAY, 200, 'UPLOAD_MB_PER_DAY') * 1024 * 1024,
    dossierLookupsPerMinute: intFrom(env.DOSSIER_LOOKUPS_PER_MINUTE, 30, 'DOSSIER_LOOKUPS_PER_MINUTE'),
    sweepEveryMs: Math.max(1000, intFrom(env.SWEEP_EVERY_MS, 10 * 60_000, 'SWEEP_EVERY_MS')),
    logLevel: env.LOG_LEVEL || 'info',
    publicBaseUrl,
    appBaseUrl: (env.APP_BASE_URL || `http://localhost:${env.APP_PORT || 3000}`).replace(/\/$/, ''),
    open311ApiKeys: parseOpen311Keys(env.OPEN311_API_KEYS || DEV_OPEN311_API_KEYS),
    open311ApiKeysAreDefault: !env.OPEN311_API_KEYS,
    publicBaseUrlIsDefault: !env.PUBLIC_BASE_URL,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    checkoutMode: checkoutModeFrom(env.CHECKOUT_MODE),
    checkoutPrivateKey: env.CHECKOUT_PRIVATE_KEY || DEV_CHECKOUT_PRIVATE_KEY,
    checkoutPrivateKeyIsDefault: !env.CHECKOUT_PRIVATE_KEY,
    checkoutMethod: (env.CHECKOUT_METHOD || 'ZALOPAY_SANDBOX').trim(),
    reminderEveryMs: Math.max(1000, intFrom(env.REMINDER_EVERY_MS, 10 * 60_000, 'REMINDER_EVERY_MS')),
    clockStart: parseClockStart(env.CLOCK_START),
    clockFrozen: env.CLOCK_FROZEN === 'true',
  };
}

/**
 * What keeps a server running for real from starting: every development default that would let a
 * stranger in (the printed officer token, mock sign-in, the documented Open311 key) and every
 * secret too short to hold. Empty when the configuration is safe, or when not in production.
 */
export function productionProblems(config: ServerConfig): string[] {
  if (!config.production) return [];
  const problems: string[] = [];
  if (config.officerTokenIsDefault || config.officerToken === DEV_OFFICER_TOKEN) {
    problems.push(`OFFICER_TOKEN chưa đặt hoặc đang là mã mặc định của môi trường phát triển ("${DEV_OFFICER_TOKEN}"): ai cũng làm được cán bộ.`);
  } else if (config.officerToken.length < MIN_SECRET_LENGTH) {
    problems.push(`OFFICER_TOKEN quá ngắn (${config.officerToken.length} ký tự): cần ít nhất ${MIN_SECRET_LENGTH} ký tự ngẫu nhiên.`);
  }
  if (config.officerDevPasswordIsDefault || config.officerDevPassword === DEV_OFFICER_PASSWORD) {
    problems.push(`OFFICER_DEV_PASSWORD chưa đặt hoặc đang là mật khẩu mặc định của môi trường phát triển: ai cũng đăng nhập được tài khoản cán bộ mẫu.`);
  } else if (config.officerDevPassword.length < MIN_PASSWORD_LENGTH) {
    problems.push(`OFFICER_DEV_PASSWORD quá ngắn (${config.officerDevPassword.length} ký tự): cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  }
  if (config.notifySender === 'zalo') problems.push(...zaloSenderProblems(config));
  if (!config.sessionSecret) {
    problems.push('SESSION_SECRET chưa đặt: cần một khóa bí mật ký phiên đăng nhập, giữ ngoài cơ sở dữ liệu.');
  } else if (config.sessionSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`SESSION_SECRET quá ngắn (${config.sessionSecret.length} ký tự): cần ít nhất ${MIN_SECRET_LENGTH} ký tự ngẫu nhiên.`);
  }
  if (!config.zaloAppId) problems.push('ZALO_APP_ID chưa đặt: cần mã ứng dụng Zalo Mini App.');
  if (!config.zaloAppSecret) problems.push('ZALO_APP_SECRET chưa đặt: cần khóa bí mật của ứng dụng Zalo để xác minh người dùng.');
  if (config.identityMode !== 'zalo') {
    problems.push('IDENTITY_MODE phải là "zalo" khi chạy thật: chế độ thử nghiệm (mock) cho bất kỳ ai đăng nhập dưới tên bất kỳ ai.');
  }
  if (config.open311ApiKeysAreDefault || config.open311ApiKeys.some((k) => DEV_OPEN311_API_KEYS.startsWith(`${k.key}:`))) {
    problems.push('OPEN311_API_KEYS chưa đặt hoặc còn khóa thử nghiệm công khai "open311-dev-key-lao-cai": cần khóa riêng cho từng ứng dụng.');
  }
  if (config.checkoutMode !== 'zalo') {
    problems.push('CHECKOUT_MODE phải là "zalo" khi chạy thật: chế độ thử nghiệm (mock) cho phép ghi nhận nộp phí mà không thu tiền.');
  }
  if (config.checkoutPrivateKeyIsDefault || config.checkoutPrivateKey === DEV_CHECKOUT_PRIVATE_KEY) {
    problems.push('CHECKOUT_PRIVATE_KEY chưa đặt hoặc đang là khóa thử nghiệm: cần khóa riêng (Private Key) của Zalo Checkout để ký đơn hàng và kiểm tra callback.');
  }
  if (config.clockStart !== null || config.clockFrozen) {
    problems.push('CLOCK_START và CLOCK_FROZEN chỉ dùng khi thử nghiệm: khi chạy thật, máy chủ phải theo giờ thật.');
  }
  if (config.publicBaseUrlIsDefault || !config.publicBaseUrl.startsWith('https://')) {
    problems.push('PUBLIC_BASE_URL phải là địa chỉ https công khai của máy chủ (liên kết RSS, mã QR, ảnh Open311 dùng địa chỉ này).');
  }
  return problems;
}

/** The templates every message to residents uses (services/notifications.ts). */
export const ZALO_TEMPLATE_NAMES = ['dossier-status', 'dossier-papers', 'dossier-fee', 'feedback-status', 'feedback-answered', 'appointment-reminder'] as const;

/** What `NOTIFY_SENDER=zalo` needs to send anything (whatever the mode: it sends for real). */
export function zaloSenderProblems(config: ServerConfig): string[] {
  const problems: string[] = [];
  if (!config.zaloAppId || !config.zaloAppSecret) problems.push('NOTIFY_SENDER=zalo cần ZALO_APP_ID và ZALO_APP_SECRET.');
  if (!config.zaloOaRefreshToken) problems.push('NOTIFY_SENDER=zalo cần ZALO_OA_REFRESH_TOKEN (mã làm mới của Official Account) để gửi tin ZNS.');
  const missing = ZALO_TEMPLATE_NAMES.filter((t) => !config.zaloZnsTemplates[t]);
  if (missing.length) problems.push(`NOTIFY_SENDER=zalo cần mã mẫu ZNS cho: ${missing.join(', ')} (ZALO_ZNS_TEMPLATES).`);
  if (!config.zaloMiniAppApiKey) problems.push('NOTIFY_SENDER=zalo cần ZALO_MINIAPP_API_KEY để gửi thông báo Mini App.');
  return problems;
}

/** Refuses to run for real with unsafe settings: the message lists every problem at once. */
export class UnsafeProductionConfig extends Error {
  constructor(readonly problems: string[]) {
    super(`Máy chủ không khởi động ở chế độ chạy thật (IDENTITY_MODE=zalo hoặc NODE_ENV=production) vì:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'UnsafeProductionConfig';
  }
}

export function assertSafeForProduction(config: ServerConfig): void {
  const problems = productionProblems(config);
  if (problems.length) throw new UnsafeProductionConfig(problems);
  // Sending to Zalo is for real in any mode: half a configuration would fail every message.
  const zalo = config.notifySender === 'zalo' ? zaloSenderProblems(config) : [];
  if (zalo.length) throw new Error(`Không gửi được tin qua Zalo (NOTIFY_SENDER=zalo) vì:\n${zalo.map((p) => `  - ${p}`).join('\n')}`);
}
