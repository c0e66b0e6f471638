import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SdkAnswer, SdkStandIn, ZaloSdk } from './sdk';

/*
 * zmp-sdk, mocked with the shapes of its installed typings (2.51.6): every mock below is typed
 * with SdkStandIn, so a mock answering what the SDK never answers (getLocation with coordinates,
 * scanQRCode with `text`…) fails `npm run typecheck`, as the checks at the end of this file show.
 */
const store = new Map<string, string>();
const sdk = {
  getAccessToken: vi.fn<SdkStandIn<'getAccessToken'>>(),
  authorize: vi.fn<SdkStandIn<'authorize'>>(),
  getUserInfo: vi.fn<SdkStandIn<'getUserInfo'>>(),
  scanQRCode: vi.fn<SdkStandIn<'scanQRCode'>>(),
  getLocation: vi.fn<SdkStandIn<'getLocation'>>(),
  openPhone: vi.fn<SdkStandIn<'openPhone'>>(),
  openShareSheet: vi.fn<SdkStandIn<'openShareSheet'>>(),
  openOutApp: vi.fn<SdkStandIn<'openOutApp'>>(),
  chooseImage: vi.fn<SdkStandIn<'chooseImage'>>(),
  configAppView: vi.fn<SdkStandIn<'configAppView'>>(),
  showToast: vi.fn<SdkStandIn<'showToast'>>(),
  nativeStorage: {
    getItem: vi.fn((k: string) => store.get(k) ?? (null as unknown as string)),
    setItem: vi.fn((k: string, v: string) => void store.set(k, v)),
    removeItem: vi.fn((k: string) => void store.delete(k)),
    clear: vi.fn(() => store.clear()),
    getStorageInfo: vi.fn(() => ({ currentSize: 1, limitSize: 5120 })),
  } satisfies ZaloSdk['nativeStorage'],
} satisfies Partial<Record<keyof ZaloSdk, unknown>>;
vi.mock('./zmp', () => sdk);

const apiPost = vi.fn();
vi.mock('../api/client', async (orig) => ({ ...(await orig<typeof import('../api/client')>()), apiPost }));

const zalo = await import('./index');

