import { useEffect, useRef } from 'react';
import SnackbarProvider from 'zmp-ui/snackbar-provider';
import useSnackbar from 'zmp-ui/useSnackbar';
import type { Toast } from './Toasts';
// The snackbar's own rules, without the zmp-ui base that main.tsx already loaded (vite.config.ts).
import 'zaui-rules:snackbar-provider';
import 'zaui-rules:progress';

function Show({ toasts }: { toasts: Toast[] }) {
  const { openSnackbar } = useSnackbar();
  const shown = useRef(0);
  useEffect(() => {
    const latest = toasts[toasts.length - 1];
    if (!latest || latest.id <= shown.current) return;
    // One snackbar at a time, as in Zalo: the newest message replaces one still on screen.
    shown.current = latest.id;
    openSnackbar({ text: latest.text, duration: 3000 });
  }, [toasts, openSnackbar]);
  return null;
}

/** Loaded with the first toast (see Toasts.tsx). */
export default function SnackbarHost({ toasts }: { toasts: Toast[] }) {
  return (
    <SnackbarProvider>
      <Show toasts={toasts} />
    </SnackbarProvider>
  );
}
