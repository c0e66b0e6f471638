import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/connection.js';

/** Freezes an answer all the way down, so a kept answer can never be changed by a later request. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Tells whether some tables may have changed since last asked. Writes by this server are counted
 * by temporary triggers on those tables (they live with this connection only and touch nothing
 * on disk); writes by another process, such as the seed CLI, show in `PRAGMA data_version`.
 * Asking costs two tiny queries (one joining both reads was slower: a pragma read as a table is a virtual-table scan).
 */
export class TableWatch {
  private readonly dataVersion: Statement;
  private readonly counter: Statement;

  constructor(db: Db, name: string, tables: readonly string[]) {
    if (!/^[a-z_]+$/.test(name) || tables.some((t) => !/^[a-z_]+$/.test(t))) throw new Error('TableWatch: plain names only');
    const counter = `watch_${name}`;
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${counter} (n INTEGER NOT NULL)`);
    db.exec(`INSERT INTO temp.${counter} (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM temp.${counter})`);
    for (const table of tables) {
      for (const event of ['insert', 'update', 'delete']) {
        db.exec(
          `CREATE TEMP TRIGGER IF NOT EXISTS ${counter}_${table}_${event} AFTER ${event.toUpperCase()} ON main.${table}
           BEGIN UPDATE temp.${counter} SET n = n + 1; END`,
        );
      }
    }
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.counter = db.prepare(`SELECT n FROM temp.${counter}`).pluck();
  }

  /** Changes whenever one of the tables may have changed. */
  version(): string {
    return `${this.dataVersion.get() as number}:${this.counter.get() as number}`;
  }
}

/**
 * Answers of public, read-mostly routes (news articles and pages), kept until their tables change.
 * Kept answers are deep-frozen, so their JSON may be kept too (see `plugins/kept-answers.ts`).
 * At most `max` answers are kept; the oldest goes first.
 */
export class ReadCache<T extends object> {
  private readonly entries = new Map<string, T>();
  private seen = '';

  constructor(
    private readonly watch: TableWatch,
    private readonly max = 1000,
  ) {}

  /** The kept answer for `key`, or `make()`'s (kept unless undefined: a 404 is not kept). */
  get(key: string, make: () => T | undefined): T | undefined {
    const version = this.watch.version();
    if (version !== this.seen) {
      this.entries.clear();
      this.seen = version;
    }
    const hit = this.entries.get(key);
    if (hit) return hit;
    const fresh = make();
    if (fresh === undefined) return undefined;
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, deepFreeze(fresh));
    return fresh;
  }
}

/** A value worked out from some tables (an in-memory index), worked out again after they change. */
export class Derived<T> {
  private value: T | undefined;
  private seen = '';

  constructor(
    private readonly watch: TableWatch,
    private readonly make: () => T,
  ) {}

  get(): T {
    const version = this.watch.version();
    if (version !== this.seen || this.value === undefined) {
      this.value = this.make();
      this.seen = version;
    }
    return this.value;
  }
}
