import type { Db } from '../connection.js';
import type { Seeder } from './index.js';
import { AGENCIES, findAgencyByCode, findAgencyByName, hasAgenciesUnder, type Agency } from '../../services/agencies.js';
import { insertAccount, type OfficerRole } from '../../services/officers.js';
import { DEMO_USER } from './dossiers.js';

/** Names for agencies whose officers the dossier catalogue does not name. */
const OTHER_OFFICERS = [
  'Nguyễn Văn Hùng', 'Trần Thị Thu Hằng', 'Lê Minh Tuấn', 'Phạm Thị Lan Anh', 'Hoàng Văn Bình', 'Vũ Thị Hoa',
  'Đặng Quốc Việt', 'Bùi Thị Mai Phương', 'Đỗ Văn Long', 'Ngô Thị Thanh Tâm', 'Dương Văn Khải', 'Lý Thị Quỳnh',
];
const POLICE_RANKS = /^(Thượng úy|Đại úy|Trung úy|Thiếu úy|Thiếu tá|Trung tá|Thượng tá) (.+)$/;
const LEADER_TITLES: Partial<Record<Agency['kind'], string>> = { province: 'Phó Chánh Văn phòng', centre: 'Phó Giám đốc', power: 'Phó Giám đốc' };

/** Who the account of an agency is: the catalogue's officer where there is one (a rank is their title), else a name from the list. */
function personFor(agency: Agency, role: OfficerRole, catalogueName: string | undefined, next: () => string): { fullName: string; title: string } {
  const name = catalogueName ?? (agency.kind === 'police' ? `Thượng úy ${next()}` : next());
  const rank = POLICE_RANKS.exec(name);
  if (rank) return { fullName: rank[2], title: rank[1] };
  if (role === 'leader' && LEADER_TITLES[agency.kind]) return { fullName: name, title: LEADER_TITLES[agency.kind]! };
  if (agency.kind === 'commune') return { fullName: name, title: 'Công chức' };
  if (agency.kind === 'power' || agency.kind === 'water') return { fullName: name, title: 'Kỹ sư' };
  return { fullName: name, title: 'Chuyên viên' };
}

/** The administrator's username (not an agency code: the account sees every agency). */
export const ADMIN_USERNAME = 'quan-tri';

/**
 * One development account per agency that has seeded dossiers or reports, named by the agency's
 * code, and one for each agency above those (a leader, who sees their figures); and one administrator. Their password is set
 * from OFFICER_DEV_PASSWORD when the server starts (services/officers.ts `syncSeededPasswords`).
 * The development resident has let the app message them through Zalo, so the console's outbox
 * fills as officers work.
 */
export const officersSeeder: Seeder = {
  name: 'officers',
  seed(db: Db, nowDate: Date) {
    const now = nowDate.getTime();
    const withWork = new Set(db.prepare('SELECT DISTINCT agency_code FROM dossiers WHERE seeded = 1').pluck().all() as string[]);
    for (const name of db.prepare('SELECT DISTINCT agency FROM feedback WHERE seeded = 1').pluck().all() as string[]) {
      const agency = findAgencyByName(name);
      if (agency) withWork.add(agency.code);
    }
    // And their leaders, up to the top, so every agency's figures can be seen from above.
    for (const code of [...withWork]) {
      for (let a = findAgencyByCode(code); a?.parentCode; a = findAgencyByCode(a.parentCode)) withWork.add(a.parentCode);
    }
    const catalogue = new Map(
      (db.prepare('SELECT code, officers FROM dossier_agencies').all() as { code: string; officers: string }[]).map((r) => [
        r.code,
        (JSON.parse(r.officers) as { department: string }).department,
      ]),
    );
    let n = 0;
    const nextName = () => OTHER_OFFICERS[n++ % OTHER_OFFICERS.length];
    for (const agency of AGENCIES) {
      if (!withWork.has(agency.code)) continue;
      const role: OfficerRole = hasAgenciesUnder(agency.code) ? 'leader' : 'officer';
      const person = personFor(agency, role, catalogue.get(agency.code), nextName);
      insertAccount(db, { username: agency.code, ...person, agencyCode: agency.code, role, passwordHash: '', seeded: true }, now);
    }
    const office = AGENCIES.find((a) => a.kind === 'province')!;
    insertAccount(
      db,
      { username: ADMIN_USERNAME, fullName: 'Hà Minh Quân', title: 'Quản trị hệ thống', agencyCode: office.code, role: 'admin', passwordHash: '', seeded: true },
      now,
    );
    db.prepare("UPDATE users SET zalo_notifications = 'granted', zalo_notifications_at = ? WHERE id = ?").run(now, DEMO_USER.id);
  },
};
