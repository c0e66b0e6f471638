import { Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
// zmp-ui's own entry points, not its index: the index names every component, and the first
// screen's chunk would then carry the ones that only lazy code uses (the snackbar).
import ZmpApp from 'zmp-ui/app';
import '@/shared/ui';
import '@/shared/session';
import { AppRouter } from './router';
import { AppLayout } from './layout/AppLayout';
import { AppErrorBoundary } from './errors/AppErrorBoundary';
import { NotFoundPage } from './errors/NotFoundPage';
import { PageSkeleton } from './layout/PageSkeleton';
import HomePage from './home/HomePage';
import { routes } from './registry';
import { QrDeepLink } from '@/features/qr';
import { UnreadPoller } from '@/features/notifications';
import { ApplySettings } from './platform/ApplySettings';
import { OpenAppListener } from './platform/OpenAppListener';
import { KeyboardAware } from './platform/KeyboardAware';
import { OfflineBanner } from './platform/OfflineBanner';
import { Toasts } from './platform/Toasts';
import './app.css';

export function App() {
  return (
    <RecoilRoot>
      <ZmpApp>
        <Suspense fallback={null}>
          <ApplySettings />
        </Suspense>
        <KeyboardAware />
        <UnreadPoller />
        <OfflineBanner />
        <AppRouter>
          <AppErrorBoundary>
            <OpenAppListener />
            <QrDeepLink />
            <Suspense fallback={<PageSkeleton />}>
              <Routes>
                <Route element={<AppLayout />}>
                  <Route index element={<HomePage />} />
                  {routes.map((r) => (
                    <Route key={r.path} path={r.path} element={r.element} />
                  ))}
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </Suspense>
          </AppErrorBoundary>
        </AppRouter>
        <Toasts />
      </ZmpApp>
    </RecoilRoot>
  );
}
