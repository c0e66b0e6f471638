export { ensureSession, signInWithProfile, clearSession, currentUser, sessionLoaded } from './session';
export { meQuery, profileConsentState, sessionLoadedQuery, type ProfileConsent } from './state';
