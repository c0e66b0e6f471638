import type { Db } from './connection.js';

/**
 * Gives a record (a dossier, a report) a new code, everywhere the old one is held: the row itself,
 * every column that references it by a foreign key (found from the schema, so tables added later
 * follow), and the text references the caller names (a notice's `ref_id`, an upload's
 * `attached_to = 'dossier:<code>'`). Run inside a transaction: foreign keys are checked at commit.
 */
export function renameCode(
  db: Db,
  table: 'dossiers' | 'feedback',
  from: string,
  to: string,
  textReferences: { table: string; column: string; value: (code: string) => string; where?: string }[] = [],
): void {
  if (!db.inTransaction) throw new Error('renameCode must run inside a transaction');
  db.pragma('defer_foreign_keys = ON');
  db.prepare(`UPDATE ${table} SET code = ? WHERE code = ?`).run(to, from);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  for (const child of tables) {
    const keys = db.pragma(`foreign_key_list(${child})`) as { table: string; from: string; to: string | null }[];
    for (const fk of keys) {
      if (fk.table === table && (fk.to === 'code' || fk.to === null)) {
        db.prepare(`UPDATE ${child} SET ${fk.from} = ? WHERE ${fk.from} = ?`).run(to, from);
      }
    }
  }
  for (const ref of textReferences) {
    db.prepare(`UPDATE ${ref.table} SET ${ref.column} = ? WHERE ${ref.column} = ?${ref.where ? ` AND ${ref.where}` : ''}`).run(ref.value(to), ref.value(from));
  }
}
