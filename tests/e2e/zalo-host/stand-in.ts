/*
 * zmp-sdk's stand-in: the module the Zalo host serves in place of the app's zmp-sdk chunk
 * (the build of src/shared/zalo/zmp.ts), with the same exports. Each answer follows the SDK's
 * typings (SdkStandIn: a wrong shape fails `npm run typecheck`) and its documented behaviour,
 * from the phone's state in `window.__zaloHost` (page-runtime.ts); every call is recorded.
 *
 * Why a stand-in module rather than the real SDK over an emulated bridge: zmp-sdk talks to Zalo
 * through a private protocol (`ZaloJavaScriptInterface.jsCall` with a JS access token from a
 * `JUMP_LOGIN` handshake, answers through `window.onNativeMessage`, OAuth fetches to Zalo's
 * servers), and only switches it on for a mobile user agent on h5.zdn.vn under /zapps/. Emulating
 * that would test a guess at Zalo's internals; the typings and the documentation are the
 * contract the app is written against, so the stand-in is built from them. The app's code is
 * the production build, unchanged: it still imports its zmp chunk, only the answers differ.
 *
 * Only type imports: the host sends this file to the page as it is, without bundling.
 */
import type { SdkStandIn, ZaloSdk } from '../../../src/shared/zalo/sdk';
import type { HostRuntime } from './runtime-types';

const host = (): HostRuntime => window.__zaloHost;

/** zmp-sdk rejects with plain objects; codes from its RESPONSE_CODE table. */
const failure = (api: string, code: number, message: string) => ({ code, message, api });
const USER_REFUSED = -201;
const USER_CANCEL = -2003;
const TIME_OUT = -1408;

function call<T>(api: string, args: unknown[], answer: () => T | Promise<T>): Promise<T> {
  host().record(api, args);
  // Zalo answers asynchronously, through its bridge.
  return new Promise((resolve, reject) => setTimeout(() => Promise.resolve().then(answer).then(resolve, reject), 30));
}

function timesOut(api: string): Promise<never> {
  return new Promise((_r, reject) => setTimeout(() => reject(failure(api, TIME_OUT, 'Request timeout. Please try again later.')), host().answers.timeoutMs));
}

export const EventName = {
  AppPaused: 'h5.event.paused',
  AppResumed: 'h5.event.resumed',
  NetworkChanged: 'h5.event.connection.changed',
  OnDataCallback: 'h5.event.webview.result',
  WebviewClosed: 'h5.event.webview.close',
  OpenApp: 'h5.event.open.mp',
  AppClose: 'h5.event.action.close',
  PaymentCallback: 'payment.callback',
  PaymentResult: 'action.payment.result',
  PaymentDone: 'action.payment.done',
  PaymentClose: 'action.payment.close',
  DownloadProgress: 'h5.event.webview.download.progress',
} as const satisfies { [K in keyof ZaloSdk['EventName']]: `${ZaloSdk['EventName'][K]}` };

type Listener = (...args: unknown[]) => void;
const wrapped = new WeakMap<Listener, (data: unknown) => void>();
/** zmp-sdk's `events` (an eventemitter3 instance): listeners get the event's data. */
export const events = {
  on(event: string | symbol, fn: Listener) {
    const w = (data: unknown) => fn(data);
    wrapped.set(fn, w);
    host().on(String(event), w);
    return events;
  },
  addListener(event: string | symbol, fn: Listener) {
    return events.on(event, fn);
  },
  once(event: string | symbol, fn: Listener) {
    const w = (data: unknown) => {
      host().off(String(event), w);
      fn(data);
    };
    wrapped.set(fn, w);
    host().on(String(event), w);
    return events;
  },
  off(event: string | symbol, fn?: Listener) {
    const w = fn && wrapped.get(fn);
    if (w) host().off(String(event), w);
    return events;
  },
  removeListener(event: string | symbol, fn?: Listener) {
    return events.off(event, fn);
  },
  removeAllListeners() {
    return events;
  },
  emit(event: string | symbol, ...args: unknown[]) {
    host().emit(String(event), args[0]);
    return true;
  },
  eventNames: () => [],
  listeners: () => [],
  listenerCount: (event: string | symbol) => host().listenerCount(String(event)),
} as unknown as ZaloSdk['events'];

export const getAccessToken: SdkStandIn<'getAccessToken'> = (...args) =>
  // The server's mock identity mode reads `mock:<Zalo user id>`.
  call('getAccessToken', args, () => `mock:${host().answers.user.id}`);

