import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { SessionRequest, SessionResponse } from '../contract/auth.js';
import { AppError } from '../plugins/errors.js';
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
        identity = await resolveZaloIdentity(ctx.config.identityMode, request.body.zaloAccessToken);
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
}
