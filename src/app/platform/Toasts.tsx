import { lazy, Suspense, useEffect, useState } from 'react';
import { setBrowserToastHandler } from '@/shared/zalo/toast';

/** zmp-ui's snackbar (and its transitions and icons) loads with the first toast, not with the app. */
const SnackbarHost = lazy(() => import('./SnackbarHost'));

export interface Toast {
  id: number;
  text: string;
}

/**
 * In a browser, the adapter's toasts use zmp-ui's snackbar, as Zalo's own toasts would look.
 * Toasts asked for while the snackbar loads are shown once it is there.
 */
export function Toasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  useEffect(() => {
    let next = 0;
    setBrowserToastHandler((text) => setToasts((list) => [...list, { id: ++next, text }]));
  }, []);
  if (toasts.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <SnackbarHost toasts={toasts} />
    </Suspense>
  );
}
