import { SignJWT, jwtVerify, errors } from 'jose';
import { systemClock, type Clock } from './clock.js';

export interface SessionClaims {
  userId: string;
  expiresAt: Date;
}

/** Session tokens are HS256 JWTs: the user id as subject, a fixed lifetime, our issuer. */
export class SessionTokens {
  private readonly key: Uint8Array;
  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    private readonly now: Clock = systemClock,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(userId: string, now = this.now()): Promise<{ token: string; expiresAt: Date }> {
    const exp = Math.floor(now / 1000) + this.ttlSeconds;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer('lao-cai-so')
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Null for a token that is malformed, tampered with, from another issuer or expired. */
  async verify(token: string): Promise<SessionClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'lao-cai-so', algorithms: ['HS256'], currentDate: new Date(this.now()) });
      if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return null;
      return { userId: payload.sub, expiresAt: new Date(payload.exp * 1000) };
    } catch (e) {
      if (e instanceof errors.JOSEError || e instanceof TypeError) return null;
      throw e;
    }
  }
}
