import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

/** What a kept answer becomes, once: its checked JSON as bytes, its tag, and its compressed forms when first asked for. */
interface Prepared {
  json: Buffer;
  etag: string;
  br?: Buffer;
  gzip?: Buffer;
}

const ENCODINGS: ('br' | 'gzip' | 'identity')[] = ['br', 'gzip', 'identity'];

const compressors = {
  // Quality 9 of 11: close to the smallest answer and still a few milliseconds for the largest page,
  // paid once per kept answer instead of on every request.
  br: (json: Buffer) => brotliCompressSync(json, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } }),
  gzip: (json: Buffer) => gzipSync(json, { level: 9 }),
};

/**
 * Adds a field to `Vary`, keeping what is there: CORS has already set `Vary: Origin`, and a cache
 * that lost it would hand one site's answer (with its Access-Control-Allow-Origin) to another.
 */
export function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const fields = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (fields.includes('*') || fields.some((f) => f.toLowerCase() === field.toLowerCase())) return;
  reply.header('vary', [...fields, field].join(', '));
}

/** True when the client already holds this answer (RFC 9110 §13.1.2, weak comparison). */
function clientHas(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.slice(1, -1);
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '').replace(/-(br|gzip)$/, '') === bare);
}

/**
 * Sends answers kept in memory (see `services/read-cache.ts`) without working on them again. A
 * kept answer is frozen, so it is checked against the route's schema and turned into JSON bytes
 * once (fields the schema does not name are dropped, as everywhere), compressed once per encoding
 * clients ask for, and tagged, so a client that already has it gets 304. An answer that is not
 * frozen is handed back to Fastify and serialised the usual way.
 */
export function keptAnswers<S extends z.ZodType>(schema: S) {
  const prepared = new WeakMap<object, Prepared>();

  function prepare(answer: object): Prepared {
    let p = prepared.get(answer);
    if (!p) {
      const json = Buffer.from(JSON.stringify(schema.parse(answer)));
      p = { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
      prepared.set(answer, p);
    }
    return p;
  }

  return {
    /** Answers `answer`: from its kept bytes when it is kept, else through Fastify's serialiser. */
    send(request: FastifyRequest, reply: FastifyReply, answer: z.input<S>): FastifyReply | z.input<S> {
      if (answer === null || typeof answer !== 'object' || !Object.isFrozen(answer)) return answer;
      const p = prepare(answer);
      const encoding = negotiate(request.headers['accept-encoding'] ?? 'identity', ENCODINGS);
      addVary(reply, 'accept-encoding');
      reply
        // Stored but checked again each time: a page changes as soon as an article is published.
        .header('cache-control', 'no-cache')
        .type('application/json; charset=utf-8');
      if (encoding === 'br' || encoding === 'gzip') {
        const body = (p[encoding] ??= compressors[encoding](p.json));
        // A compressed answer has its own tag: it is other bytes than the plain one.
        reply.header('etag', `${p.etag.slice(0, -1)}-${encoding}"`);
        if (clientHas(request.headers['if-none-match'], p.etag)) return reply.code(304).send();
        // Already compressed: @fastify/compress leaves an answer with a content-encoding alone.
        return reply.header('content-encoding', encoding).send(body);
      }
      if (encoding === 'identity') {
        reply.header('etag', p.etag);
        if (clientHas(request.headers['if-none-match'], p.etag)) return reply.code(304).send();
      }
      // Any other encoding the client asked for (deflate) is left to @fastify/compress, untagged.
      return reply.send(p.json);
    },
  };
}
