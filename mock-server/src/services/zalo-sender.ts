import type { ServerConfig } from '../config.js';
import type { Db } from '../db/connection.js';
import { vnHour, vnStartOfDay } from '../contract/vn-time.js';
import type { Clock } from './clock.js';
import { DeliveryError, type Delivered, type OutboxMessage, type Sender } from './outbox.js';
import { qrPayloadFor } from './qr-payload.js';

/**
 * Sends the outbox's messages to Zalo, as Zalo documents its two server APIs:
 *
 * - ZNS (Zalo Notification Service): `POST https://business.openapi.zalo.me/message/template` with
 *   the Official Account's access token in the `access_token` header and
 *   `{ phone: "84…", template_id, template_data, tracking_id }`; Zalo answers
 *   `{ error: 0, message, data: { msg_id, sent_time } }`. The access token comes from the OA's
 *   refresh token (`POST https://oauth.zaloapp.com/v4/oa/access_token`, form `refresh_token`,
 *   `app_id`, `grant_type=refresh_token`, header `secret_key`); each refresh returns a new refresh
 *   token, kept in the database, since the old one no longer works.
 * - The mini app's notification (to a user who allowed it with `requestSendNotification`, opened
 *   the app in the last 7 days, between 06:00 and 22:00): `POST https://openapi.mini.zalo.me/notification/template`
 *   with headers `X-Api-Key: Bearer <key>`, `X-User-Id`, `X-MiniApp-Id` and `{ templateId, templateData }`.
 *
 * `fetch` is given, so tests answer as Zalo would from a local fake. The outbox message's key is
 * sent as ZNS's tracking_id.
 */

export const ZNS_URL = 'https://business.openapi.zalo.me/message/template';
export const OA_TOKEN_URL = 'https://oauth.zaloapp.com/v4/oa/access_token';
export const MINIAPP_NOTIFY_URL = 'https://openapi.mini.zalo.me/notification/template';

/** Zalo's answer for an access token that is invalid or expired: refreshed once, then tried again. */
const ACCESS_TOKEN_INVALID = -124;
const TIMEOUT_MS = 15_000;
/** The mini app's notifications may only be sent from 06:00 to 22:00 (Vietnam). */
const QUIET_FROM = 22;
const QUIET_UNTIL = 6;

type Fetch = typeof fetch;

/** `0915 227 364` or `+84915227364` → `84915227364`, as ZNS wants it; null if it is no Vietnamese mobile number. */
export function znsPhone(phone: string): string | null {
  const digits = phone.replace(/[\s.()-]/g, '').replace(/^\+/, '');
  const national = digits.startsWith('84') ? digits.slice(2) : digits.startsWith('0') ? digits.slice(1) : null;
  return national && /^[35789]\d{8}$/.test(national) ? `84${national}` : null;
}

interface ZaloAnswer {
  error?: number;
  message?: string;
  data?: { msg_id?: string };
}

