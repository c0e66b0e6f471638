import type { FormField, ProcedureFieldId, ServiceLevel } from '../../contract/dossiers.js';
import type { PaperSpec } from '../../contract/papers.js';
import { COMMUNES, type FormerDistrictId } from '../../contract/communes.js';
import { PROCEDURE_PAPERS } from './procedure-papers.js';

/**
 * Administrative procedures handled in Lào Cai, as the province's public-service portal lists them
 * after the 1 July 2025 reform (two tiers: provincial departments, and communes/wards). Codes are
 * the national procedure codes in the province's form `<code>.000.00.00.H38`. Fees and times are
 * those in force for online submission; every description is our own wording.
 */

export type AuthorityId =
  | 'ubnd-xa'
  | 'so-tu-phap'
  | 'so-tai-chinh'
  | 'so-xay-dung'
  | 'so-giao-duc'
  | 'so-noi-vu'
  | 'so-van-hoa'
  | 'trung-tam-viec-lam'
  | 'van-phong-dang-ky-dat-dai'
  | 'cong-an-tinh';

export interface ProvincialAgency {
  authorityId: Exclude<AuthorityId, 'ubnd-xa'>;
  code: string;
  name: string;
  receptionOffice: string;
  officers: { reception: string; department: string };
}

/** Provincial offices, with their identification codes (mã định danh) under H38. */
export const PROVINCIAL_AGENCIES: ProvincialAgency[] = [
  { authorityId: 'so-noi-vu', code: '000.00.02.H38', name: 'Sở Nội vụ tỉnh Lào Cai', receptionOffice: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai', officers: { reception: 'Nguyễn Thu Trang', department: 'Hoàng Minh Đức' } },
  { authorityId: 'so-tu-phap', code: '000.00.03.H38', name: 'Sở Tư pháp tỉnh Lào Cai', receptionOffice: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai', officers: { reception: 'Phạm Thị Hồng Nhung', department: 'Lương Văn Khánh' } },
  { authorityId: 'so-tai-chinh', code: '000.00.04.H38', name: 'Sở Tài chính tỉnh Lào Cai', receptionOffice: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai', officers: { reception: 'Trần Thị Ngọc Ánh', department: 'Vũ Quang Huy' } },
  { authorityId: 'so-xay-dung', code: '000.00.07.H38', name: 'Sở Xây dựng tỉnh Lào Cai', receptionOffice: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai', officers: { reception: 'Đặng Thị Thanh Hương', department: 'Nông Văn Thắng' } },
  { authorityId: 'so-giao-duc', code: '000.00.08.H38', name: 'Sở Giáo dục và Đào tạo tỉnh Lào Cai', receptionOffice: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai', officers: { reception: 'Lê Thị Bích Ngọc', department: 'Đỗ Văn Tùng' } },
  { authorityId: 'so-van-hoa', code: '000.00.10.H38', name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai', receptionOffice: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai', officers: { reception: 'Bùi Thị Thảo', department: 'Hà Văn Quyết' } },
  { authorityId: 'trung-tam-viec-lam', code: '000.12.02.H38', name: 'Trung tâm Dịch vụ việc làm tỉnh Lào Cai', receptionOffice: 'Bộ phận tiếp nhận – Trung tâm Dịch vụ việc làm tỉnh Lào Cai', officers: { reception: 'Giàng Thị Dung', department: 'Phan Văn Lợi' } },
  { authorityId: 'van-phong-dang-ky-dat-dai', code: '000.11.06.H38', name: 'Văn phòng Đăng ký đất đai tỉnh Lào Cai', receptionOffice: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai', officers: { reception: 'Ngô Thị Kim Oanh', department: 'Triệu Văn Sơn' } },
  { authorityId: 'cong-an-tinh', code: '000.00.20.H38', name: 'Công an tỉnh Lào Cai', receptionOffice: 'Bộ phận tiếp nhận hồ sơ – Công an tỉnh Lào Cai', officers: { reception: 'Thượng úy Lò Thị Hiền', department: 'Đại úy Mai Xuân Trường' } },
];

export const AUTHORITY_NAMES: Record<AuthorityId, string> = {
  'ubnd-xa': 'UBND xã, phường',
  'so-tu-phap': 'Sở Tư pháp',
  'so-tai-chinh': 'Sở Tài chính',
  'so-xay-dung': 'Sở Xây dựng',
  'so-giao-duc': 'Sở Giáo dục và Đào tạo',
  'so-noi-vu': 'Sở Nội vụ',
  'so-van-hoa': 'Sở Văn hóa, Thể thao và Du lịch',
  'trung-tam-viec-lam': 'Trung tâm Dịch vụ việc làm',
  'van-phong-dang-ky-dat-dai': 'Văn phòng Đăng ký đất đai',
  'cong-an-tinh': 'Công an tỉnh',
};

/** The middle part of a commune's identification code (`000.<index>.<group>.H38`): its former district. */
const DISTRICT_GROUPS: Record<FormerDistrictId, string> = {
  'tp-lao-cai': '31', 'bat-xat': '32', 'muong-khuong': '33', 'si-ma-cai': '34', 'bac-ha': '35', 'bao-thang': '36',
  'bao-yen': '37', 'sa-pa': '38', 'van-ban': '39', 'tp-yen-bai': '40', 'nghia-lo': '41', 'luc-yen': '42',
  'van-yen': '43', 'mu-cang-chai': '44', 'tran-yen': '45', 'tram-tau': '46', 'van-chan': '47', 'yen-binh': '48',
};

/** Communes and wards grouped by the district they belonged to before July 2025 (from the one list of communes). */
export const COMMUNE_GROUPS: { group: string; communes: string[] }[] = Object.entries(DISTRICT_GROUPS).map(([district, group]) => ({
  group,
  communes: COMMUNES.filter((cm) => cm.formerDistrict === district).map((cm) => cm.name),
}));

export interface CommuneAgency {
  /** `000.<index>.<group>.H38`: its index among the communes of its former district, and that district's group. */
  code: string;
  commune: string;
  /** `UBND phường Sa Pa`, as feedback and dossiers name it. */
  name: string;
  receptionOffice: string;
}

/** The UBND of every commune and ward, with its identification code (in the order officers' names are handed out). */
export const COMMUNE_AGENCIES: CommuneAgency[] = COMMUNE_GROUPS.flatMap(({ group, communes }) =>
  communes.map((commune, i) => {
    const lower = commune.replace(/^Phường/, 'phường').replace(/^Xã/, 'xã');
    return { code: `000.${String(i + 1).padStart(2, '0')}.${group}.H38`, commune, name: `UBND ${lower}`, receptionOffice: `Trung tâm Phục vụ hành chính công ${lower}` };
  }),
);

// Officers of the communes' desks: a name each, drawn in order from these lists.
export const RECEPTION_OFFICERS = [
  'Nguyễn Thị Hà', 'Lù Thị Mai', 'Vàng Thị Sông', 'Trần Thị Thanh Thủy', 'Hoàng Thị Lan', 'Sùng Thị Pà', 'Lê Thị Hồng',
  'Triệu Thị Liên', 'Phạm Thị Hạnh', 'Lý Thị Dín', 'Đào Thị Phương', 'Hà Thị Nga', 'Bàn Thị Xuân',
];
export const DEPARTMENT_OFFICERS = [
  'Lò Văn Thành', 'Giàng A Chứ', 'Nguyễn Văn Hải', 'Đinh Công Tuấn', 'Vương Văn Sơn', 'Sầm Văn Lực', 'Bùi Đức Thịnh',
  'Hầu A Lềnh', 'Phùng Văn Tiến', 'Ma Văn Dũng', 'Tẩn Văn Quang', 'Nông Thị Huyền', 'Cao Văn Bình',
];

export interface CatalogueProcedure {
  nationalCode: string;
  name: string;
  field: ProcedureFieldId;
  authority: AuthorityId;
  /** The department that examines the case. For communes: 'Văn phòng HĐND và UBND', 'Phòng Kinh tế' or 'Phòng Văn hóa – Xã hội'. */
  department: string;
  serviceLevel: ServiceLevel;
  processingDays: number;
  feeVnd: number;
  feeText: string;
  description: string;
  applicants: string;
  /** From procedure-papers.ts: ids, copies and when each is needed. */
  papers: PaperSpec[];
  result: string;
  legalBasis: string[];
  fields: FormField[];
}

// ───────── Reusable fields ─────────

const commitment: FormField = {
  name: 'commitment',
  label: 'Tôi cam đoan những nội dung khai trên là đúng sự thật và chịu trách nhiệm trước pháp luật',
  type: 'checkbox',
  required: true,
};
const gender = (name: string, label = 'Giới tính'): FormField => ({
  name,
  label,
  type: 'select',
  required: true,
  options: [
    { value: 'nam', label: 'Nam' },
    { value: 'nu', label: 'Nữ' },
  ],
});
const ETHNIC_GROUPS = ['Kinh', 'Mông', 'Dao', 'Tày', 'Thái', 'Giáy', 'Nùng', 'Hà Nhì', 'Phù Lá', 'Xá Phó', 'La Chí', 'Bố Y', 'Khơ Mú', 'Mường', 'Dân tộc khác'];
const ethnicity = (name: string, label = 'Dân tộc'): FormField => ({
  name,
  label,
  type: 'select',
  required: true,
  options: ETHNIC_GROUPS.map((e) => ({ value: e === 'Dân tộc khác' ? 'khac' : e, label: e })),
});
const personName = (name: string, label: string, required = true, hint?: string): FormField => ({
  name,
  label,
  type: 'text',
  required,
  maxLength: 100,
  ...(hint ? { hint } : {}),
  pattern: { regex: '^[\\p{L}\\p{M}]+(?:[ \'-][\\p{L}\\p{M}]+)+$', message: 'Vui lòng nhập đầy đủ họ và tên, chỉ gồm chữ cái.' },
});
const idNumber = (name: string, label: string, required = true): FormField => ({
  name,
  label,
  type: 'text',
  required,
  maxLength: 12,
  placeholder: '12 chữ số',
  pattern: { regex: '^\\d{12}$', message: 'Số định danh cá nhân gồm đúng 12 chữ số.' },
});
const pastDate = (name: string, label: string, required = true, hint?: string): FormField => ({
  name,
  label,
  type: 'date',
  required,
  when: 'past',
  ...(hint ? { hint } : {}),
});
const futureDate = (name: string, label: string, required = true, hint?: string): FormField => ({
  name,
  label,
  type: 'date',
  required,
  when: 'future',
  ...(hint ? { hint } : {}),
});
const text = (name: string, label: string, required = true, extra: Partial<FormField> = {}): FormField => ({ name, label, type: 'text', required, ...extra });
const textarea = (name: string, label: string, required = true, extra: Partial<FormField> = {}): FormField => ({ name, label, type: 'textarea', required, maxLength: 2000, ...extra });
const select = (name: string, label: string, options: string[] | { value: string; label: string }[], required = true, extra: Partial<FormField> = {}): FormField => ({
  name,
  label,
  type: 'select',
  required,
  options: options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o)),
  ...extra,
});
const integer = (name: string, label: string, min: number, max: number, required = true, extra: Partial<FormField> = {}): FormField => ({
  name,
  label,
  type: 'number',
  required,
  integer: true,
  min,
  max,
  ...extra,
});
const area = (name: string, label: string, required = true, max = 100_000): FormField => ({
  name,
  label,
  type: 'number',
  required,
  min: 1,
  max,
  unit: 'm²',
});
const money = (name: string, label: string, min: number, required = true, hint?: string): FormField => ({
  name,
  label,
  type: 'number',
  required,
  integer: true,
  min,
  max: 1_000_000_000_000,
  unit: 'đồng',
  ...(hint ? { hint } : {}),
});
const copies = (name = 'copies', label = 'Số bản cần cấp'): FormField => integer(name, label, 1, 10, true, { unit: 'bản' });
const mapSheet = text('mapSheet', 'Tờ bản đồ số', true, { maxLength: 20, placeholder: 'Ví dụ: 12', pattern: { regex: '^[0-9A-Za-z./-]{1,20}$', message: 'Số tờ bản đồ chỉ gồm chữ số, chữ cái và dấu / . -' } });
const plotNumber = text('plotNumber', 'Thửa đất số', true, { maxLength: 20, placeholder: 'Ví dụ: 245', pattern: { regex: '^[0-9A-Za-z./-]{1,20}$', message: 'Số thửa chỉ gồm chữ số, chữ cái và dấu / . -' } });
const certificateNumber = (required = true) =>
  text('certificateNumber', 'Số phát hành Giấy chứng nhận (số seri)', required, {
    maxLength: 20,
    placeholder: 'Ví dụ: DĐ 123456',
    hint: 'Hai chữ cái và sáu chữ số ở trang 1 của Giấy chứng nhận.',
    pattern: { regex: '^[A-ZĐ]{2}\\s?\\d{6}$', message: 'Số seri gồm hai chữ cái in hoa và sáu chữ số, ví dụ DĐ 123456.' },
  });
const RECORD_TYPES = ['Khai sinh', 'Kết hôn', 'Khai tử', 'Nhận cha, mẹ, con', 'Giám hộ'];


const CATALOGUE: Omit<CatalogueProcedure, 'papers'>[] = [
  // ───────── Hộ tịch ─────────
  {
    nationalCode: '1.001193',
    name: 'Đăng ký khai sinh',
    field: 'ho-tich',
    authority: 'ubnd-xa',
    department: 'Văn phòng HĐND và UBND',
    serviceLevel: 'full',
    processingDays: 1,
    feeVnd: 0,
    feeText: 'Miễn lệ phí khi đăng ký trong 60 ngày kể từ ngày sinh',
    description:
      'Đăng ký việc sinh của trẻ em để được cấp Giấy khai sinh và số định danh cá nhân. Cha, mẹ hoặc người thân nộp tại UBND xã, phường nơi cư trú của cha hoặc mẹ trong 60 ngày kể từ ngày trẻ sinh ra.',
    applicants: 'Cha, mẹ, ông, bà hoặc người thân thích đang nuôi dưỡng trẻ',
    result: 'Giấy khai sinh (bản chính và bản điện tử); số định danh cá nhân của trẻ',
    legalBasis: ['Luật Hộ tịch năm 2014', 'Nghị định số 123/2015/NĐ-CP', 'Thông tư số 04/2020/TT-BTP'],
    fields: [
      personName('childFullName', 'Họ, chữ đệm và tên của trẻ'),
      gender('childGender'),
      pastDate('childBirthDate', 'Ngày sinh của trẻ'),
      text('childBirthPlace', 'Nơi sinh', true, { maxLength: 200, placeholder: 'Ví dụ: Bệnh viện Sản Nhi tỉnh Lào Cai' }),
      ethnicity('childEthnicity', 'Dân tộc của trẻ'),
      personName('motherFullName', 'Họ và tên mẹ'),
      idNumber('motherIdNumber', 'Số định danh cá nhân của mẹ'),
      personName('fatherFullName', 'Họ và tên cha', false, 'Bỏ trống nếu chưa xác định được cha.'),
      idNumber('fatherIdNumber', 'Số định danh cá nhân của cha', false),
      select('relationship', 'Quan hệ của người nộp với trẻ', ['Cha', 'Mẹ', 'Ông', 'Bà', 'Người thân thích khác']),
      text('birthCertificateNumber', 'Số Giấy chứng sinh', false, { maxLength: 30 }),
      commitment,
    ],
  },
  {
    nationalCode: '1.000894',
    name: 'Đăng ký kết hôn',
    field: 'ho-tich',
    authority: 'ubnd-xa',
    department: 'Văn phòng HĐND và UBND',
    serviceLevel: 'partial',
    processingDays: 3,
    feeVnd: 0,
    feeText: 'Miễn lệ phí',
    description:
      'Đăng ký kết hôn giữa công dân Việt Nam cư trú trong nước. Hai bên khai trực tuyến, sau đó cùng có mặt tại UBND xã, phường để ký vào Sổ đăng ký kết hôn và nhận Giấy chứng nhận kết hôn.',
    applicants: 'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi, tự nguyện kết hôn',
    result: 'Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên)',
    legalBasis: ['Luật Hôn nhân và gia đình năm 2014', 'Luật Hộ tịch năm 2014', 'Nghị định số 123/2015/NĐ-CP'],
    fields: [
      personName('husbandFullName', 'Họ và tên bên nam'),
      pastDate('husbandBirthDate', 'Ngày sinh bên nam'),
      idNumber('husbandIdNumber', 'Số định danh cá nhân bên nam'),
      text('husbandResidence', 'Nơi cư trú bên nam', true, { maxLength: 200 }),
      personName('wifeFullName', 'Họ và tên bên nữ'),
      pastDate('wifeBirthDate', 'Ngày sinh bên nữ'),
      idNumber('wifeIdNumber', 'Số định danh cá nhân bên nữ'),
      text('wifeResidence', 'Nơi cư trú bên nữ', true, { maxLength: 200 }),
      select('residence', 'Nơi cư trú của hai bên', [
        { value: 'cung-xa', label: 'Cả hai bên cư trú tại xã, phường nhận hồ sơ' },
        { value: 'khac-xa', label: 'Một bên cư trú ở xã, phường khác' },
      ]),
      futureDate('appointmentDate', 'Ngày hai bên dự kiến đến ký Giấy chứng nhận', false),
      {
        name: 'voluntary',
        label: 'Hai bên tự nguyện kết hôn, đủ tuổi kết hôn và không thuộc trường hợp cấm kết hôn',
        type: 'checkbox',
        required: true,
      },
    ],
  },
  {
    nationalCode: '1.000656',
    name: 'Đăng ký khai tử',
    field: 'ho-tich',
    authority: 'ubnd-xa',
    department: 'Văn phòng HĐND và UBND',
    serviceLevel: 'full',
    processingDays: 1,
    feeVnd: 0,
    feeText: 'Miễn lệ phí khi đăng ký trong 15 ngày kể từ ngày mất',
    description:
      'Đăng ký việc một người đã mất để cấp Trích lục khai tử và xóa đăng ký thường trú. Người thân nộp tại UBND xã, phường nơi cư trú cuối cùng của người mất trong 15 ngày.',
    applicants: 'Vợ, chồng, con, cha, mẹ hoặc người thân thích của người đã mất',
    result: 'Trích lục khai tử',
    legalBasis: ['Luật Hộ tịch năm 2014', 'Nghị định số 123/2015/NĐ-CP'],
    fields: [
      personName('deceasedFullName', 'Họ và tên người đã mất'),
      pastDate('deceasedBirthDate', 'Ngày sinh người đã mất'),
      idNumber('deceasedIdNumber', 'Số định danh cá nhân người đã mất', false),
      pastDate('deathDate', 'Ngày mất'),
      text('deathPlace', 'Nơi mất', true, { maxLength: 200 }),
      textarea('deathCause', 'Nguyên nhân mất', false, { maxLength: 500 }),
      select('relationship', 'Quan hệ với người đã mất', ['Vợ', 'Chồng', 'Con', 'Cha', 'Mẹ', 'Anh, chị, em', 'Người thân thích khác']),
      text('deathNoticeNumber', 'Số Giấy báo tử', false, { maxLength: 30 }),
    ],
  },
  {
    nationalCode: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch',
    field: 'ho-tich',
    authority: 'ubnd-xa',
    department: 'Văn phòng HĐND và UBND',
    serviceLevel: 'full',
    processingDays: 1,
    feeVnd: 8000,
    feeText: '8.000 đồng/bản sao',
    description:
      'Cấp bản sao trích lục khai sinh, kết hôn, khai tử… từ Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử cho người đã đăng ký tại UBND xã, phường.',
    applicants: 'Người được đăng ký hộ tịch, người thân thích hoặc người được ủy quyền',
    result: 'Bản sao Trích lục hộ tịch (bản giấy hoặc bản điện tử)',
    legalBasis: ['Luật Hộ tịch năm 2014', 'Thông tư số 85/2019/TT-BTC'],
    fields: [
      select('recordType', 'Loại việc hộ tịch', RECORD_TYPES),
      personName('personFullName', 'Họ và tên người được đăng ký'),
      pastDate('personBirthDate', 'Ngày sinh người được đăng ký', false),
      text('registeredAt', 'Nơi đã đăng ký', true, { maxLength: 200, placeholder: 'Ví dụ: UBND xã Bản Xèo, huyện Bát Xát cũ' }),
      integer('registeredYear', 'Năm đăng ký', 1945, 2100, false),
      copies(),
    ],
  },
  {
    nationalCode: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'ho-tich',
    authority: 'ubnd-xa',
    department: 'Văn phòng HĐND và UBND',
    serviceLevel: 'full',
    processingDays: 3,
    feeVnd: 15000,
    feeText: '15.000 đồng/giấy (miễn cho người thuộc hộ nghèo, người khuyết tật)',
    description:
      'Xác nhận một người đang độc thân, đã ly hôn hoặc có vợ, chồng đã mất, để dùng khi đăng ký kết hôn, vay vốn, mua bán nhà đất hoặc mục đích khác.',
    applicants: 'Công dân Việt Nam cư trú tại xã, phường',
    result: 'Giấy xác nhận tình trạng hôn nhân (có giá trị 06 tháng)',
    legalBasis: ['Luật Hộ tịch năm 2014', 'Nghị định số 123/2015/NĐ-CP'],
    fields: [
      select('purpose', 'Mục đích sử dụng', ['Đăng ký kết hôn', 'Vay vốn ngân hàng', 'Mua bán, chuyển nhượng nhà đất', 'Bổ túc hồ sơ đi làm việc', 'Mục đích khác']),
      textarea('purposeDetail', 'Nói rõ mục đích (nếu chọn mục đích khác)', false, { maxLength: 300 }),
      select('maritalStatus', 'Tình trạng hôn nhân hiện tại', ['Chưa đăng ký kết hôn với ai', 'Đã ly hôn, chưa kết hôn lại', 'Vợ hoặc chồng đã mất, chưa kết hôn lại', 'Đang có vợ hoặc chồng']),
      personName('intendedSpouse', 'Họ và tên người dự định kết hôn', false, 'Chỉ khai khi dùng để đăng ký kết hôn.'),
    ],
  },
  {
    nationalCode: '1.004859',
    name: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
    field: 'ho-tich',
    authority: 'ubnd-xa',
    department: 'Văn phòng HĐND và UBND',
    serviceLevel: 'partial',
    processingDays: 3,
    feeVnd: 15000,
    feeText: '15.000 đồng/việc',
    description:
      'Sửa thông tin sai trong Giấy khai sinh, Sổ hộ tịch do lỗi khi đăng ký, thay đổi họ, chữ đệm, tên của người dưới 18 tuổi, hoặc bổ sung thông tin còn thiếu.',
    applicants: 'Người có thông tin hộ tịch cần thay đổi, cải chính, bổ sung hoặc cha, mẹ của người chưa thành niên',
    result: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch',
    legalBasis: ['Luật Hộ tịch năm 2014', 'Bộ luật Dân sự năm 2015'],
    fields: [
      select('changeType', 'Việc cần làm', ['Thay đổi họ, chữ đệm, tên', 'Cải chính nội dung bị sai', 'Bổ sung thông tin còn thiếu', 'Xác định lại dân tộc']),
      select('recordType', 'Trong giấy tờ', RECORD_TYPES),
      personName('personFullName', 'Họ và tên người có thông tin cần sửa'),
      textarea('currentContent', 'Nội dung đang ghi', true, { maxLength: 500 }),
      textarea('requestedContent', 'Nội dung đề nghị ghi lại', true, { maxLength: 500 }),
      textarea('reason', 'Lý do', true, { maxLength: 1000 }),
    ],
  },
  // ───────── Chứng thực ─────────
  {
    nationalCode: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    field: 'chung-thuc',
    authority: 'ubnd-xa',
    department: 'Văn phòng HĐND và UBND',
    serviceLevel: 'partial',
    processingDays: 1,
    feeVnd: 2000,
    feeText: '2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản',
    description:
      'Chứng thực bản sao đúng với bản chính cho giấy tờ do cơ quan Việt Nam cấp. Khai trước trên ứng dụng, mang bản chính đến bộ phận Một cửa để đối chiếu và nhận bản sao.',
    applicants: 'Mọi cá nhân, tổ chức có bản chính giấy tờ cần sao',
    result: 'Bản sao có chứng thực',
    legalBasis: ['Nghị định số 23/2015/NĐ-CP', 'Thông tư số 226/2016/TT-BTC'],
    fields: [
      text('documentName', 'Tên giấy tờ cần chứng thực', true, { maxLength: 200, placeholder: 'Ví dụ: Bằng tốt nghiệp trung học phổ thông' }),
      integer('pages', 'Số trang của bản chính', 1, 500, true, { unit: 'trang' }),
      integer('copies', 'Số bản sao cần chứng thực', 1, 20, true, { unit: 'bản' }),
      select('pickup', 'Cách nhận kết quả', ['Nhận tại bộ phận Một cửa', 'Nhận qua bưu chính công ích']),
    ],
  },
  {
    nationalCode: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản',
    field: 'chung-thuc',
    authority: 'ubnd-xa',
    department: 'Văn phòng HĐND và UBND',
    serviceLevel: 'partial',
    processingDays: 1,
    feeVnd: 10000,
    feeText: '10.000 đồng/trường hợp',
    description:
      'Chứng thực chữ ký trong giấy tờ, văn bản là của người đã ký (giấy ủy quyền đơn giản, đơn đề nghị, bản khai…). Người ký phải ký trước mặt người thực hiện chứng thực.',
    applicants: 'Người ký giấy tờ, văn bản',
    result: 'Giấy tờ, văn bản được chứng thực chữ ký',
    legalBasis: ['Nghị định số 23/2015/NĐ-CP', 'Thông tư số 01/2020/TT-BTP'],
    fields: [
      text('documentName', 'Tên giấy tờ, văn bản', true, { maxLength: 200, placeholder: 'Ví dụ: Giấy ủy quyền nhận lương hưu' }),
      integer('signers', 'Số người ký', 1, 20, true, { unit: 'người' }),
      select('language', 'Ngôn ngữ của văn bản', ['Tiếng Việt', 'Tiếng nước ngoài', 'Song ngữ']),
    ],
  },
  {
    nationalCode: '2.000913',
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
    field: 'chung-thuc',
    authority: 'ubnd-xa',
    department: 'Văn phòng HĐND và UBND',
    serviceLevel: 'partial',
    processingDays: 2,
    feeVnd: 50000,
    feeText: '50.000 đồng/hợp đồng, giao dịch',
    description: 'Chứng thực hợp đồng mua bán, tặng cho, vay mượn tài sản là động sản (xe máy, ô tô, máy móc…) giữa các cá nhân.',
    applicants: 'Các bên tham gia hợp đồng, giao dịch',
    result: 'Hợp đồng, giao dịch được chứng thực',
    legalBasis: ['Bộ luật Dân sự năm 2015', 'Nghị định số 23/2015/NĐ-CP'],
    fields: [
      select('contractType', 'Loại hợp đồng', ['Mua bán xe', 'Tặng cho tài sản', 'Vay tài sản', 'Hợp đồng khác']),
      textarea('assetDescription', 'Mô tả tài sản', true, { maxLength: 1000, placeholder: 'Ví dụ: xe máy Honda Wave, biển số 24B1-123.45' }),
      money('assetValue', 'Giá trị tài sản', 0),
      personName('counterpartyName', 'Họ và tên bên còn lại'),
    ],
  },
  // ───────── Tư pháp ─────────
  {
    nationalCode: '2.000488',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    field: 'tu-phap',
    authority: 'cong-an-tinh',
    department: 'Phòng Hồ sơ nghiệp vụ',
    serviceLevel: 'full',
    processingDays: 10,
    feeVnd: 200000,
    feeText: '200.000 đồng/lần; sinh viên, người có công 100.000 đồng; trẻ em, người cao tuổi, người khuyết tật, hộ nghèo được miễn. Từ bản thứ ba 5.000 đồng/bản',
    description:
      'Cấp Phiếu lý lịch tư pháp xác nhận có hay không có án tích, để bổ sung hồ sơ xin việc, du học, xuất khẩu lao động… Công dân thường trú hoặc tạm trú tại Lào Cai nộp trực tuyến.',
    applicants: 'Công dân Việt Nam thường trú hoặc tạm trú tại tỉnh Lào Cai',
    result: 'Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản giấy hoặc bản điện tử trên VNeID)',
    legalBasis: ['Luật Lý lịch tư pháp năm 2009', 'Thông tư số 244/2016/TT-BTC'],
    fields: [
      select('formType', 'Loại phiếu', [
        { value: 'so-1', label: 'Phiếu số 1 (dùng cho cá nhân, cơ quan tuyển dụng)' },
        { value: 'so-2', label: 'Phiếu số 2 (ghi đầy đủ án tích, cá nhân tự yêu cầu)' },
      ]),
      text('purpose', 'Mục đích sử dụng', true, { maxLength: 200, placeholder: 'Ví dụ: bổ sung hồ sơ xin việc' }),
      copies('copies', 'Số bản phiếu'),
      text('otherNames', 'Tên gọi khác', false, { maxLength: 100 }),
      text('birthPlace', 'Nơi sinh', true, { maxLength: 200 }),
      personName('fatherFullName', 'Họ và tên cha'),
      personName('motherFullName', 'Họ và tên mẹ'),
      textarea('residenceHistory', 'Quá trình cư trú từ đủ 14 tuổi', true, { maxLength: 2000, hint: 'Ghi từng giai đoạn: từ năm nào đến năm nào, ở đâu, làm gì.' }),
      commitment,
    ],
  },
  {
    nationalCode: '2.002155',
    name: 'Yêu cầu trợ giúp pháp lý',
    field: 'tu-phap',
    authority: 'so-tu-phap',
    department: 'Trung tâm Trợ giúp pháp lý nhà nước',
    serviceLevel: 'full',
    processingDays: 2,
    feeVnd: 0,
    feeText: 'Miễn phí',
    description:
      'Người thuộc diện được trợ giúp pháp lý (hộ nghèo, người có công, trẻ em, người dân tộc thiểu số ở vùng đặc biệt khó khăn…) yêu cầu luật sư, trợ giúp viên tư vấn hoặc tham gia tố tụng miễn phí.',
    applicants: 'Người thuộc diện được trợ giúp pháp lý theo Luật Trợ giúp pháp lý',
    result: 'Văn bản thông báo thụ lý và phân công người thực hiện trợ giúp pháp lý',
    legalBasis: ['Luật Trợ giúp pháp lý năm 2017', 'Thông tư số 12/2018/TT-BTP'],
    fields: [
      select('category', 'Diện được trợ giúp', ['Người có công với cách mạng', 'Người thuộc hộ nghèo', 'Trẻ em', 'Người dân tộc thiểu số cư trú ở vùng đặc biệt khó khăn', 'Người bị buộc tội thuộc hộ cận nghèo', 'Người khuyết tật có khó khăn về tài chính']),
      select('helpType', 'Hình thức cần trợ giúp', ['Tư vấn pháp luật', 'Tham gia tố tụng', 'Đại diện ngoài tố tụng']),
      textarea('caseSummary', 'Tóm tắt vụ việc', true, { maxLength: 2000 }),
    ],
  },
  // ───────── Kinh doanh ─────────
  {
    nationalCode: '2.000575',
    name: 'Đăng ký thành lập hộ kinh doanh',
    field: 'kinh-doanh',
    authority: 'ubnd-xa',
    department: 'Phòng Kinh tế',
    serviceLevel: 'full',
    processingDays: 3,
    feeVnd: 100000,
    feeText: '100.000 đồng/lần',
    description:
      'Đăng ký hộ kinh doanh do một cá nhân hoặc các thành viên hộ gia đình làm chủ, kinh doanh tại một địa điểm, để được cấp Giấy chứng nhận đăng ký hộ kinh doanh.',
    applicants: 'Cá nhân, thành viên hộ gia đình là công dân Việt Nam có đủ năng lực hành vi dân sự',
    result: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    legalBasis: ['Nghị định số 01/2021/NĐ-CP', 'Thông tư số 02/2023/TT-BKHĐT'],
    fields: [
      text('businessName', 'Tên hộ kinh doanh', true, { maxLength: 150, placeholder: 'Ví dụ: Hộ kinh doanh Thắng Lợi' }),
      text('businessAddress', 'Địa điểm kinh doanh', true, { maxLength: 200 }),
      textarea('businessLines', 'Ngành, nghề kinh doanh', true, { maxLength: 1000, placeholder: 'Ví dụ: bán lẻ đồ uống; dịch vụ ăn uống' }),
      money('capital', 'Vốn kinh doanh', 1_000_000),
      integer('employees', 'Số lao động', 0, 500, true, { unit: 'người' }),
      select('ownerType', 'Chủ hộ kinh doanh', ['Cá nhân', 'Các thành viên hộ gia đình']),
      { name: 'rentedPremises', label: 'Địa điểm kinh doanh là nhà, mặt bằng đi thuê', type: 'checkbox', required: false },
    ],
  },
  {
    nationalCode: '2.001610',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    field: 'kinh-doanh',
    authority: 'so-tai-chinh',
    department: 'Phòng Đăng ký kinh doanh',
    serviceLevel: 'full',
    processingDays: 3,
    feeVnd: 0,
    feeText: 'Miễn lệ phí khi đăng ký trực tuyến; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng',
    description: 'Thành lập doanh nghiệp do một cá nhân làm chủ và tự chịu trách nhiệm bằng toàn bộ tài sản của mình.',
    applicants: 'Cá nhân từ đủ 18 tuổi, không thuộc trường hợp bị cấm thành lập doanh nghiệp',
    result: 'Giấy chứng nhận đăng ký doanh nghiệp',
    legalBasis: ['Luật Doanh nghiệp năm 2020', 'Nghị định số 168/2025/NĐ-CP'],
    fields: [
      text('enterpriseName', 'Tên doanh nghiệp', true, { maxLength: 200, placeholder: 'Ví dụ: Doanh nghiệp tư nhân Nông sản Bắc Hà' }),
      text('foreignName', 'Tên bằng tiếng nước ngoài', false, { maxLength: 200 }),
      text('headOffice', 'Địa chỉ trụ sở chính', true, { maxLength: 200 }),
      money('capital', 'Vốn đầu tư', 1_000_000),
      textarea('businessLines', 'Ngành, nghề kinh doanh', true, { maxLength: 2000 }),
      integer('employees', 'Số lao động dự kiến', 0, 10_000, true, { unit: 'người' }),
    ],
  },
  {
    nationalCode: '2.002042',
    name: 'Đăng ký thành lập công ty TNHH hai thành viên trở lên',
    field: 'kinh-doanh',
    authority: 'so-tai-chinh',
    department: 'Phòng Đăng ký kinh doanh',
    serviceLevel: 'full',
    processingDays: 3,
    feeVnd: 0,
    feeText: 'Miễn lệ phí khi đăng ký trực tuyến; phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng',
    description: 'Thành lập công ty trách nhiệm hữu hạn có từ 2 đến 50 thành viên góp vốn.',
    applicants: 'Các cá nhân, tổ chức góp vốn thành lập công ty',
    result: 'Giấy chứng nhận đăng ký doanh nghiệp',
    legalBasis: ['Luật Doanh nghiệp năm 2020', 'Nghị định số 168/2025/NĐ-CP'],
    fields: [
      text('companyName', 'Tên công ty', true, { maxLength: 200 }),
      text('headOffice', 'Địa chỉ trụ sở chính', true, { maxLength: 200 }),
      money('charterCapital', 'Vốn điều lệ', 1_000_000),
      integer('members', 'Số thành viên góp vốn', 2, 50, true, { unit: 'thành viên' }),
      personName('legalRepresentative', 'Người đại diện theo pháp luật'),
      textarea('businessLines', 'Ngành, nghề kinh doanh', true, { maxLength: 2000 }),
    ],
  },
  {
    nationalCode: '2.000633',
    name: 'Cấp Giấy phép bán lẻ sản phẩm rượu',
    field: 'kinh-doanh',
    authority: 'ubnd-xa',
    department: 'Phòng Kinh tế',
    serviceLevel: 'partial',
    processingDays: 10,
    feeVnd: 200000,
    feeText: 'Phí thẩm định 200.000 đồng/lần (phường: 400.000 đồng/lần)',
    description: 'Cấp phép cho cửa hàng bán lẻ rượu đóng chai hoặc rượu thủ công đã có nhãn, đáp ứng điều kiện về địa điểm và nguồn hàng.',
    applicants: 'Hộ kinh doanh, doanh nghiệp có cửa hàng bán lẻ trên địa bàn xã, phường',
    result: 'Giấy phép bán lẻ sản phẩm rượu (thời hạn 05 năm)',
    legalBasis: ['Nghị định số 105/2017/NĐ-CP', 'Nghị định số 17/2020/NĐ-CP'],
    fields: [
      text('storeName', 'Tên cửa hàng', true, { maxLength: 150 }),
      text('storeAddress', 'Địa chỉ cửa hàng', true, { maxLength: 200 }),
      area('storeArea', 'Diện tích cửa hàng', true, 10_000),
      text('supplier', 'Nhà cung cấp rượu', true, { maxLength: 200 }),
      commitment,
    ],
  },
  // ───────── Văn hóa, du lịch ─────────
  {
    nationalCode: '1.001029',
    name: 'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    field: 'van-hoa-du-lich',
    authority: 'ubnd-xa',
    department: 'Phòng Văn hóa – Xã hội',
    serviceLevel: 'partial',
    processingDays: 5,
    feeVnd: 2_000_000,
    feeText: 'Phí thẩm định 2.000.000 đồng (1–3 phòng); 3.000.000 đồng (4–5 phòng); 6.000.000 đồng (từ 6 phòng)',
    description: 'Cấp phép kinh doanh dịch vụ karaoke khi cơ sở đáp ứng điều kiện phòng hát, phòng cháy chữa cháy và khoảng cách.',
    applicants: 'Doanh nghiệp, hộ kinh doanh',
    result: 'Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    legalBasis: ['Nghị định số 54/2019/NĐ-CP', 'Thông tư số 01/2021/TT-BTC'],
    fields: [
      text('venueName', 'Tên cơ sở', true, { maxLength: 150 }),
      text('venueAddress', 'Địa chỉ cơ sở', true, { maxLength: 200 }),
      integer('rooms', 'Số phòng hát', 1, 100, true, { unit: 'phòng' }),
      area('smallestRoom', 'Diện tích phòng hát nhỏ nhất', true, 1000),
      text('fireSafetyDocument', 'Số văn bản nghiệm thu phòng cháy chữa cháy', true, { maxLength: 60 }),
    ],
  },
  {
    nationalCode: '1.001432',
    name: 'Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa',
    field: 'van-hoa-du-lich',
    authority: 'so-van-hoa',
    department: 'Phòng Quản lý du lịch',
    serviceLevel: 'full',
    processingDays: 10,
    feeVnd: 3_000_000,
    feeText: 'Phí thẩm định 3.000.000 đồng/giấy phép',
    description: 'Cấp phép cho doanh nghiệp tổ chức tour du lịch trong nước, như các tour Sa Pa – Fansipan, Bắc Hà, Y Tý, Mù Cang Chải.',
    applicants: 'Doanh nghiệp đăng ký kinh doanh dịch vụ lữ hành',
    result: 'Giấy phép kinh doanh dịch vụ lữ hành nội địa',
    legalBasis: ['Luật Du lịch năm 2017', 'Nghị định số 168/2017/NĐ-CP'],
    fields: [
      text('enterpriseName', 'Tên doanh nghiệp', true, { maxLength: 200 }),
      text('taxCode', 'Mã số doanh nghiệp', true, { maxLength: 14, pattern: { regex: '^\\d{10}(-\\d{3})?$', message: 'Mã số doanh nghiệp gồm 10 chữ số (chi nhánh thêm -xxx).' } }),
      text('headOffice', 'Địa chỉ trụ sở', true, { maxLength: 200 }),
      money('deposit', 'Số tiền ký quỹ', 100_000_000, true, 'Tối thiểu 100.000.000 đồng.'),
      text('depositBank', 'Ngân hàng nhận ký quỹ', true, { maxLength: 150 }),
      personName('managerName', 'Người phụ trách kinh doanh lữ hành'),
    ],
  },
  // ───────── Xây dựng ─────────
  {
    nationalCode: '1.009994',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    field: 'xay-dung',
    authority: 'ubnd-xa',
    department: 'Phòng Kinh tế',
    serviceLevel: 'partial',
    processingDays: 15,
    feeVnd: 50000,
    feeText: '50.000 đồng/giấy phép',
    description:
      'Cấp giấy phép xây dựng nhà ở riêng lẻ tại phường, tại khu vực có quy hoạch chi tiết hoặc trong khu bảo tồn, di tích. Nhà ở nông thôn ngoài khu quy hoạch được miễn giấy phép.',
    applicants: 'Hộ gia đình, cá nhân có quyền sử dụng đất hợp pháp',
    result: 'Giấy phép xây dựng',
    legalBasis: ['Luật Xây dựng năm 2014, sửa đổi năm 2020', 'Nghị định số 175/2024/NĐ-CP'],
    fields: [
      certificateNumber(),
      mapSheet,
      plotNumber,
      area('plotArea', 'Diện tích thửa đất'),
      area('footprint', 'Diện tích xây dựng tầng 1'),
      integer('floors', 'Số tầng', 1, 7, true, { unit: 'tầng' }),
      area('totalFloorArea', 'Tổng diện tích sàn'),
      { name: 'height', label: 'Chiều cao công trình', type: 'number', required: true, min: 2, max: 30, unit: 'm' },
      text('siteAddress', 'Địa chỉ công trình', true, { maxLength: 200 }),
      futureDate('startDate', 'Ngày dự kiến khởi công', false),
    ],
  },
  {
    nationalCode: '1.009995',
    name: 'Cấp giấy phép sửa chữa, cải tạo nhà ở riêng lẻ',
    field: 'xay-dung',
    authority: 'ubnd-xa',
    department: 'Phòng Kinh tế',
    serviceLevel: 'partial',
    processingDays: 15,
    feeVnd: 50000,
    feeText: '50.000 đồng/giấy phép',
    description: 'Cấp phép sửa chữa, cải tạo làm thay đổi kết cấu chịu lực, công năng hoặc mặt ngoài của nhà ở riêng lẻ.',
    applicants: 'Chủ sở hữu nhà ở riêng lẻ',
    result: 'Giấy phép sửa chữa, cải tạo công trình',
    legalBasis: ['Luật Xây dựng năm 2014, sửa đổi năm 2020', 'Nghị định số 175/2024/NĐ-CP'],
    fields: [
      certificateNumber(),
      text('siteAddress', 'Địa chỉ công trình', true, { maxLength: 200 }),
      textarea('works', 'Nội dung sửa chữa, cải tạo', true, { maxLength: 1500 }),
      integer('floorsAfter', 'Số tầng sau sửa chữa', 1, 7, true, { unit: 'tầng' }),
    ],
  },
  // ───────── Đất đai ─────────
  {
    nationalCode: '1.012766',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất và cấp Giấy chứng nhận lần đầu',
    field: 'dat-dai',
    authority: 'ubnd-xa',
    department: 'Phòng Kinh tế',
    serviceLevel: 'partial',
    processingDays: 20,
    feeVnd: 100000,
    feeText: 'Lệ phí cấp Giấy chứng nhận 100.000 đồng/giấy (chỉ có quyền sử dụng đất: 25.000 đồng)',
    description:
      'Đăng ký và cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu cho hộ gia đình, cá nhân đang sử dụng đất ổn định.',
    applicants: 'Hộ gia đình, cá nhân đang sử dụng đất chưa được cấp Giấy chứng nhận',
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    legalBasis: ['Luật Đất đai năm 2024', 'Nghị định số 101/2024/NĐ-CP', 'Nghị định số 151/2025/NĐ-CP'],
    fields: [
      mapSheet,
      plotNumber,
      area('plotArea', 'Diện tích thửa đất'),
      select('landUse', 'Mục đích sử dụng đất', ['Đất ở tại nông thôn', 'Đất ở tại đô thị', 'Đất trồng cây lâu năm', 'Đất trồng lúa', 'Đất rừng sản xuất', 'Đất nuôi trồng thủy sản']),
      select('origin', 'Nguồn gốc sử dụng đất', ['Nhận chuyển nhượng có giấy tờ', 'Được Nhà nước giao đất', 'Được thừa kế, tặng cho', 'Sử dụng ổn định, không có giấy tờ']),
      pastDate('usedSince', 'Thời điểm bắt đầu sử dụng'),
      text('plotAddress', 'Địa chỉ thửa đất', true, { maxLength: 200 }),
      { name: 'hasHouse', label: 'Trên đất có nhà ở, công trình cần chứng nhận quyền sở hữu', type: 'checkbox', required: false },
    ],
  },
  {
    nationalCode: '1.012781',
    name: 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho, thừa kế',
    field: 'dat-dai',
    authority: 'van-phong-dang-ky-dat-dai',
    department: 'Chi nhánh Văn phòng Đăng ký đất đai',
    serviceLevel: 'partial',
    processingDays: 10,
    feeVnd: 50000,
    feeText: 'Lệ phí 50.000 đồng/lần; lệ phí trước bạ và thuế thu nhập cá nhân theo thông báo của cơ quan thuế',
    description:
      'Sang tên Giấy chứng nhận khi chuyển nhượng, tặng cho hoặc thừa kế quyền sử dụng đất đã được công chứng, chứng thực. Sau khi có thông báo thuế, người dân nộp thuế rồi nhận Giấy chứng nhận.',
    applicants: 'Bên nhận chuyển nhượng, nhận tặng cho, người thừa kế',
    result: 'Giấy chứng nhận được xác nhận thay đổi hoặc cấp mới',
    legalBasis: ['Luật Đất đai năm 2024', 'Nghị định số 101/2024/NĐ-CP'],
    fields: [
      select('transferType', 'Hình thức', ['Chuyển nhượng', 'Tặng cho', 'Thừa kế']),
      certificateNumber(),
      mapSheet,
      plotNumber,
      personName('counterpartyName', 'Họ và tên bên chuyển quyền'),
      pastDate('contractDate', 'Ngày công chứng, chứng thực hợp đồng'),
      text('notaryOffice', 'Nơi công chứng, chứng thực', true, { maxLength: 200 }),
    ],
  },
  {
    nationalCode: '1.012785',
    name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất',
    field: 'dat-dai',
    authority: 'van-phong-dang-ky-dat-dai',
    department: 'Chi nhánh Văn phòng Đăng ký đất đai',
    serviceLevel: 'partial',
    processingDays: 7,
    feeVnd: 50000,
    feeText: '50.000 đồng/giấy',
    description: 'Đổi Giấy chứng nhận bị ố, nhòe, rách, hư hỏng hoặc đổi sang mẫu mới khi đo đạc lại bản đồ địa chính.',
    applicants: 'Người đang sử dụng đất đã có Giấy chứng nhận',
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất mới',
    legalBasis: ['Luật Đất đai năm 2024', 'Nghị định số 101/2024/NĐ-CP'],
    fields: [
      certificateNumber(),
      mapSheet,
      plotNumber,
      select('reason', 'Lý do cấp đổi', ['Giấy bị ố, nhòe, rách, hư hỏng', 'Đo đạc lại bản đồ địa chính', 'Đổi sang mẫu Giấy chứng nhận mới', 'Thay đổi thông tin người sử dụng đất']),
    ],
  },
  {
    nationalCode: '1.012790',
    name: 'Cung cấp thông tin, dữ liệu đất đai',
    field: 'dat-dai',
    authority: 'van-phong-dang-ky-dat-dai',
    department: 'Chi nhánh Văn phòng Đăng ký đất đai',
    serviceLevel: 'full',
    processingDays: 2,
    feeVnd: 150000,
    feeText: 'Phí khai thác, sử dụng tài liệu đất đai 150.000 đồng/thửa',
    description: 'Cung cấp thông tin thửa đất, lịch sử biến động, quy hoạch sử dụng đất hoặc giá đất để tra cứu trước khi giao dịch.',
    applicants: 'Mọi tổ chức, cá nhân',
    result: 'Văn bản cung cấp thông tin, dữ liệu đất đai',
    legalBasis: ['Luật Đất đai năm 2024', 'Nghị định số 101/2024/NĐ-CP'],
    fields: [
      select('infoType', 'Thông tin cần cung cấp', ['Thông tin thửa đất', 'Lịch sử biến động', 'Quy hoạch sử dụng đất', 'Giá đất', 'Tình trạng ngăn chặn giao dịch']),
      mapSheet,
      plotNumber,
      select('commune', 'Xã, phường có thửa đất', ['Phường Lào Cai', 'Phường Cam Đường', 'Phường Sa Pa', 'Phường Yên Bái', 'Phường Nghĩa Lộ', 'Xã Bảo Thắng', 'Xã Bắc Hà', 'Xã Văn Bàn', 'Xã Lục Yên', 'Xã khác']),
      textarea('purpose', 'Mục đích sử dụng thông tin', true, { maxLength: 500 }),
    ],
  },
  // ───────── Giáo dục ─────────
  {
    nationalCode: '1.005092',
    name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    field: 'giao-duc',
    authority: 'so-giao-duc',
    department: 'Phòng Quản lý chất lượng',
    serviceLevel: 'full',
    processingDays: 1,
    feeVnd: 0,
    feeText: 'Không thu phí',
    description: 'Cấp bản sao bằng tốt nghiệp trung học phổ thông, trung học cơ sở từ sổ gốc cho người bị mất bằng hoặc cần thêm bản sao.',
    applicants: 'Người được cấp văn bằng hoặc người được ủy quyền',
    result: 'Bản sao văn bằng, chứng chỉ từ sổ gốc',
    legalBasis: ['Thông tư số 21/2019/TT-BGDĐT', 'Nghị định số 23/2015/NĐ-CP'],
    fields: [
      select('diplomaType', 'Loại văn bằng', ['Bằng tốt nghiệp trung học phổ thông', 'Bằng tốt nghiệp trung học cơ sở', 'Bằng tốt nghiệp bổ túc trung học']),
      personName('graduateName', 'Họ và tên người được cấp'),
      pastDate('graduateBirthDate', 'Ngày sinh'),
      text('school', 'Trường đã học', true, { maxLength: 200, placeholder: 'Ví dụ: Trường THPT số 1 Bảo Thắng' }),
      integer('graduationYear', 'Năm tốt nghiệp', 1960, 2100),
      text('diplomaNumber', 'Số hiệu văn bằng', false, { maxLength: 30 }),
      copies(),
    ],
  },
  {
    nationalCode: '1.005090',
    name: 'Chuyển trường đối với học sinh trung học phổ thông',
    field: 'giao-duc',
    authority: 'so-giao-duc',
    department: 'Phòng Giáo dục phổ thông',
    serviceLevel: 'partial',
    processingDays: 3,
    feeVnd: 0,
    feeText: 'Không thu phí',
    description: 'Chuyển học sinh trung học phổ thông sang trường khác trong tỉnh hoặc từ tỉnh khác đến Lào Cai khi gia đình chuyển nơi cư trú hoặc có lý do chính đáng.',
    applicants: 'Cha, mẹ hoặc người giám hộ của học sinh',
    result: 'Văn bản đồng ý tiếp nhận học sinh',
    legalBasis: ['Thông tư số 50/2021/TT-BGDĐT'],
    fields: [
      personName('studentName', 'Họ và tên học sinh'),
      pastDate('studentBirthDate', 'Ngày sinh học sinh'),
      select('grade', 'Lớp', ['Lớp 10', 'Lớp 11', 'Lớp 12']),
      text('fromSchool', 'Trường đang học', true, { maxLength: 200 }),
      text('toSchool', 'Trường xin chuyển đến', true, { maxLength: 200, placeholder: 'Ví dụ: Trường THPT chuyên Lào Cai' }),
      select('term', 'Thời điểm chuyển', ['Trong hè', 'Học kỳ I', 'Học kỳ II']),
      textarea('reason', 'Lý do chuyển trường', true, { maxLength: 1000 }),
    ],
  },
  {
    nationalCode: '1.008950',
    name: 'Xét hỗ trợ học sinh bán trú ở xã, thôn đặc biệt khó khăn',
    field: 'giao-duc',
    authority: 'ubnd-xa',
    department: 'Phòng Văn hóa – Xã hội',
    serviceLevel: 'partial',
    processingDays: 10,
    feeVnd: 0,
    feeText: 'Không thu phí',
    description: 'Hỗ trợ tiền ăn, gạo và nhà ở cho học sinh ở thôn, bản đặc biệt khó khăn phải ở lại trường vì nhà xa hoặc đường đi lại khó khăn.',
    applicants: 'Cha, mẹ hoặc người giám hộ của học sinh tiểu học, trung học cơ sở',
    result: 'Quyết định phê duyệt danh sách học sinh được hỗ trợ',
    legalBasis: ['Nghị định số 66/2025/NĐ-CP'],
    fields: [
      personName('studentName', 'Họ và tên học sinh'),
      text('school', 'Trường đang học', true, { maxLength: 200 }),
      select('grade', 'Lớp', ['Lớp 1', 'Lớp 2', 'Lớp 3', 'Lớp 4', 'Lớp 5', 'Lớp 6', 'Lớp 7', 'Lớp 8', 'Lớp 9']),
      { name: 'distance', label: 'Khoảng cách từ nhà đến trường', type: 'number', required: true, min: 0, max: 100, unit: 'km' },
      text('village', 'Thôn, bản nơi ở', true, { maxLength: 100 }),
      { name: 'poorHousehold', label: 'Gia đình thuộc hộ nghèo hoặc cận nghèo', type: 'checkbox', required: false },
    ],
  },
  // ───────── Giao thông ─────────
  {
    nationalCode: '1.002809',
    name: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    field: 'giao-thong',
    authority: 'cong-an-tinh',
    department: 'Phòng Cảnh sát giao thông',
    serviceLevel: 'full',
    processingDays: 5,
    feeVnd: 135000,
    feeText: '135.000 đồng/lần',
    description: 'Đổi giấy phép lái xe bằng giấy bìa hoặc thẻ PET cũ sắp hết hạn, bị hỏng sang giấy phép lái xe mới do Công an cấp.',
    applicants: 'Người có giấy phép lái xe do ngành Giao thông vận tải cấp',
    result: 'Giấy phép lái xe mới',
    legalBasis: ['Luật Trật tự, an toàn giao thông đường bộ năm 2024', 'Thông tư số 35/2024/TT-BCA'],
    fields: [
      text('licenseNumber', 'Số giấy phép lái xe', true, { maxLength: 12, pattern: { regex: '^\\d{12}$', message: 'Số giấy phép lái xe gồm 12 chữ số.' } }),
      select('licenseClass', 'Hạng', ['A1', 'A2', 'A3', 'B1', 'B2', 'C', 'D', 'E', 'FB2', 'FC']),
      pastDate('issuedDate', 'Ngày cấp'),
      { name: 'expiryDate', label: 'Ngày hết hạn', type: 'date', required: false, hint: 'Bỏ trống nếu giấy phép không thời hạn.' },
      pastDate('healthCheckDate', 'Ngày khám sức khỏe', false),
      select('reason', 'Lý do đổi', ['Sắp hết hạn', 'Bị hỏng', 'Thay đổi thông tin cá nhân', 'Đổi sang mẫu mới']),
    ],
  },
  {
    nationalCode: '1.001577',
    name: 'Cấp Giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn trên đường bộ',
    field: 'giao-thong',
    authority: 'so-xay-dung',
    department: 'Phòng Quản lý vận tải, phương tiện và người lái',
    serviceLevel: 'full',
    processingDays: 2,
    feeVnd: 0,
    feeText: 'Không thu phí',
    description: 'Cấp phép cho xe chở hàng không chia nhỏ được vượt tải trọng hoặc khổ giới hạn được lưu hành trên quốc lộ, tỉnh lộ qua Lào Cai.',
    applicants: 'Chủ phương tiện hoặc người thuê vận tải',
    result: 'Giấy phép lưu hành xe',
    legalBasis: ['Luật Đường bộ năm 2024', 'Thông tư số 39/2024/TT-BGTVT'],
    fields: [
      text('plate', 'Biển số xe', true, { maxLength: 12, placeholder: 'Ví dụ: 24C-123.45', pattern: { regex: '^\\d{2}[A-Z]{1,2}-?\\d{3}\\.?\\d{2}$', message: 'Biển số không đúng dạng, ví dụ 24C-123.45.' } }),
      text('vehicleType', 'Loại xe', true, { maxLength: 100 }),
      text('cargo', 'Hàng hóa vận chuyển', true, { maxLength: 200 }),
      { name: 'grossWeight', label: 'Tổng trọng lượng xe và hàng', type: 'number', required: true, min: 1, max: 500, unit: 'tấn' },
      textarea('route', 'Tuyến đường', true, { maxLength: 1000, placeholder: 'Ví dụ: Cảng Hà Khẩu – Kim Thành – QL4E – Phố Lu' }),
      futureDate('fromDate', 'Lưu hành từ ngày'),
      futureDate('toDate', 'Lưu hành đến ngày'),
    ],
  },
  // ───────── Lao động, việc làm ─────────
  {
    nationalCode: '1.001978',
    name: 'Giải quyết hưởng trợ cấp thất nghiệp',
    field: 'lao-dong',
    authority: 'trung-tam-viec-lam',
    department: 'Phòng Bảo hiểm thất nghiệp',
    serviceLevel: 'partial',
    processingDays: 20,
    feeVnd: 0,
    feeText: 'Không thu phí',
    description: 'Người lao động đã đóng bảo hiểm thất nghiệp đủ 12 tháng trở lên trong 24 tháng trước khi nghỉ việc đề nghị hưởng trợ cấp thất nghiệp trong 3 tháng kể từ ngày chấm dứt hợp đồng.',
    applicants: 'Người lao động đã chấm dứt hợp đồng lao động, chưa có việc làm',
    result: 'Quyết định hưởng trợ cấp thất nghiệp',
    legalBasis: ['Luật Việc làm năm 2013', 'Nghị định số 28/2015/NĐ-CP'],
    fields: [
      text('lastEmployer', 'Nơi làm việc trước khi nghỉ', true, { maxLength: 200 }),
      select('contractType', 'Loại hợp đồng đã ký', ['Không xác định thời hạn', 'Xác định thời hạn', 'Hợp đồng theo mùa vụ, công việc từ 3 tháng trở lên']),
      pastDate('contractEndDate', 'Ngày chấm dứt hợp đồng'),
      text('socialInsuranceNumber', 'Mã số bảo hiểm xã hội', true, { maxLength: 10, pattern: { regex: '^\\d{10}$', message: 'Mã số bảo hiểm xã hội gồm 10 chữ số.' } }),
      integer('contributionMonths', 'Số tháng đã đóng bảo hiểm thất nghiệp', 12, 600, true, { unit: 'tháng' }),
      text('bankAccount', 'Số tài khoản nhận trợ cấp', false, { maxLength: 20, pattern: { regex: '^\\d{6,20}$', message: 'Số tài khoản gồm 6 đến 20 chữ số.' } }),
      text('bankName', 'Ngân hàng', false, { maxLength: 100 }),
    ],
  },
  {
    nationalCode: '2.000205',
    name: 'Cấp giấy phép lao động cho người lao động nước ngoài',
    field: 'lao-dong',
    authority: 'so-noi-vu',
    department: 'Phòng Lao động – Việc làm',
    serviceLevel: 'full',
    processingDays: 10,
    feeVnd: 600000,
    feeText: '600.000 đồng/giấy phép',
    description: 'Cấp giấy phép cho người nước ngoài làm việc tại doanh nghiệp, tổ chức trên địa bàn tỉnh Lào Cai.',
    applicants: 'Người sử dụng lao động nước ngoài',
    result: 'Giấy phép lao động (thời hạn tối đa 02 năm)',
    legalBasis: ['Bộ luật Lao động năm 2019', 'Nghị định số 219/2025/NĐ-CP'],
    fields: [
      text('workerName', 'Họ và tên người lao động', true, { maxLength: 100 }),
      text('nationality', 'Quốc tịch', true, { maxLength: 60 }),
      text('passportNumber', 'Số hộ chiếu', true, { maxLength: 20, pattern: { regex: '^[A-Z0-9]{6,20}$', message: 'Số hộ chiếu gồm chữ in hoa và chữ số.' } }),
      select('position', 'Vị trí công việc', ['Nhà quản lý', 'Giám đốc điều hành', 'Chuyên gia', 'Lao động kỹ thuật']),
      text('employer', 'Doanh nghiệp sử dụng lao động', true, { maxLength: 200 }),
      futureDate('fromDate', 'Làm việc từ ngày'),
      futureDate('toDate', 'Làm việc đến ngày'),
    ],
  },
  // ───────── Bảo trợ xã hội ─────────
  {
    nationalCode: '1.001776',
    name: 'Trợ giúp xã hội thường xuyên hằng tháng',
    field: 'xa-hoi',
    authority: 'ubnd-xa',
    department: 'Phòng Văn hóa – Xã hội',
    serviceLevel: 'partial',
    processingDays: 15,
    feeVnd: 0,
    feeText: 'Không thu phí',
    description: 'Xét hưởng trợ cấp xã hội hằng tháng cho người cao tuổi, người khuyết tật nặng, trẻ em mồ côi, người đơn thân nghèo đang nuôi con.',
    applicants: 'Đối tượng bảo trợ xã hội hoặc người thân, người giám hộ',
    result: 'Quyết định hưởng trợ cấp xã hội hằng tháng',
    legalBasis: ['Nghị định số 20/2021/NĐ-CP', 'Nghị định số 76/2024/NĐ-CP'],
    fields: [
      personName('beneficiaryName', 'Họ và tên người hưởng'),
      pastDate('beneficiaryBirthDate', 'Ngày sinh người hưởng'),
      idNumber('beneficiaryIdNumber', 'Số định danh cá nhân người hưởng', false),
      select('category', 'Thuộc diện', ['Người từ đủ 75 tuổi chưa có lương hưu', 'Người khuyết tật nặng, đặc biệt nặng', 'Trẻ em mồ côi cả cha và mẹ', 'Người đơn thân nghèo đang nuôi con', 'Người từ đủ 60 tuổi thuộc hộ nghèo không có người phụng dưỡng']),
      select('payment', 'Cách nhận trợ cấp', ['Nhận tiền mặt tại xã, phường', 'Chuyển vào tài khoản ngân hàng', 'Nhận qua bưu điện']),
      text('bankAccount', 'Số tài khoản (nếu nhận qua ngân hàng)', false, { maxLength: 20, pattern: { regex: '^\\d{6,20}$', message: 'Số tài khoản gồm 6 đến 20 chữ số.' } }),
    ],
  },
  {
    nationalCode: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    field: 'xa-hoi',
    authority: 'ubnd-xa',
    department: 'Phòng Văn hóa – Xã hội',
    serviceLevel: 'partial',
    processingDays: 25,
    feeVnd: 0,
    feeText: 'Không thu phí',
    description: 'Hội đồng xác định mức độ khuyết tật của xã, phường khám, đánh giá và cấp Giấy xác nhận khuyết tật để hưởng chính sách.',
    applicants: 'Người khuyết tật hoặc người đại diện',
    result: 'Giấy xác nhận khuyết tật',
    legalBasis: ['Luật Người khuyết tật năm 2010', 'Thông tư số 01/2019/TT-BLĐTBXH'],
    fields: [
      personName('personName', 'Họ và tên người khuyết tật'),
      pastDate('personBirthDate', 'Ngày sinh'),
      select('disabilityType', 'Dạng khuyết tật', ['Khuyết tật vận động', 'Khuyết tật nghe, nói', 'Khuyết tật nhìn', 'Khuyết tật thần kinh, tâm thần', 'Khuyết tật trí tuệ', 'Khuyết tật khác']),
      textarea('description', 'Mô tả tình trạng', true, { maxLength: 1500 }),
      select('request', 'Đề nghị', ['Xác định lần đầu', 'Xác định lại mức độ', 'Cấp đổi, cấp lại giấy xác nhận']),
    ],
  },
  {
    nationalCode: '1.001731',
    name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    field: 'xa-hoi',
    authority: 'ubnd-xa',
    department: 'Phòng Văn hóa – Xã hội',
    serviceLevel: 'partial',
    processingDays: 3,
    feeVnd: 0,
    feeText: 'Không thu phí',
    description: 'Hỗ trợ chi phí mai táng cho gia đình, cá nhân tổ chức mai táng người đang hưởng trợ cấp xã hội hằng tháng đã mất.',
    applicants: 'Cơ quan, tổ chức, gia đình hoặc cá nhân đứng ra tổ chức mai táng',
    result: 'Quyết định hỗ trợ chi phí mai táng',
    legalBasis: ['Nghị định số 20/2021/NĐ-CP', 'Nghị định số 76/2024/NĐ-CP'],
    fields: [
      personName('deceasedName', 'Họ và tên người đã mất'),
      pastDate('deathDate', 'Ngày mất'),
      select('category', 'Người đã mất thuộc diện', ['Đang hưởng trợ cấp xã hội hằng tháng', 'Con của người đơn thân nghèo', 'Người từ đủ 80 tuổi chưa có lương hưu', 'Người thuộc hộ nghèo, cận nghèo']),
      personName('organizerName', 'Người tổ chức mai táng'),
    ],
  },
];

/** The catalogue with each procedure's papers. */
export const PROCEDURES: CatalogueProcedure[] = CATALOGUE.map((p) => {
  const papers = PROCEDURE_PAPERS[p.nationalCode];
  if (!papers) throw new Error(`Thủ tục ${p.nationalCode} chưa có danh sách giấy tờ`);
  return { ...p, papers };
});

export const procedureIdOf = (nationalCode: string) => `${nationalCode}.000.00.00.H38`;
