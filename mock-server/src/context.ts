import type { ServerConfig } from './config.js';
import type { Db } from './db/connection.js';
import type { SessionTokens } from './services/tokens.js';

/** What every route plugin is given: the database, the configuration, the token service and the clock. */
export interface RouteContext {
  db: Db;
  config: ServerConfig;
  tokens: SessionTokens;
  /** "Now" for the server: the real time, or a fixed or moving one a test injects. */
  now: () => Date;
}

export interface RouteOptions {
  ctx: RouteContext;
}
