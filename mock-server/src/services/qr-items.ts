import type { Db } from '../db/connection.js';
import type { QrItemKind } from '../contract/qr.js';

/**
 * Where each kind of item lives, for QR lookups and the testers' sheet. Each feature owns its
 * table; this only reads the id and a label. A feature not installed simply has no table.
 */
const SOURCES: Record<QrItemKind, { table: string; id: string; label: string; order: string }> = {
  dossier: { table: 'dossiers', id: 'code', label: 'code', order: 'rowid' },
  feedback: { table: 'feedback', id: 'code', label: 'title', order: 'rowid' },
  news: { table: 'news_articles', id: 'id', label: 'title', order: 'published_at DESC' },
  place: { table: 'places', id: 'id', label: 'name', order: 'rowid' },
  tour: { table: 'tours', id: 'id', label: 'name', order: 'rowid' },
};

function hasTable(db: Db, table: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
}

export function qrItemExists(db: Db, kind: QrItemKind, id: string): boolean {
  const s = SOURCES[kind];
  if (!hasTable(db, s.table)) return false;
  return !!db.prepare(`SELECT 1 FROM ${s.table} WHERE ${s.id} = ?`).get(id);
}

export function listQrItems(db: Db, kind: QrItemKind, limit: number): { id: string; label: string }[] {
  const s = SOURCES[kind];
  if (!hasTable(db, s.table)) return [];
  return db.prepare(`SELECT ${s.id} AS id, ${s.label} AS label FROM ${s.table} ORDER BY ${s.order} LIMIT ?`).all(limit) as {
    id: string;
    label: string;
  }[];
}

/** The article whose original link (on the province's site) is this address, if any. */
export function newsIdForLink(db: Db, url: string): string | null {
  if (!hasTable(db, SOURCES.news.table)) return null;
  const cols = db.prepare(`PRAGMA table_info(${SOURCES.news.table})`).all() as { name: string }[];
  if (!cols.some((c) => c.name === 'link')) return null;
  return (db.prepare(`SELECT id FROM ${SOURCES.news.table} WHERE link = ?`).pluck().get(url) as string | undefined) ?? null;
}
