import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';
import type { IdentityMode } from '../config.js';
import type { Db } from '../db/connection.js';
import { systemClock, type Clock } from './clock.js';

/** A resident's session (signed in with Zalo) or an officer's (signed in with a password at the console). */
export type SessionKind = 'user' | 'officer';

export interface SessionClaims {
  /** The resident's user id, or the officer account's id. */
  userId: string;
  kind: SessionKind;
  /** The token's own id, by which it is revoked. */
  sessionId: string;
  expiresAt: Date;
}

/** Where ended sessions are remembered (the database: a restart must not bring them back). */
export interface Revocations {
  isRevoked(sessionId: string): boolean;
  revoke(sessionId: string, expiresAt: Date): void;
}

/**
 * Session tokens are HS256 JWTs: the user id as subject, a fixed lifetime, our issuer, an id of
 * their own (`jti`, so one session can be ended) and the identity mode that vouched for the user
 * (`idm`): a token made in mock mode, where anyone can claim any user, is worthless once the same
 * data runs with Zalo's identity, and the other way round.
 */
export class SessionTokens {
  private readonly key: Uint8Array;
  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    private readonly mode: IdentityMode,
    private readonly revocations: Revocations,
    private readonly now: Clock = systemClock,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /**
   * An officer's token says so (`knd`): an officer account id can never pass for a resident's user
   * id, whatever id a Zalo user has, nor the other way round.
   */
  async issue(userId: string, now = this.now(), options: { kind?: SessionKind; ttlSeconds?: number } = {}): Promise<{ token: string; expiresAt: Date }> {
    const exp = Math.floor(now / 1000) + (options.ttlSeconds ?? this.ttlSeconds);
    const token = await new SignJWT({ idm: this.mode, ...(options.kind === 'officer' ? { knd: 'officer' } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer('lao-cai-so')
      .setJti(randomBytes(16).toString('base64url'))
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Signed by us, for this identity mode, not expired at `now`; revoked or not. Null otherwise. */
  async signed(token: string, now = this.now()): Promise<SessionClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: 'lao-cai-so',
        algorithms: ['HS256'],
        currentDate: new Date(now),
      });
      if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number' || typeof payload.jti !== 'string') return null;
      if (payload.idm !== this.mode) return null;
      if (payload.knd !== undefined && payload.knd !== 'officer') return null;
      return { userId: payload.sub, kind: payload.knd === 'officer' ? 'officer' : 'user', sessionId: payload.jti, expiresAt: new Date(payload.exp * 1000) };
    } catch (e) {
      if (e instanceof errors.JOSEError || e instanceof TypeError) return null;
      throw e;
    }
  }

  /** Null for a token that is malformed, tampered with, from another issuer or mode, expired or ended. */
  async verify(token: string, now = this.now()): Promise<SessionClaims | null> {
    const claims = await this.signed(token, now);
    return claims && !this.revocations.isRevoked(claims.sessionId) ? claims : null;
  }

  /** Ends the session of this token (signed by us): it is refused from now on, also after a restart. */
  async revoke(token: string, now = this.now()): Promise<boolean> {
    const claims = await this.signed(token, now);
    if (!claims) return false;
    this.revocations.revoke(claims.sessionId, claims.expiresAt);
    return true;
  }
}

/** Ended sessions kept in SQLite until their token would have expired anyway (then swept). */
export function dbRevocations(db: Db): Revocations {
  const find = db.prepare('SELECT 1 FROM revoked_sessions WHERE session_id = ?').pluck();
  const insert = db.prepare('INSERT OR IGNORE INTO revoked_sessions (session_id, expires_at) VALUES (?, ?)');
  return {
    isRevoked: (id) => find.get(id) !== undefined,
    revoke: (id, expiresAt) => void insert.run(id, expiresAt.getTime()),
  };
}
