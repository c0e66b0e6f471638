import { isZaloHost } from './host';

/** The zmp-sdk APIs the app calls (src/shared/zalo/zmp.ts), with the SDK's own typings. */
export type ZaloSdk = typeof import('./zmp');
type SdkApi = { [K in keyof ZaloSdk]: ZaloSdk[K] extends (...args: never[]) => unknown ? K : never }[keyof ZaloSdk];

/**
 * Fields zmp-sdk's typings still list but mark `@deprecated`: Zalo no longer fills them (getLocation
 * answers a token; the coordinates come from the server's exchange of it). Nobody may read or
 * answer them, so they are struck from the answer types below.
 */
interface DeprecatedFields {
  getLocation: 'latitude' | 'longitude' | 'timestamp' | 'provider';
}

/**
 * What a call resolves to per zmp-sdk 2.51.6's typings, less the deprecated fields. The app reads
 * answers through this type, and every stand-in of the SDK (the unit tests' mock, the browser
 * tests' Zalo host) must produce it: a wrong shape fails `npm run typecheck`.
 */
export type SdkAnswer<K extends SdkApi> = ZaloSdk[K] extends (...args: never[]) => infer R
  ? Strict<Awaited<R>, K extends keyof DeprecatedFields ? DeprecatedFields[K] : never>
  : never;
type Strict<T, Gone extends PropertyKey> = [Gone] extends [never] ? T : Omit<T, Gone> & { [P in Gone]?: never };

/** A stand-in for one SDK call: same parameters, answers of the strict shape. */
export type SdkStandIn<K extends SdkApi> = ZaloSdk[K] extends (...args: infer A) => infer R
  ? (...args: A) => R extends Promise<unknown> ? Promise<SdkAnswer<K>> : SdkAnswer<K>
  : never;

let loading: Promise<ZaloSdk> | null = null;

/**
 * zmp-sdk is imported only inside Zalo: elsewhere importing it starts a login that is rejected and
 * every call fails (-2000), and on localhost its calls are empty stubs. Callers check the host first.
 */
export function loadSdk(): Promise<ZaloSdk> {
  if (!isZaloHost()) return Promise.reject(new Error('zmp-sdk is only loaded inside Zalo'));
  loading ??= import('./zmp');
  return loading;
}
