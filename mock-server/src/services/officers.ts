import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.js';
import { toVnIso } from '../contract/vn-time.js';
import { AppError } from '../plugins/errors.js';
import { agencyWithDescendants, findAgencyByCode, AGENCIES, type Agency } from './agencies.js';
import { hashPassword, spendPasswordCheck, verifyPassword } from './passwords.js';

export type OfficerRole = 'officer' | 'leader' | 'admin';

/**
 * Whoever acts at the counter: a named account of one agency, or the automation key
 * (`OFFICER_TOKEN`, for scripts and tests), which acts for every agency.
 */
export interface Officer {
  /** The account's id, or 'automation'. */
  id: string;
  username: string;
  fullName: string;
  title: string;
  role: OfficerRole;
  /** Their agency; null for the automation key. */
  agency: Agency | null;
}

export const AUTOMATION: Officer = {
  id: 'automation',
  username: 'automation',
  fullName: 'Hệ thống tự động',
  title: 'Khóa tự động hóa',
  role: 'admin',
  agency: null,
};

/** What residents read beside the office: "Chuyên viên Nguyễn Thu Trang". */
export const officerDisplayName = (o: Pick<Officer, 'title' | 'fullName'>) => `${o.title} ${o.fullName}`.trim();

/** Sees and acts on every agency's work. */
export const actsForAll = (o: Officer) => o.role === 'admin';

/** Whether this officer may see and act on the work of the agency with this code. */
export const mayActFor = (o: Officer, agencyCode: string | null | undefined) => actsForAll(o) || (!!agencyCode && o.agency?.code === agencyCode);

/** The agencies whose figures this officer sees: all for admin, theirs and those under it for a leader, theirs for an officer. */
export function figureAgencies(o: Officer): Agency[] {
  if (actsForAll(o) || !o.agency) return [...AGENCIES];
  return o.role === 'leader' ? agencyWithDescendants(o.agency.code) : [o.agency];
}

interface AccountRow {
  id: string;
  username: string;
  full_name: string;
  title: string;
  agency_code: string;
  role: OfficerRole;
  password_hash: string;
  seeded: number;
  disabled: number;
}

const toOfficer = (row: AccountRow): Officer => ({
  id: row.id,
  username: row.username,
  fullName: row.full_name,
  title: row.title,
  role: row.role,
  agency: findAgencyByCode(row.agency_code) ?? null,
});

/** An enabled account by id (a session's subject), or undefined. */
export function findOfficer(db: Db, id: string): Officer | undefined {
  const row = db.prepare('SELECT * FROM officer_accounts WHERE id = ? AND disabled = 0').get(id) as AccountRow | undefined;
  // An account whose agency left the directory cannot act anywhere: treated as gone.
  if (!row || !findAgencyByCode(row.agency_code)) return undefined;
  return toOfficer(row);
}

export interface NewAccount {
  username: string;
  fullName: string;
  title: string;
  agencyCode: string;
  role: OfficerRole;
  passwordHash: string;
  seeded?: boolean;
}

export function insertAccount(db: Db, a: NewAccount, now: number): string {
  const id = 'cb_' + randomBytes(9).toString('base64url');
  db.prepare(
    `INSERT INTO officer_accounts (id, username, full_name, title, agency_code, role, password_hash, seeded, disabled, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  ).run(id, a.username, a.fullName, a.title, a.agencyCode, a.role, a.passwordHash, a.seeded ? 1 : 0, now, now);
  return id;
}

// ───────── Signing in ─────────

/** Wrong passwords allowed within the window before the name is locked for LOCK_MS. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

const hhmm = (ms: number) => toVnIso(ms).slice(11, 16);

const wrongCredentials = (left: number) =>
  new AppError(
    401,
    'INVALID_CREDENTIALS',
    `Tên đăng nhập hoặc mật khẩu không đúng.${left > 0 && left < MAX_FAILURES ? ` Còn ${left} lần thử trước khi tạm khóa.` : ''}`,
  );
const locked = (until: number) =>
  new AppError(
    429,
    'ACCOUNT_LOCKED',
    `Đăng nhập bị tạm khóa do nhập sai mật khẩu ${MAX_FAILURES} lần. Vui lòng thử lại sau ${hhmm(until)} (giờ Việt Nam) hoặc liên hệ quản trị hệ thống.`,
  );

/**
 * Checks a name and password. Failures are counted by the name typed, whether or not it is an
 * account (so a lock-out tells nobody which names exist), persisted with the server's clock: after
 * MAX_FAILURES within FAILURE_WINDOW_MS the name is locked for LOCK_MS, even for the right password.
 */
export async function signIn(db: Db, username: string, password: string, now: number): Promise<Officer> {
  const name = username.trim();
  const failure = () =>
    db.prepare('SELECT failures, first_failed_at, locked_until FROM officer_sign_in_failures WHERE username = ?').get(name) as
      | { failures: number; first_failed_at: number; locked_until: number | null }
      | undefined;
  const before = failure();
  if (before?.locked_until && before.locked_until > now) throw locked(before.locked_until);

  const row = db.prepare('SELECT * FROM officer_accounts WHERE username = ?').get(name) as AccountRow | undefined;
  let ok = false;
  if (row && row.disabled === 0 && findAgencyByCode(row.agency_code)) ok = await verifyPassword(password, row.password_hash);
  else await spendPasswordCheck(password);

  if (ok) {
    db.prepare('DELETE FROM officer_sign_in_failures WHERE username = ?').run(name);
    return toOfficer(row!);
  }
  // Counted in one statement, so wrong attempts racing each other all count.
  const counted = db
    .prepare(
      `INSERT INTO officer_sign_in_failures (username, failures, first_failed_at, locked_until) VALUES (@name, 1, @now, NULL)
       ON CONFLICT(username) DO UPDATE SET
         failures = CASE WHEN first_failed_at < @windowStart OR (locked_until IS NOT NULL AND locked_until <= @now) THEN 1 ELSE failures + 1 END,
         first_failed_at = CASE WHEN first_failed_at < @windowStart OR (locked_until IS NOT NULL AND locked_until <= @now) THEN @now ELSE first_failed_at END,
         locked_until = NULL
       RETURNING failures`,
    )
    .pluck()
    .get({ name, now, windowStart: now - FAILURE_WINDOW_MS }) as number;
  if (counted >= MAX_FAILURES) {
    db.prepare('UPDATE officer_sign_in_failures SET locked_until = ? WHERE username = ?').run(now + LOCK_MS, name);
    throw locked(now + LOCK_MS);
  }
  throw wrongCredentials(MAX_FAILURES - counted);
}

/** Failures past their window (and lock-outs past their end) are forgotten by the sweep. */
export function forgetOldSignInFailures(db: Db, now: number): number {
  return db
    .prepare('DELETE FROM officer_sign_in_failures WHERE first_failed_at < ? AND (locked_until IS NULL OR locked_until < ?)')
    .run(now - FAILURE_WINDOW_MS, now).changes;
}

/**
 * The development accounts' password follows `OFFICER_DEV_PASSWORD`: when it changes, they take the
 * new one at the next start (one hash checked, and one made only when it differs).
 */
export async function syncSeededPasswords(db: Db, password: string, now: number): Promise<boolean> {
  const sample = db.prepare('SELECT password_hash FROM officer_accounts WHERE seeded = 1 LIMIT 1').pluck().get() as string | undefined;
  if (sample === undefined || (await verifyPassword(password, sample))) return false;
  const hash = await hashPassword(password);
  db.prepare('UPDATE officer_accounts SET password_hash = ?, updated_at = ? WHERE seeded = 1').run(hash, now);
  return true;
}
