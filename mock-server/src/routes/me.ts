import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { MeResponse } from '../contract/auth.js';
import { PageQuery } from '../contract/common.js';
import { MarkReadRequest, NotificationConsent, NotificationConsentRequest, NotificationPage } from '../contract/notifications.js';
import { requireUser } from '../plugins/auth.js';
import { unauthorized } from '../plugins/errors.js';
import { findUser } from '../services/users.js';
import { setZaloConsent, unreadCount, zaloConsentOf } from '../services/notifications.js';
import { toVnIso } from '../contract/vn-time.js';

interface NotificationRow {
  id: number;
  kind: string;
  ref_id: string;
  title: string;
  body: string;
  created_at: number;
  read_at: number | null;
}

export default async function meRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  r.get('/api/me', { schema: { response: { 200: MeResponse } } }, async (request) => {
    const userId = await requireUser(request);
    const user = findUser(db, userId);
    // A valid token for a user this database has never seen (it was reset): sign in again.
    if (!user) throw unauthorized('Phiên đăng nhập không còn hiệu lực. Vui lòng đăng nhập lại.');
    return { user, unreadNotifications: unreadCount(db, userId), zaloNotifications: zaloConsentOf(db, userId) };
  });

  /**
   * The resident's answer to "may the app message you through Zalo?" (Zalo's own permission sheet,
   * asked by the app). Refused: notices stay in the app's notification centre only.
   */
  r.post(
    '/api/me/notification-consent',
    { schema: { body: NotificationConsentRequest, response: { 200: NotificationConsent } } },
    async (request, reply) => {
      const userId = await requireUser(request);
      if (!findUser(db, userId)) throw unauthorized('Phiên đăng nhập không còn hiệu lực. Vui lòng đăng nhập lại.');
      const now = ctx.now();
      return reply.header('Cache-Control', 'private, no-store').send({ zaloNotifications: setZaloConsent(db, userId, request.body.zalo, now), updatedAt: toVnIso(now) });
    },
  );

  r.get(
    '/api/me/notifications',
    { schema: { querystring: PageQuery.extend({ unread: z.enum(['true', 'false']).optional() }), response: { 200: NotificationPage } } },
    async (request) => {
      const userId = await requireUser(request);
      const { page, pageSize, unread } = request.query;
      const onlyUnread = unread === 'true' ? ' AND read_at IS NULL' : '';
      const rows = db
        .prepare(
          `SELECT id, kind, ref_id, title, body, created_at, read_at FROM notifications
           WHERE user_id = ?${onlyUnread} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
        )
        .all(userId, pageSize, (page - 1) * pageSize) as NotificationRow[];
      const total = db.prepare(`SELECT COUNT(*) FROM notifications WHERE user_id = ?${onlyUnread}`).pluck().get(userId) as number;
      return {
        items: rows.map((n) => ({
          id: n.id,
          kind: n.kind,
          refId: n.ref_id,
          title: n.title,
          body: n.body,
          createdAt: toVnIso(n.created_at),
          read: n.read_at !== null,
        })),
        page,
        pageSize,
        total,
        unread: unreadCount(db, userId),
      };
    },
  );

  r.post(
    '/api/me/notifications/read',
    { schema: { body: MarkReadRequest, response: { 200: z.object({ unread: z.number().int() }) } } },
    async (request) => {
      const userId = await requireUser(request);
      const now = ctx.now();
      const body = request.body;
      if ('all' in body) {
        db.prepare('UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL').run(now, userId);
      } else {
        const mark = db.prepare('UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL');
        db.transaction(() => body.ids.forEach((id) => mark.run(now, id, userId)))();
      }
      return { unread: unreadCount(db, userId) };
    },
  );
}
