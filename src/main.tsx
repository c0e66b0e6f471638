// zmp-ui's base only (theme variables, html/body): the app draws its own UI, and the snackbar
// brings its rules when it loads (see vite.config.ts, zauiComponentRules).
import 'zmp-ui/app/styles/app.css';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { isZaloHost } from './shared/zalo/host';

// Inside Zalo the header keeps clear of Zalo's ⋯/✕ capsule (ui.css): set before the first paint.
if (isZaloHost()) document.documentElement.classList.add('lc-in-zalo');

// As a transition, the first render is done in small slices between which the browser can paint
// and answer taps, instead of one long task while the phone is still busy loading.
startTransition(() => {
  createRoot(document.getElementById('app')!).render(<App />);
});
