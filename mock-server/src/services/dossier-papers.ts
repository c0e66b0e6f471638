import type { Db } from '../db/connection.js';
import type { DossierPaper, MissingPaper } from '../contract/dossiers.js';
import type { PaperSpec } from '../contract/papers.js';
import { toVnIso } from '../contract/vn-time.js';

/**
 * A dossier's files kept per paper (table dossier_files), and the papers an office asks for with
 * status 5 (dossiers.missing_papers): one of the procedure's, by id, or one an officer described
 * in words, which gets an id of its own (`bo-sung-1`…) so the resident has a slot for it too.
 */

export interface StoredMissing {
  id: string;
  name: string;
  note: string | null;
}

/** `bo-sung-<n>`: a paper an officer described in words rather than by the catalogue's id. */
export const describedPaperId = (n: number) => `bo-sung-${n}`;

/** The slots to fill, from the procedure's papers named by id and the papers described in words. */
export function missingFrom(papers: readonly PaperSpec[], ids: readonly string[], described: readonly string[]): StoredMissing[] {
  const named = ids.map((id) => {
    const paper = papers.find((p) => p.id === id)!;
    return { id, name: paper.name, note: null };
  });
  return [...named, ...described.map((name, i) => ({ id: describedPaperId(i + 1), name, note: null }))];
}

/**
 * What a dossier in status 5 waits for. A dossier asked for papers before they had ids (its
 * `missing_papers` empty, only names in `missing_documents`) gets one described slot per name.
 */
export function storedMissing(row: { missing_papers: string; missing_documents: string }): StoredMissing[] {
  const stored = JSON.parse(row.missing_papers) as StoredMissing[];
  if (stored.length > 0) return stored;
  return (JSON.parse(row.missing_documents) as string[]).map((name, i) => ({ id: describedPaperId(i + 1), name, note: null }));
}

export function missingView(missing: readonly StoredMissing[], papers: readonly PaperSpec[]): MissingPaper[] {
  return missing.map((m) => {
    const paper = papers.find((p) => p.id === m.id);
    return { id: m.id, name: m.name, copies: paper?.copies ?? null, note: m.note, example: paper?.example ?? null };
  });
}

/** Records which paper each file belongs to, in the round it came with. Inside the write's transaction. */
export function recordPaperFiles(
  db: Db,
  code: string,
  files: Record<string, readonly string[]>,
  nameOf: (paperId: string) => string,
  round: number,
  at: number,
): void {
  const insert = db.prepare('INSERT INTO dossier_files (upload_id, code, paper_id, paper_name, round, added_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const [paperId, uploadIds] of Object.entries(files)) {
    for (const uploadId of uploadIds) insert.run(uploadId, code, paperId, nameOf(paperId), round, at);
  }
}

export const nextRound = (db: Db, code: string) =>
  ((db.prepare('SELECT COALESCE(MAX(round), 0) FROM dossier_files WHERE code = ?').pluck().get(code) as number) ?? 0) + 1;

interface FileRow {
  upload_id: string;
  paper_id: string | null;
  paper_name: string | null;
  round: number;
  added_at: number;
  name: string;
  size: number;
  content_type: string;
}

/**
 * The dossier's papers with their files: the procedure's in catalogue order, then papers asked
 * for later (described ones), then files sent before papers had slots.
 */
export function papersOf(db: Db, code: string, papers: readonly PaperSpec[]): DossierPaper[] {
  const rows = db
    .prepare(
      `SELECT f.upload_id, f.paper_id, f.paper_name, f.round, f.added_at, u.name, u.size, u.content_type
       FROM dossier_files f JOIN uploads u ON u.id = f.upload_id WHERE f.code = ? ORDER BY f.round, f.added_at, u.created_at, u.id`,
    )
    .all(code) as FileRow[];
  const groups = new Map<string | null, DossierPaper>();
  for (const r of rows) {
    let group = groups.get(r.paper_id);
    if (!group) {
      const spec = r.paper_id ? papers.find((p) => p.id === r.paper_id) : undefined;
      group = {
        id: r.paper_id,
        name: spec?.name ?? r.paper_name ?? 'Giấy tờ đã nộp',
        copies: spec?.copies ?? null,
        files: [],
      };
      groups.set(r.paper_id, group);
    }
    group.files.push({ id: r.upload_id, name: r.name, size: r.size, contentType: r.content_type, round: r.round, addedAt: toVnIso(r.added_at) });
  }
  const order = (g: DossierPaper) => {
    if (g.id === null) return papers.length + 1000;
    const i = papers.findIndex((p) => p.id === g.id);
    return i === -1 ? papers.length : i;
  };
  return [...groups.values()].sort((a, b) => order(a) - order(b));
}
