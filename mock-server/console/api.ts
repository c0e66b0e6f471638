/**
 * The console's calls to the API (same origin). The session token lives in sessionStorage: it
 * ends with the tab, and signing out ends it on the server too.
 */

const TOKEN_KEY = 'lcs.officer.token';

export const session = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** An answer the server refused, in its own words (Vietnamese), with the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Called when the session ended (expired, revoked, account disabled): the console goes back to sign-in. */
let onSignedOut: () => void = () => {};
export const whenSignedOut = (fn: () => void) => {
  onSignedOut = fn;
};

function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return 'cs-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  const token = session.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  // A write sent twice (a double click, a retry after a lost answer) happens once.
  if (method === 'POST' && !path.endsWith('/preview') && path !== '/api/officer/session') headers['Idempotency-Key'] = newKey();
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.');
  }
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as { error?: { code: string; message: string; details?: { path: string; message: string }[] } } | null;
  if (!res.ok) {
    const err = data?.error;
    if (res.status === 401 && token && path !== '/api/officer/session') {
      session.clear();
      onSignedOut();
    }
    throw new ApiError(res.status, err?.code ?? 'HTTP_' + res.status, err?.message ?? 'Máy chủ gặp sự cố. Vui lòng thử lại sau.', err?.details ?? []);
  }
  return data as T;
}

export const get = <T>(path: string) => call<T>('GET', path);
export const post = <T>(path: string, body: unknown) => call<T>('POST', path, body);

/** A file attached to a dossier, fetched with the officer's session (an <img> cannot send it). */
export async function fetchFile(id: string): Promise<Blob> {
  const res = await fetch(`/api/uploads/${encodeURIComponent(id)}/content`, { headers: { Authorization: `Bearer ${session.get() ?? ''}` } });
  if (!res.ok) throw new ApiError(res.status, 'FILE', 'Không mở được tệp này. Vui lòng thử lại.');
  return res.blob();
}

/** `?a=1&b=x`, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
