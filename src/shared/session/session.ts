import axios from 'axios';
import type { SessionResponse, User } from '@contract/auth';
import { API_BASE_URL, setAuthProvider } from '../api/client';
import { ApiError, isErrorBody } from '../api/errors';
// Not the zalo index: it would bring every device call into the first screen's chunk.
import { getZaloAccessToken, type ZaloProfile } from '../zalo/identity';

const KEY = 'lcs.session';

interface StoredSession {
  token: string;
  expiresAt: string;
  user: User;
}

function readStored(): StoredSession | null {
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? 'null') as StoredSession | null;
    // Renew a little before expiry so a request never leaves with a token about to lapse.
    if (s && Date.parse(s.expiresAt) - Date.now() > 60_000) return s;
  } catch {
    /* a damaged value is as good as none */
  }
  return null;
}

let current: StoredSession | null = readStored();
let pending: Promise<StoredSession> | null = null;

async function createSession(profile?: ZaloProfile): Promise<StoredSession> {
  const zaloAccessToken = await getZaloAccessToken();
  try {
    const { data } = await axios.post<SessionResponse>(
      `${API_BASE_URL}/api/auth/session`,
      { zaloAccessToken, ...(profile ? { profile: { name: profile.name, avatar: profile.avatar } } : {}) },
      { timeout: 15_000 },
    );
    current = data;
    localStorage.setItem(KEY, JSON.stringify(data));
    return data;
  } catch (e) {
    const res = (e as { response?: { status: number; data: unknown } }).response;
    if (res && isErrorBody(res.data)) throw new ApiError(res.data.error.message, 'client', res.status, res.data.error.code);
    throw new ApiError('Chưa đăng nhập được vì không kết nối được máy chủ. Vui lòng thử lại.', 'network', null, 'NETWORK');
  }
}

/** The session token, signing in through Zalo first when there is none (one sign-in at a time). */
export function ensureSession(): Promise<StoredSession> {
  if (current) return Promise.resolve(current);
  pending ??= createSession().finally(() => {
    pending = null;
  });
  return pending;
}

/** After the user agreed to share name and avatar: sign in again carrying them. */
export async function signInWithProfile(profile: ZaloProfile): Promise<User> {
  return (await createSession(profile)).user;
}

export function clearSession(): void {
  current = null;
  localStorage.removeItem(KEY);
}

export function currentUser(): User | null {
  return current?.user ?? null;
}

setAuthProvider({
  token: async () => (await ensureSession()).token,
  renew: async () => {
    clearSession();
    return (await ensureSession()).token;
  },
});
