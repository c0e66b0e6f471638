import type { ArticleSeed } from './types.js';

/** Đài PT-TH Lào Cai: short TV news items, written as the station's website would print them. */
export const truyenHinh: ArticleSeed[] = [
  {
    c: 'thoi-su',
    t: 'Sạt lở taluy trên quốc lộ qua xã Bát Xát, giao thông tạm thời bị chia cắt',
    s: 'Mưa lớn kéo dài khiến hàng trăm mét khối đất đá tràn xuống mặt đường; lực lượng chức năng đang dùng máy xúc thông tuyến.',
    p: [
      'Vụ sạt lở xảy ra vào rạng sáng, không gây thiệt hại về người. Ngay sau khi nhận tin báo, đơn vị quản lý đường bộ đã cắm biển cảnh báo, bố trí người hướng dẫn phương tiện quay đầu hoặc đi đường vòng.',
      'Phóng viên Đài ghi nhận tại hiện trường, hai máy xúc đang làm việc liên tục, dự kiến thông một làn đường trong ngày. Người dân cần đi qua khu vực này nên theo dõi bản tin giao thông trên sóng truyền hình và ứng dụng Lào Cai số.',
    ],
    img: 'mua-lu',
  },
  {
    c: 'xa-hoi',
    t: 'Hiến máu tình nguyện: hơn năm trăm đơn vị máu được tiếp nhận trong một ngày',
    s: 'Đông đảo đoàn viên thanh niên, cán bộ, chiến sĩ lực lượng vũ trang và người dân phường Yên Bái tham gia ngày hội hiến máu.',
    p: [
      'Ngay từ sáng sớm, khu vực tiếp nhận đã kín người đăng ký. Nhiều người đã hiến máu hàng chục lần, coi đây là việc làm thường xuyên để góp phần cứu người.',
      'Lượng máu tiếp nhận sẽ bổ sung cho ngân hàng máu của bệnh viện tuyến tỉnh, phục vụ cấp cứu và điều trị trong thời gian tới.',
    ],
    img: 'y-te',
  },
  {
    c: 'thoi-su',
    t: 'Bản tin giao thông: hạn chế xe tải lớn qua đèo Khau Phạ khi có sương mù dày',
    s: 'Lực lượng cảnh sát giao thông khuyến cáo các phương tiện giảm tốc độ, bật đèn và giữ khoảng cách an toàn trên đèo Khau Phạ trong những ngày sương mù.',
    p: [
      'Tầm nhìn trên đèo có lúc chỉ còn vài chục mét, mặt đường trơn ướt. Xe tải trọng lớn được đề nghị dừng nghỉ ở các điểm an toàn hai đầu đèo, chờ sương tan mới tiếp tục hành trình.',
      'Đài sẽ cập nhật tình hình thời tiết và giao thông trên các tuyến đèo trong bản tin Thời tiết và giao thông phát sóng lúc 18 giờ 30 hằng ngày.',
    ],
    img: 'giao-thong',
  },
  {
    c: 'van-hoa',
    t: 'Rộn ràng lễ hội mừng cơm mới của người Tày ở Nghĩa Đô',
    s: 'Lễ hội tạ ơn trời đất sau vụ thu hoạch được tổ chức trang trọng với mâm cỗ cốm, xôi và những điệu hát then, đàn tính.',
    p: [
      'Theo phong tục, gia chủ mời già làng, họ hàng đến chung vui, thắp hương báo cáo tổ tiên về mùa màng. Mâm cỗ có cốm mới, gà luộc, cá suối và rượu nếp.',
      'Lễ hội là dịp để người Tày ở Nghĩa Đô giới thiệu với du khách về không gian nhà sàn cổ, nghề dệt thổ cẩm và những món ăn truyền thống của quê hương.',
    ],
    img: 'le-hoi',
  },
  {
    c: 'kinh-te',
    t: 'Nông dân Bảo Thắng thu hoạch bưởi, giá bán ổn định',
    s: 'Các vườn bưởi ở xã Bảo Thắng, Phong Hải bước vào thu hoạch với sản lượng khá, thương lái đến tận vườn thu mua.',
    p: [
      'Bưởi ở đây vỏ mỏng, múi mọng, vị ngọt thanh nên được khách hàng ưa chuộng. Nhiều nhà vườn đã bán qua mạng xã hội, giao hàng đến các tỉnh miền xuôi.',
      'Phóng viên Đài ghi nhận, người trồng bưởi áp dụng kỹ thuật bao quả, tỉa cành và bón phân hữu cơ để quả đẹp, giữ được lâu sau thu hoạch.',
    ],
    img: 'doi-che',
  },
  {
    c: 'thoi-su',
    t: 'Diễn tập phòng thủ dân sự ứng phó lũ quét tại xã Văn Chấn',
    s: 'Cuộc diễn tập huy động hàng trăm người từ các lực lượng quân sự, công an, y tế và người dân, giả định tình huống lũ quét vào ban đêm.',
    p: [
      'Các lực lượng thực hành di dời người già, trẻ em ra khỏi vùng nguy hiểm, tìm kiếm người mắc kẹt và sơ cứu người bị thương. Loa truyền thanh của xã phát cảnh báo liên tục, chuông báo động được đánh theo quy ước.',
      'Qua diễn tập, chính quyền xã rút ra nhiều kinh nghiệm về thông tin liên lạc khi mất điện, mất sóng và phân công nhiệm vụ cụ thể cho từng tổ xung kích ở thôn.',
    ],
    img: 'mua-lu',
  },
  {
    c: 'xa-hoi',
    t: 'Trao tặng áo ấm, chăn mới cho học sinh nghèo xã A Mú Sung',
    s: 'Đoàn công tác của Đài Phát thanh – Truyền hình cùng các nhà hảo tâm trao hàng trăm suất quà cho học sinh ở xã vùng biên.',
    p: [
      'Mỗi suất quà gồm áo ấm, chăn, mũ len và đồ dùng học tập. Các em học sinh háo hức mặc thử áo mới, nhiều em lần đầu có chiếc chăn bông của riêng mình.',
      'Nhà trường cho biết, phần lớn học sinh là con em đồng bào Hà Nhì, Mông, gia đình còn nhiều khó khăn. Những món quà giúp các em yên tâm đến lớp trong những ngày trời lạnh.',
    ],
    img: 'lop-hoc',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Phát sóng chương trình hướng dẫn dịch vụ công trực tuyến bằng tiếng Mông',
    s: 'Đài Phát thanh – Truyền hình Lào Cai ra mắt chuyên mục hướng dẫn bằng tiếng dân tộc, giúp bà con vùng cao tự làm thủ tục trên điện thoại.',
    p: [
      'Mỗi số chương trình hướng dẫn một thủ tục cụ thể như đăng ký khai sinh, xin xác nhận cư trú hay tra cứu hồ sơ. Người dẫn chương trình thao tác trực tiếp trên điện thoại, giải thích từng bước bằng tiếng Mông.',
      'Chương trình phát sóng trong khung giờ tiếng dân tộc buổi sáng và phát lại vào đêm, đồng thời đăng trên các nền tảng mạng xã hội của Đài để bà con xem lại.',
    ],
    img: 'truyen-hinh',
  },
  {
    c: 'thoi-su',
    t: 'Khởi công cầu mới qua sông Chảy nối hai xã vùng hồ',
    s: 'Cây cầu dài hơn hai trăm mét sẽ thay thế bến đò ngang, giúp người dân đi lại an toàn và thuận lợi vận chuyển nông sản.',
    p: [
      'Bao đời nay, người dân hai bên bờ phải đi đò qua sông, những ngày nước lớn rất nguy hiểm. Học sinh đi học, người bệnh đi viện đều phụ thuộc vào chuyến đò.',
      'Đơn vị thi công cam kết bảo đảm chất lượng, an toàn lao động và hoàn thành đúng tiến độ. Người dân trong vùng phấn khởi, nhiều hộ tự nguyện hiến đất làm đường dẫn lên cầu.',
    ],
    img: 'giao-thong',
  },
  {
    c: 'van-hoa',
    t: 'Đội văn nghệ thôn bản giữ gìn điệu múa xòe Thái',
    s: 'Đội văn nghệ của một bản ở phường Nghĩa Lộ duy trì tập luyện đều đặn, biểu diễn phục vụ du khách và các ngày lễ lớn của địa phương.',
    p: [
      'Thành viên đội có cả các bà đã ngoài sáu mươi tuổi lẫn những cô gái mới lớn. Các bà dạy từng động tác tay, bước chân của các điệu xòe cổ, các cháu dạy lại cho các bà những bài hát mới.',
      'Xòe Thái đã được ghi danh là di sản văn hóa phi vật thể đại diện của nhân loại. Với người Thái ở Mường Lò, xòe là niềm tự hào và là sợi dây gắn kết cộng đồng.',
    ],
    img: 'le-hoi',
  },
  {
    c: 'xa-hoi',
    t: 'Cảnh báo ngộ độc do ăn nấm rừng',
    s: 'Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo người dân không hái, ăn các loại nấm lạ mọc trong rừng sau khi một số trường hợp phải cấp cứu.',
    p: [
      'Nhiều loại nấm độc có hình dạng giống nấm ăn được, nấu chín vẫn không hết độc. Triệu chứng ngộ độc thường xuất hiện sau vài giờ với biểu hiện nôn, đau bụng, có thể gây tổn thương gan, thận.',
      'Khi có dấu hiệu nghi ngộ độc, người dân cần đến ngay cơ sở y tế gần nhất, mang theo mẫu nấm còn lại để bác sĩ xác định loại độc tố.',
    ],
    img: 'y-te',
  },
  {
    c: 'kinh-te',
    t: 'Phiên chợ nông sản cuối tuần giúp nông dân bán hàng trực tiếp',
    s: 'Phiên chợ tại quảng trường phường Lào Cai quy tụ nhiều hợp tác xã mang rau, củ, quả, chè, mật ong đến bán trực tiếp cho người tiêu dùng.',
    p: [
      'Người mua được thử sản phẩm, trò chuyện với chính người làm ra và quét mã để biết nguồn gốc. Giá bán ngang bằng hoặc thấp hơn ngoài chợ vì không qua trung gian.',
      'Ban tổ chức dự kiến duy trì phiên chợ vào cuối tuần, mời thêm các xã vùng cao mang đặc sản như miến dong, măng khô, thịt trâu gác bếp xuống tham gia.',
    ],
    img: 'hop-tac-xa',
  },
  {
    c: 'thoi-su',
    t: 'Lực lượng chức năng cứu hộ thành công du khách lạc trong rừng Hoàng Liên',
    s: 'Sau gần mười giờ tìm kiếm, hai du khách đi bộ tự do vào khu vực vườn quốc gia đã được đưa ra ngoài an toàn.',
    p: [
      'Hai du khách đi theo đường mòn không có người dẫn, trời tối và sương mù khiến họ lạc hướng. Nhận tin báo, lực lượng kiểm lâm, công an và người dân thông thạo địa hình đã chia nhiều nhóm tìm kiếm xuyên đêm.',
      'Cơ quan chức năng khuyến cáo du khách khi leo núi phải đăng ký với ban quản lý, đi cùng người dẫn đường có kinh nghiệm và mang theo đèn pin, áo ấm, điện thoại đầy pin.',
    ],
    img: 'nui-fansipan',
  },
  {
    c: 'giao-duc',
    t: 'Học sinh vùng cao hào hứng với giờ học STEM',
    s: 'Các trường ở xã Si Ma Cai, Bắc Hà tổ chức giờ học STEM, học sinh tự làm xe chạy bằng năng lượng mặt trời, mô hình nhà chống rét.',
    p: [
      'Với những vật liệu đơn giản như vỏ hộp, que tre, động cơ nhỏ, học sinh được hướng dẫn vận dụng kiến thức vật lý, toán học để tạo ra sản phẩm. Nhiều em lần đầu tự tay lắp mạch điện.',
      'Giáo viên cho biết, giờ học trải nghiệm giúp học sinh mạnh dạn hơn, biết làm việc nhóm và thấy kiến thức trên lớp gắn với cuộc sống hằng ngày.',
    ],
    img: 'lop-hoc',
  },
  {
    c: 'van-hoa',
    t: 'Giải đua thuyền truyền thống trên hồ Thác Bà',
    s: 'Hàng chục đội thuyền của các xã ven hồ tranh tài trong không khí sôi nổi, thu hút hàng nghìn người dân và du khách cổ vũ.',
    p: [
      'Mỗi thuyền có mười hai tay chèo, thi đấu ở cự ly năm trăm mét. Tiếng trống, tiếng hò reo vang cả mặt hồ khi các thuyền về đích sát nút.',
      'Bên lề giải đua là các hoạt động ẩm thực, trưng bày sản phẩm OCOP và biểu diễn văn nghệ của các đội văn nghệ quần chúng.',
    ],
    img: 'ho-thac-ba',
  },
  {
    c: 'xa-hoi',
    t: 'Khám sàng lọc bệnh tim bẩm sinh miễn phí cho trẻ em',
    s: 'Các bác sĩ tim mạch từ bệnh viện trung ương phối hợp với bệnh viện tỉnh khám, siêu âm tim cho hàng trăm trẻ em trong hai ngày.',
    p: [
      'Những trẻ được phát hiện mắc bệnh sẽ được tư vấn, lập hồ sơ để đưa về tuyến trên phẫu thuật với sự hỗ trợ của các quỹ từ thiện.',
      'Nhiều phụ huynh ở các xã vùng cao bày tỏ vui mừng vì không phải đưa con về Hà Nội mới được khám chuyên sâu.',
    ],
    img: 'y-te',
  },
  {
    c: 'thoi-su',
    t: 'Kỳ họp chuyên đề của Hội đồng nhân dân tỉnh thông qua nhiều nghị quyết quan trọng',
    s: 'Các nghị quyết tập trung vào đầu tư công, chính sách hỗ trợ sản xuất nông nghiệp và chế độ cho người hoạt động không chuyên trách ở thôn, tổ dân phố.',
    p: [
      'Đại biểu thảo luận kỹ các nội dung, đề nghị cơ quan soạn thảo làm rõ nguồn lực thực hiện và cách thức tổ chức ở cơ sở để chính sách sớm đến tay người dân.',
      'Kỳ họp được truyền hình trực tiếp trên kênh LCTV và phát trực tuyến trên các nền tảng số của Đài để cử tri theo dõi.',
    ],
    img: 'hoi-nghi',
  },
  {
    c: 'kinh-te',
    t: 'Làng nghề mây tre đan ở Trấn Yên nhận đơn hàng xuất khẩu',
    s: 'Các hộ làm mây tre đan ở xã Trấn Yên có việc làm đều đặn nhờ doanh nghiệp nhận đơn hàng giỏ, khay, đèn trang trí đi châu Âu.',
    p: [
      'Nguyên liệu tre, giang được khai thác từ rừng trồng của địa phương. Mỗi người thợ lành nghề có thể làm vài chục sản phẩm một ngày, thu nhập ổn định mà vẫn ở nhà chăm sóc con cái.',
      'Doanh nghiệp hướng dẫn mẫu mã, kiểm tra chất lượng từng lô hàng. Các hộ được yêu cầu xử lý chống mốc đúng kỹ thuật để hàng đạt chuẩn nhập khẩu.',
    ],
    img: 'cho-phien',
  },
  {
    c: 'du-lich',
    t: 'Phóng sự: Một ngày làm người dẫn đường ở Sa Pa',
    s: 'Phóng viên Đài theo chân chị Sùng Thị Mai, một người dẫn đường người Mông, để hiểu hơn nghề đưa khách đi bộ xuyên bản.',
    p: [
      'Chị Mai bắt đầu công việc từ sáu giờ sáng, đón khách ở quảng trường phường Sa Pa. Suốt hành trình, chị giới thiệu cách trồng lúa, nhuộm chàm và kể chuyện về phong tục của người Mông bằng tiếng Anh lưu loát.',
      'Nghề dẫn đường giúp chị nuôi hai con ăn học. Chị mong du khách đến Sa Pa sẽ tôn trọng bà con, mua hàng thủ công trực tiếp của người làm ra.',
    ],
    q: ['Tôi học tiếng Anh từ khách du lịch, không đi học trường nào cả. Giờ tôi muốn các con được học hành tử tế.', 'Chị Sùng Thị Mai, người dẫn đường'],
    img: 'ruong-bac-thang',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Đài Phát thanh – Truyền hình phát sóng trực tuyến trên ứng dụng Lào Cai số',
    s: 'Khán giả có thể xem kênh truyền hình Lào Cai trực tiếp và tra cứu lịch phát sóng ngay trên ứng dụng, không cần đầu thu hay ăng-ten.',
    p: [
      'Tính năng mới giúp người dân ở những nơi sóng truyền hình mặt đất yếu, người đi làm xa quê vẫn theo dõi được thời sự của tỉnh. Lịch phát sóng bảy ngày được cập nhật liên tục, chương trình đang phát được đánh dấu rõ ràng.',
      'Đài đang từng bước số hóa kho tư liệu, đưa các phóng sự, phim tài liệu hay lên nền tảng số để khán giả xem lại bất cứ lúc nào.',
    ],
    img: 'truyen-hinh',
  },
  {
    c: 'thoi-su',
    t: 'Công an tỉnh triệt phá đường dây đánh bạc qua mạng',
    s: 'Lực lượng công an đã bắt giữ nhiều đối tượng tổ chức đánh bạc trực tuyến, thu giữ máy tính, điện thoại và nhiều tài khoản ngân hàng liên quan.',
    p: [
      'Các đối tượng lập trang web, nhóm kín trên mạng xã hội để dụ dỗ người chơi nạp tiền. Nhiều người dân, trong đó có học sinh, sinh viên, đã bị cuốn vào và mất số tiền lớn.',
      'Công an tỉnh khuyến cáo người dân không tham gia các trò chơi cá cược trên mạng, không cho mượn, bán tài khoản ngân hàng để tránh bị lợi dụng vào hoạt động phạm pháp.',
    ],
    img: 'chuyen-doi-so',
  },
  {
    c: 'van-hoa',
    t: 'Trình diễn trang phục các dân tộc tại phố đi bộ Sa Pa',
    s: 'Hơn một trăm người mẫu không chuyên là người dân các xã trình diễn trang phục truyền thống của người Mông, Dao, Tày, Giáy, Xá Phó.',
    p: [
      'Mỗi bộ trang phục mang những hoa văn, màu sắc riêng, thể hiện quan niệm về thiên nhiên và đời sống của từng dân tộc. Người dẫn chương trình giới thiệu ý nghĩa từng họa tiết cho du khách.',
      'Hoạt động được tổ chức định kỳ vào tối thứ bảy, góp phần làm phong phú sản phẩm du lịch đêm của phường Sa Pa.',
    ],
    img: 'le-hoi',
  },
  {
    c: 'xa-hoi',
    t: 'Người dân Lục Yên góp đất, góp công làm đường nông thôn mới',
    s: 'Hàng chục hộ dân đã tự nguyện hiến đất, chặt bỏ cây trồng để mở rộng đường liên thôn, không đòi hỏi bồi thường.',
    p: [
      'Con đường mới rộng năm mét, có rãnh thoát nước hai bên. Xe tải đã có thể vào tận thôn thu mua nông sản, giá bán của bà con vì thế cũng cao hơn.',
      'Chính quyền xã biểu dương những hộ tiêu biểu và cam kết sử dụng nguồn vốn đúng mục đích, công khai tại các cuộc họp thôn.',
    ],
    img: 'ban-lang',
  },
  {
    c: 'kinh-te',
    t: 'Mùa thu hoạch thảo quả: người dân vào rừng từ sớm',
    s: 'Ở các xã Bát Xát, Y Tý, bà con người Dao, người Hà Nhì dựng lán trong rừng, thu hái và sấy thảo quả tại chỗ.',
    p: [
      'Thảo quả trồng dưới tán rừng già, mỗi năm chỉ cho thu hoạch một lần. Quả sau khi hái được sấy bằng bếp củi trong vài ngày cho khô đều, có mùi thơm đặc trưng.',
      'Ngành kiểm lâm nhắc nhở người dân không chặt cây rừng làm củi sấy, dùng củi từ cành khô và cây đổ để bảo vệ rừng đầu nguồn.',
    ],
    img: 'rung-que',
  },
  {
    c: 'giao-duc',
    t: 'Thư viện số ở trường học giúp học sinh đọc sách trên máy tính bảng',
    s: 'Một trường tiểu học ở phường Văn Phú đưa vào sử dụng thư viện số với hàng nghìn đầu sách điện tử, sách nói dành cho học sinh.',
    p: [
      'Học sinh được mượn máy tính bảng trong giờ ra chơi và tiết đọc thư viện. Sách nói giúp các em lớp một, lớp hai chưa đọc thạo vẫn nghe được truyện hay.',
      'Nhà trường hướng dẫn học sinh sử dụng thiết bị đúng cách, giới hạn thời gian để bảo vệ mắt và khuyến khích các em kể lại câu chuyện đã đọc.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'thoi-su',
    t: 'Thời tiết: các xã vùng cao có sương mù dày vào sáng sớm',
    s: 'Đài Khí tượng Thủy văn tỉnh dự báo trong vài ngày tới, khu vực vùng cao có sương mù, trời lạnh về đêm và sáng; vùng thấp ngày nắng.',
    p: [
      'Nhiệt độ thấp nhất ở Sa Pa và Y Tý có thể xuống dưới mười độ C, chênh lệch nhiệt độ ngày đêm lớn. Người dân cần giữ ấm cho trẻ nhỏ và người già, đặc biệt khi ra đường vào sáng sớm.',
      'Các tài xế lưu ý bật đèn sương mù, đi chậm trên các tuyến đèo. Thông tin thời tiết từng khu vực được cập nhật liên tục trên ứng dụng Lào Cai số.',
    ],
    img: 'nui-fansipan',
  },
  {
    c: 'xa-hoi',
    t: 'Ra quân dọn vệ sinh môi trường dọc bờ sông Hồng',
    s: 'Hàng trăm đoàn viên, hội viên và người dân phường Lào Cai tham gia thu gom rác thải, phát quang bụi rậm dọc tuyến kè sông.',
    p: [
      'Chỉ sau một buổi sáng, hàng tấn rác thải nhựa, túi ni lông được thu gom, phân loại và chuyển đến khu xử lý. Nhiều gia đình mang theo cả trẻ nhỏ để các em học cách giữ gìn môi trường.',
      'Chính quyền phường sẽ lắp thêm thùng rác phân loại và biển nhắc nhở dọc tuyến đi bộ ven sông.',
    ],
    img: 'giao-thong',
  },
  {
    c: 'du-lich',
    t: 'Đón đoàn khách quốc tế đầu tiên qua tuyến đường sắt liên vận',
    s: 'Đoàn du khách nước ngoài đến ga Lào Cai theo tuyến tàu liên vận, được chào đón bằng hoa và tiết mục văn nghệ của đồng bào dân tộc.',
    p: [
      'Sau khi làm thủ tục nhập cảnh nhanh chóng, đoàn khách lên xe đi tham quan Sa Pa, chợ phiên Bắc Hà và nghỉ tại các homestay ở Tả Van.',
      'Ngành du lịch kỳ vọng tuyến đường sắt sẽ mở ra thêm lựa chọn đi lại cho du khách quốc tế, góp phần kéo dài thời gian lưu trú tại tỉnh.',
    ],
    img: 'giao-thong',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Loa truyền thanh thông minh phủ kín các thôn vùng cao',
    s: 'Hệ thống loa truyền thanh ứng dụng công nghệ thông tin cho phép xã phát bản tin, cảnh báo thiên tai đến từng thôn từ điện thoại.',
    p: [
      'Cán bộ văn hóa xã có thể soạn bản tin, chọn thôn cần phát và hẹn giờ phát ngay trên phần mềm. Bản tin được phát bằng cả tiếng phổ thông và tiếng dân tộc.',
      'Khi có mưa lớn, sạt lở, xã có thể phát cảnh báo khẩn cấp đến toàn bộ loa chỉ trong vài phút, giúp người dân kịp thời sơ tán.',
    ],
    img: 'truyen-hinh',
  },
  {
    c: 'van-hoa',
    t: 'Phim tài liệu về người giữ rừng Hoàng Liên đoạt giải báo chí',
    s: 'Bộ phim của ê kíp Đài Phát thanh – Truyền hình Lào Cai kể về những người kiểm lâm và tổ bảo vệ rừng ở các xã giáp vườn quốc gia.',
    p: [
      'Ê kíp đã đi cùng các tổ tuần rừng nhiều ngày, ghi lại những chuyến đi xuyên rừng, những bữa cơm giữa núi và nỗi trăn trở trước nạn khai thác trái phép.',
      'Bộ phim sẽ được phát lại trong khung giờ phim tài liệu của kênh LCTV để khán giả chưa xem có dịp theo dõi.',
    ],
    img: 'truyen-hinh',
  },
];
