import type { Db } from '../connection.js';
import type { Seeder } from './index.js';
import { foldVietnamese } from '../../contract/text.js';
import { vnStartOfDay } from '../../contract/vn-time.js';
import { COMMUNES, type FormerDistrictId } from '../../contract/communes.js';

/**
 * Power-outage schedules of today's Lào Cai: the branches of Công ty Điện lực Lào Cai and of
 * Công ty Điện lực Yên Bái (EVN NPC), the communes and wards each serves (names after the
 * 1 July 2025 merger), and about 60 outages from 3 days ago to 10 days ahead, planned and
 * emergency, written the way the branches publish them. A fixed random seed keeps ids, places
 * and reasons the same on every machine; the times follow the day the server first runs.
 */

interface CommuneSeed {
  id: string;
  name: string;
  /** Villages, streets, landmarks a branch would name (only where we are sure of them). */
  places?: string[];
}

interface BranchSeed {
  id: string;
  code: string;
  name: string;
  company: 'PCLC' | 'PCYB';
  address: string;
  feeders: string[];
  /** The communes and wards it serves: those whose centre was in these districts before 2025. */
  communes: CommuneSeed[];
}

const COMPANIES = { PCLC: 'Công ty Điện lực Lào Cai', PCYB: 'Công ty Điện lực Yên Bái' } as const;
/** EVN NPC's customer care line, which every branch of the north answers through. */
export const OUTAGE_HOTLINE = '1900 6769';

/** Villages, streets and landmarks a branch would name in a commune (only where we are sure of them). */
const PLACES: Record<string, string[]> = {
  'phuong-lao-cai': ['phố Cốc Lếu', 'khu Kim Tân', 'đường Hoàng Liên', 'khu Duyên Hải', 'phố Phan Bội Châu'],
  'phuong-cam-duong': ['khu đô thị Bắc Lệnh', 'khu Pom Hán', 'đại lộ Trần Hưng Đạo', 'khu Bình Minh'],
  'phuong-sa-pa': ['đường Cầu Mây', 'đường Xuân Viên', 'đường Fansipan', 'khu Hàm Rồng', 'đường Thạch Sơn'],
  'xa-ta-van': ['thôn Lao Chải', 'thôn Tả Van Giáy', 'thôn Giàng Tả Chải Dao'],
  'xa-ta-phin': ['thôn Tả Phìn', 'thôn Sả Séng'],
  'xa-ban-ho': ['thôn Bản Dền', 'thôn Nậm Toóng'],
  'xa-y-ty': ['thôn Mò Phú Chải', 'thôn Choản Thèn', 'thôn Lao Chải'],
  'xa-bao-thang': ['khu ga Phố Lu', 'tổ dân phố 1 Phố Lu', 'tổ dân phố 4 Phố Lu'],
  'xa-tang-loong': ['khu công nghiệp Tằng Loỏng'],
  'xa-bao-yen': ['tổ dân phố 2 Phố Ràng', 'tổ dân phố 5 Phố Ràng'],
  'xa-bao-ha': ['khu đền Bảo Hà'],
  'xa-bac-ha': ['khu chợ phiên Bắc Hà', 'khu dinh Hoàng A Tưởng'],
  'xa-si-ma-cai': ['khu chợ phiên Si Ma Cai'],
  'phuong-yen-bai': ['đường Nguyễn Thái Học', 'đường Yên Ninh', 'đường Điện Biên', 'đường Đinh Tiên Hoàng'],
  'xa-tu-le': ['dọc Quốc lộ 32 qua đèo Khau Phạ'],
  'xa-mu-cang-chai': ['khu chợ trung tâm', 'dọc Quốc lộ 32'],
  'xa-thac-ba': ['khu thủy điện Thác Bà'],
};

/** A branch serves the communes of the districts it served before 2025, as the one list of communes places them. */
function branch(seed: Omit<BranchSeed, 'communes'>, districts: FormerDistrictId[]): BranchSeed {
  const communes = COMMUNES.filter((cm) => districts.includes(cm.formerDistrict)).map((cm) => ({ id: cm.id, name: cm.name, places: PLACES[cm.id] }));
  return { ...seed, communes };
}

