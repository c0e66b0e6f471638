import { isZaloHost } from './host';
import { loadSdk } from './sdk';
import { ZaloError, toZaloError } from './errors';

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

/** The user's position. Refusal becomes a ZaloError with `refused` set and words for the user. */
export async function getLocation(): Promise<Coordinates> {
  if (isZaloHost()) {
    try {
      const res = await (await loadSdk()).getLocation();
      const lat = Number(res.latitude);
      const long = Number(res.longitude);
      if (Number.isFinite(lat) && Number.isFinite(long) && (lat !== 0 || long !== 0)) return { lat, long };
      throw new ZaloError('NO_POSITION', 'Zalo chưa cho biết vị trí của bạn. Hãy chọn khu vực trong danh sách.');
    } catch (e) {
      throw toZaloError(e, 'getLocation');
    }
  }
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
    if (err.refused) throw err;
    return [];
  }
}

/** Any file (PDF or picture of a paper): a file input in both hosts, since Zalo's picker is for images. */
export function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return pickWithInput(accept, multiple);
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled';

/** Zalo's share sheet; Web Share in a browser that has it; otherwise the link is copied. */
export async function share(item: { title: string; text?: string; url: string }): Promise<ShareOutcome> {
  if (isZaloHost()) {
    try {
      await (await loadSdk()).openShareSheet({ type: 'link', data: { link: item.url, chatOnly: false } });
      return 'shared';
    } catch (e) {
      const err = toZaloError(e, 'openShareSheet');
      if (err.refused) return 'cancelled';
      throw err;
    }
  }
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: item.title, text: item.text, url: item.url });
      return 'shared';
    } catch (e) {
      if ((e as DOMException).name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(item.url);
    return 'copied';
  } catch {
    throw new ZaloError('NO_SHARE', 'Chưa chia sẻ được. Hãy sao chép liên kết: ' + item.url);
  }
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
    throw toZaloError(e, 'scanQRCode');
  }
}
