export { ensureSession, signInWithProfile, clearSession, currentUser } from './session';
export { meQuery, profileConsentState, type ProfileConsent } from './state';
