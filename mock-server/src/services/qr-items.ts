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
  appointment: { table: 'appointments', id: 'code', label: 'code', order: 'rowid' },
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

/**
 * The province's own sites put an item's slug at the end of its address
 * (`https://baolaocai.vn/<slug>.html`, `https://dulichlaocai.vn/dia-diem/<slug>`): such a link
 * opens the same item in the app when we have it.
 */
const PROVINCE_SITES: { host: RegExp; kind: 'news' | 'place' | 'tour' }[] = [
  { host: /(^|\.)baolaocai\.vn$/, kind: 'news' },
  { host: /(^|\.)laocai\.gov\.vn$/, kind: 'news' },
  { host: /(^|\.)laocaitv\.vn$/, kind: 'news' },
  { host: /(^|\.)onetouch\.edu\.vn$/, kind: 'news' },
  { host: /(^|\.)(dulich|sadulich)?laocai\.(vn|gov\.vn)$/, kind: 'place' },
];

export function itemForProvinceLink(db: Db, url: URL): { kind: 'news' | 'place' | 'tour'; id: string } | null {
  const slug = url.pathname.split('/').filter(Boolean).pop()?.replace(/\.(html?|aspx)$/i, '');
  if (!slug || !/^[A-Za-z0-9._-]{1,100}$/.test(slug)) return null;
  for (const site of PROVINCE_SITES) {
    if (!site.host.test(url.hostname)) continue;
    // A tourism site may name a place or a tour.
    const kinds = site.kind === 'place' ? (['place', 'tour'] as const) : ([site.kind] as const);
    for (const kind of kinds) if (qrItemExists(db, kind, slug)) return { kind, id: slug };
    for (const kind of ['news', 'place', 'tour'] as const) if (qrItemExists(db, kind, slug)) return { kind, id: slug };
  }
  return null;
}
