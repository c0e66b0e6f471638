import { ApiError, isErrorBody } from './errors';
import { HttpFailure, transport, type HttpResponse } from './transport';
import { cacheKey, recall, remember } from './offlineCache';
import { reportConnectivity } from '../net/connectivity';

/** The API's address: same origin by default (dev and preview proxy it); set for a Zalo build. */
export const API_BASE_URL: string = (import.meta.env.VITE_API_BASE_URL as string | undefined)?.replace(/\/$/, '') ?? '';

/** Absolute address of something the server serves (`/media/...`, `/api/qr/...`). */
export function apiUrl(path: string): string {
  return /^https?:\/\//.test(path) ? path : API_BASE_URL + path;
}

export interface AuthProvider {
  token(): Promise<string>;
  /** Called when the server refused the token: forget it and sign in again. */
  renew(): Promise<string>;
}

let authProvider: AuthProvider | null = null;
/** The session module registers itself here (it uses this client too, hence the indirection). */
export function setAuthProvider(provider: AuthProvider): void {
  authProvider = provider;
}


const NETWORK_RETRY_DELAYS_MS = [400, 1200, 3000];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The server's answer when it is a failure (status ≥ 400), as an ApiError; null when it is not. */
export function failureOf(res: HttpResponse): ApiError | null {
  const { status, data } = res;
  if (status >= 200 && status < 300) return null;
  if (isErrorBody(data)) {
    return new ApiError(data.error.message, status >= 500 ? 'server' : 'client', status, data.error.code, data.error.details ?? []);
  }
  return new ApiError(
    status >= 500 ? 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.' : 'Yêu cầu không thành công. Vui lòng thử lại.',
    status >= 500 ? 'server' : 'client',
    status,
    `HTTP_${status}`,
  );
}

/** No answer at all (network, timeout, cancelled), as an ApiError with words for the resident. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  const kind = e instanceof HttpFailure ? e.kind : 'network';
  if (kind === 'cancelled') return new ApiError('Đã hủy yêu cầu.', 'client', null, 'CANCELLED');
  if (kind === 'timeout') return new ApiError('Mạng đang chậm, máy chủ chưa trả lời kịp. Vui lòng thử lại.', 'timeout', null, 'TIMEOUT');
  return new ApiError('Không kết nối được máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.', 'network', null, 'NETWORK');
}

export interface CallOptions {
  /** Send the session token (signing in first if needed). */
  auth?: boolean;
  params?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Bytes sent so far of a form being uploaded. */
  onUploadProgress?: (loaded: number, total: number) => void;
  timeout?: number;
}

async function send<T>(config: { method: 'GET' | 'POST'; url: string; data?: unknown }, opts: CallOptions, retriedAuth = false): Promise<T> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.auth) {
    if (!authProvider) throw new ApiError('Ứng dụng chưa sẵn sàng đăng nhập.', 'client', null, 'NO_AUTH');
    headers.Authorization = `Bearer ${retriedAuth ? await authProvider.renew() : await authProvider.token()}`;
  }
  const params = opts.params
    ? (Object.fromEntries(Object.entries(opts.params).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Record<string, string | number | boolean>)
    : undefined;
  const isRead = config.method === 'GET';
  if (!isRead && typeof navigator !== 'undefined' && navigator.onLine === false) {
    // Said plainly, at once: nothing was sent, nothing is queued behind the user's back.
    throw new ApiError('Bạn đang mất mạng nên yêu cầu chưa được gửi. Hãy gửi lại khi có mạng.', 'network', null, 'OFFLINE');
  }
  // Public reads are remembered, so the app still shows something on a bad connection.
  const keepOffline = isRead && !opts.auth;
  const key = keepOffline ? cacheKey(config.url, params) : '';
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await transport.send({
        method: config.method,
        url: apiUrl(config.url),
        params,
        headers,
        body: config.data,
        signal: opts.signal,
        onUploadProgress: opts.onUploadProgress,
        timeout: opts.timeout ?? (config.data instanceof FormData ? 120_000 : 15_000),
      });
      const failure = failureOf(res);
      if (failure) throw failure;
      if (keepOffline) {
        void remember(key, res.data);
        reportConnectivity({ online: true, showingSaved: false });
      }
      return res.data as T;
    } catch (e) {
      const err = toApiError(e);
      if (err.status === 401 && opts.auth && !retriedAuth) return send<T>(config, opts, true);
      // Reads are retried on network failure only: a write might have reached the server.
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      if (isRead && !offline && (err.kind === 'network' || err.kind === 'timeout') && attempt < NETWORK_RETRY_DELAYS_MS.length && !opts.signal?.aborted) {
        await sleep(NETWORK_RETRY_DELAYS_MS[attempt]);
        continue;
      }
      if (keepOffline && (err.kind === 'network' || err.kind === 'timeout')) {
        const saved = await recall<T>(key);
        if (saved) {
          reportConnectivity({ showingSaved: true });
          return saved.data;
        }
      }
      throw err;
    }
  }
}

export function apiGet<T>(url: string, opts: CallOptions = {}): Promise<T> {
  return send<T>({ method: 'GET', url }, opts);
}

export function apiPost<T>(url: string, body: unknown, opts: CallOptions & { idempotencyKey?: string } = {}): Promise<T> {
  const headers = { ...(opts.headers ?? {}) };
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
  return send<T>({ method: 'POST', url, data: body }, { auth: true, ...opts, headers });
}

/** A fresh key for one user action; keep it while retrying that same action. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 10)).join('-');
}

/**
 * The server's QR drawing of an item's code (dossier receipts, feedback receipts, places). A
 * dossier's is its receipt: drawn only with the receipt key, which the QR code then carries.
 */
export function qrSvgUrl(kind: 'dossier' | 'feedback' | 'news' | 'place' | 'tour', id: string, key?: string): string {
  return apiUrl(`/api/qr/${kind}/${encodeURIComponent(id)}.svg${key ? `?key=${encodeURIComponent(key)}` : ''}`);
}
