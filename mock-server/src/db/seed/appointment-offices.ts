import type { Db } from '../connection.js';
import type { Seeder } from './index.js';
import { COMMUNES_BY_NAME, communeByName, communeSlug, FORMER_DISTRICTS } from '../../contract/communes.js';

/**
 * The one-stop desks that take appointments: the province's public administrative service
 * centre and the centre of each commune and ward, made from the agencies that receive dossiers
 * (dossier_agencies: each commune's `reception_office`). Addresses, telephone numbers and hours are
 * written for this project in the form the province publishes them (the seat of each commune's
 * people's committee, a 0214 number in former Lào Cai and 0216 in former Yên Bái); replace them
 * with the province's directory when it is to hand.
 */

/** Office hours of the public administrative service centres, Monday to Friday. */
export const OFFICE_HOURS: [string, string][] = [
  ['07:30', '11:30'],
  ['13:30', '17:00'],
];

export const PROVINCE_OFFICE_ID = 'tinh-lao-cai';

const PROVINCE_OFFICE = {
  id: PROVINCE_OFFICE_ID,
  name: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai',
  address: 'Đường Nguyễn Tất Thành, phường Yên Bái, tỉnh Lào Cai',
  phone: '0216 3 818 889',
  capacity: 6,
};

/** "0214 3 647 529": the province's landline code for the former district, and a number of the commune's own. */
function phoneOf(code: string, province: string): string {
  const n = Number(code);
  const area = province === 'Yên Bái' ? '0216' : '0214';
  return `${area} 3 ${String((n * 37) % 900 + 100)} ${String((n * 7919) % 1000).padStart(3, '0')}`;
}

const lowerKind = (name: string) => name.replace(/^Phường/, 'phường').replace(/^Xã/, 'xã').replace(/^Thị trấn/, 'thị trấn');

export const appointmentOfficesSeeder: Seeder = {
  name: 'appointment-offices',
  seed(db: Db) {
    const insert = db.prepare(
      `INSERT INTO appointment_offices (id, agency_code, kind, name, commune, address, phone, hours, capacity, latitude, longitude, sort)
       VALUES (@id, @agencyCode, @kind, @name, @commune, @address, @phone, @hours, @capacity, @latitude, @longitude, @sort)`,
    );
    const hours = JSON.stringify(OFFICE_HOURS);
    const seat = communeByName('Phường Yên Bái');
    insert.run({ ...PROVINCE_OFFICE, agencyCode: null, kind: 'province', commune: null, hours, latitude: seat?.lat ?? null, longitude: seat?.long ?? null, sort: 0 });
    const agencies = db.prepare('SELECT code, commune, reception_office FROM dossier_agencies WHERE commune IS NOT NULL').all() as {
      code: string;
      commune: string;
      reception_office: string;
    }[];
    for (const a of agencies) {
      const commune = communeByName(a.commune);
      if (!commune) continue;
      const seatOf = commune.formerly[0];
      const where = seatOf && seatOf !== commune.name ? ` (${lowerKind(seatOf)} cũ)` : '';
      insert.run({
        id: communeSlug(commune.name),
        agencyCode: a.code,
        kind: 'commune',
        name: a.reception_office,
        commune: commune.name,
        address: `Trụ sở HĐND – UBND ${lowerKind(commune.name)}${where}, tỉnh Lào Cai`,
        phone: phoneOf(commune.code, FORMER_DISTRICTS[commune.formerDistrict].province),
        hours,
        capacity: commune.kind === 'phuong' ? 4 : 3,
        latitude: commune.lat,
        longitude: commune.long,
        sort: 1 + COMMUNES_BY_NAME.findIndex((c) => c.name === commune.name),
      });
    }
  },
};
