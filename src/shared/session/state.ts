import { atom, selector } from 'recoil';
import type { MeResponse } from '@contract/auth';
import { apiGet } from '../api/client';
import { persisted } from '../state/persisted';
import { sessionLoaded } from './session';

/** The signed-in resident as the server knows them, with the unread notification count. */
export const meQuery = selector<MeResponse>({
  key: 'meQuery',
  get: () => apiGet<MeResponse>('/api/me', { auth: true }),
});

/** Whether the user agreed to share their Zalo name and avatar ('unknown' until asked). */
export type ProfileConsent = 'unknown' | 'granted' | 'refused';
export const profileConsentState = atom<ProfileConsent>({
  key: 'profileConsent',
  default: 'unknown',
  effects: [persisted('profile-consent')],
});

/** True once the session kept on the phone has been read (Native Storage inside Zalo is async to open). */
export const sessionLoadedQuery = selector<boolean>({
  key: 'sessionLoaded',
  get: () => sessionLoaded().then(() => true),
});
