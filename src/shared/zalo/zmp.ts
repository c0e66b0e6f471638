/**
 * The parts of zmp-sdk the app uses, and nothing else: one chunk, loaded lazily inside Zalo only
 * (see sdk.ts). Naming them here, rather than importing the SDK's whole namespace, lets the build
 * leave out the hundred APIs the app never calls (payments, ads, NFC, camera…).
 *
 * This file is also the boundary the Zalo host of the browser tests replaces
 * (tests/e2e/zalo-host/): it serves a stand-in module with these exports in place of this chunk.
 * Add an API here and the stand-in must answer it too, or the typecheck fails.
 */
export {
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
} from 'zmp-sdk/apis';