export function zaloSender(opts: { config: ServerConfig; db: Db; now: Clock; fetch?: Fetch }): Sender {
  const { config, db, now } = opts;
  const doFetch: Fetch = opts.fetch ?? fetch;
  const meta = {
    get: (key: string) => db.prepare('SELECT value FROM app_meta WHERE key = ?').pluck().get(key) as string | undefined,
    set: (key: string, value: string) =>
      db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value),
  };

  async function post(url: string, init: RequestInit): Promise<{ status: number; body: ZaloAnswer & Record<string, unknown> }> {
    let res: Response;
    try {
      res = await doFetch(url, { ...init, method: 'POST', redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (e) {
      throw new DeliveryError(`Không kết nối được Zalo: ${e instanceof Error ? e.message : String(e)}`);
    }
    const text = await res.text();
    let body: ZaloAnswer & Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as ZaloAnswer & Record<string, unknown>;
    } catch {
      throw new DeliveryError(`Zalo trả lời không phải JSON (HTTP ${res.status}).`, res.status >= 500 || res.status === 429);
    }
    return { status: res.status, body };
  }

  let refreshing: Promise<string> | null = null;
  /** One refresh at a time: a refresh token works once. */
  async function accessToken(force = false): Promise<string> {
    const kept = meta.get('zalo_oa_access_token');
    const until = Number(meta.get('zalo_oa_access_expires_at') ?? 0);
    if (!force && kept && until > now() + 60_000) return kept;
    refreshing ??= (async () => {
      const refreshToken = meta.get('zalo_oa_refresh_token') ?? config.zaloOaRefreshToken;
      const { body } = await post(OA_TOKEN_URL, {
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', secret_key: config.zaloAppSecret },
        body: new URLSearchParams({ refresh_token: refreshToken, app_id: config.zaloAppId, grant_type: 'refresh_token' }).toString(),
      });
      const token = typeof body.access_token === 'string' ? body.access_token : null;
      if (!token) throw new DeliveryError(`Zalo không cấp mã truy cập cho Official Account: ${String(body.error_description ?? body.message ?? body.error ?? 'không rõ lý do')}`);
      meta.set('zalo_oa_access_token', token);
      meta.set('zalo_oa_access_expires_at', String(now() + Number(body.expires_in ?? 3600) * 1000));
      if (typeof body.refresh_token === 'string' && body.refresh_token) meta.set('zalo_oa_refresh_token', body.refresh_token);
      return token;
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function sendZns(m: OutboxMessage, retried = false): Promise<Delivered> {
    const phone = m.phone ? znsPhone(m.phone) : null;
    if (!phone) throw new DeliveryError('Số điện thoại không gửi được tin ZNS.', false);
    const templateId = config.zaloZnsTemplates[m.template];
    if (!templateId) throw new DeliveryError(`Chưa có mã mẫu ZNS cho "${m.template}" (ZALO_ZNS_TEMPLATES).`, false);
    const token = await accessToken(retried);
    const { status, body } = await post(ZNS_URL, {
      headers: { 'Content-Type': 'application/json', access_token: token },
      body: JSON.stringify({ phone, template_id: templateId, template_data: m.params, tracking_id: m.key }),
    });
    if (body.error === ACCESS_TOKEN_INVALID && !retried) return sendZns(m, true);
    if (body.error === 0) return { status: 'sent', providerId: body.data?.msg_id ?? null };
    throw new DeliveryError(`Zalo từ chối tin ZNS (HTTP ${status}, mã ${String(body.error)}: ${String(body.message ?? '')}).`);
  }

  async function sendMiniApp(m: OutboxMessage): Promise<Delivered> {
    const at = now();
    const hour = vnHour(at);
    if (hour >= QUIET_FROM || hour < QUIET_UNTIL) {
      const morning = vnStartOfDay(at) + QUIET_UNTIL * 3600_000;
      throw new DeliveryError('Ngoài giờ Zalo cho gửi thông báo (6:00–22:00): chờ tới sáng.', true, morning > at ? morning : morning + 24 * 3600_000);
    }
    const [kind, id] = (m.params.link ?? '').split('/');
    const { link, ...rest } = m.params;
    const templateData = { ...rest, buttonUrl: link && id ? qrPayloadFor(kind as 'dossier' | 'feedback' | 'appointment', id, config) : config.appBaseUrl };
    const { status, body } = await post(MINIAPP_NOTIFY_URL, {
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': `Bearer ${config.zaloMiniAppApiKey}`, 'X-User-Id': m.userId, 'X-MiniApp-Id': config.zaloAppId },
      body: JSON.stringify({ templateId: config.zaloMiniAppTemplateId, templateData }),
    });
    if (body.error === 0) return { status: 'sent', providerId: null };
    throw new DeliveryError(`Zalo từ chối thông báo Mini App (HTTP ${status}, mã ${String(body.error)}: ${String(body.message ?? '')}).`);
  }

  return {
    name: 'zalo',
    deliver: (m) => (m.channel === 'zns' ? sendZns(m) : sendMiniApp(m)),
  };
}
