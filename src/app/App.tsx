import { Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RecoilRoot } from 'recoil';
import { App as ZmpApp, SnackbarProvider, useSnackbar } from 'zmp-ui';
import '@/shared/ui';
import '@/shared/session';
import { setBrowserToastHandler } from '@/shared/zalo';
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
import { KeyboardAware } from './platform/KeyboardAware';
import { OfflineBanner } from './platform/OfflineBanner';
import './app.css';

/** In a browser, the adapter's toasts use zmp-ui's snackbar, as Zalo's own toasts would look. */
function ToastBridge() {
  const { openSnackbar } = useSnackbar();
  useEffect(() => setBrowserToastHandler((text) => openSnackbar({ text, duration: 3000 })), [openSnackbar]);
  return null;
}

export function App() {
  return (
    <RecoilRoot>
      <ZmpApp>
        <SnackbarProvider>
          <ToastBridge />
          <Suspense fallback={null}>
            <ApplySettings />
          </Suspense>
          <KeyboardAware />
          <UnreadPoller />
          <OfflineBanner />
          <AppRouter>
            <AppErrorBoundary>
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
        </SnackbarProvider>
      </ZmpApp>
    </RecoilRoot>
  );
}
