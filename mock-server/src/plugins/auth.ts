import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { SessionTokens } from '../services/tokens.js';
import { forbidden, unauthorized } from './errors.js';

export type Caller = { kind: 'anonymous' } | { kind: 'user'; userId: string } | { kind: 'officer' };

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function bearerOf(request: FastifyRequest): string | null | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  return m ? m[1] : null;
}

/**
 * Who is calling. No Authorization header is an anonymous caller; a header that is malformed,
 * tampered with or expired is refused (401) rather than silently treated as anonymous, so the
 * app knows to sign in again.
 */
export async function callerOf(request: FastifyRequest, tokens: SessionTokens, officerToken: string): Promise<Caller> {
  const bearer = bearerOf(request);
  if (bearer === undefined) return { kind: 'anonymous' };
  if (bearer === null) throw unauthorized('Thông tin đăng nhập không đúng định dạng.');
  if (sameSecret(bearer, officerToken)) return { kind: 'officer' };
  const claims = await tokens.verify(bearer);
  if (!claims) throw unauthorized('Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.');
  return { kind: 'user', userId: claims.userId };
}

export async function requireUser(request: FastifyRequest): Promise<string> {
  const caller = await request.caller();
  if (caller.kind === 'user') return caller.userId;
  if (caller.kind === 'officer') throw forbidden('Thao tác này dành cho người dân, không dành cho cán bộ.');
  throw unauthorized();
}

export async function requireOfficer(request: FastifyRequest): Promise<void> {
  const caller = await request.caller();
  if (caller.kind === 'officer') return;
  if (caller.kind === 'anonymous') throw unauthorized('Cần mã cán bộ để làm việc này.');
  throw forbidden('Chỉ cán bộ xử lý mới được làm việc này.');
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Resolved once per request, on first use. */
    caller(): Promise<Caller>;
  }
}
