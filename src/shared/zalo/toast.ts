import { isZaloHost } from './host';
import { loadSdk } from './sdk';

/*
 * Toasts, apart from device.ts: the app shell registers the snackbar at start, and importing this
 * file alone keeps the other device calls (pictures, files, sharing, scanner) out of the first
 * screen's code.
 */

type ToastHandler = (message: string) => void;
let browserToast: ToastHandler = () => undefined;

/** The app registers its snackbar here, so a toast looks the same in a browser as in Zalo. */
export function setBrowserToastHandler(handler: ToastHandler): void {
  browserToast = handler;
}

export async function showToast(message: string): Promise<void> {
  if (!isZaloHost()) return browserToast(message);
  try {
    await (await loadSdk()).showToast({ message });
  } catch {
    browserToast(message);
  }
}
