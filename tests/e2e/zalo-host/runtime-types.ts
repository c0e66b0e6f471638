/**
 * What the Zalo host (host.ts, in Node), the page runtime (page-runtime.ts, run in the page
 * before the app) and the zmp-sdk stand-in (stand-in.ts, served in place of the app's zmp-sdk
 * chunk) agree on. Types only.
 */

/** How the phone answers the SDK calls that depend on the person or the platform. */
export interface ZaloAnswers {
  /** The Zalo user: getAccessToken gives `mock:<id>` (the server's mock identity mode). */
  user: { id: string; name: string; avatar: string };
  /** Zalo's consent sheet for scope.userInfo: allow, refuse (-201), or no answer in time (-1408). */
  authorize: 'allow' | 'refuse' | 'timeout';
  /** Where the phone is (getLocation then gives the token `mock-location:<lat>,<long>`), or a refusal. */
  location: { lat: number; long: number } | 'refuse' | 'timeout';
  /** What Zalo's camera reads, or the resident closes it (-2003). */
  scanQRCode: string | 'cancel';
  /** Pictures picked in Zalo's album (addresses the host serves), or the picker closed (-2003). */
  chooseImage: { path: string; size: number }[] | 'cancel';
  /** Share sheet: sent to a chat (status 2) or closed (status 0). */
  openShareSheet: 'share' | 'cancel';
  followOA: 'follow' | 'refuse';
  requestSendNotification: 'allow' | 'refuse';
  /** Zalo's theme, as getSystemInfo tells it. */
  theme: 'light' | 'dark';
  /** How long a call waits before answering -1408 when set to 'timeout'. */
  timeoutMs: number;
}

export interface RecordedCall {
  api: string;
  args: unknown[];
}

/** What the host gives the page at each launch. */
export interface HostBoot {
  answers: ZaloAnswers;
  /** Native Storage as the previous launch left it. */
  nativeStorage: [string, string][];
  /** Zalo's limit is 5 MB; tests set less to see the app keep within it. */
  nativeStorageLimitBytes: number;
  safeArea: { top: number; bottom: number };
  /** app-config.json's app.textColor: the status bar's colour until the app sets its own. */
  initialTextColor: 'white' | 'black';
}

export type HostEventName = 'OpenApp' | 'AppPaused' | 'AppResumed';

/** `window.__zaloHost`: the phone's side, inside the page. */
export interface HostRuntime {
  answers: ZaloAnswers;
  calls: RecordedCall[];
  record(api: string, args: unknown[]): void;
  nativeStorage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
    removeItem(key: string): void;
    clear(): void;
    /** Sizes in KB, as zmp-sdk's getStorageInfo answers. */
    info(): { currentSize: number; limitSize: number };
    dump(): [string, string][];
  };
  on(event: string, listener: (data: unknown) => void): void;
  off(event: string, listener: (data: unknown) => void): void;
  emit(event: string, data: unknown): void;
  listenerCount(event: string): number;
  statusBarText: 'white' | 'black';
  setStatusBarText(text: 'white' | 'black'): void;
  toast(message: string): void;
}

declare global {
  interface Window {
    __zaloHost: HostRuntime;
    __zaloHostBoot: HostBoot;
    /** The app's zmp-sdk module (the stand-in), set by the host for tests. */
    __zaloSdk: () => Promise<typeof import('../../../src/shared/zalo/zmp')>;
  }
}
