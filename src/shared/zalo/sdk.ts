import { isZaloHost } from './host';

export type ZaloSdk = typeof import('zmp-sdk/apis');

let loading: Promise<ZaloSdk> | null = null;

/**
 * zmp-sdk is imported only inside Zalo: elsewhere importing it starts a login that is rejected and
 * every call fails (-2000), and on localhost its calls are empty stubs. Callers check the host first.
 */
export function loadSdk(): Promise<ZaloSdk> {
  if (!isZaloHost()) return Promise.reject(new Error('zmp-sdk is only loaded inside Zalo'));
  loading ??= import('zmp-sdk/apis');
  return loading;
}
