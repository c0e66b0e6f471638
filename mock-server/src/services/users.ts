import type { Db } from '../db/connection.js';
import type { User } from '../contract/auth.js';
import { cleanLine } from '../contract/text.js';

/**
 * Creates the user on first sign-in; a shared profile (name, avatar) replaces the old one. The
 * name, from Zalo or the app, is stored cleaned like every text (no controls or direction marks).
 */
export function upsertUser(db: Db, id: string, profile: { name: string; avatar: string | null } | null, now: number): User {
  db.prepare(
    `INSERT INTO users (id, name, avatar, created_at, updated_at) VALUES (@id, @name, @avatar, @now, @now)
     ON CONFLICT(id) DO UPDATE SET
       name = COALESCE(@name, users.name),
       avatar = CASE WHEN @name IS NULL THEN users.avatar ELSE @avatar END,
       updated_at = @now`,
  ).run({ id, name: profile?.name ? cleanLine(profile.name) || null : null, avatar: profile?.avatar ?? null, now });
  return findUser(db, id)!;
}

export function findUser(db: Db, id: string): User | undefined {
  return db.prepare('SELECT id, name, avatar FROM users WHERE id = ?').get(id) as User | undefined;
}
