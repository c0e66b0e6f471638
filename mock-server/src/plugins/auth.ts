import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { SessionTokens } from '../services/tokens.js';
import { AUTOMATION, type Officer } from '../services/officers.js';
import { forbidden, unauthorized } from './errors.js';

/**
 * Who is calling: nobody, a resident (a Zalo session), or an officer — a named account signed in
 * at the console, or the automation key `OFFICER_TOKEN` (which acts for every agency).
 */
export type Caller = { kind: 'anonymous' } | { kind: 'user'; userId: string } | { kind: 'officer'; officer: Officer };

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
 * app knows to sign in again. An officer's session whose account is gone or disabled ends with it.
 */
export async function callerOf(
  request: FastifyRequest,
  tokens: SessionTokens,
  officerToken: string,
  findOfficer: (id: string) => Officer | undefined,
): Promise<Caller> {
  const bearer = bearerOf(request);
  if (bearer === undefined) return { kind: 'anonymous' };
  if (bearer === null) throw unauthorized('Thông tin đăng nhập không đúng định dạng.');
  if (sameSecret(bearer, officerToken)) return { kind: 'officer', officer: AUTOMATION };
  const claims = await tokens.verify(bearer);
  if (!claims) throw unauthorized('Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.');
  if (claims.kind === 'officer') {
    const officer = findOfficer(claims.userId);
    if (!officer) throw unauthorized('Tài khoản cán bộ không còn hoạt động. Vui lòng đăng nhập lại.');
    return { kind: 'officer', officer };
  }
  return { kind: 'user', userId: claims.userId };
}

export async function requireUser(request: FastifyRequest): Promise<string> {
  const caller = await request.caller();
  if (caller.kind === 'user') return caller.userId;
  if (caller.kind === 'officer') throw forbidden('Thao tác này dành cho người dân, không dành cho cán bộ.');
  throw unauthorized();
}

/** The officer calling (an account or the automation key), or the reason they may not. */
export async function requireOfficer(request: FastifyRequest): Promise<Officer> {
  const caller = await request.caller();
  if (caller.kind === 'officer') return caller.officer;
  if (caller.kind === 'anonymous') throw unauthorized('Cần đăng nhập tài khoản cán bộ để làm việc này.');
  throw forbidden('Chỉ cán bộ xử lý mới được làm việc này.');
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Resolved once per request, on first use. */
    caller(): Promise<Caller>;
  }
}