describe('in a browser (not Zalo)', () => {
  beforeEach(() => {
    delete window.ZJSBridge;
  });

  it('is not the Zalo host and never loads zmp-sdk', async () => {
    expect(zalo.isZaloHost()).toBe(false);
    await zalo.getZaloAccessToken();
    expect(sdk.getAccessToken).not.toHaveBeenCalled();
  });

  it('signs in as the development citizen, or the one a tester chose', async () => {
    expect(await zalo.getZaloAccessToken()).toBe('mock:cong-dan-demo');
    localStorage.setItem('lcs.devUserId', 'tester-7');
    expect(await zalo.getZaloAccessToken()).toBe('mock:tester-7');
    localStorage.setItem('lcs.devUserId', 'bad id; drop');
    expect(await zalo.getZaloAccessToken()).toBe('mock:cong-dan-demo');
  });

  it('keeps values in localStorage as JSON', async () => {
    await zalo.storage.set('area', { id: 'sa-pa' });
    expect(localStorage.getItem('lcs.area')).toBe('{"id":"sa-pa"}');
    expect(await zalo.storage.get('area')).toEqual({ id: 'sa-pa' });
    localStorage.setItem('lcs.broken', '{not json');
    expect(await zalo.storage.get('broken')).toBeNull();
    await zalo.storage.remove('area');
    expect(await zalo.storage.get('area')).toBeNull();
    expect(sdk.nativeStorage.setItem).not.toHaveBeenCalled();
  });

  it('explains a refused location in words', async () => {
    const denied = { code: 1, PERMISSION_DENIED: 1, message: 'denied' };
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (_ok: unknown, fail: (e: unknown) => void) => fail(denied) },
    });
    const err = await zalo.getLocation().catch((e) => e);
    expect(err).toBeInstanceOf(zalo.ZaloError);
    expect(err.refused).toBe(true);
    expect(err.userMessage).toMatch(/không cho phép dùng vị trí/);
    expect(apiPost).not.toHaveBeenCalled();
  });

  it('copies the app’s address of the item when the browser cannot share', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    expect(await zalo.share({ title: 'Fansipan', path: '/tourism/places/fansipan' })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/tourism/places/fansipan`);
    expect(await zalo.share({ title: 'Tin', path: '/news/1', url: 'https://laocai.example/tin/1' })).toBe('copied');
    expect(writeText).toHaveBeenLastCalledWith('https://laocai.example/tin/1');
  });

  it('hands scanning to the app’s own scanner', async () => {
    await expect(zalo.scanQRCode()).rejects.toBeInstanceOf(zalo.BrowserScannerNeeded);
  });

  it('shows toasts through the registered snackbar', async () => {
    const handler = vi.fn();
    zalo.setBrowserToastHandler(handler);
    await zalo.showToast('Đã lưu');
    expect(handler).toHaveBeenCalledWith('Đã lưu');
  });
});

describe('inside Zalo', () => {
  beforeEach(() => {
    window.ZJSBridge = {};
    vi.clearAllMocks();
    store.clear();
  });
  afterEach(() => {
    delete window.ZJSBridge;
  });

  it('uses Zalo’s access token and scanner; closing the scanner is no error', async () => {
    sdk.getAccessToken.mockResolvedValue('zalo-token');
    expect(await zalo.getZaloAccessToken()).toBe('zalo-token');
    sdk.scanQRCode.mockResolvedValue({ content: '000.00.31.H38-261127-0001' });
    expect(await zalo.scanQRCode()).toBe('000.00.31.H38-261127-0001');
    sdk.scanQRCode.mockResolvedValue({ content: '' });
    expect(await zalo.scanQRCode()).toBeNull();
    sdk.scanQRCode.mockRejectedValue({ code: -2003, message: 'User cancel', api: 'scanQRCode' });
    expect(await zalo.scanQRCode()).toBeNull();
  });

  it('turns a refused permission (-1401) into a message a person understands', async () => {
    sdk.authorize.mockRejectedValue({ code: -1401, message: 'User denied', api: 'authorize' });
    const err = await zalo.requestZaloProfile().catch((e) => e);
    expect(err).toBeInstanceOf(zalo.ZaloError);
    expect(err.refused).toBe(true);
    expect(err.userMessage).toMatch(/không cho phép dùng tên và ảnh đại diện Zalo/);
  });

  it('treats a consent answered “no” for the scope as a refusal, and a timeout as one to retry', async () => {
    sdk.authorize.mockResolvedValue({ 'scope.userInfo': false });
    const no = await zalo.requestZaloProfile().catch((e) => e);
    expect(no.refused).toBe(true);
    expect(sdk.getUserInfo).not.toHaveBeenCalled();
    sdk.authorize.mockRejectedValue({ code: -1408, message: 'Request timeout. Please try again later.', api: 'authorize' });
    const late = await zalo.requestZaloProfile().catch((e) => e);
    expect(late.refused).toBe(false);
    expect(late.userMessage).toMatch(/chưa trả lời kịp/);
  });

  it('turns a refusal to follow (-201) and other codes into words too', () => {
    expect(zalo.toZaloError({ code: -201, message: 'x' }, 'followOA').userMessage).toMatch(/từ chối quan tâm Official Account/);
    expect(zalo.toZaloError({ code: -2000 }, 'getLocation').userMessage).toMatch(/chỉ dùng được khi mở ứng dụng trong Zalo/);
    expect(zalo.toZaloError({ code: -1404 }, 'openOutApp').userMessage).toMatch(/cập nhật Zalo/);
    expect(zalo.toZaloError({ code: -5 }, 'openPhone').code).toBe(-5);
  });

  it('returns the profile after consent', async () => {
    sdk.authorize.mockResolvedValue({ 'scope.userInfo': true });
    sdk.getUserInfo.mockResolvedValue({ userInfo: { id: '84', name: 'Giàng Thị Dợ', avatar: 'https://a/b.jpg' } });
    expect(await zalo.requestZaloProfile()).toEqual({ id: '84', name: 'Giàng Thị Dợ', avatar: 'https://a/b.jpg' });
  });

  it('keeps values in Zalo’s native storage, never in localStorage', async () => {
    store.set('lcs.x', '{"a":1}');
    expect(await zalo.storage.get('x')).toEqual({ a: 1 });
    expect(sdk.nativeStorage.getItem).toHaveBeenCalledWith('lcs.x');
    await zalo.storage.set('x', 2);
    expect(store.get('lcs.x')).toBe('2');
    expect(localStorage.getItem('lcs.x')).toBeNull();
    expect(await zalo.storage.get('missing')).toBeNull();
  });

  it('exchanges Zalo’s location token on the server for coordinates', async () => {
    sdk.getLocation.mockResolvedValue({ token: 'loc-1' });
    sdk.getAccessToken.mockResolvedValue('zalo-token');
    apiPost.mockResolvedValue({ lat: 22.3364, long: 103.8438 });
    expect(await zalo.getLocation()).toEqual({ lat: 22.3364, long: 103.8438 });
    expect(apiPost).toHaveBeenCalledWith('/api/zalo/location', { token: 'loc-1', zaloAccessToken: 'zalo-token' });
  });

  it('says why there is no position: refused, no token, or the server’s reason', async () => {
    sdk.getLocation.mockRejectedValue({ code: -201, message: 'User denied', api: 'getLocation' });
    const refused = await zalo.getLocation().catch((e) => e);
    expect(refused.refused).toBe(true);
    expect(refused.userMessage).toMatch(/từ chối chia sẻ vị trí/);
    expect(apiPost).not.toHaveBeenCalled();

    sdk.getLocation.mockResolvedValue({ token: '' });
    expect((await zalo.getLocation().catch((e) => e)).userMessage).toMatch(/chưa cho biết vị trí/);

    const { ApiError } = await import('../api/errors');
    sdk.getLocation.mockResolvedValue({ token: 'loc-2' });
    sdk.getAccessToken.mockResolvedValue('zalo-token');
    apiPost.mockRejectedValue(new ApiError('Vị trí của bạn nằm ngoài Việt Nam.', 'client', 400, 'LOCATION_OUTSIDE_VIETNAM'));
    const abroad = await zalo.getLocation().catch((e) => e);
    expect(abroad).toBeInstanceOf(zalo.ZaloError);
    expect(abroad.code).toBe('LOCATION_OUTSIDE_VIETNAM');
    expect(abroad.userMessage).toMatch(/ngoài Việt Nam/);
  });

  it('shares a deep link into the mini app, and knows a cancelled share sheet', async () => {
    sdk.openShareSheet.mockResolvedValue({ status: 2, shareType: 0, numberOfUser: 1 });
    expect(await zalo.share({ title: 'Fansipan', text: 'Nóc nhà Đông Dương', path: '/tourism/places/fansipan', imageUrl: '/media/tourism/fansipan.svg' })).toBe('shared');
    expect(sdk.openShareSheet).toHaveBeenCalledWith({
      type: 'zmp_deep_link',
      data: { title: 'Fansipan', description: 'Nóc nhà Đông Dương', thumbnail: `${window.location.origin}/media/tourism/fansipan.svg`, path: '/tourism/places/fansipan' },
    });
    sdk.openShareSheet.mockResolvedValue({ status: 0, shareType: 0, numberOfUser: 0 });
    expect(await zalo.share({ title: 'Tin', path: '/news/1' })).toBe('cancelled');
  });

  it('opens calendar files outside Zalo, and picks pictures with cancel as none', async () => {
    sdk.openOutApp.mockResolvedValue(undefined);
    expect(await zalo.openOutside('/api/outages.ics?branch=sa-pa', 'lich.ics')).toBe('opened');
    expect(sdk.openOutApp).toHaveBeenCalledWith({ url: `${window.location.origin}/api/outages.ics?branch=sa-pa` });
    sdk.chooseImage.mockRejectedValue({ code: -2003, message: 'User cancel', api: 'chooseImage' });
    expect(await zalo.pickImages(4)).toEqual([]);
    sdk.chooseImage.mockRejectedValue({ code: -1401, message: 'User denied', api: 'chooseImage' });
    expect((await zalo.pickImages(4).catch((e) => e)).refused).toBe(true);
  });

  it('uses Zalo’s dialer', async () => {
    await zalo.callPhone('0214 3840 123');
    expect(sdk.openPhone).toHaveBeenCalledWith({ phoneNumber: '02143840123' });
  });

  it('colours the status bar through configAppView, once per change', async () => {
    await zalo.setStatusBarText('white');
    await zalo.setStatusBarText('white');
    await zalo.setStatusBarText('black');
    expect(sdk.configAppView.mock.calls.map(([a]) => a.headerTextColor)).toEqual(['white', 'black']);
  });
});

describe('the mocks follow zmp-sdk’s typings (checked by `npm run typecheck`)', () => {
  it('rejects answers the SDK never gives', () => {
    // @ts-expect-error getLocation answers a token; latitude/longitude are deprecated and empty.
    const coordinates: SdkAnswer<'getLocation'> = { latitude: '22.33', longitude: '103.84' };
    // @ts-expect-error the scanner answers { content }.
    const scanned: SdkAnswer<'scanQRCode'> = { text: '000.00.31.H38-261127-0001' };
    // @ts-expect-error the share sheet answers a numeric status, not a boolean.
    const shared: SdkAnswer<'openShareSheet'> = { status: true, shareType: 0, numberOfUser: 1 };
    // @ts-expect-error getUserInfo wraps the user in `userInfo`.
    const user: SdkAnswer<'getUserInfo'> = { id: '84', name: 'Giàng Thị Dợ', avatar: '' };
    const token: SdkAnswer<'getLocation'> = { token: 'loc-1' };
    expect([coordinates, scanned, shared, user, token]).toHaveLength(5);
  });
});
