import type { SessionResponse, User } from '@contract/auth';
import { apiUrl, failureOf, setAuthProvider } from '../api/client';
import { ApiError } from '../api/errors';
import { transport } from '../api/transport';
// Not the zalo index: it would bring every device call into the first screen's chunk.
import { getZaloAccessToken, type ZaloProfile } from '../zalo/identity';
import { storage } from '../zalo/storage';

/** Kept in Zalo's Native Storage inside Zalo (its localStorage may be wiped between launches). */
const KEY = 'session';

interface StoredSession {
  token: string;
  expiresAt: string;
  user: User;
}

async function readStored(): Promise<StoredSession | null> {
  const s = await storage.get<StoredSession>(KEY);
  // Renew a little before expiry so a request never leaves with a token about to lapse.
  return s && typeof s.token === 'string' && Date.parse(s.expiresAt) - Date.now() > 60_000 ? s : null;
}

let current: StoredSession | null = null;
/** Read once at start; until then `currentUser()` is null and `ensureSession()` waits for it. */
const loaded: Promise<void> = readStored().then((s) => {
  current ??= s;
});
let pending: Promise<StoredSession> | null = null;

async function createSession(profile?: ZaloProfile): Promise<StoredSession> {
  const zaloAccessToken = await getZaloAccessToken();
  let res;
  try {
    res = await transport.send({
      method: 'POST',
      url: apiUrl('/api/auth/session'),
      headers: {},
      body: { zaloAccessToken, ...(profile ? { profile: { name: profile.name, avatar: profile.avatar } } : {}) },
      timeout: 15_000,
    });
  } catch {
    throw new ApiError('Chưa đăng nhập được vì không kết nối được máy chủ. Vui lòng thử lại.', 'network', null, 'NETWORK');
  }
  const failure = failureOf(res);
  if (failure) throw failure;
  const data = res.data as SessionResponse;
  current = data;
  await storage.set(KEY, data).catch(() => undefined);
  return data;
}

/** The session token, signing in through Zalo first when there is none (one sign-in at a time). */
export async function ensureSession(): Promise<StoredSession> {
  await loaded;
  if (current) return current;
  pending ??= createSession().finally(() => {
    pending = null;
  });
  return pending;
}

/** Resolves once the kept session (if any) has been read: `currentUser()` is meaningful after it. */
export function sessionLoaded(): Promise<void> {
  return loaded;
}

/** After the user agreed to share name and avatar: sign in again carrying them. */
export async function signInWithProfile(profile: ZaloProfile): Promise<User> {
  return (await createSession(profile)).user;
}

export function clearSession(): void {
  current = null;
  void storage.remove(KEY).catch(() => undefined);
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
