/**
 * What residents can report about (the Open311 "services") and where (communes and wards of
 * Lào Cai since 1 July 2025, including former Yên Bái), with the agency that answers each kind.
 */

import { COMMUNES_BY_NAME, communeAt, insideProvince as insideOutline } from '../contract/communes.js';

export type AttributeDatatype = 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';

export interface CategoryField {
  code: string;
  label: string;
  datatype: AttributeDatatype;
  required: boolean;
  description: string;
  values?: { key: string; name: string }[];
}

export interface FeedbackCategory {
  id: string;
  name: string;
  description: string;
  group: string;
  keywords: string[];
  /**
   * Who answers. Since 1 July 2025 local government has two levels (province → xã/phường): a
   * `local` matter (a pothole, rubbish, a stall on the pavement) goes first to the UBND of the
   * commune or ward where it happened; a provincial one (a hospital, a school, the power and
   * water companies) to the department or company named here.
   */
  agency: string;
  local: boolean;
  /** Working days promised for an answer. */
  answerDays: number;
  /** Advice for the resident about this kind of report (never where it goes: the receipt says that). */
  notice: string;
  fields: CategoryField[];
}

export const FEEDBACK_CATEGORIES: FeedbackCategory[] = [
  {
    id: 'moi-truong',
    name: 'Môi trường',
    description: 'Rác thải để sai chỗ, nước thải, khói bụi, mùi hôi, tiếng ồn ảnh hưởng đến khu dân cư.',
    group: 'Môi trường – nước',
    keywords: ['rác', 'nước thải', 'khói bụi', 'ô nhiễm', 'tiếng ồn'],
    agency: 'UBND xã, phường nơi xảy ra sự việc',
    local: true,
    answerDays: 10,
    notice: 'Cán bộ kiểm tra hiện trường; ô nhiễm lan rộng hoặc có chất thải nguy hại thì xã, phường báo cáo Sở Nông nghiệp và Môi trường.',
    fields: [
      {
        code: 'kind',
        label: 'Loại vấn đề',
        datatype: 'singlevaluelist',
        required: true,
        description: 'Chọn điều đang xảy ra.',
        values: [
          { key: 'rac-thai', name: 'Rác thải, đổ rác sai chỗ' },
          { key: 'nuoc-thai', name: 'Nước thải' },
          { key: 'khoi-bui', name: 'Khói, bụi, mùi hôi' },
          { key: 'tieng-on', name: 'Tiếng ồn' },
          { key: 'khac', name: 'Vấn đề khác' },
        ],
      },
    ],
  },
  {
    id: 'giao-thong',
    name: 'Giao thông – hạ tầng',
    description: 'Ổ gà, sụt lún, sạt lở đường, cầu cống hư hỏng, biển báo và đèn tín hiệu.',
    group: 'Đường sá – xây dựng',
    keywords: ['ổ gà', 'sụt lún', 'sạt lở', 'cầu', 'biển báo', 'đèn tín hiệu'],
    agency: 'UBND xã, phường nơi xảy ra sự việc',
    local: true,
    answerDays: 10,
    notice: 'Chỗ nguy hiểm được rào chắn, cắm biển cảnh báo trước khi sửa; quốc lộ, tỉnh lộ thì xã, phường báo Sở Xây dựng xử lý.',
    fields: [
      {
        code: 'hazard',
        label: 'Hư hỏng gặp phải',
        datatype: 'singlevaluelist',
        required: false,
        description: 'Nếu biết, chọn loại hư hỏng.',
        values: [
          { key: 'o-ga', name: 'Ổ gà, mặt đường hư hỏng' },
          { key: 'sut-lun', name: 'Sụt lún, sạt lở' },
          { key: 'cau-cong', name: 'Cầu, cống, rãnh thoát nước' },
          { key: 'bien-bao', name: 'Biển báo, đèn tín hiệu' },
          { key: 'via-he', name: 'Vỉa hè, hố ga' },
        ],
      },
    ],
  },
  {
    id: 'dien-chieu-sang',
    name: 'Điện – chiếu sáng',
    description: 'Đèn đường không sáng, dây điện võng hoặc đứt, cột điện nghiêng, mất điện kéo dài.',
    group: 'Điện – nước',
    keywords: ['đèn đường', 'dây điện', 'cột điện', 'mất điện'],
    agency: 'Công ty Điện lực Lào Cai',
    local: false,
    answerDays: 5,
    notice: 'Dây điện đứt, chạm đất là nguy hiểm: tránh xa và gọi tổng đài điện lực 1900 6769.',
    fields: [
      {
        code: 'kind',
        label: 'Vấn đề về điện',
        datatype: 'singlevaluelist',
        required: false,
        description: 'Chọn điều gần nhất với điều bạn thấy.',
        values: [
          { key: 'den-duong', name: 'Đèn đường không sáng' },
          { key: 'day-dien', name: 'Dây điện võng, đứt' },
          { key: 'cot-dien', name: 'Cột điện nghiêng, hư hỏng' },
          { key: 'mat-dien', name: 'Mất điện kéo dài' },
        ],
      },
      {
        code: 'pole',
        label: 'Số hiệu cột điện',
        datatype: 'string',
        required: false,
        description: 'Số sơn trên cột điện gần nhất, nếu nhìn thấy.',
      },
    ],
  },
  {
    id: 'trat-tu-do-thi',
    name: 'Trật tự đô thị',
    description: 'Lấn chiếm vỉa hè, lòng đường, xây dựng không phép, quảng cáo sai quy định.',
    group: 'Đường sá – xây dựng',
    keywords: ['lấn chiếm', 'vỉa hè', 'xây dựng trái phép', 'quảng cáo'],
    agency: 'UBND xã, phường nơi xảy ra sự việc',
    local: true,
    answerDays: 7,
    notice: 'Cán bộ xã, phường kiểm tra, lập biên bản và xử lý theo thẩm quyền.',
    fields: [
      {
        code: 'kind',
        label: 'Vi phạm',
        datatype: 'singlevaluelist',
        required: false,
        description: 'Chọn loại vi phạm.',
        values: [
          { key: 'lan-chiem', name: 'Lấn chiếm vỉa hè, lòng đường' },
          { key: 'xay-dung', name: 'Xây dựng không phép, sai phép' },
          { key: 'quang-cao', name: 'Quảng cáo, biển hiệu sai quy định' },
        ],
      },
    ],
  },
  {
    id: 'an-ninh-trat-tu',
    name: 'An ninh trật tự',
    description: 'Tụ tập gây rối, đua xe, tệ nạn xã hội, nguy cơ mất an ninh ở khu dân cư.',
    group: 'An ninh – an toàn',
    keywords: ['gây rối', 'đua xe', 'tệ nạn', 'trộm cắp'],
    agency: 'Công an tỉnh Lào Cai',
    local: false,
    answerDays: 7,
    notice: 'Việc khẩn cấp, đang xảy ra: gọi ngay 113. Không tự can thiệp khi có nguy hiểm.',
    fields: [],
  },
  {
    id: 'y-te',
    name: 'Y tế',
    description: 'Chất lượng khám chữa bệnh, thái độ phục vụ, an toàn thực phẩm, dịch bệnh.',
    group: 'Y tế – giáo dục',
    keywords: ['bệnh viện', 'trạm y tế', 'thực phẩm', 'dịch bệnh'],
    agency: 'Sở Y tế tỉnh Lào Cai',
    local: false,
    answerDays: 10,
    notice: 'Cơ sở y tế liên quan phải báo cáo, giải trình; cấp cứu gọi 115.',
    fields: [
      { code: 'facility', label: 'Cơ sở y tế', datatype: 'string', required: false, description: 'Tên bệnh viện, trạm y tế hoặc cơ sở liên quan.' },
    ],
  },
  {
    id: 'giao-duc',
    name: 'Giáo dục',
    description: 'Trường lớp, cơ sở vật chất, các khoản thu, an toàn của học sinh.',
    group: 'Y tế – giáo dục',
    keywords: ['trường học', 'học sinh', 'khoản thu', 'bán trú'],
    agency: 'Sở Giáo dục và Đào tạo tỉnh Lào Cai',
    local: false,
    answerDays: 10,
    notice: 'Nhà trường được yêu cầu kiểm tra và trả lời; nên ghi rõ tên trường, lớp.',
    fields: [{ code: 'school', label: 'Trường học', datatype: 'string', required: false, description: 'Tên trường, điểm trường liên quan.' }],
  },
  {
    id: 'dich-vu-cong',
    name: 'Dịch vụ công',
    description: 'Thủ tục hành chính chậm, sai hẹn, yêu cầu giấy tờ ngoài quy định, thái độ cán bộ.',
    group: 'Hành chính',
    keywords: ['thủ tục', 'hồ sơ', 'trễ hẹn', 'cán bộ'],
    agency: 'Trung tâm Phục vụ hành chính công tỉnh Lào Cai',
    local: false,
    answerDays: 5,
    notice: 'Nếu có mã hồ sơ, hãy ghi vào nội dung để tra soát nhanh.',
    fields: [{ code: 'dossierCode', label: 'Mã hồ sơ', datatype: 'string', required: false, description: 'Mã hồ sơ thủ tục hành chính, nếu có.' }],
  },
  {
    id: 'du-lich',
    name: 'Du lịch',
    description: 'Chèo kéo, nâng giá, vệ sinh, an toàn tại điểm du lịch và cơ sở lưu trú.',
    group: 'Văn hóa – du lịch',
    keywords: ['du khách', 'chèo kéo', 'homestay', 'điểm du lịch', 'giá cả'],
    agency: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai',
    local: false,
    answerDays: 7,
    notice: 'Đường dây nóng du lịch hỗ trợ du khách cả ngày nghỉ.',
    fields: [{ code: 'place', label: 'Điểm du lịch, cơ sở', datatype: 'string', required: false, description: 'Tên điểm du lịch, nhà hàng hay cơ sở lưu trú.' }],
  },
  {
    id: 'cap-thoat-nuoc',
    name: 'Cấp, thoát nước',
    description: 'Mất nước, vỡ đường ống, nước sinh hoạt đục, ngập úng do cống tắc.',
    group: 'Điện – nước',
    keywords: ['mất nước', 'vỡ ống', 'nước đục', 'ngập', 'cống'],
    agency: 'Công ty Cổ phần Cấp nước Lào Cai',
    local: false,
    answerDays: 5,
    notice: 'Sự cố vỡ ống được ưu tiên xử lý trong ngày.',
    fields: [
      {
        code: 'kind',
        label: 'Sự cố',
        datatype: 'singlevaluelist',
        required: false,
        description: 'Chọn sự cố gặp phải.',
        values: [
          { key: 'mat-nuoc', name: 'Mất nước' },
          { key: 'vo-ong', name: 'Vỡ, rò rỉ đường ống' },
          { key: 'nuoc-duc', name: 'Nước đục, có mùi' },
          { key: 'ngap-ung', name: 'Ngập úng, cống tắc' },
        ],
      },
    ],
  },
  {
    id: 'khac',
    name: 'Khác',
    description: 'Những vấn đề khác cần chính quyền biết và giải quyết.',
    group: 'Khác',
    keywords: ['góp ý', 'kiến nghị'],
    agency: 'UBND xã, phường nơi xảy ra sự việc',
    local: true,
    answerDays: 15,
    notice: 'Việc vượt thẩm quyền được xã, phường chuyển lên cơ quan cấp tỉnh và báo lại cho bạn.',
    fields: [],
  },
];

