import type { Db } from '../connection.js';
import type { Seeder } from './index.js';
import { PROCEDURES, procedureIdOf } from './procedure-catalogue.js';

/**
 * The catalogue's papers and fields as this version of the code has them: papers got ids and
 * conditions, and a few procedures new fields those conditions read. A database seeded before
 * takes them once; a new one already has them.
 */
export const procedurePapersSeeder: Seeder = {
  name: 'procedure-papers',
  seed(db: Db) {
    const update = db.prepare('UPDATE procedures SET papers = ?, fields = ? WHERE id = ?');
    for (const p of PROCEDURES) update.run(JSON.stringify(p.papers), JSON.stringify(p.fields), procedureIdOf(p.nationalCode));
  },
};
