import { isZaloHost } from './host';
import { loadSdk } from './sdk';
import { ZaloError, toZaloError } from './errors';

export interface ZaloProfile {
  id: string;
  name: string;
  avatar: string | null;
}

/** In a browser the app signs in as a development citizen (change it with localStorage lcs.devUserId). */
export const DEV_USER_ID = 'cong-dan-demo';
export const DEV_USER_NAME = 'Nguyễn Thị Mai';

function devUserId(): string {
  const id = localStorage.getItem('lcs.devUserId');
  return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : DEV_USER_ID;
}

/** The token the server exchanges for a session: Zalo's access token, or a mock token in a browser. */
export async function getZaloAccessToken(): Promise<string> {
  if (!isZaloHost()) return `mock:${devUserId()}`;
  const sdk = await loadSdk();
  try {
    return await sdk.getAccessToken();
  } catch (e) {
    throw toZaloError(e, 'getAccessToken');
  }
}

/**
 * Name and avatar, which Zalo shares only after the user agrees. Inside Zalo this shows Zalo's own
 * consent sheet; the app explains why before calling it. In a browser it returns the dev profile.
 */
export async function requestZaloProfile(): Promise<ZaloProfile> {
  if (!isZaloHost()) {
    return { id: devUserId(), name: localStorage.getItem('lcs.devUserName') || DEV_USER_NAME, avatar: null };
  }
  const sdk = await loadSdk();
  try {
    // Zalo's consent sheet: a refusal rejects (-201), or resolves with the scope set to false.
    const granted = await sdk.authorize({ scopes: ['scope.userInfo'] });
    if (granted?.['scope.userInfo'] === false) throw new ZaloError(-201, '', 'authorize');
    const { userInfo } = await sdk.getUserInfo({ avatarType: 'normal', autoRequestPermission: false });
    return { id: userInfo.id, name: userInfo.name, avatar: userInfo.avatar || null };
  } catch (e) {
    throw toZaloError(e instanceof ZaloError ? { code: e.code } : e, 'getUserInfo');
  }
}
