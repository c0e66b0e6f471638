import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import helmet from 'helmet';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import { assertSafeForProduction, type ServerConfig } from './config.js';
import type { RouteContext } from './context.js';
import { openDatabase, type Db } from './db/connection.js';
import { migrate } from './db/migrate.js';
import { runSeed } from './db/seed/index.js';
import { AppError, registerErrorHandling, sendError } from './plugins/errors.js';
import { serializerCompiler, validatorCompiler } from './plugins/zod.js';
import { callerOf, requireOfficer, requireUser, type Caller } from './plugins/auth.js';
import { SessionTokens, dbRevocations } from './services/tokens.js';
import { startSweeping } from './services/sweep.js';
import { startReminders } from './services/appointment-reminders.js';
import { clockFrom, frozenClock, systemClock, type Clock } from './services/clock.js';
import { UPLOAD_MAX_BYTES } from './contract/uploads.js';
import healthRoutes from './routes/health.js';
import authRoutes from './routes/auth.js';
import meRoutes from './routes/me.js';
import uploadRoutes from './routes/uploads.js';
import mediaRoutes from './routes/media.js';
import newsRoutes from './routes/news.js';
import tvRoutes from './routes/tv.js';
import qrRoutes from './routes/qr.js';
import feedbackRoutes from './routes/feedback.js';
import open311Routes from './routes/open311.js';
import procedureRoutes from './routes/procedures.js';
import dossierRoutes from './routes/dossiers.js';
import weatherRoutes from './routes/weather.js';
import outageRoutes from './routes/outages.js';
import tourismRoutes from './routes/tourism.js';
import zaloRoutes from './routes/zalo.js';
import geoRoutes from './routes/geo.js';
import mapRoutes from './routes/map.js';
import paymentRoutes from './routes/payments.js';
import appointmentRoutes from './routes/appointments.js';
import contactRoutes from './routes/contacts.js';
import officerRoutes from './routes/officers.js';
import consoleRoutes from './routes/console.js';
import { findOfficer, syncSeededPasswords } from './services/officers.js';
import { backfillAgencyCodes } from './services/feedback.js';
import { OutboxDispatcher, outboxSender } from './services/outbox.js';
import { zaloSender } from './services/zalo-sender.js';

/** How often the outbox looks for retries that came due. */
const OUTBOX_EVERY_MS = 30_000;

export interface BuiltApp {
  app: FastifyInstance;
  ctx: RouteContext;
  /** Every route the server answers, with the names its query string takes (for tests that must cover all of them). */
  routes: { method: string; url: string; query: string[] }[];
}

/** The names a route's zod query schema takes. */
function queryNamesOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

/** The session secret: from the environment, or generated once and kept with the data. */
function sessionSecretFor(db: Db, configured: string): string {
  if (configured) return configured;
  const kept = db.prepare("SELECT value FROM app_meta WHERE key = 'session_secret'").pluck().get() as string | undefined;
  if (kept) return kept;
  const fresh = randomBytes(32).toString('base64url');
  db.prepare("INSERT INTO app_meta (key, value) VALUES ('session_secret', ?)").run(fresh);
  return fresh;
}

/** Strips the query string: searches and codes in it can be personal. */
function pathOnly(url: string): string {
  const i = url.indexOf('?');
  return i === -1 ? url : url.slice(0, i);
}

/**
 * `now` is the server's clock (tests pass one); else `CLOCK_START` starts it at a chosen instant,
 * else it is the system's.
 */
