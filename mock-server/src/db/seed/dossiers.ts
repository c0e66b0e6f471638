import type { Db } from '../connection.js';
import type { Seeder } from './index.js';
import { asSentence, foldVietnamese } from '../../contract/text.js';
import { procedureFieldLabel, type Applicant, type DossierStatus, type FieldValue } from '../../contract/dossiers.js';
import { checkTransition } from '../../services/dossier-state-machine.js';
import { allocateDossierCode, deskOf, findAgency, findCommuneAgency, findProcedure, procedurePapers, recordStep, statusNotice, CITIZEN_OFFICE } from '../../services/dossiers.js';
import { missingFrom } from '../../services/dossier-papers.js';
import { openFee } from '../../services/fees.js';
import { dueDateFor, isWorkingDay, subtractWorkingDays } from '../../services/working-days.js';
import { renameCode } from '../rename-code.js';
import { vnDateKey, vnHour, vnStartOfDay } from '../../contract/vn-time.js';
import {
  AUTHORITY_NAMES,
  COMMUNE_AGENCIES,
  DEPARTMENT_OFFICERS,
  PROCEDURES,
  PROVINCIAL_AGENCIES,
  RECEPTION_OFFICERS,
  procedureIdOf,
} from './procedure-catalogue.js';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/** The browser's development identity (see the app's Zalo adapter). */
export const DEMO_USER = { id: 'cong-dan-demo', name: 'Nguyễn Thị Mai' };

/** Extra words people search with that are not in the official names. */
const KEYWORDS: Record<string, string> = {
  '1.012766': 'sổ đỏ sổ hồng làm sổ',
  '1.012781': 'sang tên sổ đỏ mua bán đất',
  '1.012785': 'đổi sổ đỏ',
  '1.002809': 'bằng lái xe',
  '2.000575': 'giấy phép kinh doanh',
  '1.009994': 'xin phép xây nhà',
  '2.000815': 'công chứng bản sao photo',
  '1.001978': 'bảo hiểm thất nghiệp',
};

