import { createElement, lazy } from 'react';
import { paths } from '@/shared/routes';

/**
 * Administrative dossiers (TTHC): the procedure catalogue, online submission, tracking by code,
 * "Hồ sơ của tôi". Only this file is imported by the app; every page loads on first use.
 */
const CataloguePage = lazy(() => import('./pages/CataloguePage'));
const ProcedurePage = lazy(() => import('./pages/ProcedurePage'));
const SubmitPage = lazy(() => import('./pages/SubmitPage'));
const TrackPage = lazy(() => import('./pages/TrackPage'));
const DossierPage = lazy(() => import('./pages/DossierPage'));
const MyDossiersPage = lazy(() => import('./pages/MyDossiersPage'));

/** Route patterns matching `paths.procedure(id)`, `paths.dossier(code)`… (checked by a test). */
export const dossierRoutes = [
  { path: paths.procedures, element: createElement(CataloguePage) },
  { path: '/dossiers/procedures/:id', element: createElement(ProcedurePage) },
  { path: '/dossiers/procedures/:id/submit', element: createElement(SubmitPage) },
  { path: paths.trackDossier, element: createElement(TrackPage) },
  { path: '/dossiers/track/:code', element: createElement(DossierPage) },
  { path: paths.myDossiers, element: createElement(MyDossiersPage) },
];

export const dossierTiles = [
  { id: 'dossiers', label: 'Dịch vụ công', icon: 'document' as const, to: paths.procedures, tint: '#1b6b45' },
  { id: 'track-dossier', label: 'Tra cứu hồ sơ', icon: 'search' as const, to: paths.trackDossier, tint: '#2563a8' },
];

export const dossierPersonalLinks = [{ label: 'Hồ sơ của tôi', icon: 'document' as const, to: paths.myDossiers }];

export const dossierHomeWidgets = [{ id: 'my-dossiers', widget: lazy(() => import('./components/MyDossiersWidget')) }];
