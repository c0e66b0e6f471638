import type { PaperNeed, PaperSpec } from '../../contract/papers.js';

/**
 * The papers of each procedure of the catalogue (procedure-catalogue.ts), by national code: a
 * stable id, the copies, a note, an example of a good photo or scan, and when it is needed. The
 * online form replaces the tờ khai; the ID card is read from the national population database.
 */

const form = (name: string): PaperSpec => ({ id: 'to-khai', name, copies: '01 bản', note: 'Khai trực tuyến trên ứng dụng, không cần in.', need: { kind: 'form' } });

const paper = (id: string, name: string, copies: string, example: string, need: PaperNeed = { kind: 'always' }, note?: string): PaperSpec => ({
  id,
  name,
  copies,
  example,
  need,
  ...(note ? { note } : {}),
});

const when = (field: string, values: (string | boolean)[], optional = false): PaperNeed => ({ kind: 'when', field, in: values, ...(optional ? { optional } : {}) });
const unless = (field: string, values: string[]): PaperNeed => ({ kind: 'when', field, notIn: values });
const OPTIONAL: PaperNeed = { kind: 'optional' };

const cccd = (name = 'Căn cước hoặc Căn cước công dân của người nộp'): PaperSpec => ({
  id: 'cccd',
  name,
  copies: '01 bản chụp hai mặt',
  note: 'Không cần nộp khi thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư.',
  example: 'Chụp mặt trước và mặt sau của thẻ, đủ bốn góc, không lóa đèn, đọc rõ số thẻ.',
  need: { kind: 'population-db' },
});

const CERTIFICATE = 'Chụp đủ các trang có nội dung, thấy rõ số seri, tên người sử dụng đất và trang ghi thay đổi.';
const DRAWING = 'Quét hoặc chụp thẳng từng bản vẽ, thấy rõ khung tên, tỷ lệ và chữ ký của người thiết kế; nhiều trang thì chọn nhiều ảnh hoặc gộp một tệp PDF.';
const SIGNED = 'Chụp cả trang có chữ ký và dấu đỏ, không bị mất góc.';

