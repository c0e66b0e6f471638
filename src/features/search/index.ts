import { lazy } from 'react';

/** Search across news, places, procedures and public reports. */
export const SearchPage = lazy(() => import('./pages/SearchPage'));