export const BRANCHES: BranchSeed[] = [
  branch(
    { id: 'thanh-pho-lao-cai', code: 'TPLC', name: 'Điện lực Thành phố Lào Cai', company: 'PCLC', address: 'Phường Lào Cai, tỉnh Lào Cai', feeders: ['đường dây 22 kV lộ 471 E20.1', 'đường dây 22 kV lộ 473 E20.1', 'đường dây 35 kV lộ 375 E20.1'] },
    ['tp-lao-cai'],
  ),
  branch(
    { id: 'sa-pa', code: 'SP', name: 'Điện lực Sa Pa', company: 'PCLC', address: 'Phường Sa Pa, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 371 E20.6', 'đường dây 35 kV lộ 373 E20.6', 'đường dây 22 kV lộ 472 trung gian Sa Pa'] },
    ['sa-pa'],
  ),
  branch(
    { id: 'bat-xat', code: 'BX', name: 'Điện lực Bát Xát', company: 'PCLC', address: 'Xã Bát Xát, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 371 E20.4', 'đường dây 35 kV lộ 374 E20.4', 'đường dây 22 kV lộ 471 E20.4'] },
    ['bat-xat'],
  ),
  branch(
    { id: 'bao-thang', code: 'BT', name: 'Điện lực Bảo Thắng', company: 'PCLC', address: 'Xã Bảo Thắng, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 372 E20.2', 'đường dây 22 kV lộ 474 E20.2', 'đường dây 35 kV lộ 376 E20.2'] },
    ['bao-thang'],
  ),
  branch(
    { id: 'bao-yen', code: 'BY', name: 'Điện lực Bảo Yên', company: 'PCLC', address: 'Xã Bảo Yên, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 371 E20.8', 'đường dây 35 kV lộ 373 E20.8'] },
    ['bao-yen'],
  ),
  branch(
    { id: 'bac-ha', code: 'BH', name: 'Điện lực Bắc Hà', company: 'PCLC', address: 'Xã Bắc Hà, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 371 trung gian Bắc Hà', 'đường dây 35 kV lộ 373 trung gian Bắc Hà'] },
    ['bac-ha'],
  ),
  branch(
    { id: 'muong-khuong', code: 'MK', name: 'Điện lực Mường Khương', company: 'PCLC', address: 'Xã Mường Khương, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 375 E20.1', 'đường dây 35 kV lộ 371 trung gian Mường Khương'] },
    ['muong-khuong'],
  ),
  branch(
    { id: 'si-ma-cai', code: 'SMC', name: 'Điện lực Si Ma Cai', company: 'PCLC', address: 'Xã Si Ma Cai, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 374 trung gian Bắc Hà', 'đường dây 35 kV nhánh rẽ Si Ma Cai'] },
    ['si-ma-cai'],
  ),
  branch(
    { id: 'van-ban', code: 'VB', name: 'Điện lực Văn Bàn', company: 'PCLC', address: 'Xã Văn Bàn, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 371 E20.7', 'đường dây 35 kV lộ 373 E20.7', 'đường dây 22 kV lộ 471 E20.7'] },
    ['van-ban'],
  ),
  branch(
    { id: 'thanh-pho-yen-bai', code: 'TPYB', name: 'Điện lực Thành phố Yên Bái', company: 'PCYB', address: 'Phường Yên Bái, tỉnh Lào Cai', feeders: ['đường dây 22 kV lộ 471 E12.1', 'đường dây 22 kV lộ 475 E12.1', 'đường dây 35 kV lộ 373 E12.1'] },
    ['tp-yen-bai'],
  ),
  branch(
    { id: 'nghia-lo', code: 'NL', name: 'Điện lực Nghĩa Lộ', company: 'PCYB', address: 'Phường Nghĩa Lộ, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 371 E12.3', 'đường dây 22 kV lộ 472 E12.3'] },
    ['nghia-lo'],
  ),
  branch(
    { id: 'van-chan', code: 'VC', name: 'Điện lực Văn Chấn', company: 'PCYB', address: 'Xã Văn Chấn, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 373 E12.3', 'đường dây 35 kV lộ 375 E12.3'] },
    ['van-chan'],
  ),
  branch(
    { id: 'mu-cang-chai', code: 'MCC', name: 'Điện lực Mù Cang Chải', company: 'PCYB', address: 'Xã Mù Cang Chải, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 371 trung gian Mù Cang Chải', 'đường dây 35 kV lộ 373 trung gian Mù Cang Chải'] },
    ['mu-cang-chai'],
  ),
  branch(
    { id: 'tram-tau', code: 'TT', name: 'Điện lực Trạm Tấu', company: 'PCYB', address: 'Xã Trạm Tấu, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 377 E12.3', 'đường dây 35 kV nhánh rẽ Trạm Tấu'] },
    ['tram-tau'],
  ),
  branch(
    { id: 'van-yen', code: 'VY', name: 'Điện lực Văn Yên', company: 'PCYB', address: 'Xã Mậu A, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 371 E12.4', 'đường dây 35 kV lộ 374 E12.4'] },
    ['van-yen'],
  ),
  branch(
    { id: 'tran-yen', code: 'TY', name: 'Điện lực Trấn Yên', company: 'PCYB', address: 'Xã Trấn Yên, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 372 E12.1', 'đường dây 22 kV lộ 474 E12.1'] },
    ['tran-yen'],
  ),
  branch(
    { id: 'yen-binh', code: 'YB', name: 'Điện lực Yên Bình', company: 'PCYB', address: 'Xã Yên Bình, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 371 E12.2', 'đường dây 35 kV lộ 373 E12.2'] },
    ['yen-binh'],
  ),
  branch(
    { id: 'luc-yen', code: 'LY', name: 'Điện lực Lục Yên', company: 'PCYB', address: 'Xã Lục Yên, tỉnh Lào Cai', feeders: ['đường dây 35 kV lộ 375 E12.2', 'đường dây 35 kV lộ 377 E12.2'] },
    ['luc-yen'],
  ),
];