export const PROCEDURE_PAPERS: Record<string, PaperSpec[]> = {
  // ───────── Hộ tịch ─────────
  '1.001193': [
    form('Tờ khai đăng ký khai sinh'),
    paper(
      'giay-chung-sinh',
      'Giấy chứng sinh do cơ sở y tế cấp',
      '01 bản chính (ảnh chụp)',
      'Chụp cả tờ Giấy chứng sinh, đọc rõ họ tên mẹ, ngày giờ sinh, số Giấy chứng sinh và dấu của cơ sở y tế.',
      { kind: 'always' },
      'Sinh ngoài cơ sở y tế: văn bản xác nhận của người làm chứng.',
    ),
    cccd(),
  ],
  '1.000894': [
    form('Tờ khai đăng ký kết hôn'),
    paper(
      'xac-nhan-hon-nhan',
      'Giấy xác nhận tình trạng hôn nhân của bên cư trú ở xã, phường khác',
      '01 bản chính',
      'Chụp cả tờ giấy, đọc rõ ngày cấp (còn trong 6 tháng) và mục đích “để đăng ký kết hôn”.',
      when('residence', ['khac-xa']),
      'Do UBND xã, phường nơi bên đó cư trú cấp.',
    ),
    cccd('Căn cước của hai bên nam, nữ'),
  ],
  '1.000656': [
    form('Tờ khai đăng ký khai tử'),
    paper('giay-bao-tu', 'Giấy báo tử hoặc giấy tờ thay Giấy báo tử', '01 bản chính', 'Chụp cả tờ giấy, đọc rõ họ tên người mất, ngày mất và dấu của nơi cấp.'),
    cccd(),
  ],
  '2.000635': [form('Tờ khai cấp bản sao trích lục hộ tịch'), cccd()],
  '1.004873': [
    form('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân'),
    paper(
      'quyet-dinh-ly-hon',
      'Bản án, quyết định ly hôn đã có hiệu lực pháp luật',
      '01 bản sao',
      'Chụp đủ các trang, thấy rõ số bản án hoặc quyết định và dấu của Tòa án.',
      when('maritalStatus', ['Đã ly hôn, chưa kết hôn lại']),
    ),
    paper(
      'trich-luc-khai-tu',
      'Trích lục khai tử của vợ hoặc chồng đã mất',
      '01 bản sao',
      'Chụp cả tờ trích lục, đọc rõ họ tên người đã mất và số đăng ký khai tử.',
      when('maritalStatus', ['Vợ hoặc chồng đã mất, chưa kết hôn lại']),
    ),
    cccd(),
  ],
  '1.004859': [
    form('Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch'),
    paper('giay-to-can-cu', 'Giấy tờ làm căn cứ cho việc thay đổi, cải chính', '01 bản sao có chứng thực', 'Ví dụ Giấy chứng sinh, học bạ ghi đúng thông tin; chụp rõ phần nội dung cần đối chiếu.'),
    cccd(),
  ],
  // ───────── Chứng thực ─────────
  '2.000815': [
    { id: 'ban-chinh', name: 'Bản chính giấy tờ cần chứng thực', copies: 'Xuất trình khi nhận', note: 'Mang bản chính đến để đối chiếu.', need: { kind: 'desk' } },
    paper('ban-chup', 'Bản chụp giấy tờ cần chứng thực', '01 bản (đủ các trang)', 'Chụp thẳng từng trang của bản chính, đủ bốn góc; nhiều trang thì chọn nhiều ảnh hoặc một tệp PDF.'),
  ],
  '2.000884': [
    paper('van-ban', 'Giấy tờ, văn bản cần chứng thực chữ ký', '01 bản (chưa ký)', 'Chụp đủ các trang của văn bản; chỉ ký trước mặt người thực hiện chứng thực.'),
    cccd('Căn cước của người ký'),
  ],
  '2.000913': [
    paper('du-thao-hop-dong', 'Dự thảo hợp đồng, giao dịch', '01 bản', 'Chụp hoặc quét đủ các trang của bản dự thảo, chưa ký.'),
    paper('dang-ky-xe', 'Giấy chứng nhận đăng ký xe', '01 bản sao', 'Chụp hai mặt của giấy đăng ký xe, đọc rõ biển số, số máy, số khung.', when('contractType', ['Mua bán xe'])),
    paper(
      'giay-to-so-huu',
      'Giấy tờ chứng minh quyền sở hữu tài sản',
      '01 bản sao',
      'Hóa đơn, hợp đồng mua hoặc giấy tờ đứng tên bên có tài sản; chụp rõ tên chủ sở hữu.',
      unless('contractType', ['Mua bán xe']),
    ),
    cccd('Căn cước của các bên'),
  ],
  // ───────── Tư pháp ─────────
  '2.000488': [
    form('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp'),
    cccd(),
    paper('mien-giam-phi', 'Giấy tờ chứng minh thuộc diện miễn, giảm phí', '01 bản chụp', 'Thẻ sinh viên, giấy chứng nhận hộ nghèo hoặc giấy xác nhận người có công; chụp rõ họ tên và thời hạn.', OPTIONAL),
  ],
  '2.002155': [
    form('Đơn yêu cầu trợ giúp pháp lý'),
    paper('dien-tro-giup', 'Giấy tờ chứng minh thuộc diện được trợ giúp pháp lý', '01 bản chụp', 'Ví dụ giấy chứng nhận hộ nghèo, thẻ thương binh; chụp rõ họ tên và cơ quan cấp.'),
    paper('giay-to-vu-viec', 'Giấy tờ liên quan đến vụ việc', '01 bản chụp', 'Đơn từ, biên bản, giấy triệu tập… liên quan đến việc cần trợ giúp.', OPTIONAL),
  ],
  // ───────── Kinh doanh ─────────
  '2.000575': [
    form('Giấy đề nghị đăng ký hộ kinh doanh'),
    paper(
      'bien-ban-hop',
      'Biên bản họp thành viên hộ gia đình về việc đăng ký hộ kinh doanh',
      '01 bản chụp',
      'Chụp đủ các trang, có chữ ký của tất cả thành viên hộ gia đình.',
      when('ownerType', ['Các thành viên hộ gia đình']),
    ),
    paper('hop-dong-thue', 'Hợp đồng thuê địa điểm kinh doanh', '01 bản chụp', 'Chụp đủ các trang, thấy rõ địa chỉ, thời hạn thuê và chữ ký hai bên.', when('rentedPremises', [true])),
    cccd(),
  ],
  '2.001610': [form('Giấy đề nghị đăng ký doanh nghiệp'), cccd('Căn cước của chủ doanh nghiệp')],
  '2.002042': [
    form('Giấy đề nghị đăng ký doanh nghiệp'),
    paper('dieu-le', 'Điều lệ công ty', '01 bản', `Quét đủ các trang, trang cuối có chữ ký của tất cả thành viên. ${SIGNED}`),
    paper('danh-sach-thanh-vien', 'Danh sách thành viên', '01 bản', 'Theo mẫu, ghi đủ phần vốn góp của từng thành viên, có chữ ký.'),
    cccd('Căn cước của các thành viên là cá nhân'),
  ],
  '2.000633': [
    form('Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm rượu'),
    paper('dang-ky-kinh-doanh', 'Giấy chứng nhận đăng ký kinh doanh', '01 bản sao', 'Chụp cả tờ, đọc rõ mã số và địa chỉ kinh doanh.'),
    paper('hop-dong-nha-cung-cap', 'Hợp đồng mua bán với nhà cung cấp rượu', '01 bản sao', `Chụp đủ các trang của hợp đồng còn hiệu lực. ${SIGNED}`),
  ],
  // ───────── Văn hóa, du lịch ─────────
  '1.001029': [
    form('Đơn đề nghị cấp Giấy phép'),
    paper('nghiem-thu-pccc', 'Văn bản nghiệm thu về phòng cháy và chữa cháy', '01 bản sao', `Văn bản của Công an tỉnh hoặc Công an xã, phường. ${SIGNED}`),
  ],
  '1.001432': [
    form('Đơn đề nghị cấp giấy phép'),
    paper('ky-quy', 'Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành', '01 bản chính', `Do ngân hàng nhận ký quỹ cấp. ${SIGNED}`),
    paper('chung-chi-dieu-hanh', 'Bằng cấp hoặc chứng chỉ nghiệp vụ điều hành du lịch của người phụ trách', '01 bản sao', 'Chụp rõ họ tên, số hiệu và ngày cấp.'),
  ],
  // ───────── Xây dựng ─────────
  '1.009994': [
    form('Đơn đề nghị cấp giấy phép xây dựng'),
    paper('giay-chung-nhan-qsdd', 'Giấy chứng nhận quyền sử dụng đất', '01 bản sao', CERTIFICATE),
    paper('ban-ve-thiet-ke', 'Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng)', '02 bộ', DRAWING),
  ],
  '1.009995': [
    form('Đơn đề nghị cấp giấy phép sửa chữa, cải tạo'),
    paper('giay-chung-nhan-so-huu', 'Giấy chứng nhận quyền sở hữu nhà ở', '01 bản sao', CERTIFICATE),
    paper('ban-ve-hien-trang', 'Bản vẽ hiện trạng và bản vẽ thiết kế sửa chữa', '02 bộ', DRAWING),
  ],
  // ───────── Đất đai ─────────
  '1.012766': [
    form('Đơn đăng ký đất đai, tài sản gắn liền với đất'),
    paper(
      'giay-to-qsdd',
      'Giấy tờ về quyền sử dụng đất',
      '01 bản sao',
      'Ví dụ quyết định giao đất, giấy mua bán viết tay có xác nhận, văn bản thừa kế; chụp rõ tên người sử dụng và vị trí thửa.',
      unless('origin', ['Sử dụng ổn định, không có giấy tờ']),
    ),
    paper('trich-do', 'Mảnh trích đo địa chính thửa đất', '01 bản', 'Do đơn vị đo đạc lập; chụp rõ số thửa, diện tích và chữ ký xác nhận.'),
    paper('giay-to-tai-san', 'Giấy tờ về nhà ở, công trình trên đất', '01 bản sao', 'Giấy phép xây dựng hoặc giấy tờ mua bán nhà; nộp nếu có.', when('hasHouse', [true], true)),
  ],
  '1.012781': [
    form('Đơn đăng ký biến động đất đai'),
    paper('hop-dong-cong-chung', 'Hợp đồng, văn bản chuyển quyền đã công chứng, chứng thực', '01 bản chính', `Chụp đủ các trang, trang cuối có lời chứng. ${SIGNED}`),
    paper('giay-chung-nhan', 'Giấy chứng nhận đã cấp', '01 bản chính', CERTIFICATE),
    paper('to-khai-thue', 'Tờ khai lệ phí trước bạ, thuế thu nhập cá nhân', '01 bản', 'Theo mẫu của cơ quan thuế, có chữ ký của người nộp.'),
    paper(
      'trich-luc-khai-tu',
      'Trích lục khai tử của người để lại di sản',
      '01 bản sao',
      'Chụp cả tờ trích lục, đọc rõ họ tên người để lại di sản.',
      when('transferType', ['Thừa kế']),
    ),
  ],
  '1.012785': [form('Đơn đề nghị cấp đổi Giấy chứng nhận'), paper('giay-chung-nhan', 'Giấy chứng nhận đã cấp', '01 bản chính', CERTIFICATE)],
  '1.012790': [form('Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai')],
  // ───────── Giáo dục ─────────
  '1.005092': [form('Đơn đề nghị cấp bản sao văn bằng, chứng chỉ'), cccd()],
  '1.005090': [
    form('Đơn xin chuyển trường'),
    paper('hoc-ba', 'Học bạ', '01 bản chính', 'Chụp đủ các trang đã ghi kết quả, có chữ ký của hiệu trưởng.'),
    paper('giay-gioi-thieu', 'Giấy giới thiệu chuyển trường của trường nơi đi', '01 bản chính', SIGNED),
  ],
  '1.008950': [
    form('Đơn đề nghị hỗ trợ'),
    paper('xac-nhan-ban-tru', 'Xác nhận của nhà trường về việc học sinh ở bán trú', '01 bản chính', SIGNED),
    paper('ho-ngheo', 'Giấy chứng nhận hộ nghèo hoặc hộ cận nghèo', '01 bản sao', 'Chụp rõ họ tên chủ hộ và năm còn hiệu lực.', when('poorHousehold', [true])),
  ],
  // ───────── Giao thông ─────────
  '1.002809': [
    form('Đơn đề nghị đổi giấy phép lái xe'),
    paper(
      'kham-suc-khoe',
      'Giấy khám sức khỏe của người lái xe',
      '01 bản chính',
      'Do cơ sở y tế đủ điều kiện cấp, còn trong 12 tháng; chụp rõ kết luận và dấu.',
      unless('licenseClass', ['A1', 'A2', 'A3']),
      'Không cần với hạng A1, A2, A3.',
    ),
    paper('giay-phep-lai-xe', 'Giấy phép lái xe đang dùng', '01 bản chụp hai mặt', 'Chụp hai mặt, đọc rõ số, hạng và ngày hết hạn.'),
  ],
  '1.001577': [
    form('Đơn đề nghị cấp giấy phép lưu hành xe'),
    paper('dang-ky-xe', 'Giấy chứng nhận đăng ký xe', '01 bản chụp', 'Chụp hai mặt, đọc rõ biển số và khối lượng toàn bộ cho phép.'),
    paper('phuong-an-van-chuyen', 'Phương án vận chuyển', '01 bản', 'Khi phải khảo sát, gia cố đường; có chữ ký của đơn vị lập.', OPTIONAL),
  ],
  // ───────── Lao động, việc làm ─────────
  '1.001978': [
    form('Đề nghị hưởng trợ cấp thất nghiệp'),
    paper('quyet-dinh-thoi-viec', 'Quyết định thôi việc hoặc giấy tờ chứng minh đã chấm dứt hợp đồng', '01 bản sao', SIGNED),
    paper('so-bhxh', 'Sổ bảo hiểm xã hội', '01 bản chụp', 'Chụp trang bìa và các trang ghi quá trình đóng, hoặc ảnh màn hình VssID.'),
  ],
  '2.000205': [
    form('Văn bản đề nghị cấp giấy phép lao động'),
    paper('kham-suc-khoe', 'Giấy khám sức khỏe', '01 bản', 'Còn trong 12 tháng, do cơ sở y tế có thẩm quyền cấp.'),
    paper('ly-lich-tu-phap', 'Phiếu lý lịch tư pháp', '01 bản', 'Cấp không quá 6 tháng, có bản dịch tiếng Việt nếu cấp ở nước ngoài.'),
    paper('ho-chieu', 'Hộ chiếu', '01 bản sao', 'Chụp trang thông tin cá nhân, còn thời hạn.'),
    paper(
      'van-bang',
      'Văn bằng hoặc giấy xác nhận kinh nghiệm làm việc',
      '01 bản sao',
      'Bằng đại học hoặc xác nhận ít nhất 3 năm kinh nghiệm, có bản dịch tiếng Việt.',
      when('position', ['Chuyên gia', 'Lao động kỹ thuật']),
    ),
  ],
  // ───────── Bảo trợ xã hội ─────────
  '1.001776': [
    form('Tờ khai đề nghị trợ giúp xã hội'),
    paper('xac-nhan-khuyet-tat', 'Giấy xác nhận khuyết tật', '01 bản sao', 'Chụp cả tờ giấy, đọc rõ dạng và mức độ khuyết tật.', when('category', ['Người khuyết tật nặng, đặc biệt nặng'])),
  ],
  '1.001699': [
    form('Đơn đề nghị xác định mức độ khuyết tật'),
    paper('giay-to-kham', 'Giấy tờ khám, điều trị liên quan', '01 bản sao', 'Giấy ra viện, kết quả khám chuyên khoa; nộp nếu có.', OPTIONAL),
  ],
  '1.001731': [
    form('Tờ khai đề nghị hỗ trợ chi phí mai táng'),
    paper('giay-bao-tu', 'Giấy báo tử hoặc Trích lục khai tử', '01 bản sao', 'Chụp cả tờ giấy, đọc rõ họ tên người đã mất và ngày mất.'),
  ],
};
