import fs from 'node:fs';
import { loadConfig } from '../config.js';
import { openDatabase, removeDatabaseFiles } from './connection.js';
import { migrate } from './migrate.js';
import { runSeed } from './seed/index.js';

/** `npm run seed` fills what is missing; `npm run seed -- --reset` starts again from nothing. */
const config = loadConfig();
if (process.argv.includes('--reset')) {
  removeDatabaseFiles(config.dbPath);
  fs.rmSync(config.uploadsDir, { recursive: true, force: true });
  console.log(`Đã xóa cơ sở dữ liệu ${config.dbPath}`);
}
const db = openDatabase(config.dbPath);
const applied = migrate(db);
const report = runSeed(db);
db.close();
console.log(
  `Migration mới: ${applied.length ? applied.join(', ') : 'không có'}; dữ liệu mẫu mới: ${report.seeded.length ? report.seeded.join(', ') : 'không có'}` +
    (report.rebasedDays ? `; dời mốc thời gian ${report.rebasedDays} ngày` : ''),
);