function seedCatalogue(db: Db) {
  const agency = db.prepare(
    'INSERT INTO dossier_agencies (code, authority_id, name, commune, reception_office, officers) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const a of PROVINCIAL_AGENCIES) agency.run(a.code, a.authorityId, a.name, null, a.receptionOffice, JSON.stringify(a.officers));
  COMMUNE_AGENCIES.forEach((a, n) =>
    agency.run(
      a.code,
      'ubnd-xa',
      a.name,
      a.commune,
      a.receptionOffice,
      JSON.stringify({ reception: RECEPTION_OFFICERS[n % RECEPTION_OFFICERS.length], department: DEPARTMENT_OFFICERS[(n * 5) % DEPARTMENT_OFFICERS.length] }),
    ),
  );

  const insert = db.prepare(
    `INSERT INTO procedures (id, national_code, name, field, authority_id, authority_name, tier, agency_code, department, service_level,
       processing_days, fee_vnd, fee_text, description, applicants, papers, result, legal_basis, fields, search, sort)
     VALUES (@id, @nationalCode, @name, @field, @authority, @authorityName, @tier, @agencyCode, @department, @serviceLevel,
       @processingDays, @feeVnd, @feeText, @description, @applicants, @papers, @result, @legalBasis, @fields, @search, @sort)`,
  );
  PROCEDURES.forEach((p, i) => {
    const provincial = PROVINCIAL_AGENCIES.find((a) => a.authorityId === p.authority);
    insert.run({
      ...p,
      id: procedureIdOf(p.nationalCode),
      authorityName: AUTHORITY_NAMES[p.authority],
      tier: provincial ? 'province' : 'commune',
      agencyCode: provincial?.code ?? null,
      papers: JSON.stringify(p.papers),
      legalBasis: JSON.stringify(p.legalBasis),
      fields: JSON.stringify(p.fields),
      search: foldVietnamese(
        [p.name, p.nationalCode, procedureFieldLabel(p.field), AUTHORITY_NAMES[p.authority], p.description, KEYWORDS[p.nationalCode] ?? ''].join(' '),
      ),
      sort: i + 1,
    });
  });
}

// ───────── People ─────────

interface Person {
  id: string;
  name: string;
  applicant: Applicant;
}

const person = (id: string, fullName: string, idNumber: string, phone: string, commune: string, street: string, email: string | null = null): Person => ({
  id,
  name: fullName,
  applicant: { fullName, idNumber, phone, email, address: { province: 'Lào Cai', commune, street } },
});

export const SEED_PEOPLE = {
  mai: person(DEMO_USER.id, DEMO_USER.name, '010186004512', '0983412765', 'Phường Cam Đường', 'Số 27, tổ 12', 'nguyenthimai.lc@gmail.com'),
  tinh: person('cd-lo-van-tinh', 'Lò Văn Tỉnh', '010085002317', '0356218904', 'Xã Bát Xát', 'Thôn Châu Giàng'),
  my: person('cd-giang-thi-my', 'Giàng Thị Mỷ', '010195006128', '0868114352', 'Xã Bắc Hà', 'Thôn Na Hối Tày'),
  nam: person('cd-hoang-van-nam', 'Hoàng Văn Nam', '015082003956', '0912507836', 'Phường Yên Bái', 'Số 112, đường Đinh Tiên Hoàng', 'hoangnam.yb@gmail.com'),
  de: person('cd-vang-a-de', 'Vàng A Dế', '010201004783', '0395661207', 'Xã Y Tý', 'Thôn Lao Chải'),
  ha: person('cd-pham-thu-ha', 'Phạm Thị Thu Hà', '001190012845', '0977203518', 'Phường Sa Pa', 'Số 8, phố Thạch Sơn', 'thuha.sapa@gmail.com'),
  chu: person('cd-san-seo-chu', 'Sần Seo Chứ', '010088007241', '0824559130', 'Xã Si Ma Cai', 'Thôn Sán Chải'),
  lan: person('cd-trieu-thi-lan', 'Triệu Thị Lan', '015193008416', '0703882641', 'Xã Mậu A', 'Thôn Cường Thịnh'),
  tuan: person('cd-do-minh-tuan', 'Đỗ Minh Tuấn', '010090011532', '0942617385', 'Phường Lào Cai', 'Số 45, đường Hoàng Liên'),
  nhung: person('cd-ha-thi-nhung', 'Hà Thị Nhung', '015187005239', '0387904116', 'Phường Nghĩa Lộ', 'Tổ dân phố Pú Trạng'),
  phu: person('cd-ly-van-phu', 'Lý Văn Phú', '010079001846', '0855340972', 'Xã Văn Bàn', 'Thôn Bản Ngoang'),
};

// ───────── Scenarios ─────────

/** Dates relative to the day of submission, as the form would have them. */
interface When {
  before(days: number): string;
  after(days: number): string;
}

interface Scenario {
  who: Person;
  proc: string;
  /** The statuses it went through, from 1. */
  path: DossierStatus[];
  /**
   * Working days between the day it was sent and today: counted in working days, as due dates are,
   * so a dossier that is overdue or due soon on one day of the year is so on every other day too
   * (after Tết, after a long weekend).
   */
  workingDaysAgo: number;
  /** Hour of the day it was sent. */
  hour?: number;
  fields: (w: When) => Record<string, FieldValue>;
  notes?: Partial<Record<DossierStatus, string>>;
  /** Status 5: the procedure's papers asked for again, by id, and papers described in words. */
  missingPapers?: string[];
  missing?: string[];
  /** Status 6: the fee to pay in the app, in đồng. */
  amount?: number;
}

const P = SEED_PEOPLE;
const yes = true;

export const SCENARIOS: Scenario[] = [
  // Nguyễn Thị Mai, the development identity: something in most statuses.
  {
    who: P.mai, proc: '1.001193', path: [1, 2, 4, 9, 10], workingDaysAgo: 14, hour: 9,
    fields: (w) => ({ childFullName: 'Trần Minh Khang', childGender: 'nam', childBirthDate: w.before(6), childBirthPlace: 'Bệnh viện Sản Nhi tỉnh Lào Cai', childEthnicity: 'Kinh', motherFullName: 'Nguyễn Thị Mai', motherIdNumber: '010186004512', fatherFullName: 'Trần Văn Hùng', fatherIdNumber: '010084003321', relationship: 'Mẹ', birthCertificateNumber: 'GCS-2611-0457', commitment: yes }),
  },
  {
    who: P.mai, proc: '1.009994', path: [1, 2, 4, 5], workingDaysAgo: 6, hour: 20,
    fields: () => ({ certificateNumber: 'DĐ 482915', mapSheet: '18', plotNumber: '236', plotArea: 96.5, footprint: 80, floors: 3, totalFloorArea: 240, height: 11.4, siteAddress: 'Số 27, tổ 12, phường Cam Đường' }),
    missingPapers: ['ban-ve-thiet-ke', 'giay-chung-nhan-qsdd'],
    notes: { 5: 'Bản vẽ đã nộp mới có mặt bằng tầng 1, cần đủ mặt cắt, mặt đứng có chữ ký của người thiết kế; ảnh Giấy chứng nhận bị mất trang 3.' },
  },
  {
    who: P.mai, proc: '2.000488', path: [1, 2, 4], workingDaysAgo: 2, hour: 10,
    fields: () => ({ formType: 'so-1', purpose: 'Bổ sung hồ sơ dự tuyển viên chức ngành giáo dục', copies: 2, birthPlace: 'Thành phố Lào Cai, tỉnh Lào Cai', fatherFullName: 'Nguyễn Văn Thịnh', motherFullName: 'Phạm Thị Xuân', residenceHistory: '2000–2008: học tập tại Trường THPT số 1 thành phố Lào Cai, ở tại phường Cốc Lếu.\n2008–2012: sinh viên Trường Đại học Sư phạm Thái Nguyên.\n2012 đến nay: giáo viên, cư trú tại phường Cam Đường, tỉnh Lào Cai.', commitment: yes }),
  },
  {
    who: P.mai, proc: '2.000635', path: [1], workingDaysAgo: 0, hour: 7,
    fields: () => ({ recordType: 'Kết hôn', personFullName: 'Nguyễn Thị Mai', personBirthDate: '1986-05-14', registeredAt: 'UBND phường Cốc Lếu, thành phố Lào Cai (cũ)', registeredYear: 2013, copies: 2 }),
  },
  {
    who: P.mai, proc: '1.012781', path: [1, 2, 4, 6], workingDaysAgo: 4, hour: 14,
    fields: (w) => ({ transferType: 'Tặng cho', certificateNumber: 'CS 073512', mapSheet: '22', plotNumber: '118', counterpartyName: 'Phạm Thị Xuân', contractDate: w.before(4), notaryOffice: 'Văn phòng công chứng Hoàng Liên, phường Lào Cai' }),
    notes: { 6: 'Lệ phí đăng ký biến động đất đai. Lệ phí trước bạ và thuế thu nhập cá nhân được miễn vì tặng cho giữa mẹ và con.' },
    amount: 50_000,
  },
  {
    who: P.mai, proc: '2.000815', path: [1, 2, 4, 9], workingDaysAgo: 1, hour: 8,
    fields: () => ({ documentName: 'Bằng tốt nghiệp đại học', pages: 1, copies: 3, pickup: 'Nhận tại bộ phận Một cửa' }),
  },
  {
    who: P.mai, proc: '2.000575', path: [1, 7], workingDaysAgo: 8, hour: 21,
    fields: () => ({ businessName: 'Hộ kinh doanh Mai Hùng', businessAddress: 'Số 27, tổ 12, phường Cam Đường', businessLines: 'Bán lẻ văn phòng phẩm, sách giáo khoa; dịch vụ phô tô, in ấn', capital: 150_000_000, employees: 2, ownerType: 'Cá nhân' }),
    notes: { 7: 'Lý do: Khai nhầm ngành nghề, tôi sẽ nộp lại hồ sơ mới.' },
  },
  // Other residents.
  {
    who: P.tinh, proc: '1.001193', path: [1, 2, 4, 9, 10], workingDaysAgo: 25, hour: 10,
    fields: (w) => ({ childFullName: 'Lò Thị Ngọc Ánh', childGender: 'nu', childBirthDate: w.before(12), childBirthPlace: 'Trung tâm Y tế Bát Xát', childEthnicity: 'Giáy', motherFullName: 'Lù Thị Dung', motherIdNumber: '010192005530', fatherFullName: 'Lò Văn Tỉnh', fatherIdNumber: '010085002317', relationship: 'Cha', commitment: yes }),
  },
  {
    who: P.tinh, proc: '1.012766', path: [1, 2, 4], workingDaysAgo: 23, hour: 15,
    fields: () => ({ mapSheet: '7', plotNumber: '52', plotArea: 412.3, landUse: 'Đất ở tại nông thôn', origin: 'Được thừa kế, tặng cho', usedSince: '1998-03-01', plotAddress: 'Thôn Châu Giàng, xã Bát Xát', hasHouse: yes }),
  },
  {
    who: P.tinh, proc: '1.005090', path: [1, 7], workingDaysAgo: 4, hour: 19,
    fields: () => ({ studentName: 'Lò Văn Quân', studentBirthDate: '2010-09-02', grade: 'Lớp 11', fromSchool: 'Trường THPT số 1 Bát Xát', toSchool: 'Trường THPT số 2 thành phố Lào Cai', term: 'Học kỳ II', reason: 'Gia đình chuyển xuống phường Lào Cai làm ăn sinh sống.' }),
    notes: { 7: 'Lý do: Gia đình thay đổi kế hoạch, cháu tiếp tục học ở trường cũ.' },
  },
  {
    who: P.my, proc: '1.000894', path: [1, 2, 4, 9, 10], workingDaysAgo: 11, hour: 9,
    fields: (w) => ({ husbandFullName: 'Thào A Páo', husbandBirthDate: '1997-11-20', husbandIdNumber: '010097004021', husbandResidence: 'Thôn Bản Phố, xã Bắc Hà', wifeFullName: 'Giàng Thị Mỷ', wifeBirthDate: '1995-02-08', wifeIdNumber: '010195006128', wifeResidence: 'Thôn Na Hối Tày, xã Bắc Hà', residence: 'cung-xa', appointmentDate: w.after(3), voluntary: yes }),
  },
  {
    who: P.my, proc: '1.001776', path: [1, 2, 4], workingDaysAgo: 19, hour: 11,
    fields: () => ({ beneficiaryName: 'Giàng Seo Sử', beneficiaryBirthDate: '1948-04-10', category: 'Người từ đủ 75 tuổi chưa có lương hưu', payment: 'Nhận tiền mặt tại xã, phường' }),
  },
  {
    who: P.my, proc: '2.002155', path: [1, 2, 4, 9, 10], workingDaysAgo: 16, hour: 16,
    fields: () => ({ category: 'Người dân tộc thiểu số cư trú ở vùng đặc biệt khó khăn', helpType: 'Tư vấn pháp luật', caseSummary: 'Gia đình tôi và hộ bên cạnh có tranh chấp ranh giới nương ngô khoảng 200 m². Tôi cần được hướng dẫn thủ tục hòa giải tại xã và quyền lợi của gia đình.' }),
  },
  {
    who: P.nam, proc: '2.001610', path: [1, 2, 4, 9, 10], workingDaysAgo: 13, hour: 8,
    fields: () => ({ enterpriseName: 'Doanh nghiệp tư nhân Nông sản Hoàng Nam', headOffice: 'Số 112, đường Đinh Tiên Hoàng, phường Yên Bái', capital: 2_000_000_000, businessLines: 'Bán buôn nông, lâm sản (quế, hồi, chè); chế biến và bảo quản rau quả', employees: 12 }),
  },
  {
    who: P.nam, proc: '1.001577', path: [1, 3], workingDaysAgo: 4, hour: 13,
    fields: (w) => ({ plate: '21C-088.56', vehicleType: 'Ô tô đầu kéo kéo sơ mi rơ moóc', cargo: 'Quặng sắt đóng bao', grossWeight: 52, route: 'Mỏ sắt Quý Xa – Tỉnh lộ 151 – Quốc lộ 70 – Cảng Hà Khẩu', fromDate: w.after(3), toDate: w.after(30) }),
    notes: { 3: 'Hàng hóa là quặng đóng bao, có thể chia nhỏ để vận chuyển đúng tải trọng nên không thuộc diện cấp giấy phép lưu hành xe quá tải.' },
  },
  {
    who: P.nam, proc: '2.000205', path: [1, 2, 4, 6], workingDaysAgo: 3, hour: 10,
    fields: (w) => ({ workerName: 'ZHANG WEI', nationality: 'Trung Quốc', passportNumber: 'EH4829175', position: 'Chuyên gia', employer: 'Doanh nghiệp tư nhân Nông sản Hoàng Nam', fromDate: w.after(20), toDate: w.after(385) }),
    notes: { 6: 'Phí cấp giấy phép lao động cho người lao động nước ngoài.' },
    amount: 600_000,
  },
  {
    who: P.de, proc: '1.002809', path: [1, 2, 4], workingDaysAgo: 2, hour: 17,
    fields: () => ({ licenseNumber: '100201004512', licenseClass: 'A1', issuedDate: '2019-06-18', healthCheckDate: '2026-11-10', reason: 'Đổi sang mẫu mới' }),
  },
  {
    who: P.de, proc: '1.004873', path: [1, 2], workingDaysAgo: 2, hour: 9,
    fields: () => ({ purpose: 'Đăng ký kết hôn', maritalStatus: 'Chưa đăng ký kết hôn với ai', intendedSpouse: 'Chảo Thị Mẩy' }),
  },
  {
    who: P.de, proc: '1.004859', path: [1, 2, 7], workingDaysAgo: 6, hour: 15,
    fields: () => ({ changeType: 'Cải chính nội dung bị sai', recordType: 'Khai sinh', personFullName: 'Vàng A Dế', currentContent: 'Ngày sinh ghi 12/3/2001', requestedContent: 'Ngày sinh 21/3/2001', reason: 'Khi đăng ký khai sinh cán bộ ghi nhầm ngày sinh so với Giấy chứng sinh.' }),
    notes: { 7: 'Lý do: Tôi sẽ mang Giấy chứng sinh bản chính đến nộp trực tiếp cho nhanh.' },
  },
  {
    who: P.ha, proc: '1.001432', path: [1, 2, 4, 5], workingDaysAgo: 6, hour: 10,
    fields: () => ({ enterpriseName: 'Công ty TNHH Du lịch Mây Trắng Sa Pa', taxCode: '5300812457', headOffice: 'Số 8, phố Thạch Sơn, phường Sa Pa', deposit: 100_000_000, depositBank: 'Ngân hàng TMCP Công Thương Việt Nam – Chi nhánh Lào Cai', managerName: 'Phạm Thị Thu Hà' }),
    missingPapers: ['chung-chi-dieu-hanh', 'ky-quy'],
    notes: { 5: 'Người phụ trách kinh doanh lữ hành phải có chứng chỉ nghiệp vụ theo quy định.' },
  },
  {
    who: P.ha, proc: '1.005092', path: [1, 2, 4, 9, 10], workingDaysAgo: 28, hour: 14,
    fields: () => ({ diplomaType: 'Bằng tốt nghiệp trung học phổ thông', graduateName: 'Phạm Thị Thu Hà', graduateBirthDate: '1990-07-25', school: 'Trường THPT số 1 thị xã Sa Pa', graduationYear: 2008, copies: 2 }),
  },
  {
    who: P.ha, proc: '1.009995', path: [1, 2, 4, 5, 4, 9, 10], workingDaysAgo: 35, hour: 9,
    fields: () => ({ certificateNumber: 'BV 215836', siteAddress: 'Số 8, phố Thạch Sơn, phường Sa Pa', works: 'Cải tạo tầng 1 làm phòng đón khách, thay mái tôn bằng mái ngói, giữ nguyên kết cấu chịu lực.', floorsAfter: 3 }),
    missingPapers: ['ban-ve-hien-trang'],
    notes: { 5: 'Công trình nằm trong khu vực cần giữ kiến trúc mặt phố, cần bản vẽ hiện trạng để đối chiếu.' },
  },
  {
    who: P.chu, proc: '1.001978', path: [1, 2, 4, 5, 4], workingDaysAgo: 18, hour: 8,
    fields: (w) => ({ lastEmployer: 'Công ty Cổ phần Phân bón và Hóa chất Lào Cai', contractType: 'Xác định thời hạn', contractEndDate: w.before(20), socialInsuranceNumber: '1018824517', contributionMonths: 38, bankAccount: '8803205118234', bankName: 'Agribank Chi nhánh Si Ma Cai' }),
    missingPapers: ['quyet-dinh-thoi-viec'],
    notes: { 5: 'Ảnh quyết định thôi việc đã nộp bị mất phần chữ ký và dấu.' },
  },
  {
    who: P.chu, proc: '1.000656', path: [1, 2, 4, 9, 10], workingDaysAgo: 42, hour: 10,
    fields: (w) => ({ deceasedFullName: 'Sần Seo Páo', deceasedBirthDate: '1939-01-15', deathDate: w.before(3), deathPlace: 'Tại nhà, thôn Sán Chải, xã Si Ma Cai', deathCause: 'Tuổi cao, bệnh già', relationship: 'Con', deathNoticeNumber: '15/GBT' }),
  },
  {
    who: P.chu, proc: '2.000635', path: [1, 2, 4], workingDaysAgo: 1, hour: 9,
    fields: () => ({ recordType: 'Khai tử', personFullName: 'Sần Seo Páo', registeredAt: 'UBND xã Si Ma Cai', registeredYear: 2026, copies: 3 }),
  },
  {
    who: P.lan, proc: '1.001193', path: [1, 2], workingDaysAgo: 3, hour: 10,
    fields: (w) => ({ childFullName: 'Bàn Gia Huy', childGender: 'nam', childBirthDate: w.before(9), childBirthPlace: 'Trung tâm Y tế Văn Yên', childEthnicity: 'Dao', motherFullName: 'Triệu Thị Lan', motherIdNumber: '015193008416', fatherFullName: 'Bàn Văn Quý', fatherIdNumber: '015090002714', relationship: 'Mẹ', commitment: yes }),
  },
  {
    who: P.lan, proc: '2.000884', path: [1, 3], workingDaysAgo: 7, hour: 15,
    fields: () => ({ documentName: 'Giấy ủy quyền quản lý thửa đất', signers: 2, language: 'Tiếng Việt' }),
    notes: { 3: 'Giấy ủy quyền liên quan đến quyền sử dụng đất phải công chứng hoặc chứng thực hợp đồng ủy quyền, không chứng thực chữ ký được. Đề nghị liên hệ bộ phận Một cửa để được hướng dẫn.' },
  },
  {
    who: P.lan, proc: '2.000913', path: [1, 2, 4, 9, 10], workingDaysAgo: 8, hour: 9,
    fields: () => ({ contractType: 'Mua bán xe', assetDescription: 'Xe máy Honda Wave Alpha màu đỏ, biển số 21B1-456.78, sản xuất năm 2019', assetValue: 9_500_000, counterpartyName: 'Hoàng Văn Thuận' }),
  },
  {
    who: P.tuan, proc: '2.002042', path: [1, 2, 4, 5, 8], workingDaysAgo: 32, hour: 10,
    fields: () => ({ companyName: 'Công ty TNHH Thương mại Kim Thành', headOffice: 'Số 45, đường Hoàng Liên, phường Lào Cai', charterCapital: 3_000_000_000, members: 3, legalRepresentative: 'Đỗ Minh Tuấn', businessLines: 'Bán buôn máy móc, thiết bị nông nghiệp; dịch vụ logistics hàng hóa xuất nhập khẩu qua cửa khẩu' }),
    missingPapers: ['dieu-le'],
    missing: ['Bản sao giấy tờ pháp lý của thành viên là tổ chức'],
    notes: { 5: 'Điều lệ thiếu chữ ký của một thành viên góp vốn.', 8: 'Quá 30 ngày công dân chưa bổ sung giấy tờ theo yêu cầu.' },
  },
  {
    who: P.tuan, proc: '1.009994', path: [1, 2, 4], workingDaysAgo: 21, hour: 9,
    fields: () => ({ certificateNumber: 'CT 556102', mapSheet: '31', plotNumber: '407', plotArea: 120, footprint: 100, floors: 5, totalFloorArea: 480, height: 19.5, siteAddress: 'Lô 12, khu đô thị mới Bắc Cường, phường Lào Cai' }),
  },
  {
    who: P.tuan, proc: '1.001193', path: [1], workingDaysAgo: 0, hour: 8,
    fields: (w) => ({ childFullName: 'Đỗ Khánh Linh', childGender: 'nu', childBirthDate: w.before(4), childBirthPlace: 'Bệnh viện Đa khoa tỉnh Lào Cai', childEthnicity: 'Kinh', motherFullName: 'Nguyễn Thị Thu Trang', motherIdNumber: '010193007766', fatherFullName: 'Đỗ Minh Tuấn', fatherIdNumber: '010090011532', relationship: 'Cha', commitment: yes }),
  },
  {
    who: P.nhung, proc: '1.001699', path: [1, 2, 4], workingDaysAgo: 7, hour: 14,
    fields: () => ({ personName: 'Hà Văn Bình', personBirthDate: '2015-08-19', disabilityType: 'Khuyết tật vận động', description: 'Cháu bị liệt hai chân sau tai nạn giao thông năm 2024, đi lại bằng xe lăn, cần người hỗ trợ sinh hoạt hằng ngày.', request: 'Xác định lần đầu' }),
  },
  {
    who: P.nhung, proc: '1.001731', path: [1, 2, 4, 9, 10], workingDaysAgo: 10, hour: 9,
    fields: (w) => ({ deceasedName: 'Lường Văn Ỏn', deathDate: w.before(2), category: 'Đang hưởng trợ cấp xã hội hằng tháng', organizerName: 'Hà Thị Nhung' }),
  },
  {
    who: P.nhung, proc: '1.012785', path: [1, 2, 4, 8], workingDaysAgo: 14, hour: 10,
    fields: () => ({ certificateNumber: 'AK 318770', mapSheet: '5', plotNumber: '88', reason: 'Giấy bị ố, nhòe, rách, hư hỏng' }),
    notes: { 8: 'Thửa đất đang có đơn tranh chấp ranh giới tại UBND phường Nghĩa Lộ; hồ sơ dừng xử lý cho đến khi có kết quả giải quyết tranh chấp.' },
  },
  {
    who: P.nhung, proc: '1.001029', path: [1, 3], workingDaysAgo: 11, hour: 11,
    fields: () => ({ venueName: 'Karaoke Mường Lò', venueAddress: 'Tổ dân phố Pú Trạng, phường Nghĩa Lộ', rooms: 4, smallestRoom: 18, fireSafetyDocument: '125/NT-PCCC' }),
    notes: { 3: 'Phòng hát nhỏ nhất 18 m², chưa đạt diện tích tối thiểu 20 m² theo quy định.' },
  },
  {
    who: P.phu, proc: '2.000575', path: [1], workingDaysAgo: 4, hour: 16,
    fields: () => ({ businessName: 'Hộ kinh doanh Phú Ngoang', businessAddress: 'Thôn Bản Ngoang, xã Văn Bàn', businessLines: 'Thu mua, sơ chế quế; bán lẻ phân bón và vật tư nông nghiệp', capital: 300_000_000, employees: 3, ownerType: 'Các thành viên hộ gia đình' }),
  },
  {
    who: P.phu, proc: '2.000633', path: [1, 2, 4, 6], workingDaysAgo: 5, hour: 10,
    fields: () => ({ storeName: 'Cửa hàng tạp hóa Phú Ngoang', storeAddress: 'Thôn Bản Ngoang, xã Văn Bàn', storeArea: 36, supplier: 'Công ty Cổ phần Rượu Bắc Hà', commitment: yes }),
    notes: { 6: 'Phí thẩm định cấp Giấy phép bán lẻ sản phẩm rượu, nộp trước khi cơ quan kiểm tra thực tế cửa hàng.' },
    amount: 200_000,
  },
  {
    who: P.phu, proc: '1.012790', path: [1, 2, 4, 9], workingDaysAgo: 2, hour: 8,
    fields: () => ({ infoType: 'Quy hoạch sử dụng đất', mapSheet: '14', plotNumber: '203', commune: 'Xã Văn Bàn', purpose: 'Tìm hiểu quy hoạch trước khi nhận chuyển nhượng đất để làm xưởng sơ chế quế.' }),
  },
];

// ───────── Time helpers ─────────

/** Moves `ms` back into office hours (08:00–17:00 on a working day) if it fell outside. */
function backIntoOfficeHours(ms: number): number {
  let t = ms;
  for (let i = 0; i < 30; i++) {
    const h = vnHour(t);
    if (isWorkingDay(vnDateKey(t)) && h >= 8 && h < 17) return t;
    // Go to 16:xx of the previous day, and look again.
    const startOfDay = vnStartOfDay(t);
    t = h >= 17 && isWorkingDay(vnDateKey(t)) ? startOfDay + 16 * HOUR + (t % HOUR) / 2 : startOfDay - 8 * HOUR + (t % HOUR) / 2;
  }
  return ms;
}

const dateKeyShift = (ms: number, days: number) => vnDateKey(ms + days * DAY);

/** `261118` of `000.02.31.H38-261118-0001`. */
const dossierCodeDay = (code: string) => code.split('-').at(-2);

const DEFAULT_REASONS: Partial<Record<DossierStatus, string>> = {
  3: 'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan.',
  6: 'Đề nghị nộp phí, lệ phí theo quy định trước khi cơ quan xử lý tiếp.',
  7: 'Lý do: Tôi không còn nhu cầu giải quyết hồ sơ này.',
  8: 'Hồ sơ không đủ điều kiện để tiếp tục giải quyết.',
};

export const dossiersSeeder: Seeder = {
  name: 'dossiers',
  seed(db, nowDate) {
    const now = nowDate.getTime();
    seedCatalogue(db);
    const addUser = db.prepare('INSERT OR IGNORE INTO users (id, name, avatar, created_at, updated_at) VALUES (?, ?, NULL, ?, ?)');
    for (const p of Object.values(SEED_PEOPLE)) addUser.run(p.id, p.name, now - 90 * DAY, now - 90 * DAY);

    const insert = db.prepare(
      `INSERT INTO dossiers (code, procedure_id, agency_code, owner_id, status, channel, applicant, applicant_search, fields,
         missing_documents, missing_papers, received_at, due_at, finished_at, updated_at, seeded)
       VALUES (@code, @procedureId, @agencyCode, @ownerId, @status, 'Trực tuyến', @applicant, @search, @fields, @missing, @missingPapers, @receivedAt, @dueAt, @finishedAt, @updatedAt, 1)`,
    );
    const notice = db.prepare(
      "INSERT INTO notifications (user_id, kind, ref_id, title, body, created_at, read_at) VALUES (?, 'dossier', ?, ?, ?, ?, ?)",
    );

    for (const s of SCENARIOS) {
      const procedure = findProcedure(db, procedureIdOf(s.proc));
      if (!procedure) throw new Error(`Thủ tục ${s.proc} không có trong danh mục`);
      const agency = procedure.agency_code ? findAgency(db, procedure.agency_code)! : findCommuneAgency(db, s.who.applicant.address.commune)!;
      const sentDay = Date.parse(`${subtractWorkingDays(vnDateKey(now), s.workingDaysAgo)}T00:00:00+07:00`);
      const receivedAt = sentDay + (s.hour ?? 9) * HOUR + ((s.workingDaysAgo * 7) % 50) * 60_000;
      const sentAt = Math.min(receivedAt, now - 10 * 60_000);
      // The code holds the day it was sent, as every real code does.
      const code = allocateDossierCode(db, agency.code, sentAt);
      const w: When = { before: (d) => dateKeyShift(sentAt, -d), after: (d) => dateKeyShift(sentAt, d) };

      // Spread the steps from the submission to a point before now (and before the due date when it ended on time).
      const firstDue = dueDateFor(sentAt, procedure.processing_days);
      const last = s.path[s.path.length - 1];
      const end = [9, 10].includes(last) ? Math.min(now - 2 * HOUR, firstDue - 3 * HOUR) : now - 40 * 60_000;
      const span = Math.max(end - sentAt, 30 * 60_000);
      const times = s.path.map((_, i) => (i === 0 ? sentAt : sentAt + (span * (i === 1 ? 0.15 : 0.15 + (0.85 * i) / (s.path.length - 1)))));
      for (let i = 1; i < times.length; i++) times[i] = Math.max(backIntoOfficeHours(times[i]), times[i - 1] + 5 * 60_000);
      for (let i = 1; i < times.length; i++) times[i] = Math.min(times[i], now - (times.length - i) * 60_000);

      let dueAt = firstDue;
      let finishedAt: number | null = null;
      const missing = missingFrom(procedurePapers(procedure), s.missingPapers ?? [], s.missing ?? []);
      const steps: { status: DossierStatus; action: string; office: string; officer: string | null; actor: 'citizen' | 'officer'; note: string | null; at: number }[] = [
        { status: 1, action: 'Nộp hồ sơ trực tuyến', office: CITIZEN_OFFICE, officer: null, actor: 'citizen', note: null, at: sentAt },
      ];
      for (let i = 1; i < s.path.length; i++) {
        const from = s.path[i - 1];
        const to = s.path[i];
        const actor = to === 7 || (from === 5 && to === 4) ? 'citizen' : 'officer';
        const check = checkTransition(from, to, actor);
        if (!check.ok) throw new Error(`Kịch bản sai (${s.proc}): ${check.message}`);
        const desk = deskOf(check.transition.desk, procedure, agency);
        let note = s.notes?.[to] ?? (check.transition.noteRequired ? DEFAULT_REASONS[to] ?? null : null);
        if (to === 5) note = [note && asSentence(note), `Cần bổ sung: ${missing.map((m) => m.name).join('; ')}.`].filter(Boolean).join(' ');
        if (to === 6 && s.amount) note = `${note} Số tiền: ${s.amount.toLocaleString('vi-VN')} đồng.`;
        if (from === 5 && to === 4) {
          note = `Đã gửi ${missing.length} giấy tờ bổ sung: ${missing.map((m) => m.name).join('; ')}.`;
          dueAt = dueDateFor(times[i], procedure.processing_days);
        }
        if ([3, 7, 8, 9].includes(to)) finishedAt = times[i];
        steps.push({ status: to, action: check.transition.action, office: desk.office, officer: desk.officer, actor, note, at: times[i] });
      }

      insert.run({
        code,
        procedureId: procedure.id,
        agencyCode: agency.code,
        ownerId: s.who.id,
        status: last,
        applicant: JSON.stringify(s.who.applicant),
        search: foldVietnamese(s.who.applicant.fullName),
        fields: JSON.stringify(s.fields(w)),
        missing: JSON.stringify(last === 5 ? missing.map((m) => m.name) : []),
        missingPapers: JSON.stringify(last === 5 ? missing : []),
        receivedAt: sentAt,
        dueAt,
        finishedAt,
        updatedAt: steps[steps.length - 1].at,
      });
      // The fee of the last request to pay, still due.
      if (last === 6 && s.amount) openFee(db, code, s.amount, s.notes?.[6] ?? DEFAULT_REASONS[6]!, steps[steps.length - 1].at);
      steps.forEach((step, i) => {
        recordStep(db, code, step);
        const n = statusNotice(step.status, {
          code,
          procedureName: procedure.name,
          agencyName: agency.name,
          dueAt,
          note: step.status === 6 ? (s.notes?.[6] ?? step.note) : step.note,
          missing: step.status === 5 ? missing.map((m) => m.name) : undefined,
          amount: step.status === 6 ? (s.amount ?? null) : null,
        });
        // Only the latest news of the last few days is still unread.
        const unread = i === steps.length - 1 && now - step.at < 3 * DAY;
        notice.run(s.who.id, code, `${n.title} – ${code}`, n.body, step.at, unread ? null : step.at + HOUR);
      });
    }
  },
  rebase(db, shiftMs) {
    const codes = "SELECT code FROM dossiers WHERE seeded = 1";
    db.prepare(
      `UPDATE dossiers SET received_at = received_at + @s, due_at = due_at + @s, updated_at = updated_at + @s,
         finished_at = CASE WHEN finished_at IS NULL THEN NULL ELSE finished_at + @s END WHERE seeded = 1`,
    ).run({ s: shiftMs });
    db.prepare(`UPDATE dossier_history SET at = at + ? WHERE code IN (${codes})`).run(shiftMs);
    db.prepare(`UPDATE dossier_files SET added_at = added_at + ? WHERE code IN (${codes})`).run(shiftMs);
    db.prepare(
      `UPDATE dossier_fees SET requested_at = requested_at + @s, closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE closed_at + @s END WHERE code IN (${codes})`,
    ).run({ s: shiftMs });
    db.prepare(
      `UPDATE payment_orders SET created_at = created_at + @s, paid_at = CASE WHEN paid_at IS NULL THEN NULL ELSE paid_at + @s END WHERE code IN (${codes})`,
    ).run({ s: shiftMs });
    db.prepare(
      `UPDATE notifications SET created_at = created_at + @s, read_at = CASE WHEN read_at IS NULL THEN NULL ELSE read_at + @s END
       WHERE kind = 'dossier' AND ref_id IN (${codes})`,
    ).run({ s: shiftMs });
    // A code holds the day its dossier was sent: moved to another day, it takes that day's next number.
    const moved = db.prepare('SELECT code, agency_code, received_at FROM dossiers WHERE seeded = 1 ORDER BY received_at, code').all() as {
      code: string;
      agency_code: string;
      received_at: number;
    }[];
    for (const d of moved) {
      if (dossierCodeDay(d.code) === vnDateKey(d.received_at).slice(2).replace(/-/g, '')) continue;
      const fresh = allocateDossierCode(db, d.agency_code, d.received_at);
      renameCode(db, 'dossiers', d.code, fresh, [
        { table: 'notifications', column: 'ref_id', value: (c) => c, where: "kind = 'dossier'" },
        { table: 'uploads', column: 'attached_to', value: (c) => `dossier:${c}` },
      ]);
      db.prepare("UPDATE notifications SET title = REPLACE(title, @from, @to), body = REPLACE(body, @from, @to) WHERE kind = 'dossier' AND ref_id = @to").run({
        from: d.code,
        to: fresh,
      });
    }
  },
  newest: (db) =>
    db
      .prepare(
        `SELECT MAX(t) FROM (
           SELECT MAX(MAX(received_at), MAX(updated_at), COALESCE(MAX(finished_at), 0)) AS t FROM dossiers WHERE seeded = 1
           UNION ALL SELECT MAX(at) FROM dossier_history WHERE code IN (SELECT code FROM dossiers WHERE seeded = 1)
           UNION ALL SELECT MAX(requested_at) FROM dossier_fees WHERE code IN (SELECT code FROM dossiers WHERE seeded = 1)
           UNION ALL SELECT MAX(MAX(created_at), COALESCE(MAX(read_at), 0)) FROM notifications
             WHERE kind = 'dossier' AND ref_id IN (SELECT code FROM dossiers WHERE seeded = 1))`,
      )
      .pluck()
      .get() as number | null,
};
