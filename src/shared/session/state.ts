import { atom, selector } from 'recoil';
import type { MeResponse } from '@contract/auth';
import { apiGet } from '../api/client';
import { persisted } from '../state/persisted';
import './session';

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