// ---------------------------------------------------------------------------------------------

/** mulberry32: a small PRNG, so the same seed writes the same data everywhere. */
function rngFrom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    some: <T>(list: readonly T[], n: number): T[] => {
      const copy = [...list];
      const out: T[] = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}
type Rng = ReturnType<typeof rngFrom>;

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

const shortName = (commune: CommuneSeed) => commune.name.replace(/^(Xã|Phường) /, '');
const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function stations(rng: Rng, commune: CommuneSeed, n: number): string[] {
  const numbers = rng.some([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], n).sort((a, b) => a - b);
  return numbers.map((k) => `TBA ${shortName(commune)} ${k}`);
}

interface Draft {
  branch: BranchSeed;
  type: 'planned' | 'emergency';
  communes: CommuneSeed[];
  area: string;
  reason: string;
  start: number;
  end: number;
  cancelNote?: string;
}

/** The area text as a branch publishes it, and the substations (TBA) it names. */
function describeArea(rng: Rng, branch: BranchSeed, communes: CommuneSeed[]): { area: string; stations: string[] } {
  const main = communes[0];
  if (communes.length > 1) {
    const from = rng.int(2, 60);
    const to = from + rng.int(20, 90);
    const list = communes.flatMap((cm) => stations(rng, cm, 1));
    const where = communes.map((cm) => inSentence(cm.name)).join(', ');
    return { area: `Từ cột ${from} đến cột ${to} ${rng.pick(branch.feeders)}: khách hàng sau các ${list.join(', ')} (${where}).`, stations: list };
  }
  const list = stations(rng, main, rng.int(1, 3));
  if (main.places && rng.next() < 0.7) {
    return { area: `Một phần ${rng.pick(main.places)}, ${inSentence(main.name)}: khách hàng sau ${list.join(', ')}.`, stations: list };
  }
  return { area: `Toàn bộ khách hàng sau ${list.join(', ')}, ${inSentence(main.name)}.`, stations: list };
}

function plannedReason(rng: Rng, branch: BranchSeed, commune: CommuneSeed, station: string): string {
  const feeder = rng.pick(branch.feeders);
  const reasons = [
    `Bảo dưỡng, sửa chữa định kỳ ${feeder}.`,
    `Thay tụ bù trung áp tại ${station}.`,
    `Phát quang hành lang tuyến ${feeder}, chặt tỉa cây có nguy cơ đổ vào đường dây.`,
    `Đấu nối trạm biến áp mới ${shortName(commune)} ${rng.int(13, 20)} vào ${feeder}.`,
    `Thay máy biến áp ${station} bằng máy công suất lớn hơn để chống quá tải.`,
    `Dựng lại cột điện hạ áp bị nghiêng do sạt lở taluy sau ${station}.`,
    `Lắp đặt thiết bị đóng cắt tự động (recloser) phân đoạn trên ${feeder}.`,
    `Thay dây dẫn trần bằng cáp vặn xoắn sau ${station} để bảo đảm an toàn khu dân cư.`,
    `Thí nghiệm định kỳ máy biến áp và thiết bị đóng cắt tại ${station}.`,
    `Di dời đường dây trung áp phục vụ thi công mở rộng đường giao thông.`,
    `Cải tạo lưới điện hạ áp và thay công tơ điện tử sau ${station}.`,
  ];
  return rng.pick(reasons);
}

