import type { IdentityMode } from '../config.js';

export interface Coordinates {
  lat: number;
  long: number;
}

export type LocationProblem = 'TOKEN_REJECTED' | 'ACCESS_TOKEN_MISSING' | 'OUTSIDE_VIETNAM' | 'ZALO_UNAVAILABLE' | 'NOT_CONFIGURED';

/** The exchange did not give a position we can use; the message is for the resident. */
export class LocationRefused extends Error {
  constructor(
    readonly problem: LocationProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface ExchangeOptions {
  mode: IdentityMode;
  /** What zmp-sdk's getLocation() answered: `{ token }`. */
  token: string;
  /** The resident's Zalo access token (zmp-sdk getAccessToken()); zalo mode only. */
  zaloAccessToken?: string;
  appSecret: string;
  graphUrl: string;
  fetchImpl?: typeof fetch;
}

/** In mock mode a test or a developer names the position: `mock-location:<lat>,<long>`. */
const MOCK_TOKEN = /^mock-location:(-?\d{1,2}(?:\.\d{1,10})?),(-?\d{1,3}(?:\.\d{1,10})?)$/;

const REJECTED = 'Zalo không xác nhận được vị trí này: mã vị trí sai hoặc đã hết hạn (mỗi mã chỉ dùng một lần, trong 2 phút). Hãy bấm lấy vị trí lại.';

/** Zalo's answer: the numbers come as strings (`"22.3364"`), sometimes as numbers. */
function coordinate(value: unknown, max: number): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= max ? n : null;
}

/**
 * Turns a location token into coordinates. Zalo mode asks Zalo's Graph API as Zalo documents it
 * (`GET /v2.0/me/info` with the user's access token, the location token as `code` and the app
 * secret as `secret_key`, all three as headers); a token works once, for two minutes.
 */
async function exchange(opts: ExchangeOptions): Promise<Coordinates> {
  if (opts.mode === 'mock') {
    const m = MOCK_TOKEN.exec(opts.token);
    const lat = m ? coordinate(m[1], 90) : null;
    const long = m ? coordinate(m[2], 180) : null;
    if (lat === null || long === null) {
      throw new LocationRefused('TOKEN_REJECTED', 'Mã vị trí thử nghiệm phải có dạng mock-location:<vĩ độ>,<kinh độ>.');
    }
    return { lat, long };
  }
  if (!opts.appSecret) throw new LocationRefused('NOT_CONFIGURED', 'Máy chủ chưa được cấu hình để đọc vị trí từ Zalo. Hãy chọn xã, phường trong danh sách.');
  if (!opts.zaloAccessToken) throw new LocationRefused('ACCESS_TOKEN_MISSING', 'Thiếu mã truy cập Zalo để đọc vị trí. Hãy mở lại ứng dụng rồi thử lại.');
  let res: Response;
  try {
    res = await (opts.fetchImpl ?? fetch)(`${opts.graphUrl}/v2.0/me/info`, {
      headers: { access_token: opts.zaloAccessToken, code: opts.token, secret_key: opts.appSecret },
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    throw new LocationRefused('ZALO_UNAVAILABLE', 'Không kết nối được tới Zalo để đọc vị trí. Vui lòng thử lại, hoặc chọn xã, phường trong danh sách.');
  }
  const body = (await res.json().catch(() => null)) as { error?: number; data?: { latitude?: unknown; longitude?: unknown } } | null;
  if (!res.ok || !body || (body.error !== undefined && body.error !== 0) || !body.data) throw new LocationRefused('TOKEN_REJECTED', REJECTED);
  const lat = coordinate(body.data.latitude, 90);
  const long = coordinate(body.data.longitude, 180);
  if (lat === null || long === null) throw new LocationRefused('TOKEN_REJECTED', REJECTED);
  return { lat, long };
}

let countryOf: ((lonLat: [number, number]) => string | null) | null = null;

/** Inside Vietnam's borders (with its coastal waters), by the borders @rapideditor/country-coder ships. */
export async function isInVietnam(c: Coordinates): Promise<boolean> {
  // Loaded on first use: the borders are a few megabytes the server needs only here.
  countryOf ??= (await import('@rapideditor/country-coder')).iso1A2Code as (lonLat: [number, number]) => string | null;
  return countryOf([c.long, c.lat]) === 'VN';
}

/** The resident's position from a location token; refused outside Vietnam (the app serves Lào Cai). */
export async function resolveZaloLocation(opts: ExchangeOptions): Promise<Coordinates> {
  const c = await exchange(opts);
  if (!(await isInVietnam(c))) {
    throw new LocationRefused('OUTSIDE_VIETNAM', 'Vị trí của bạn nằm ngoài Việt Nam nên không dùng được ở đây. Hãy chọn xã, phường trong danh sách.');
  }
  return c;
}
