import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import type { ZodTypeProvider } from '../plugins/zod.js';
import { requireUser } from '../plugins/auth.js';
import { AppError } from '../plugins/errors.js';
import { LocationRequest, LocationResponse } from '../contract/zalo.js';
import { LocationRefused, resolveZaloLocation, type LocationProblem } from '../services/zalo-location.js';

const STATUS: Record<LocationProblem, [number, string]> = {
  TOKEN_REJECTED: [400, 'LOCATION_TOKEN_REJECTED'],
  ACCESS_TOKEN_MISSING: [400, 'ZALO_ACCESS_TOKEN_MISSING'],
  OUTSIDE_VIETNAM: [400, 'LOCATION_OUTSIDE_VIETNAM'],
  // Zalo down or the server not set up for it: nothing the resident sent is wrong.
  ZALO_UNAVAILABLE: [503, 'ZALO_UNAVAILABLE'],
  NOT_CONFIGURED: [503, 'LOCATION_NOT_CONFIGURED'],
};

/** What only Zalo can tell: the position of a signed-in resident who agreed to share it. */
export default async function zaloRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/zalo/location',
    { schema: { body: LocationRequest, response: { 200: LocationResponse } } },
    async (request) => {
      await requireUser(request);
      try {
        return await resolveZaloLocation({
          mode: ctx.config.identityMode,
          token: request.body.token,
          zaloAccessToken: request.body.zaloAccessToken,
          appSecret: ctx.config.zaloAppSecret,
          graphUrl: ctx.config.zaloGraphUrl,
        });
      } catch (e) {
        if (!(e instanceof LocationRefused)) throw e;
        const [status, code] = STATUS[e.problem];
        throw new AppError(status, code, e.message, status === 400 ? [{ path: e.problem === 'ACCESS_TOKEN_MISSING' ? 'zaloAccessToken' : 'token', message: e.message }] : undefined);
      }
    },
  );
}
