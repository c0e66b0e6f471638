/**
 * The provincial channel's broadcast schedule (XMLTV / schema.org BroadcastEvent: start, end, title,
 * description, category). It is a weekly grid: every day runs from 00:00 to 24:00 with no gap and
 * no overlap, some slots change with the day of the week, and serials move on an episode a day.
 * A pure function of the channel and the date, so it never goes stale.
 */
import { VN_OFFSET_MS, toVnIso, vnDayNumber } from '../contract/vn-time.js';

export interface ScheduledProgramme {
  id: string;
  start: number;
  end: number;
  title: string;
  description: string;
  category: string;
  live: boolean;
}

const DAY_MS = 24 * 3600 * 1000;
/** How far back and ahead a schedule is published, in days. */
export const SCHEDULE_DAYS_BACK = 3;
export const SCHEDULE_DAYS_AHEAD = 3;

type Text = string | ((weekday: number, day: number) => string);

interface Slot {
  at: string; // HH:MM, Vietnam time
  title: Text;
  description: Text;
  category: Text;
  live?: boolean;
}

/** 0 = Chủ nhật … 6 = Thứ bảy, as Date#getUTCDay on a Vietnam-shifted time. */
const byWeekday =
  (values: [string, string, string, string, string, string, string]) =>
  (weekday: number): string =>
    values[weekday];

const SERIALS = [
  { name: 'Sương sớm trên đồi chè', about: 'Câu chuyện về ba thế hệ một gia đình làm chè Shan tuyết trên núi cao, giữa được mất của nghề truyền thống và khát vọng đổi đời của lớp trẻ.', episodes: 36 },
  { name: 'Con đường về bản', about: 'Một kỹ sư trẻ trở về quê mở đường lên bản, đối mặt với những định kiến cũ và tình yêu chưa nói thành lời.', episodes: 40 },
];
const LATE_FILMS = [
  'Mùa hoa tam giác mạch',
  'Người giữ lửa trên đỉnh núi',
  'Bên kia dốc Cổ Trâu',
  'Tiếng khèn gọi bạn',
  'Dòng sông mùa nước nổi',
  'Chuyến xe cuối năm',
  'Ngôi trường giữa mây',
];
const episodeOf = (day: number, serial: number) => {
  const s = SERIALS[serial];
  return (((day + serial * 11) % s.episodes) + s.episodes) % s.episodes + 1;
};

const ETHNIC_LANGUAGES = ['Mông', 'Dao', 'Tày', 'Giáy', 'Hà Nhì', 'Phù Lá', 'Thái'];

