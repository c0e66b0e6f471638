import { lazy } from 'react';

/** Cá nhân: the resident's identity, their lists and settings. */
export const MePage = lazy(() => import('./pages/MePage'));
export const SavedPage = lazy(() => import('./pages/SavedPage'));
export type { PersonalLinkItem } from './pages/MePage';
