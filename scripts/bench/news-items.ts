/**
 * The benchmark's articles: 500 local news items of about 2 KB each, written from eight kinds of
 * story a provincial newspaper runs every week (harvest, co-operatives, online public services,
 * health, schools, community tourism, storm season, festivals), each told about a different
 * commune with its own figures. Deterministic: the same 500 items on every run.
 */
import { LAO_CAI_COMMUNES } from '../../mock-server/src/contract/dossiers.js';
import type { NewsSourceId } from '../../mock-server/src/contract/news.js';
import { NEWS_SOURCES, articleIdOf, type PlannedArticle } from '../../mock-server/src/db/seed/news.js';
import type { ArticleSeed } from '../../mock-server/src/db/seed/news-data/types.js';

/** A small seeded generator (mulberry32). */
function rng(seed: number) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const MEN = ['Giàng A Páo', 'Sùng Seo Dình', 'Lý Láo Tả', 'Hoàng Văn Thắng', 'Vàng A Chu', 'Lò Văn Dũng', 'Đặng Văn Phúc', 'Mã Seo Chứ', 'Tẩn Láo Lở', 'Nguyễn Văn Hùng'];
const WOMEN = ['Lý Thị Mẩy', 'Hoàng Thị Lan', 'Giàng Thị Dở', 'Lò Thị Xuân', 'Đặng Thị Tằn', 'Nguyễn Thị Thu Hà', 'Phàn Thị Dung', 'Vàng Thị Mai'];
const VILLAGES = ['Lao Chải', 'Sín Chải', 'Tả Giàng Phình', 'Nậm Cang', 'Phìn Hồ', 'Háng Đồng', 'Làng Cù', 'Khe Cam', 'Nà Chạc', 'Séo Mý Tỷ'];
const FESTIVALS: [string, string][] = [
  ['Mông', 'Gầu Tào'],
  ['Dao', 'cấp sắc'],
  ['Tày', 'Lồng tồng'],
  ['Giáy', 'Roóng poọc'],
  ['Hà Nhì', 'Khô già già'],
  ['Thái', 'Xên bản'],
  ['Nùng', 'cầu mùa'],
  ['Phù Lá', 'mừng cơm mới'],
];
const PRODUCTS = ['quế', 'chè shan tuyết', 'mật ong bạc hà', 'măng khô', 'gạo Séng Cù', 'thảo quả', 'miến dong', 'tương ớt'];

interface Ctx {
  /** "Y Tý" */
  name: string;
  /** "xã Y Tý" */
  place: string;
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
  man: () => string;
  woman: () => string;
}

const vn = (n: number) => n.toLocaleString('vi-VN');

