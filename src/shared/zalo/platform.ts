import { isZaloHost } from './host';
import { loadSdk } from './sdk';
import { ZaloError, toZaloError } from './errors';

/** Zalo's own theme inside Zalo; the system's preference in a browser. */
export async function getHostTheme(): Promise<'light' | 'dark'> {
  if (isZaloHost()) {
    try {
      const info = (await loadSdk()).getSystemInfo() as { zaloTheme?: string };
      return info.zaloTheme === 'dark' ? 'dark' : 'light';
    } catch {
      return 'light';
    }
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Follow the province's Official Account, to receive its news in Zalo chat. */
export async function followOfficialAccount(oaId: string): Promise<void> {
  if (!isZaloHost()) {
    throw new ZaloError('BROWSER', 'Chỉ quan tâm được Official Account khi mở Lào Cai số trong Zalo. Hãy mở ứng dụng từ Zalo rồi thử lại.');
  }
  if (!oaId) throw new ZaloError('NO_OA', 'Official Account của tỉnh chưa được cấu hình cho bản ứng dụng này.');
  try {
    await (await loadSdk()).followOA({ id: oaId, showDialogConfirm: true });
  } catch (e) {
    throw toZaloError(e, 'followOA');
  }
}

/** Ask Zalo for permission to send the user notices about their dossiers and reports. */
export async function requestNotificationPermission(): Promise<void> {
  if (!isZaloHost()) {
    throw new ZaloError(
      'BROWSER',
      'Trong trình duyệt, thông báo hiện ở mục Thông báo của ứng dụng. Khi mở trong Zalo, bạn có thể cho phép Zalo gửi thông báo tới điện thoại.',
    );
  }
  try {
    await (await loadSdk()).requestSendNotification();
  } catch (e) {
    throw toZaloError(e, 'requestSendNotification');
  }
}

let statusBarText: 'white' | 'black' | null = null;

/**
 * The colour of the status bar's clock and icons, which float over the page's header (the app
 * hides Zalo's action bar): white over the green home header and in the dark theme, black over
 * light headers. Zalo keeps the last one set, so each page says its own.
 */
export async function setStatusBarText(text: 'white' | 'black'): Promise<void> {
  if (!isZaloHost() || text === statusBarText) return;
  statusBarText = text;
  try {
    await (await loadSdk()).configAppView({ headerTextColor: text, statusBarType: 'transparent' });
  } catch {
    statusBarText = null; // try again on the next page
  }
}