function emergencyReason(rng: Rng, branch: BranchSeed, station: string): string {
  const feeder = rng.pick(branch.feeders);
  const reasons = [
    `Sự cố trên ${feeder} do cây đổ vào đường dây sau gió lớn.`,
    `Sét đánh hỏng chống sét van tại ${station}, đang thay thế.`,
    `Sự cố máy biến áp ${station}, đang kiểm tra và khắc phục.`,
    `Đứt dây dẫn do sạt lở đất làm đổ cột trên ${feeder}.`,
    `Sự cố cáp ngầm trung áp, đang dò tìm điểm hỏng.`,
    `Cháy cầu chì tự rơi tại ${station} do quá tải.`,
  ];
  return rng.pick(reasons);
}

/** Usual windows of planned work (local hour, minute → hour, minute). */
const PLANNED_WINDOWS: [number, number, number, number][] = [
  [7, 30, 11, 30],
  [7, 0, 16, 30],
  [8, 0, 17, 0],
  [5, 30, 7, 30],
  [13, 30, 17, 30],
  [7, 30, 16, 30],
  [8, 0, 11, 0],
  [14, 0, 17, 0],
  [6, 0, 12, 0],
];

const CANCEL_NOTES = [
  'Tạm hoãn do dự báo có mưa to, không bảo đảm an toàn thi công. Lịch mới sẽ được thông báo sau.',
  'Hủy lịch cắt điện do điều chỉnh kế hoạch thi công; khách hàng vẫn được cấp điện bình thường.',
];

const at = (dayStart: number, h: number, m: number) => dayStart + h * HOUR + m * MINUTE;
const floorTo = (ms: number, step: number) => Math.floor(ms / step) * step;
const ceilTo = (ms: number, step: number) => Math.ceil(ms / step) * step;

/** The drafts, in an order that does not depend on `now` (ids come from it). */
export function draftOutages(now: number): Draft[] {
  const rng = rngFrom(20_251_127);
  const today = vnStartOfDay(now);
  const drafts: Draft[] = [];

  const planned = (branch: BranchSeed, dayOffset: number, window?: [number, number, number, number]) => {
    const n = branch.communes.length > 2 && rng.next() < 0.35 ? 2 : 1;
    const communes = rng.some(branch.communes, n);
    const [h1, m1, h2, m2] = window ?? rng.pick(PLANNED_WINDOWS);
    const dayStart = today + dayOffset * DAY;
    const { area, stations: named } = describeArea(rng, branch, communes);
    const draft: Draft = {
      branch,
      type: 'planned',
      communes,
      area,
      reason: plannedReason(rng, branch, communes[0], rng.pick(named)),
      start: at(dayStart, h1, m1),
      end: at(dayStart, h2, m2),
    };
    drafts.push(draft);
    return draft;
  };
  const emergency = (branch: BranchSeed, dayOffset: number) => {
    const communes = rng.some(branch.communes, 1);
    let start = floorTo(today + dayOffset * DAY + rng.int(0, 23) * HOUR + rng.int(0, 59) * MINUTE, 5 * MINUTE);
    const length = rng.int(9, 48) * 5 * MINUTE; // 45 min – 4 h
    // An emergency is never in the future: one that would be is moved to the day before.
    if (start + length > now) start -= DAY;
    const { area, stations: named } = describeArea(rng, branch, communes);
    drafts.push({
      branch,
      type: 'emergency',
      communes,
      area,
      reason: emergencyReason(rng, branch, rng.pick(named)),
      start,
      end: start + length,
    });
  };

  for (const branch of BRANCHES) {
    const count = rng.int(2, 3);
    for (let i = 0; i < count; i++) planned(branch, rng.int(-3, 10));
  }
  for (const branch of rng.some(BRANCHES, 8)) emergency(branch, rng.int(-3, 0));

  // Examples the app must always have to show: power out right now in Sa Pa and in the city,
  // work tomorrow in both, and two planned cuts called off.
  const sapa = BRANCHES.find((b) => b.id === 'sa-pa')!;
  const city = BRANCHES.find((b) => b.id === 'thanh-pho-lao-cai')!;
  const sapaCommunes = [sapa.communes[0]];
  drafts.push({
    branch: sapa,
    type: 'emergency',
    communes: sapaCommunes,
    area: 'Khách hàng sau TBA Sa Pa 4, TBA Xuân Viên 2, một phần đường Xuân Viên và đường Cầu Mây, phường Sa Pa.',
    reason: 'Sự cố trên đường dây 35 kV lộ 371 E20.6 do cây đổ vào đường dây, đang xử lý.',
    start: floorTo(now - 35 * MINUTE, 5 * MINUTE),
    end: ceilTo(now + 85 * MINUTE, 5 * MINUTE),
  });
  const cityNow = floorTo(now - 2 * HOUR, 30 * MINUTE);
  const cityHour = new Date(cityNow + 7 * HOUR).getUTCHours();
  drafts.push({
    branch: city,
    type: 'planned',
    communes: [city.communes[1]],
    area: 'Một phần khu đô thị Bắc Lệnh, phường Cam Đường: khách hàng sau TBA Bắc Lệnh 3, TBA Bắc Lệnh 5.',
    reason:
      'Thay máy biến áp TBA Bắc Lệnh 3 bằng máy công suất lớn hơn để chống quá tải.' +
      (cityHour >= 5 && cityHour < 14 ? '' : ' Thi công ban đêm để giảm ảnh hưởng đến sinh hoạt và kinh doanh.'),
    start: cityNow,
    end: cityNow + 6 * HOUR,
  });
  planned(sapa, 1, [7, 30, 11, 30]);
  planned(city, 1, [8, 0, 17, 0]);
  const c1 = planned(BRANCHES.find((b) => b.id === 'bac-ha')!, 2, [7, 0, 16, 30]);
  c1.cancelNote = CANCEL_NOTES[0];
  const c2 = planned(BRANCHES.find((b) => b.id === 'thanh-pho-yen-bai')!, 4, [8, 0, 11, 0]);
  c2.cancelNote = CANCEL_NOTES[1];
  return drafts;
}