export async function buildApp(config: ServerConfig, options: { now?: Clock; fetch?: typeof fetch } = {}): Promise<BuiltApp> {
  // Before anything is opened: a server running for real with development defaults never starts.
  assertSafeForProduction(config);
  const now =
    options.now ??
    (config.clockStart === null ? systemClock : config.clockFrozen ? frozenClock(config.clockStart) : clockFrom(config.clockStart));
  const db = openDatabase(config.dbPath);
  migrate(db);
  runSeed(db, new Date(now()));
  backfillAgencyCodes(db);
  // The development officer accounts take the password of OFFICER_DEV_PASSWORD (hashed only when it changed).
  await syncSeededPasswords(db, config.officerDevPassword, now());
  const tokens = new SessionTokens(
    sessionSecretFor(db, config.sessionSecret),
    config.sessionTtlSeconds,
    config.identityMode,
    dbRevocations(db),
    now,
  );
  const sender = config.notifySender === 'zalo' ? zaloSender({ config, db, now, fetch: options.fetch }) : outboxSender;
  const outbox = new OutboxDispatcher(db, sender, now);
  const ctx: RouteContext = { db, config, tokens, now, outbox };

  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            serializers: {
              req: (req) => ({ method: req.method, url: pathOnly(req.url) }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
          },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    forceCloseConnections: 'idle',
    // A request must arrive whole (headers and body) within the timeout; a sender trickling a byte
    // every few seconds is cut instead of holding a connection for ever. Node checks every
    // `connectionsCheckingInterval`, so the cut comes at most a second late.
    requestTimeout: config.requestTimeoutMs,
    http: { headersTimeout: Math.min(15_000, config.requestTimeoutMs), connectionsCheckingInterval: 1000 },
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: (err, _req, reply) => {
      sendError(reply, 400, 'BAD_URL', 'Địa chỉ yêu cầu không hợp lệ.');
      void err;
    },
  });
  const routes: BuiltApp['routes'] = [];
  app.addHook('onRoute', (route) => {
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
      if (method !== 'HEAD' && method !== 'OPTIONS') routes.push({ method, url: route.url, query: queryNamesOf(route.schema?.querystring) });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  // A JSON API: plain text bodies are refused with 415 rather than half-understood.
  app.removeContentTypeParser('text/plain');

  app.decorateRequest('caller', function (this: { _caller?: Promise<Caller> } & Parameters<typeof callerOf>[0]) {
    this._caller ??= callerOf(this, tokens, config.officerToken, (id) => findOfficer(db, id));
    return this._caller;
  });

  // Who may call is settled before what they sent is read: an officer path refuses a citizen with
  // 403 whatever the body, and a personal path refuses a stranger with 401. Routes check again.
  // (A callback hook: most requests are public and pass without a promise.)
  app.addHook('onRequest', (request, _reply, done) => {
    const path = request.url;
    const guard =
      request.method === 'OPTIONS' // CORS preflights carry no credentials
        ? undefined
        : path.startsWith('/api/officer/') && !(request.method === 'POST' && pathOnly(path) === '/api/officer/session')
          ? requireOfficer
          : path === '/api/me' || path.startsWith('/api/me/') || path.startsWith('/api/me?')
            ? requireUser
            : undefined;
    if (!guard) return done();
    guard(request).then(() => done(), done);
  });

  await app.register(cors, {
    origin: config.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    maxAge: 600,
  });
  // helmet's headers, its middleware made once (@fastify/helmet makes it again for every request).
  const securityHeaders = helmet({ crossOriginResourcePolicy: { policy: 'cross-origin' } });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (err) => done(err as Error | undefined)));
  await app.register(compress, { threshold: 1024 });
  // Every write is rate-limited; reads are not (they are cheap and cached by the app).
  // (Added before the plugin, whose own onRoute hook reads this config.)
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.some((m) => m !== 'GET' && m !== 'HEAD' && m !== 'OPTIONS')) {
      route.config = { ...(route.config ?? {}), rateLimit: { max: config.writesPerMinute, timeWindow: 60_000 } };
    }
  });
  await app.register(rateLimit, {
    global: false,
    // Whoever the request proves to be, else its address: a made-up Authorization header must not
    // open a fresh allowance (sign-in and Open311 never look at it), nor may a second session of
    // the same person.
    keyGenerator: async (req) => {
      try {
        const caller = await req.caller();
        if (caller.kind === 'user') return `user:${caller.userId}`;
        if (caller.kind === 'officer') return `officer:${caller.officer.id}`;
      } catch {
        // A malformed, tampered or expired token proves nobody.
      }
      return `ip:${req.ip}`;
    },
    errorResponseBuilder: (_req, context) =>
      new AppError(429, 'RATE_LIMITED', `Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${Math.ceil(context.ttl / 1000)} giây.`),
  });
  await app.register(multipart, {
    limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 1000 },
  });

  // Remembered answers, ended sessions and uploads never attached are deleted on time even when
  // nobody writes (they hold personal data).
  const stopSweeping = startSweeping(ctx, (err) => app.log.error({ err }, 'sweep failed'));
  // Reminders of tomorrow's appointments, on the server's clock.
  const stopReminders = startReminders(ctx, (err) => app.log.error({ err }, 'appointment reminders failed'));
  // Messages for residents go out after the write that queued them has answered (and so committed);
  // retries come due on their own.
  outbox.onError = (err) => app.log.error({ err }, 'outbox delivery failed');
  app.addHook('onResponse', (request, _reply, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') outbox.kick();
    done();
  });
  outbox.start(OUTBOX_EVERY_MS);
  outbox.kick();
  app.addHook('onClose', async () => {
    stopSweeping();
    stopReminders();
    outbox.stop();
    await outbox.idle();
    db.close();
  });

  await app.register(healthRoutes, { ctx });
  await app.register(authRoutes, { ctx });
  await app.register(meRoutes, { ctx });
  await app.register(uploadRoutes, { ctx });
  await app.register(mediaRoutes);
  await app.register(newsRoutes, { ctx });
  await app.register(tvRoutes, { ctx });
  await app.register(qrRoutes, { ctx });
  await app.register(feedbackRoutes, { ctx });
  await app.register(open311Routes, { ctx });
  await app.register(procedureRoutes, { ctx });
  await app.register(dossierRoutes, { ctx });
  await app.register(weatherRoutes, { ctx });
  await app.register(outageRoutes, { ctx });
  await app.register(tourismRoutes, { ctx });
  await app.register(zaloRoutes, { ctx });
  await app.register(geoRoutes, { ctx });
  await app.register(mapRoutes, { ctx });
  await app.register(paymentRoutes, { ctx });
  await app.register(appointmentRoutes, { ctx });
  await app.register(contactRoutes, { ctx });
  await app.register(officerRoutes, { ctx });
  await app.register(consoleRoutes, { ctx });

  return { app, ctx, routes };
}