const SLOTS: Slot[] = [
  {
    at: '00:00',
    title: (_w, day) => `Phim truyện: ${SERIALS[0].name} – tập ${episodeOf(day - 1, 0)} (phát lại)`,
    description: SERIALS[0].about,
    category: 'Phim truyện',
  },
  { at: '01:00', title: 'Giai điệu vùng cao (phát lại)', description: 'Những ca khúc về quê hương Lào Cai qua giọng hát của các nghệ sĩ và ca sĩ trẻ của tỉnh.', category: 'Ca nhạc' },
  { at: '02:00', title: 'Phim tài liệu: Dấu chân trên đỉnh Fansipan (phát lại)', description: 'Hành trình của những người khuân vác và dẫn đường trên nóc nhà Đông Dương.', category: 'Tài liệu' },
  {
    at: '03:00',
    title: (w) => `Chương trình tiếng ${ETHNIC_LANGUAGES[(w + 3) % 7]} (phát lại)`,
    description: 'Tin tức, chính sách và kiến thức đời sống được chuyển ngữ cho đồng bào các dân tộc.',
    category: 'Tiếng dân tộc',
  },
  { at: '04:00', title: 'Khám phá Lào Cai (phát lại)', description: 'Giới thiệu cảnh đẹp, món ngon và con người các xã, phường trong tỉnh.', category: 'Du lịch' },
  { at: '05:00', title: 'Nhạc không lời buổi sớm', description: 'Những bản hòa tấu sáo Mông, đàn tính và khèn bè mở đầu ngày mới.', category: 'Ca nhạc' },
  { at: '05:30', title: 'Thể dục buổi sáng', description: 'Bài tập nhẹ nhàng cho mọi lứa tuổi, hướng dẫn bởi huấn luyện viên Trung tâm Huấn luyện và Thi đấu thể thao tỉnh.', category: 'Thể thao' },
  { at: '06:00', title: 'Thời sự buổi sáng', description: 'Tin tức nổi bật trong tỉnh và trong nước, thời tiết các vùng và thông tin giao thông đầu ngày.', category: 'Thời sự', live: true },
  { at: '06:30', title: 'Chào buổi sáng Lào Cai', description: 'Tạp chí buổi sáng: điểm báo, lịch cắt điện, giá cả chợ phiên và những việc cần biết trong ngày.', category: 'Tạp chí', live: true },
  {
    at: '07:30',
    title: (w) => `Chương trình tiếng ${ETHNIC_LANGUAGES[w]}`,
    description: (w) => `Thời sự, chính sách dân tộc và kiến thức sản xuất bằng tiếng ${ETHNIC_LANGUAGES[w]}.`,
    category: 'Tiếng dân tộc',
  },
  {
    at: '08:00',
    title: (_w, day) => `Phim truyện: ${SERIALS[1].name} – tập ${episodeOf(day - 1, 1)} (phát lại)`,
    description: SERIALS[1].about,
    category: 'Phim truyện',
  },
  {
    at: '09:00',
    title: byWeekday(['Nông thôn mới hôm nay', 'Nhà nông cần biết', 'Nông nghiệp và Môi trường', 'Sản phẩm OCOP Lào Cai', 'Nhà nông cần biết', 'Nông nghiệp và Môi trường', 'Kinh tế xanh']),
    description: byWeekday([
      'Những đổi thay ở các thôn, bản sau khi xây dựng nông thôn mới.',
      'Kỹ thuật chăm sóc cây quế, cây chè và phòng bệnh cho đàn gia súc trong mùa lạnh.',
      'Quản lý đất đai, bảo vệ rừng đầu nguồn và xử lý rác thải ở nông thôn.',
      'Câu chuyện đằng sau những sản phẩm được gắn sao OCOP của tỉnh.',
      'Mô hình trồng dược liệu dưới tán rừng và cách liên kết tiêu thụ.',
      'Phòng chống sạt lở, lũ quét và chủ động ứng phó thiên tai ở vùng cao.',
      'Những doanh nghiệp và hợp tác xã làm ăn theo hướng bền vững.',
    ]),
    category: 'Kinh tế',
  },
  { at: '09:30', title: 'Ca nhạc: Sắc màu các dân tộc', description: 'Những làn điệu dân ca Mông, Dao, Tày, Thái được phối khí mới.', category: 'Ca nhạc' },
  {
    at: '10:30',
    title: byWeekday(['Vì chủ quyền an ninh biên giới', 'Pháp luật và đời sống', 'Sức khỏe cho mọi nhà', 'Người cao tuổi', 'Pháp luật và đời sống', 'Sức khỏe cho mọi nhà', 'Gương sáng giữa đời thường']),
    description: byWeekday([
      'Những người lính Biên phòng cùng bà con giữ gìn đường biên, mốc giới.',
      'Giải đáp pháp luật về đất đai, hôn nhân và thủ tục hành chính ở xã, phường.',
      'Bác sĩ tư vấn phòng bệnh theo mùa và chăm sóc sức khỏe người già, trẻ nhỏ.',
      'Những người cao tuổi vẫn miệt mài đóng góp cho thôn bản.',
      'Phòng tránh lừa đảo qua mạng và các quy định mới người dân cần biết.',
      'Dinh dưỡng, tiêm chủng và khám sàng lọc ở tuyến xã.',
      'Chân dung những con người bình dị làm việc tốt ở khắp các xã, phường.',
    ]),
    category: 'Chuyên đề',
  },
  { at: '11:00', title: 'Bản tin tiếng Dao', description: 'Tin tức trong ngày bằng tiếng Dao cho đồng bào vùng cao.', category: 'Tiếng dân tộc' },
  { at: '11:30', title: 'Thời sự trưa', description: 'Tin tức nóng trong tỉnh buổi trưa, thời tiết chiều và tối nay.', category: 'Thời sự', live: true },
  {
    at: '12:00',
    title: (_w, day) => `Phim truyện: ${SERIALS[0].name} – tập ${episodeOf(day - 1, 0)}`,
    description: SERIALS[0].about,
    category: 'Phim truyện',
  },
  {
    at: '13:00',
    title: (w) => `Chương trình tiếng ${ETHNIC_LANGUAGES[(w + 1) % 7]}`,
    description: 'Tin tức, chính sách và các câu chuyện ở thôn bản, chuyển ngữ cho đồng bào.',
    category: 'Tiếng dân tộc',
  },
  {
    at: '13:30',
    title: byWeekday(['Về miền di sản', 'Khám phá Lào Cai', 'Hương vị Tây Bắc', 'Khám phá Lào Cai', 'Về miền di sản', 'Hương vị Tây Bắc', 'Cung đường đẹp']),
    description: byWeekday([
      'Những di tích, lễ hội và nghề truyền thống của vùng đất Lào Cai – Yên Bái.',
      'Theo chân du khách đến với những bản làng ít người biết.',
      'Thắng cố, xôi ngũ sắc, cá suối nướng và những món ngon nơi chợ phiên.',
      'Ruộng bậc thang, thác nước và những mùa hoa trên núi.',
      'Kho tàng văn hóa của đồng bào Hà Nhì ở Y Tý.',
      'Bí quyết làm cơm lam, lạp sườn gác bếp và rượu ngô men lá.',
      'Những cung đường đèo đẹp nhất tỉnh qua góc máy của phóng viên.',
    ]),
    category: 'Du lịch',
  },
  { at: '14:00', title: 'Phim tài liệu: Những mùa quế', description: 'Cây quế đã thay đổi đời sống của nhiều hộ dân ở các xã phía tây tỉnh như thế nào.', category: 'Tài liệu' },
  {
    at: '15:00',
    title: byWeekday(['Học mà vui', 'Chuyển đổi số – Chìa khóa phát triển', 'Học mà vui', 'Khoa học và Công nghệ', 'Chuyển đổi số – Chìa khóa phát triển', 'Học mà vui', 'Khoa học và Công nghệ']),
    description: byWeekday([
      'Thử thách kiến thức dành cho học sinh tiểu học các trường trong tỉnh.',
      'Hướng dẫn cài đặt định danh điện tử, nộp hồ sơ trực tuyến và thanh toán không dùng tiền mặt.',
      'Ôn tập môn Toán và Tiếng Việt cùng thầy cô trên nền tảng học trực tuyến.',
      'Những sáng kiến, đề tài khoa học được ứng dụng vào sản xuất ở địa phương.',
      'Tổ công nghệ số cộng đồng đến từng nhà giúp người dân dùng dịch vụ công.',
      'Ôn tập môn Tiếng Anh cho học sinh trung học cơ sở.',
      'Công nghệ mới trong nông nghiệp: tưới nhỏ giọt, nhà màng, truy xuất nguồn gốc.',
    ]),
    category: 'Khoa giáo',
  },
  { at: '15:30', title: 'Ca nhạc theo yêu cầu', description: 'Những ca khúc khán giả gửi tặng người thân qua tin nhắn và Zalo của Đài.', category: 'Ca nhạc' },
  { at: '16:30', title: 'Bản tin tiếng Mông', description: 'Tin tức trong ngày bằng tiếng Mông.', category: 'Tiếng dân tộc' },
  { at: '17:00', title: 'Vườn cổ tích', description: 'Truyện cổ các dân tộc kể bằng hoạt hình cho thiếu nhi.', category: 'Thiếu nhi' },
  {
    at: '17:30',
    title: byWeekday(['Thể thao cuối tuần', 'Bản tin thể thao', 'Thiếu nhi: Em yêu khoa học', 'Bản tin thể thao', 'Thiếu nhi: Em yêu khoa học', 'Bản tin thể thao', 'Thể thao cuối tuần']),
    description: byWeekday([
      'Tổng hợp các giải thể thao phong trào, đua thuyền, bắn nỏ và đẩy gậy trong tỉnh.',
      'Kết quả thi đấu và lịch các giải thể thao trong tuần.',
      'Những thí nghiệm vui giúp các em hiểu thêm về thiên nhiên quanh mình.',
      'Kết quả thi đấu và lịch các giải thể thao trong tuần.',
      'Những thí nghiệm vui giúp các em hiểu thêm về thiên nhiên quanh mình.',
      'Kết quả thi đấu và lịch các giải thể thao trong tuần.',
      'Tổng hợp các giải chạy địa hình, bóng chuyền hơi và võ thuật trong tỉnh.',
    ]),
    category: byWeekday(['Thể thao', 'Thể thao', 'Thiếu nhi', 'Thể thao', 'Thiếu nhi', 'Thể thao', 'Thể thao']),
  },
  {
    at: '18:00',
    title: byWeekday(['Sắc màu văn hóa', 'Dân tộc và miền núi', 'An ninh Lào Cai', 'Nông thôn mới', 'Dân tộc và miền núi', 'Vì chủ quyền an ninh biên giới', 'Sắc màu văn hóa']),
    description: byWeekday([
      'Lễ hội, trang phục và nghệ thuật dân gian của các dân tộc trong tỉnh.',
      'Chính sách hỗ trợ đồng bào dân tộc thiểu số và những đổi thay ở vùng khó.',
      'Công an tỉnh thông tin về trật tự an toàn xã hội và cảnh báo thủ đoạn lừa đảo.',
      'Kinh nghiệm hay của các xã trong xây dựng nông thôn mới nâng cao.',
      'Những mô hình giảm nghèo bền vững ở các xã vùng cao.',
      'Bộ đội Biên phòng tỉnh cùng nhân dân giữ vững biên cương.',
      'Không gian văn hóa chợ phiên và những nghề thủ công đang được gìn giữ.',
    ]),
    category: 'Chuyên đề',
  },
  { at: '18:30', title: 'Thời tiết và giao thông', description: 'Dự báo thời tiết các vùng trong tỉnh, cảnh báo rét, sương mù và tình hình giao thông trên các tuyến đèo.', category: 'Thời sự' },
  { at: '18:45', title: 'Chương trình tiếng Thái', description: 'Tin tức và chính sách bằng tiếng Thái cho đồng bào vùng Mường Lò.', category: 'Tiếng dân tộc' },
  { at: '19:00', title: 'Tiếp sóng Thời sự Đài Truyền hình Việt Nam', description: 'Chương trình Thời sự 19 giờ của Đài Truyền hình Việt Nam.', category: 'Thời sự', live: true },
  { at: '19:45', title: 'Thời sự Lào Cai', description: 'Bản tin chính trong ngày: hoạt động của tỉnh, đời sống ở các xã, phường và những vấn đề người dân quan tâm.', category: 'Thời sự', live: true },
  {
    at: '20:15',
    title: byWeekday(['Câu chuyện cuối tuần', 'Tọa đàm: Chính sách đi vào cuộc sống', 'Phóng sự điều tra', 'Dân hỏi – Chính quyền trả lời', 'Tọa đàm: Chính sách đi vào cuộc sống', 'Phóng sự điều tra', 'Câu chuyện cuối tuần']),
    description: byWeekday([
      'Chân dung một gương mặt tiêu biểu trong tuần và câu chuyện phía sau.',
      'Lãnh đạo các sở, ngành trao đổi về việc thực hiện chính sách mới ở cơ sở.',
      'Phóng viên theo dõi những vấn đề nổi cộm mà người dân phản ánh qua đường dây nóng.',
      'Trả lời trực tiếp những câu hỏi người dân gửi về qua điện thoại và ứng dụng Lào Cai số.',
      'Lãnh đạo các sở, ngành trao đổi về việc thực hiện chính sách mới ở cơ sở.',
      'Phóng viên theo dõi những vấn đề nổi cộm mà người dân phản ánh qua đường dây nóng.',
      'Chân dung một gương mặt tiêu biểu trong tuần và câu chuyện phía sau.',
    ]),
    category: 'Chuyên đề',
    live: false,
  },
  {
    at: '21:00',
    title: (_w, day) => `Phim truyện: ${SERIALS[1].name} – tập ${episodeOf(day, 1)}`,
    description: SERIALS[1].about,
    category: 'Phim truyện',
  },
  {
    at: '22:00',
    title: byWeekday(['Sân khấu: Chèo và dân ca', 'Ca nhạc: Giai điệu vùng cao', 'Ca nhạc: Tình ca Tây Bắc', 'Ca nhạc: Giai điệu vùng cao', 'Ca nhạc: Tình ca Tây Bắc', 'Ca nhạc: Giai điệu vùng cao', 'Ca nhạc: Đêm hội xòe']),
    description: byWeekday([
      'Những trích đoạn chèo và dân ca do Nhà hát Nghệ thuật tỉnh biểu diễn.',
      'Những ca khúc về quê hương Lào Cai qua giọng hát của các nghệ sĩ và ca sĩ trẻ của tỉnh.',
      'Các tình khúc viết về núi rừng, con người Tây Bắc.',
      'Những ca khúc về quê hương Lào Cai qua giọng hát của các nghệ sĩ và ca sĩ trẻ của tỉnh.',
      'Các tình khúc viết về núi rừng, con người Tây Bắc.',
      'Những ca khúc về quê hương Lào Cai qua giọng hát của các nghệ sĩ và ca sĩ trẻ của tỉnh.',
      'Chương trình nghệ thuật xòe Thái, di sản văn hóa phi vật thể của nhân loại.',
    ]),
    category: 'Ca nhạc',
  },
  { at: '22:45', title: 'Thời sự cuối ngày', description: 'Điểm lại tin tức trong ngày và dự báo thời tiết ngày mai.', category: 'Thời sự', live: true },
  {
    at: '23:00',
    title: (w) => `Phim lẻ: ${LATE_FILMS[w]}`,
    description: 'Phim truyện Việt Nam chiếu khuya.',
    category: 'Phim truyện',
  },
];

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const textOf = (t: Text, weekday: number, day: number) => (typeof t === 'function' ? t(weekday, day) : t);

