import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Officers' passwords, kept as scrypt hashes (Node's own, no dependency): slow and memory-hard, so
 * a stolen table is expensive to guess through. Stored as `scrypt$N$r$p$salt$hash` (base64url), so
 * the cost can be raised later and old hashes still check.
 */

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCallback(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));

/** 2^15 × 8 × 128 bytes = 32 MB and about 50–100 ms per check on this machine (OWASP's minimum for scrypt is 2^17 × 8 × 1 at 128 MB; 2^15 keeps tests and a small server responsive). */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const maxmem = (N: number, r: number) => 128 * N * r * 2;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { ...COST, maxmem: maxmem(COST.N, COST.r) });
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `password` is the one hashed; false for a wrong one or a stored value that is not ours. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20) return false;
  const expected = Buffer.from(parts[5], 'base64url');
  const key = await scrypt(password, Buffer.from(parts[4], 'base64url'), expected.length, { N, r, p, maxmem: maxmem(N, r) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Spent on a name that has no account, so a wrong name takes as long as a wrong password. */
let dummyHash: Promise<string> | null = null;
export async function spendPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('khong-co-tai-khoan-nay');
  await verifyPassword(password, await dummyHash);
}
