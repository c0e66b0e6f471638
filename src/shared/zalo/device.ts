import type { LocationResponse } from '@contract/zalo';
import { apiPost } from '../api/client';
import { ApiError } from '../api/errors';
import { appRoot, isZaloHost } from './host';
import { loadSdk } from './sdk';
import { ZaloError, toZaloError } from './errors';
import { getZaloAccessToken } from './identity';

export interface Coordinates {
  lat: number;
  long: number;
}

/** Zalo's dialer sheet, or a tel: link in a browser. */
export async function callPhone(phone: string): Promise<void> {
  const digits = phone.replace(/[^\d+]/g, '');
  if (!isZaloHost()) {
    window.location.href = `tel:${digits}`;
    return;
  }
  try {
    await (await loadSdk()).openPhone({ phoneNumber: digits });
  } catch (e) {
    throw toZaloError(e, 'openPhone');
  }
}

/** Opens a web page outside the mini app (a map, an official site). */
export async function openExternalLink(url: string): Promise<void> {
  if (!/^https?:\/\//i.test(url)) throw new ZaloError('BAD_URL', 'Liên kết không hợp lệ.');
  if (!isZaloHost()) {
    window.open(url, '_blank', 'noopener,noreferrer');
    return;
  }
  try {
    await (await loadSdk()).openWebview({ url, config: { style: 'normal', leftButton: 'back' } });
  } catch (e) {
    throw toZaloError(e, 'openWebview');
  }
}

/**
 * The user's position, asked when they tap for it (callers say why first). Inside Zalo,
 * zmp-sdk's getLocation() answers only a one-time token (its latitude/longitude fields are
 * deprecated and empty), which the server exchanges with Zalo for coordinates; in a browser,
 * navigator.geolocation. Every failure is a ZaloError with words for the user: `refused` when
 * they said no, so the page offers the list of places instead.
 */
export async function getLocation(): Promise<Coordinates> {
  if (isZaloHost()) return zaloLocation();
  if (!('geolocation' in navigator)) {
    throw new ZaloError('UNSUPPORTED', 'Trình duyệt này không lấy được vị trí. Hãy chọn khu vực trong danh sách.');
  }
  return new Promise((resolve, reject) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, long: p.coords.longitude }),
      (err) =>
        reject(
          err.code === err.PERMISSION_DENIED
            ? new ZaloError('PERMISSION_DENIED', 'Bạn đã không cho phép dùng vị trí. Hãy cho phép trong cài đặt trình duyệt, hoặc chọn khu vực trong danh sách.')
            : new ZaloError('POSITION_UNAVAILABLE', 'Chưa xác định được vị trí của bạn. Vui lòng thử lại hoặc chọn khu vực.'),
        ),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  });
}

async function zaloLocation(): Promise<Coordinates> {
  const sdk = await loadSdk();
  let token: string | undefined;
  try {
    ({ token } = await sdk.getLocation());
  } catch (e) {
    throw toZaloError(e, 'getLocation');
  }
  if (!token) throw new ZaloError('NO_POSITION', 'Zalo chưa cho biết vị trí của bạn. Hãy chọn khu vực trong danh sách.', 'getLocation');
  try {
    // Zalo's Graph API answers a location token only with the same user's access token.
    const zaloAccessToken = await getZaloAccessToken();
    return await apiPost<LocationResponse>('/api/zalo/location', { token, zaloAccessToken });
  } catch (e) {
    if (e instanceof ApiError) throw new ZaloError(e.code, e.message, 'getLocation');
    throw toZaloError(e, 'getLocation');
  }
}

function pickWithInput(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}

/** Pictures from the album or camera (Zalo chooseImage; a file input in a browser). [] if cancelled. */
export async function pickImages(max: number): Promise<File[]> {
  if (!isZaloHost()) return (await pickWithInput('image/*', max > 1)).slice(0, max);
  try {
    const { tempFiles, filePaths } = await (await loadSdk()).chooseImage({ count: max, sourceType: ['album', 'camera'] });
    const paths = tempFiles?.length ? tempFiles.map((f) => f.path) : filePaths;
    return Promise.all(
      paths.map(async (p, i) => {
        const blob = await (await fetch(p)).blob();
        return new File([blob], `anh-${i + 1}.${blob.type === 'image/png' ? 'png' : 'jpg'}`, { type: blob.type || 'image/jpeg' });
      }),
    );
  } catch (e) {
    const err = toZaloError(e, 'chooseImage');
    if (err.cancelled) return [];
    throw err;
  }
}

/** Any file (PDF or picture of a paper): a file input in both hosts, since Zalo's picker is for images. */
export function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return pickWithInput(accept, multiple);
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled';

export interface Shareable {
  title: string;
  text?: string;
  /** Where the item opens in the app (`/tourism/places/fansipan`): inside Zalo, a deep link to it. */
  path: string;
  /** Its address on the web, for a browser's share sheet or the clipboard (default: the app's address of `path`). */
  url?: string;
  /** A picture for Zalo's share card (absolute, or on the API); the app's logo when there is none. */
  imageUrl?: string | null;
}

const absolute = (url: string) => new URL(url, window.location.href).href;

/**
 * Zalo's share sheet with a deep link into the mini app (the card opens the same item); Web Share
 * in a browser that has it; otherwise the link is copied.
 */
export async function share(item: Shareable): Promise<ShareOutcome> {
  if (isZaloHost()) {
    try {
      const { status } = await (await loadSdk()).openShareSheet({
        type: 'zmp_deep_link',
        data: {
          title: item.title.slice(0, 100),
          description: (item.text ?? '').slice(0, 200),
          thumbnail: absolute(item.imageUrl || `${appRoot()}logo.svg`),
          path: item.path,
        },
      });
      return status === 0 ? 'cancelled' : 'shared';
    } catch (e) {
      const err = toZaloError(e, 'openShareSheet');
      if (err.refused || err.cancelled) return 'cancelled';
      throw err;
    }
  }
  const url = item.url ?? appRoot() + item.path.replace(/^\//, '');
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: item.title, text: item.text, url });
      return 'shared';
    } catch (e) {
      if ((e as DOMException).name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    throw new ZaloError('NO_SHARE', 'Chưa chia sẻ được. Hãy sao chép liên kết: ' + url);
  }
}

/**
 * Hands a file or page to the phone outside the mini app (a calendar file to the Calendar app):
 * zmp-sdk's openOutApp inside Zalo, where a webview would only show the file's text; in a
 * browser, a download.
 */
export async function openOutside(url: string, downloadName: string): Promise<'opened' | 'downloaded'> {
  const href = absolute(url);
  if (isZaloHost()) {
    try {
      await (await loadSdk()).openOutApp({ url: href });
      return 'opened';
    } catch (e) {
      throw toZaloError(e, 'openOutApp');
    }
  }
  const a = document.createElement('a');
  a.href = href;
  a.download = downloadName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  return 'downloaded';
}

/** Thrown in a browser: the QR feature shows its own camera, picture and typing UI there. */
export class BrowserScannerNeeded extends ZaloError {
  constructor() {
    super('BROWSER_SCANNER', 'Trình duyệt dùng máy quét riêng của ứng dụng.');
  }
}

/** Zalo's camera scanner; returns the text in the code, or null when the user closed it. */
export async function scanQRCode(): Promise<string | null> {
  if (!isZaloHost()) throw new BrowserScannerNeeded();
  try {
    const { content } = await (await loadSdk()).scanQRCode();
    return content ? content : null;
  } catch (e) {
    const err = toZaloError(e, 'scanQRCode');
    if (err.cancelled) return null;
    throw err;
  }
}