/** The whole day's programmes; `dayStart` is 00:00 (Vietnam) of the day. */
export function scheduleForDay(channelId: string, dayStart: number): ScheduledProgramme[] {
  const day = vnDayNumber(dayStart);
  const weekday = new Date(dayStart + VN_OFFSET_MS).getUTCDay();
  const dateKey = toVnIso(dayStart).slice(0, 10);
  return SLOTS.map((slot, i) => {
    const start = dayStart + minutesOf(slot.at) * 60_000;
    const end = i + 1 < SLOTS.length ? dayStart + minutesOf(SLOTS[i + 1].at) * 60_000 : dayStart + DAY_MS;
    return {
      id: `${channelId}-${dateKey}-${slot.at.replace(':', '')}`,
      start,
      end,
      title: textOf(slot.title, weekday, day),
      description: textOf(slot.description, weekday, day),
      category: textOf(slot.category, weekday, day),
      live: slot.live ?? false,
    };
  });
}

/** The programme on air at `at` and the one after it (which may begin the next day). */
export function onAirAt(channelId: string, at: number): { now: ScheduledProgramme; next: ScheduledProgramme } {
  const dayStart = Math.floor((at + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS;
  const today = scheduleForDay(channelId, dayStart);
  const i = today.findIndex((p) => p.start <= at && at < p.end);
  const now = today[i];
  const next = i + 1 < today.length ? today[i + 1] : scheduleForDay(channelId, dayStart + DAY_MS)[0];
  return { now, next };
}
