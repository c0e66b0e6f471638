import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Db } from '../db/connection.js';
import type { Upload } from '../contract/uploads.js';
import { UPLOAD_CONTENT_TYPES } from '../contract/uploads.js';
import { cleanLine } from '../contract/text.js';

export interface UploadRow {
  id: string;
  owner_id: string;
  name: string;
  size: number;
  content_type: string;
  public: number;
  attached_to: string | null;
}

/** What the bytes really are, whatever the file's name or the client claimed; null if not allowed. */
export async function sniffAllowedType(bytes: Buffer): Promise<string | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return null;
  const mime = found.mime === 'image/heif' ? 'image/heic' : found.mime;
  return (UPLOAD_CONTENT_TYPES as readonly string[]).includes(mime) ? mime : null;
}

const MAX_NAME_CHARS = 150;

/**
 * Keeps a name a person recognises, without path parts, control characters or the invisible marks
 * that turn text around ("‮gnp.exe" shows as "exe.png"). A long name is cut by whole characters
 * (never half an emoji) and keeps its extension.
 */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // Controls, direction marks and lone surrogates go as in every stored text (contract/text.ts);
  // then the other invisible format marks (\p{Cf}) and what file systems refuse.
  const chars = Array.from(cleanLine(base).replace(/[<>:"|?*]|\p{Cf}/gu, '').trim());
  if (chars.length <= MAX_NAME_CHARS) return chars.join('') || 'tep-dinh-kem';
  const dot = chars.lastIndexOf('.');
  const ext = dot > 0 && chars.length - dot <= 10 ? chars.slice(dot) : [];
  return chars.slice(0, MAX_NAME_CHARS - ext.length).join('').trimEnd() + ext.join('');
}

/** The file is written and flushed to disk before its row exists, so no row ever points at nothing. */
export function storeUpload(
  db: Db,
  uploadsDir: string,
  file: { ownerId: string; name: string; contentType: string; bytes: Buffer },
  now: number,
): Upload {
  fs.mkdirSync(uploadsDir, { recursive: true });
  const id = 'up_' + randomBytes(12).toString('base64url');
  const fd = fs.openSync(path.join(uploadsDir, id), 'w', 0o600);
  try {
    fs.writeSync(fd, file.bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  db.prepare(
    'INSERT INTO uploads (id, owner_id, name, size, content_type, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, file.ownerId, file.name, file.bytes.length, file.contentType, now);
  return { id, name: file.name, size: file.bytes.length, contentType: file.contentType };
}

const DAY_MS = 24 * 3600 * 1000;

/** What one person has uploaded in the 24 hours before `now`: files and bytes. */
export function uploadedInLastDay(db: Db, ownerId: string, now: number): { files: number; bytes: number } {
  const row = db
    .prepare('SELECT COUNT(*) AS files, COALESCE(SUM(size), 0) AS bytes FROM uploads WHERE owner_id = ? AND created_at > ?')
    .get(ownerId, now - DAY_MS) as { files: number; bytes: number };
  return row;
}

export function findUpload(db: Db, id: string): UploadRow | undefined {
  return db.prepare('SELECT * FROM uploads WHERE id = ?').get(id) as UploadRow | undefined;
}

/**
 * Checks that every id is an upload of this user not yet used elsewhere, then marks them as
 * attached. Call inside the transaction that creates the item. Returns the ids that fail.
 */
export function claimUploads(db: Db, ownerId: string, ids: string[], attachTo: string, makePublic = false): string[] {
  const bad = ids.filter((id) => {
    const row = findUpload(db, id);
    return !row || row.owner_id !== ownerId || (row.attached_to !== null && row.attached_to !== attachTo);
  });
  if (bad.length) return bad;
  const mark = db.prepare('UPDATE uploads SET attached_to = ?, public = ? WHERE id = ?');
  for (const id of ids) mark.run(attachTo, makePublic ? 1 : 0, id);
  return [];
}

export function uploadsOf(db: Db, attachedTo: string): Upload[] {
  return (
    db.prepare('SELECT id, name, size, content_type FROM uploads WHERE attached_to = ? ORDER BY created_at, id').all(attachedTo) as {
      id: string;
      name: string;
      size: number;
      content_type: string;
    }[]
  ).map((u) => ({ id: u.id, name: u.name, size: u.size, contentType: u.content_type }));
}
