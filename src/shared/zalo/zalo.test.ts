import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sdk = {
  getAccessToken: vi.fn(),
  authorize: vi.fn(),
  getUserInfo: vi.fn(),
  scanQRCode: vi.fn(),
  getLocation: vi.fn(),
  openPhone: vi.fn(),
  showToast: vi.fn(),
  nativeStorage: { getItem: vi.fn(), setItem: vi.fn(), removeItem: vi.fn() },
};
vi.mock('zmp-sdk/apis', () => sdk);

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
  });

  it('copies the link when the browser cannot share', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    expect(await zalo.share({ title: 'Tin', url: 'http://localhost/news/1' })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('http://localhost/news/1');
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
  });
  afterEach(() => {
    delete window.ZJSBridge;
  });

  it('uses Zalo’s access token and scanner', async () => {
    sdk.getAccessToken.mockResolvedValue('zalo-token');
    expect(await zalo.getZaloAccessToken()).toBe('zalo-token');
    sdk.scanQRCode.mockResolvedValue({ content: '000.00.31.H38-261127-0001' });
    expect(await zalo.scanQRCode()).toBe('000.00.31.H38-261127-0001');
    sdk.scanQRCode.mockResolvedValue({ content: '' });
    expect(await zalo.scanQRCode()).toBeNull();
  });

  it('turns a refused permission (-1401) into a message a person understands', async () => {
    sdk.authorize.mockRejectedValue({ code: -1401, message: 'User denied', api: 'authorize' });
    const err = await zalo.requestZaloProfile().catch((e) => e);
    expect(err).toBeInstanceOf(zalo.ZaloError);
    expect(err.refused).toBe(true);
    expect(err.userMessage).toMatch(/không cho phép dùng tên và ảnh đại diện Zalo/);
  });

  it('turns a refusal to follow (-201) and other codes into words too', () => {
    expect(zalo.toZaloError({ code: -201, message: 'x' }, 'followOA').userMessage).toMatch(/từ chối việc quan tâm Official Account/);
    expect(zalo.toZaloError({ code: -2000 }, 'getLocation').userMessage).toMatch(/chỉ dùng được khi mở ứng dụng trong Zalo/);
    expect(zalo.toZaloError({ code: -5 }, 'openPhone').code).toBe(-5);
  });

  it('returns the profile after consent', async () => {
    sdk.authorize.mockResolvedValue({});
    sdk.getUserInfo.mockResolvedValue({ userInfo: { id: '84', name: 'Giàng Thị Dợ', avatar: 'https://a/b.jpg' } });
    expect(await zalo.requestZaloProfile()).toEqual({ id: '84', name: 'Giàng Thị Dợ', avatar: 'https://a/b.jpg' });
  });

  it('keeps values in Zalo’s native storage', async () => {
    sdk.nativeStorage.getItem.mockReturnValue('{"a":1}');
    expect(await zalo.storage.get('x')).toEqual({ a: 1 });
    expect(sdk.nativeStorage.getItem).toHaveBeenCalledWith('lcs.x');
    await zalo.storage.set('x', 2);
    expect(sdk.nativeStorage.setItem).toHaveBeenCalledWith('lcs.x', '2');
  });

  it('uses Zalo’s dialer and location', async () => {
    await zalo.callPhone('0214 3840 123');
    expect(sdk.openPhone).toHaveBeenCalledWith({ phoneNumber: '02143840123' });
    sdk.getLocation.mockResolvedValue({ latitude: '22.33', longitude: '103.84' });
    expect(await zalo.getLocation()).toEqual({ lat: 22.33, long: 103.84 });
    sdk.getLocation.mockRejectedValue({ code: -1401 });
    const err = await zalo.getLocation().catch((e) => e);
    expect(err.refused).toBe(true);
  });
});