function insertOutages(db: Db, now: number): void {
  const drafts = draftOutages(now);
  const insert = db.prepare(
    `INSERT INTO outages (id, branch_id, type, area, start_at, end_at, reason, cancelled_at, note, published_at, updated_at, search)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare('INSERT INTO outage_commune_links (outage_id, commune_id, position) VALUES (?, ?, ?)');
  const seq = new Map<string, number>();
  drafts.forEach((d, i) => {
    const n = (seq.get(d.branch.id) ?? 0) + 1;
    seq.set(d.branch.id, n);
    const id = `${d.branch.company}-${d.branch.code}-${String(n).padStart(4, '0')}`;
    // Planned work is announced days ahead (at most until now); an emergency minutes after it starts.
    const published =
      d.type === 'planned'
        ? Math.min(d.start - (5 + (i % 3)) * DAY, now - (i % 7) * HOUR - 20 * MINUTE)
        : Math.min(d.start + 10 * MINUTE, now - MINUTE);
    const cancelled = d.cancelNote ? Math.max(published + HOUR, now - (3 + (i % 5)) * HOUR) : null;
    const search = foldVietnamese(
      [id, d.branch.name, COMPANIES[d.branch.company], d.area, d.reason, ...d.communes.map((cm) => cm.name)].join(' '),
    );
    insert.run(id, d.branch.id, d.type, d.area, d.start, d.end, d.reason, cancelled, d.cancelNote ?? null, published, cancelled ?? published, search);
    d.communes.forEach((cm, pos) => link.run(id, cm.id, pos));
  });
}

export const outagesSeeder: Seeder = {
  name: 'outages',
  seed(db, now) {
    const branch = db.prepare(
      'INSERT INTO outage_branches (id, code, name, company, company_code, phone, address, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const commune = db.prepare('INSERT INTO outage_communes (id, branch_id, name, sort) VALUES (?, ?, ?, ?)');
    BRANCHES.forEach((b, i) => {
      branch.run(b.id, b.code, b.name, COMPANIES[b.company], b.company, OUTAGE_HOTLINE, b.address, i);
      b.communes.forEach((cm, j) => commune.run(cm.id, b.id, cm.name, j));
    });
    insertOutages(db, now.getTime());
  },
  rebase(db, shiftMs) {
    db.prepare(
      `UPDATE outages SET start_at = start_at + ?, end_at = end_at + ?, published_at = published_at + ?, updated_at = updated_at + ?,
         cancelled_at = CASE WHEN cancelled_at IS NULL THEN NULL ELSE cancelled_at + ? END`,
    ).run(shiftMs, shiftMs, shiftMs, shiftMs, shiftMs);
  },
  // Start and end may be ahead (planned cuts); the notices themselves were published already.
  newest: (db) => db.prepare('SELECT MAX(MAX(published_at), MAX(updated_at), COALESCE(MAX(cancelled_at), 0)) FROM outages').pluck().get() as number | null,
};
