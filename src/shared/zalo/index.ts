/** The only door to the Zalo platform: zmp-sdk inside Zalo, browser fallbacks elsewhere. */
export { isZaloHost } from './host';
export { ZaloError, toZaloError } from './errors';
export { storage } from './storage';
export { getZaloAccessToken, requestZaloProfile, DEV_USER_ID, DEV_USER_NAME, type ZaloProfile } from './identity';
export { showToast, setBrowserToastHandler } from './toast';
export {
  callPhone,
  openExternalLink,
  getLocation,
  pickImages,
  pickFiles,
  share,
  scanQRCode,
  BrowserScannerNeeded,
  type Coordinates,
  type ShareOutcome,
} from './device';
export { getHostTheme, followOfficialAccount, requestNotificationPermission } from './platform';
export { createPaymentOrder, BrowserCheckoutNeeded, type CheckoutOrderArgs } from './payment';
