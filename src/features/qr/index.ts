import { lazy } from 'react';

/** QR: scan (Zalo scanner, or camera, picture, typing in a browser) and deep links with ?qr=. */
export const ScanPage = lazy(() => import('./pages/ScanPage'));
export { QrDeepLink } from './components/QrDeepLink';
export { pathForItem } from './targets';
