import type { ServerConfig } from './config.js';
import type { Db } from './db/connection.js';
import type { SessionTokens } from './services/tokens.js';

/** What every route plugin is given: the database, the configuration and the token service. */
export interface RouteContext {
  db: Db;
  config: ServerConfig;
  tokens: SessionTokens;
}

export interface RouteOptions {
  ctx: RouteContext;
}