/** Eight stories; each returns one article about the commune in `x`. */
const STORIES: { source: NewsSourceId; write: (x: Ctx) => ArticleSeed }[] = [
  {
    source: 'bao-lao-cai',
    write: (x) => {
      const ha = x.int(80, 420);
      const q = x.int(52, 61);
      return {
        c: 'kinh-te',
        img: 'ruong-bac-thang',
        t: `Xã ${x.name} thu hoạch ${ha} ha lúa mùa, năng suất đạt ${q} tạ/ha`,
        s: `Vụ mùa năm nay, bà con ${x.place} gieo cấy ${ha} ha lúa, trong đó ${x.int(55, 85)}% diện tích dùng giống chất lượng cao. Nhờ thời tiết thuận lợi và chăm sóc đúng kỹ thuật, năng suất bình quân ước đạt ${q} tạ/ha, cao hơn vụ trước.`,
        p: [
          `Những ngày này, trên các thửa ruộng bậc thang của ${x.place}, bà con đang tranh thủ nắng ráo để gặt lúa. Theo UBND xã, toàn xã có ${ha} ha lúa mùa, phần lớn tập trung ở các thôn ven suối, nơi chủ động được nước tưới.`,
          `Từ đầu vụ, cán bộ khuyến nông đã hướng dẫn các hộ làm đất, ngâm ủ giống và bón phân cân đối. Xã hỗ trợ ${x.int(3, 12)} tấn giống lúa lai và lúa thuần chất lượng cao, đồng thời vận động bà con cấy đúng khung thời vụ để tránh rét cuối vụ.`,
          '## Cơ giới hóa khâu thu hoạch',
          `Năm nay, ${x.int(6, 30)} máy gặt cầm tay được các tổ hợp tác đưa về phục vụ bà con. Mỗi ngày, một máy gặt được khoảng ${x.int(4, 8)} sào, giúp các gia đình giảm nhiều công lao động và hạn chế hao hụt khi gặp mưa.`,
        ],
        q: [
          `Năng suất lúa năm nay cao hơn vụ trước khoảng ${x.int(2, 6)} tạ/ha. Bà con phấn khởi vì đủ gạo ăn, phần dư có thể bán ra thị trường.`,
          `Ông ${x.man()}, Chủ tịch UBND ${x.place}`,
        ],
      };
    },
  },
  {
    source: 'bao-lao-cai',
    write: (x) => {
      const product = x.pick(PRODUCTS);
      return {
        c: 'kinh-te',
        img: 'hop-tac-xa',
        t: `Hợp tác xã ở xã ${x.name} đưa ${product} lên sàn thương mại điện tử`,
        s: `Sau khi được tập huấn kỹ năng bán hàng trực tuyến, Hợp tác xã Nông sản ${x.name} đã đưa sản phẩm ${product} lên các sàn thương mại điện tử. Trong ${x.int(4, 9)} tháng, hợp tác xã bán được gần ${x.int(8, 40)} tấn hàng, doanh thu tăng rõ rệt.`,
        p: [
          `Hợp tác xã Nông sản ${x.name} hiện có ${x.int(9, 25)} thành viên, liên kết với hơn ${x.int(60, 300)} hộ trồng và chế biến ${product} trên địa bàn xã. Trước đây, sản phẩm chủ yếu bán cho thương lái với giá thấp, lúc được mùa thường bị ép giá.`,
          `Được ngành công thương tỉnh hỗ trợ, hợp tác xã đã hoàn thiện mã số vùng trồng, tem truy xuất nguồn gốc và bao bì mới. Mỗi gói ${product} đều có mã QR để khách hàng kiểm tra nơi trồng, ngày thu hái và quy trình chế biến.`,
          '## Bán hàng qua điện thoại',
          `Các thành viên trẻ của hợp tác xã được cử đi học cách chụp ảnh sản phẩm, bán hàng qua video trực tiếp và trả lời khách trên mạng. Đơn hàng đến nhiều nhất từ Hà Nội, Hải Phòng và các tỉnh phía Nam; mỗi tuần hợp tác xã gửi đi khoảng ${x.int(80, 400)} đơn.`,
        ],
        q: [
          `Bán hàng trên mạng giúp chúng tôi biết khách cần gì để làm tốt hơn. Giá bán ổn định nên bà con yên tâm gắn bó với cây trồng.`,
          `Chị ${x.woman()}, Giám đốc Hợp tác xã Nông sản ${x.name}`,
        ],
      };
    },
  },
  {
    source: 'cong-thong-tin',
    write: (x) => {
      const pct = x.int(62, 96);
      return {
        c: 'chuyen-doi-so',
        img: 'mot-cua',
        t: `Xã ${x.name}: ${pct}% hồ sơ thủ tục hành chính được nộp trực tuyến`,
        s: `Từ đầu năm đến nay, Trung tâm Phục vụ hành chính công ${x.place} tiếp nhận ${vn(x.int(900, 4800))} hồ sơ, trong đó ${pct}% được người dân nộp trực tuyến. Tỷ lệ giải quyết đúng hạn đạt ${x.int(97, 100)}%.`,
        p: [
          `Tại bộ phận một cửa của xã, công chức luôn có mặt để hướng dẫn người dân cài đặt ứng dụng, đăng nhập bằng tài khoản định danh điện tử và nộp hồ sơ ngay trên điện thoại. Những thủ tục được làm nhiều nhất là đăng ký khai sinh, chứng thực bản sao và đăng ký thường trú.`,
          `Để người dân ở các thôn xa không phải đi lại nhiều lần, xã thành lập ${x.int(8, 24)} tổ công nghệ số cộng đồng. Tổ viên là đoàn viên thanh niên, công an viên và trưởng thôn, đến từng nhà hướng dẫn bà con sử dụng dịch vụ công và thanh toán không dùng tiền mặt.`,
          '## Kết quả trả về tận nhà',
          `Với những thủ tục đã được số hóa toàn trình, người dân nhận kết quả bản điện tử hoặc qua dịch vụ bưu chính công ích. Hồ sơ được theo dõi bằng mã riêng; mỗi khi có thay đổi trạng thái, người nộp đều nhận được thông báo trên điện thoại.`,
        ],
        q: [
          `Trước đây làm giấy khai sinh cho con phải xuống xã hai, ba lần. Giờ tôi nộp trên điện thoại, hôm sau đã có kết quả.`,
          `Anh ${x.man()}, người dân ${x.place}`,
        ],
      };
    },
  },
  {
    source: 'truyen-hinh',
    write: (x) => {
      const n = x.int(150, 620);
      return {
        c: 'xa-hoi',
        img: 'y-te',
        t: `Khám sàng lọc miễn phí cho ${n} người cao tuổi ở xã ${x.name}`,
        s: `Trung tâm Y tế khu vực phối hợp với Trạm Y tế ${x.place} khám sức khỏe, sàng lọc tăng huyết áp và đái tháo đường cho ${n} người cao tuổi. Những trường hợp có nguy cơ được lập hồ sơ theo dõi tại trạm.`,
        p: [
          `Ngay từ sáng sớm, nhiều cụ ông, cụ bà ở các thôn đã có mặt tại Trạm Y tế ${x.place}. Các bác sĩ đo huyết áp, xét nghiệm đường máu, khám mắt và tư vấn chế độ ăn uống, sinh hoạt phù hợp với người lớn tuổi.`,
          `Qua khám sàng lọc, đoàn phát hiện ${x.int(20, 70)} người có chỉ số huyết áp cao và ${x.int(5, 25)} người có nguy cơ mắc đái tháo đường. Các trường hợp này được cấp thuốc, hẹn lịch tái khám và hướng dẫn theo dõi sức khỏe tại nhà.`,
          '## Quản lý bệnh mạn tính ngay tại trạm',
          `Hiện trạm y tế xã đang quản lý ${x.int(90, 260)} người mắc bệnh không lây nhiễm. Người bệnh được khám định kỳ và nhận thuốc bảo hiểm y tế hằng tháng ngay tại trạm, không phải đi xa. Hồ sơ sức khỏe điện tử giúp bác sĩ theo dõi diễn biến của từng người.`,
        ],
        q: [
          `Nhiều người bệnh ở vùng cao không biết mình bị huyết áp cao cho đến khi có biến chứng. Khám sàng lọc sớm giúp chúng tôi can thiệp kịp thời.`,
          `Bác sĩ ${x.woman()}, Trạm trưởng Trạm Y tế ${x.place}`,
        ],
      };
    },
  },
  {
    source: 'bao-lao-cai',
    write: (x) => {
      const rooms = x.int(6, 18);
      return {
        c: 'giao-duc',
        img: 'lop-hoc',
        t: `Xã ${x.name} đưa ${rooms} phòng học mới vào sử dụng`,
        s: `Trước thềm năm học mới, ${x.place} hoàn thành và đưa vào sử dụng ${rooms} phòng học cùng nhà ở bán trú cho học sinh. Công trình có tổng vốn đầu tư khoảng ${x.int(8, 35)} tỷ đồng từ chương trình mục tiêu quốc gia.`,
        p: [
          `Các phòng học mới được xây kiên cố, đủ ánh sáng, có bàn ghế đúng chuẩn và ti vi thông minh phục vụ giảng dạy. Khu nhà bán trú có phòng ở, bếp ăn và nhà vệ sinh khép kín, đủ chỗ ở cho khoảng ${x.int(80, 260)} học sinh ở các thôn xa.`,
          `Trước đây, nhiều lớp của trường vẫn phải học nhờ trong các phòng tạm, mùa đông lạnh giá, mùa mưa thì dột. Từ năm học này, thầy và trò yên tâm dạy và học trong điều kiện tốt hơn.`,
          '## Vận động học sinh ra lớp',
          `Cùng với đầu tư cơ sở vật chất, nhà trường phối hợp với trưởng thôn đến từng nhà vận động phụ huynh cho con em đi học đúng độ tuổi. Năm học này, tỷ lệ trẻ từ 6 đến 14 tuổi đến trường của xã đạt ${x.int(97, 99)},${x.int(1, 9)}%.`,
        ],
        q: [
          `Có phòng học mới, nhà bán trú mới, các em không phải đi bộ hàng chục cây số mỗi tuần nữa. Thầy cô cũng yên tâm bám trường, bám lớp.`,
          `Thầy ${x.man()}, Hiệu trưởng Trường Phổ thông dân tộc bán trú Tiểu học và THCS ${x.name}`,
        ],
      };
    },
  },
  {
    source: 'du-lich',
    write: (x) => {
      const visitors = vn(x.int(18, 160) * 100);
      const village = x.pick(VILLAGES);
      const [ethnic] = x.pick(FESTIVALS);
      return {
        c: 'du-lich',
        img: 'ban-lang',
        t: `Du lịch cộng đồng ở xã ${x.name} đón ${visitors} lượt khách`,
        s: `Sáu tháng đầu năm, các homestay ở ${x.place} đón khoảng ${visitors} lượt khách, trong đó có nhiều khách quốc tế. Du lịch cộng đồng đang giúp đồng bào ${ethnic} có thêm thu nhập ngay tại bản.`,
        p: [
          `Bản ${village} nằm lưng chừng núi, những ngôi nhà trình tường và mái ngói âm dương vẫn giữ được nét kiến trúc truyền thống của người ${ethnic}. Hiện cả bản có ${x.int(6, 32)} hộ làm homestay, mỗi hộ có thể đón từ 10 đến 20 khách mỗi đêm.`,
          `Khách đến đây được cùng bà con xuống ruộng, học thêu thổ cẩm, nấu các món ăn truyền thống và đi bộ xuyên rừng đến những thác nước còn hoang sơ. Nhiều đoàn khách ở lại ba, bốn ngày để tìm hiểu đời sống của người dân.`,
          '## Giữ bản sắc để làm du lịch',
          `Xã đã hỗ trợ các hộ cải tạo nhà vệ sinh, mở lớp tiếng Anh giao tiếp và kỹ năng phục vụ khách. Đội văn nghệ của bản được duy trì, biểu diễn các làn điệu dân ca, múa khèn vào mỗi tối cuối tuần.`,
        ],
        q: [
          `Khách thích nhất là được sống như người trong bản: ăn cơm cùng gia đình, nghe kể chuyện cổ, sáng sớm ra ruộng. Mình giữ được cái riêng thì khách mới quay lại.`,
          `Anh ${x.man()}, chủ homestay ở bản ${village}`,
        ],
      };
    },
  },
  {
    source: 'truyen-hinh',
    write: (x) => {
      const points = x.int(7, 38);
      return {
        c: 'thoi-su',
        img: 'mua-lu',
        t: `Xã ${x.name} rà soát ${points} điểm có nguy cơ sạt lở trước mùa mưa bão`,
        s: `UBND ${x.place} vừa hoàn thành rà soát các khu dân cư ven suối, chân đồi và xác định ${points} điểm có nguy cơ sạt lở, lũ quét. ${x.int(20, 140)} hộ dân ở những điểm nguy hiểm đã có phương án di dời khi có mưa lớn.`,
        p: [
          `Theo Ban Chỉ huy phòng thủ dân sự xã, các điểm có nguy cơ cao chủ yếu nằm ở những taluy dọc đường liên thôn và các ngôi nhà dựng sát suối. Tại mỗi điểm, xã đã cắm biển cảnh báo và giao cho trưởng thôn theo dõi thường xuyên.`,
          `Xã chuẩn bị sẵn lương thực, nước uống, áo phao, đèn pin và máy phát điện; lực lượng xung kích ở từng thôn được tập huấn sơ cứu, tìm kiếm cứu nạn. Khi có cảnh báo mưa lớn, loa truyền thanh và nhóm Zalo của thôn sẽ thông báo để bà con chủ động sơ tán.`,
          '## Không chủ quan khi mưa kéo dài',
          `Chính quyền xã khuyến cáo người dân không qua suối khi nước dâng cao, không ở lại trong nhà khi thấy vết nứt trên sườn đồi hoặc nghe tiếng động lạ. Các hộ thả rông gia súc được hướng dẫn đưa đàn về chuồng trại an toàn.`,
        ],
        q: [
          `Mưa lũ ở vùng cao đến rất nhanh. Chúng tôi thực hiện phương châm bốn tại chỗ, để khi có sự cố thì người dân được đưa đến nơi an toàn sớm nhất.`,
          `Ông ${x.man()}, Chủ tịch UBND ${x.place}`,
        ],
      };
    },
  },
  {
    source: 'bao-lao-cai',
    write: (x) => {
      const [ethnic, festival] = x.pick(FESTIVALS);
      return {
        c: 'van-hoa',
        img: 'le-hoi',
        t: `Xã ${x.name} phục dựng lễ ${festival} của đồng bào ${ethnic}`,
        s: `Lễ ${festival} của đồng bào ${ethnic} ở ${x.place} vừa được phục dựng với sự tham gia của đông đảo bà con và du khách. Đây là dịp để người dân cầu mong mưa thuận gió hòa, mùa màng bội thu và gìn giữ nét đẹp văn hóa truyền thống.`,
        p: [
          `Phần lễ do thầy cúng và người cao tuổi trong bản thực hiện theo đúng nghi thức truyền thống, từ chuẩn bị lễ vật đến các bài khấn cầu mùa, cầu sức khỏe cho cộng đồng. Lễ vật gồm xôi nhiều màu, gà, rượu ngô và những sản vật do chính bà con làm ra.`,
          `Phần hội diễn ra sôi nổi với các trò chơi dân gian như ném còn, đẩy gậy, kéo co, bắn nỏ và thi nấu ăn giữa các thôn. Đội văn nghệ của xã biểu diễn nhiều tiết mục múa hát mang đậm bản sắc của đồng bào ${ethnic}.`,
          '## Truyền dạy cho thế hệ trẻ',
          `Trong quá trình chuẩn bị, các nghệ nhân đã trực tiếp hướng dẫn thanh niên trong bản từng nghi thức, bài hát và điệu múa. Xã cũng ghi hình toàn bộ buổi lễ để làm tư liệu lưu giữ, phục vụ giáo dục truyền thống trong trường học.`,
        ],
        q: [
          `Lễ hội là của bà con, do bà con làm. Chúng tôi chỉ hỗ trợ để lễ được tổ chức đúng phong tục và lớp trẻ hiểu được ý nghĩa.`,
          `Bà ${x.woman()}, Trưởng phòng Văn hóa – Xã hội ${x.place}`,
        ],
      };
    },
  },
];

/** Communes only: the stories are about farming villages. */
const COMMUNES = LAO_CAI_COMMUNES.filter((c) => c.startsWith('Xã ')).map((c) => c.slice(3));

const HOUR = 3600_000;

/** `count` articles, newest first, published over the 60 days before `now` (ids stable across runs). */
export function benchArticles(now: number, count = 500): PlannedArticle[] {
  const random = rng(20251110);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const out: PlannedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const story = STORIES[i % STORIES.length];
    // Within one kind of story every item is about another commune (5 is prime to their number).
    const name = COMMUNES[(Math.floor(i / STORIES.length) * 5 + (i % STORIES.length) * 11) % COMMUNES.length];
    const article = story.write({ name, place: `xã ${name}`, int, pick, man: () => pick(MEN), woman: () => pick(WOMEN) });
    const source = NEWS_SOURCES.find((s) => s.id === story.source)!;
    out.push({
      id: articleIdOf(article.t, 5001 + i),
      sourceId: story.source,
      article,
      author: pick(source.authors),
      publishedAt: Math.floor((now - i * 2.9 * HOUR - random() * HOUR) / 60_000) * 60_000,
    });
  }
  return out;
}