const granted = new Set<string>();
export const authorize: SdkStandIn<'authorize'> = (...args) =>
  call('authorize', args, () => {
    const a = host().answers.authorize;
    if (a === 'timeout') return timesOut('authorize');
    if (a === 'refuse') throw failure('authorize', USER_REFUSED, 'User denied');
    const scopes = args[0]?.scopes ?? [];
    scopes.forEach((s) => granted.add(s));
    return Object.fromEntries(scopes.map((s) => [s, true]));
  });

export const getUserInfo: SdkStandIn<'getUserInfo'> = (...args) =>
  call('getUserInfo', args, () => {
    const { id, name, avatar } = host().answers.user;
    // Without scope.userInfo, Zalo tells the id only.
    return { userInfo: granted.has('scope.userInfo') ? { id, name, avatar } : { id, name: '', avatar: '' } };
  });

export const getLocation: SdkStandIn<'getLocation'> = (...args) =>
  call('getLocation', args, () => {
    const at = host().answers.location;
    if (at === 'timeout') return timesOut('getLocation');
    if (at === 'refuse') throw failure('getLocation', USER_REFUSED, 'User denied');
    // A token only: the deprecated latitude/longitude stay empty; the server exchanges the token.
    return { token: `mock-location:${at.lat},${at.long}` };
  });

export const scanQRCode: SdkStandIn<'scanQRCode'> = (...args) =>
  call('scanQRCode', args, () => {
    const content = host().answers.scanQRCode;
    if (content === 'cancel') throw failure('scanQRCode', USER_CANCEL, 'User cancel');
    return { content };
  });

export const chooseImage: SdkStandIn<'chooseImage'> = (...args) =>
  call('chooseImage', args, () => {
    const picked = host().answers.chooseImage;
    if (picked === 'cancel') throw failure('chooseImage', USER_CANCEL, 'User cancel');
    const files = picked.slice(0, args[0]?.count ?? 1);
    return { filePaths: files.map((f) => f.path), tempFiles: files.map((f) => ({ path: f.path, size: f.size })) };
  });

export const openShareSheet: SdkStandIn<'openShareSheet'> = (...args) =>
  call('openShareSheet', args, () =>
    host().answers.openShareSheet === 'share' ? { status: 2 as const, shareType: 0 as const, numberOfUser: 1 } : { status: 0 as const, shareType: 0 as const, numberOfUser: 0 },
  );

export const openOutApp: SdkStandIn<'openOutApp'> = (...args) => call('openOutApp', args, () => undefined);
export const openWebview: SdkStandIn<'openWebview'> = (...args) => call('openWebview', args, () => undefined);
export const openPhone: SdkStandIn<'openPhone'> = (...args) => call('openPhone', args, () => undefined);

export const requestSendNotification: SdkStandIn<'requestSendNotification'> = (...args) =>
  call('requestSendNotification', args, () => {
    if (host().answers.requestSendNotification === 'refuse') throw failure('requestSendNotification', USER_REFUSED, 'User denied');
  });

export const followOA: SdkStandIn<'followOA'> = (...args) =>
  call('followOA', args, () => {
    if (host().answers.followOA === 'refuse') throw failure('followOA', USER_REFUSED, 'User denied');
  });

export const configAppView: SdkStandIn<'configAppView'> = (...args) =>
  call('configAppView', args, () => {
    const text = args[0]?.headerTextColor;
    if (text) host().setStatusBarText(text);
  });

export const showToast: SdkStandIn<'showToast'> = (...args) =>
  call('showToast', args, () => {
    host().toast(args[0]?.message ?? '');
  });

export const getSystemInfo: SdkStandIn<'getSystemInfo'> = (...args) => {
  host().record('getSystemInfo', args);
  return { version: '1.0.0', apiVersion: '2.51.6', zaloVersion: '25.02.01', platform: 'iOS', language: 'vi', zaloLanguage: 'vi', zaloTheme: host().answers.theme };
};

/** Synchronous, as zmp-sdk's nativeStorage is; sizes in KB. */
export const nativeStorage: ZaloSdk['nativeStorage'] = {
  getItem: (key) => host().nativeStorage.getItem(key) as string,
  setItem: (key, value) => host().nativeStorage.setItem(key, value),
  removeItem: (key) => host().nativeStorage.removeItem(key),
  clear: () => host().nativeStorage.clear(),
  getStorageInfo: () => host().nativeStorage.info(),
};

/** Every export of src/shared/zalo/zmp.ts has its stand-in here (a missing one fails typecheck). */
export const complete: { [K in keyof ZaloSdk]: unknown } = {
  authorize,
  chooseImage,
  configAppView,
  EventName,
  events,
  followOA,
  getAccessToken,
  getLocation,
  getSystemInfo,
  getUserInfo,
  nativeStorage,
  openOutApp,
  openPhone,
  openShareSheet,
  openWebview,
  requestSendNotification,
  scanQRCode,
  showToast,
};
