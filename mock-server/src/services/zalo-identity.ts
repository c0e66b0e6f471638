import type { IdentityMode } from '../config.js';

export interface ZaloProfile {
  zaloUserId: string;
  name: string | null;
  avatar: string | null;
}

export class IdentityRejected extends Error {}

/** The ids Zalo hands out are digits; mock ids are for development and tests. */
const MOCK_TOKEN = /^mock:([A-Za-z0-9_-]{1,64})$/;

/**
 * Turns the access token the mini app got from `getAccessToken()` into a Zalo user.
 * Mock mode accepts `mock:<id>`; zalo mode asks Zalo's open API, which answers only for a
 * genuine token of our app (and gives name and picture only after the user agreed to share them).
 */
export async function resolveZaloIdentity(
  mode: IdentityMode,
  accessToken: string,
  fetchImpl: typeof fetch = fetch,
  graphUrl = 'https://graph.zalo.me',
): Promise<ZaloProfile> {
  if (mode === 'mock') {
    const m = MOCK_TOKEN.exec(accessToken);
    if (!m) throw new IdentityRejected('Mã truy cập thử nghiệm phải có dạng mock:<mã người dùng>.');
    return { zaloUserId: m[1], name: null, avatar: null };
  }
  let res: Response;
  try {
    res = await fetchImpl(`${graphUrl}/v2.0/me?fields=id,name,picture`, {
      headers: { access_token: accessToken },
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    throw new IdentityRejected('Không kết nối được tới Zalo để xác minh tài khoản. Vui lòng thử lại.');
  }
  const body = (await res.json().catch(() => null)) as {
    id?: string;
    name?: string;
    picture?: { data?: { url?: string } };
    error?: number;
  } | null;
  if (!res.ok || !body || !body.id || (body.error && body.error !== 0)) {
    throw new IdentityRejected('Zalo không xác nhận được tài khoản này. Vui lòng mở lại ứng dụng.');
  }
  return { zaloUserId: body.id, name: body.name ?? null, avatar: body.picture?.data?.url ?? null };
}
