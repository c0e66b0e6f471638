import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { SessionRequest, SessionResponse } from '../contract/auth.js';
import { AppError, badRequest, unauthorized } from '../plugins/errors.js';
import { bearerOf } from '../plugins/auth.js';
import { IdentityRejected, resolveZaloIdentity } from '../services/zalo-identity.js';
import { upsertUser } from '../services/users.js';
import { toVnIso } from '../contract/vn-time.js';

export default async function authRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/auth/session',
    { schema: { body: SessionRequest, response: { 200: SessionResponse } } },
    async (request) => {
      let identity;
      try {
        identity = await resolveZaloIdentity(ctx.config.identityMode, request.body.zaloAccessToken, fetch, ctx.config.zaloGraphUrl);
      } catch (e) {
        if (e instanceof IdentityRejected) throw new AppError(401, 'ZALO_TOKEN_REJECTED', e.message);
        throw e;
      }
      // In mock mode the browser stands in for Zalo and tells us what the user agreed to share.
      const profile =
        ctx.config.identityMode === 'mock' && request.body.profile
          ? { name: request.body.profile.name, avatar: request.body.profile.avatar ?? null }
          : identity.name
            ? { name: identity.name, avatar: identity.avatar }
            : null;
      const user = upsertUser(ctx.db, identity.zaloUserId, profile, ctx.now());
      const { token, expiresAt } = await ctx.tokens.issue(user.id);
      return { token, expiresAt: toVnIso(expiresAt.getTime()), user };
    },
  );

  /**
   * Ends the session of the token sent: from now on it is refused (401), also after a restart.
   * Ending a session already ended succeeds again, so a retry after a lost answer is harmless.
   */
  app.post('/api/auth/logout', async (request, reply) => {
    // Who is calling (the officer token compared in constant time); a token already ended is
    // refused there, and is ended again below.
    const caller = await request.caller().catch(() => null);
    if (caller?.kind === 'anonymous') throw unauthorized('Chưa đăng nhập nên không có phiên nào để kết thúc.');
    // An officer's own session ends here too; the automation key cannot.
    if (caller?.kind === 'officer' && caller.officer.id === 'automation') {
      throw badRequest('Mã cán bộ không kết thúc được bằng đăng xuất: hãy đổi OFFICER_TOKEN của máy chủ.');
    }
    const bearer = bearerOf(request);
    if (!bearer || !(await ctx.tokens.revoke(bearer))) {
      throw unauthorized('Phiên đăng nhập đã hết hạn hoặc không hợp lệ.');
    }
    return reply.code(204).header('Cache-Control', 'no-store').send();
  });
}