export function findCategory(id: string): FeedbackCategory | undefined {
  return FEEDBACK_CATEGORIES.find((c) => c.id === id);
}

export interface FeedbackArea {
  id: string;
  name: string;
  lat: number;
  long: number;
}

/** Where a report can be filed: every commune and ward of the province, from the one list, by name. */
export const FEEDBACK_AREAS: FeedbackArea[] = COMMUNES_BY_NAME.map((cm) => ({ id: cm.id, name: cm.name, lat: cm.lat, long: cm.long }));

export function findArea(id: string): FeedbackArea | undefined {
  return FEEDBACK_AREAS.find((a) => a.id === id);
}

/** Whether a point is inside the province: one outside is a mistake (or another province's business). */
export function insideProvince(p: { lat: number; long: number }): boolean {
  return insideOutline(p.lat, p.long);
}

/** The commune a point inside the province lies in (see contract/communes.ts for how exact that is). */
export function areaAt(p: { lat: number; long: number }): FeedbackArea | undefined {
  const cm = communeAt(p.lat, p.long);
  return cm ? findArea(cm.id) : undefined;
}

/** The agency that answers a category in an area. */
export function agencyFor(category: FeedbackCategory, area: FeedbackArea): string {
  return category.local ? `UBND ${area.name.charAt(0).toLowerCase()}${area.name.slice(1)}` : category.agency;
}
