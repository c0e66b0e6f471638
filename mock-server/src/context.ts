import type { ServerConfig } from './config.js';
import type { Db } from './db/connection.js';
import type { SessionTokens } from './services/tokens.js';
import type { Clock } from './services/clock.js';
import type { OutboxDispatcher } from './services/outbox.js';

/** What every route plugin is given: the database, the configuration, the token service and the clock. */
export interface RouteContext {
  db: Db;
  config: ServerConfig;
  tokens: SessionTokens;
  /** Now, in epoch ms: the only source of the time for the server's rules (see services/clock.ts). */
  now: Clock;
  /** Delivers the messages for residents queued in the outbox (services/outbox.ts). */
  outbox: OutboxDispatcher;
}

export interface RouteOptions {
  ctx: RouteContext;
}
