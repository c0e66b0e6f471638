/** The only door to the Zalo platform: zmp-sdk inside Zalo, browser fallbacks elsewhere. */
export { isZaloHost, appRoot } from './host';
export { ZaloError, toZaloError } from './errors';
export { storage, openStore, type KeyValueStore } from './storage';
export { getZaloAccessToken, requestZaloProfile, DEV_USER_ID, DEV_USER_NAME, type ZaloProfile } from './identity';
export { showToast, setBrowserToastHandler } from './toast';
export {
  callPhone,
  openExternalLink,
  getLocation,
  pickImages,
  pickFiles,
  share,
  openOutside,
  scanQRCode,
  BrowserScannerNeeded,
  type Coordinates,
  type ShareOutcome,
  type Shareable,
} from './device';
export { getHostTheme, followOfficialAccount, requestNotificationPermission, setStatusBarText } from './platform';
export { isAppPaused, onAppLifecycle, onOpenApp } from './lifecycle';
