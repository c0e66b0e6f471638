import type { ArticleSeed } from './types.js';

/** Cổng Thông tin điện tử tỉnh: direction, policy and public notices, in the portal's plain style. */
export const congThongTin: ArticleSeed[] = [
  {
    c: 'thoi-su',
    t: 'UBND tỉnh ban hành kế hoạch cải cách hành chính, lấy sự hài lòng của người dân làm thước đo',
    s: 'Kế hoạch đặt mục tiêu rút ngắn thời gian giải quyết thủ tục, tăng tỷ lệ hồ sơ trực tuyến toàn trình và công khai kết quả đánh giá của từng xã, phường.',
    p: [
      'Theo kế hoạch, mỗi sở, ngành và xã, phường phải rà soát các thủ tục còn rườm rà, đề xuất cắt giảm thành phần hồ sơ không cần thiết, nhất là những giấy tờ đã có trong cơ sở dữ liệu quốc gia về dân cư.',
      'Kết quả giải quyết thủ tục hành chính sẽ được công khai trên Cổng Dịch vụ công của tỉnh. Người dân có thể đánh giá mức độ hài lòng sau mỗi lần giao dịch; những đơn vị bị đánh giá thấp nhiều lần phải giải trình và có biện pháp khắc phục.',
      'UBND tỉnh giao Văn phòng UBND tỉnh theo dõi, đôn đốc và báo cáo định kỳ hằng quý; người đứng đầu cơ quan, đơn vị chịu trách nhiệm nếu để xảy ra chậm trễ, gây phiền hà cho người dân, doanh nghiệp.',
    ],
    img: 'hoi-nghi',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Hơn chín mươi phần trăm thủ tục hành chính được cung cấp trực tuyến toàn trình',
    s: 'Phần lớn thủ tục thuộc thẩm quyền giải quyết của tỉnh và cấp xã đã được cung cấp trực tuyến, người dân có thể nộp hồ sơ, thanh toán phí và nhận kết quả mà không phải đến cơ quan nhà nước.',
    p: [
      'Các thủ tục được sử dụng nhiều nhất là đăng ký khai sinh, cấp bản sao trích lục hộ tịch, chứng thực bản sao điện tử và đăng ký hộ kinh doanh. Người dân đăng nhập bằng tài khoản định danh điện tử, thông tin cá nhân được điền sẵn, giảm thời gian khai báo.',
      'Hồ sơ nộp trực tuyến được ưu tiên xử lý và giảm một phần lệ phí theo nghị quyết của Hội đồng nhân dân tỉnh. Kết quả điện tử có giá trị pháp lý như bản giấy và được lưu trong kho dữ liệu của công dân để dùng lại cho các lần sau.',
    ],
    img: 'mot-cua',
  },
  {
    c: 'thoi-su',
    t: 'Thông báo lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh',
    s: 'Lãnh đạo UBND tỉnh tiếp công dân định kỳ vào ngày mười lăm hằng tháng tại Trụ sở Tiếp công dân tỉnh; người dân có thể đăng ký trước qua điện thoại hoặc trực tuyến.',
    p: [
      'Công dân đến tiếp cần mang theo căn cước và các giấy tờ liên quan đến nội dung khiếu nại, tố cáo, kiến nghị. Trường hợp nhiều người cùng một nội dung thì cử đại diện không quá năm người.',
      'Ngoài lịch định kỳ, Trụ sở Tiếp công dân tỉnh tiếp thường xuyên tất cả các ngày làm việc trong tuần. Người dân cũng có thể gửi phản ánh qua ứng dụng Lào Cai số để được theo dõi, trả lời bằng văn bản.',
    ],
    img: 'mot-cua',
  },
  {
    c: 'kinh-te',
    t: 'Tỉnh công bố chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương',
    s: 'Kết quả đánh giá dựa trên khảo sát hàng nghìn doanh nghiệp, hợp tác xã và hộ kinh doanh về chi phí thời gian, tính minh bạch và sự hỗ trợ của chính quyền.',
    p: [
      'Các tiêu chí được doanh nghiệp đánh giá cao gồm thủ tục đăng ký kinh doanh nhanh, thông tin quy hoạch được công khai đầy đủ. Những điểm cần cải thiện là thời gian giải phóng mặt bằng và chi phí không chính thức ở một số khâu.',
      'UBND tỉnh yêu cầu các đơn vị có điểm số thấp phải phân tích nguyên nhân, xây dựng kế hoạch khắc phục cụ thể. Kết quả năm sau sẽ được so sánh để đánh giá mức độ chuyển biến thực chất.',
    ],
    img: 'hoi-nghi',
  },
  {
    c: 'xa-hoi',
    t: 'Triển khai chính sách hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng',
    s: 'Người lao động thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số được hỗ trợ học ngoại ngữ, bồi dưỡng kỹ năng và vay vốn ưu đãi để đi làm việc ở nước ngoài.',
    p: [
      'Các thị trường được ưu tiên là Nhật Bản, Hàn Quốc và một số nước châu Âu có thu nhập ổn định, điều kiện làm việc được pháp luật bảo vệ. Người lao động chỉ nên đăng ký qua các doanh nghiệp được cấp phép, thông tin có trên cổng thông tin của Sở Nội vụ.',
      'Tỉnh khuyến cáo người dân cảnh giác với các đối tượng môi giới trái phép, hứa hẹn việc nhẹ lương cao và thu tiền đặt cọc. Mọi khoản phí đều phải có hợp đồng, hóa đơn rõ ràng.',
    ],
    img: 'hoi-nghi',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Kho dữ liệu số của công dân: nộp giấy tờ một lần, dùng lại nhiều lần',
    s: 'Giấy tờ đã được số hóa khi làm thủ tục sẽ được lưu trong kho dữ liệu cá nhân trên Cổng Dịch vụ công, người dân không phải nộp lại ở những lần sau.',
    p: [
      'Khi tiếp nhận hồ sơ giấy, cán bộ một cửa sẽ quét, ký số và lưu thành phần hồ sơ vào kho dữ liệu của công dân. Ở lần làm thủ tục tiếp theo, hệ thống tự gợi ý các giấy tờ đã có để người dân chọn, không phải chụp, tải lên lại.',
      'Việc tái sử dụng dữ liệu giúp giảm chi phí sao chụp, chứng thực và thời gian đi lại. Tỉnh yêu cầu các cơ quan không được yêu cầu người dân nộp lại những giấy tờ đã có trong kho dữ liệu.',
      '## Bảo vệ dữ liệu cá nhân',
      'Dữ liệu của công dân chỉ được khai thác theo đúng thẩm quyền và mục đích giải quyết thủ tục. Mọi lượt truy cập đều được ghi nhật ký để kiểm tra khi cần.',
    ],
    img: 'mot-cua',
  },
  {
    c: 'thoi-su',
    t: 'Chỉ đạo bảo đảm an toàn giao thông trên các tuyến đèo dốc',
    s: 'UBND tỉnh yêu cầu lực lượng chức năng tăng cường tuần tra, kiểm soát trên các tuyến đèo Ô Quy Hồ, Khau Phạ và quốc lộ qua vùng cao, xử lý nghiêm xe quá tải, chở quá số người quy định.',
    p: [
      'Các đơn vị quản lý đường bộ phải kiểm tra, bổ sung biển báo, gương cầu lồi ở các khúc cua khuất tầm nhìn, phát quang cây cối hai bên đường và khắc phục ngay các điểm sụt lún.',
      'Người điều khiển phương tiện cần giảm tốc độ khi có sương mù, bật đèn vàng phá sương và không vượt ở đoạn đường cong. Những xe khách chạy tuyến du lịch được yêu cầu kiểm tra phanh, lốp trước mỗi chuyến.',
    ],
    img: 'giao-thong',
  },
  {
    c: 'kinh-te',
    t: 'Hỗ trợ hợp tác xã ứng dụng công nghệ cao trong sản xuất nông nghiệp',
    s: 'Các hợp tác xã đầu tư nhà màng, hệ thống tưới tiết kiệm và thiết bị truy xuất nguồn gốc được hỗ trợ một phần kinh phí từ ngân sách tỉnh.',
    p: [
      'Chính sách ưu tiên các hợp tác xã có liên kết tiêu thụ ổn định, sản xuất các sản phẩm chủ lực như chè, quế, dược liệu, rau an toàn và cây ăn quả ôn đới. Mức hỗ trợ tùy theo quy mô và loại hạng mục đầu tư.',
      'Hồ sơ đề nghị hỗ trợ nộp tại Trung tâm Phục vụ hành chính công cấp xã hoặc trực tuyến. Sở Nông nghiệp và Môi trường sẽ thẩm định, kiểm tra thực tế trước khi giải ngân.',
    ],
    img: 'hop-tac-xa',
  },
  {
    c: 'xa-hoi',
    t: 'Phát động phong trào "Cả nước chung tay vì người nghèo" tại các xã vùng cao',
    s: 'Ủy ban Mặt trận Tổ quốc tỉnh kêu gọi các cơ quan, doanh nghiệp và nhà hảo tâm ủng hộ xây nhà, hỗ trợ sinh kế cho hộ nghèo.',
    p: [
      'Nguồn quỹ vận động được công khai trên Cổng Thông tin điện tử của tỉnh, phân bổ đến từng xã dựa trên số hộ nghèo và mức độ khó khăn. Các khoản hỗ trợ được chuyển thẳng đến hộ thụ hưởng, có giám sát của ban công tác mặt trận thôn.',
      'Ngoài tiền mặt, nhiều đơn vị đăng ký hỗ trợ bằng hiện vật như giống cây, con giống, máy xay xát, giúp hộ nghèo có phương tiện sản xuất lâu dài thay vì chỉ nhận hỗ trợ trước mắt.',
    ],
    img: 'ban-lang',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Trung tâm giám sát điều hành thông minh của tỉnh vận hành hiệu quả',
    s: 'Các số liệu về giao thông, môi trường, phản ánh của người dân và tiến độ giải quyết hồ sơ được hiển thị tập trung, hỗ trợ lãnh đạo tỉnh ra quyết định nhanh.',
    p: [
      'Màn hình lớn tại trung tâm hiển thị bản đồ các điểm phản ánh hiện trường, những hồ sơ sắp quá hạn và cảnh báo thiên tai theo thời gian thực. Mỗi phản ánh của người dân đều được chuyển tới đơn vị chịu trách nhiệm và theo dõi đến khi có kết quả.',
      'Dữ liệu từ hệ thống camera giao thông và các trạm quan trắc môi trường cũng được kết nối về trung tâm. Tỉnh đang tiếp tục mở rộng kết nối với các xã, phường để giám sát đồng bộ trên toàn địa bàn.',
    ],
    img: 'chuyen-doi-so',
  },
  {
    c: 'thoi-su',
    t: 'Tăng cường quản lý, bảo vệ rừng trong mùa khô hanh',
    s: 'Chủ tịch UBND các xã, phường chịu trách nhiệm nếu để xảy ra cháy rừng lớn do chủ quan, thiếu kiểm tra.',
    p: [
      'Các xã có diện tích rừng lớn phải thành lập tổ đội phòng cháy chữa cháy rừng tại thôn, trang bị dụng cụ thô sơ và phân công người trực ở các điểm có nguy cơ cao.',
      'Người dân không đốt nương, đốt thực bì trong những ngày cấp dự báo cháy rừng ở mức cao. Khi phát hiện cháy, cần báo ngay cho kiểm lâm, chính quyền xã hoặc gọi số 114.',
    ],
    img: 'rung-que',
  },
  {
    c: 'giao-duc',
    t: 'Quy định mới về hỗ trợ học sinh bán trú ở xã đặc biệt khó khăn',
    s: 'Học sinh ở thôn cách trường xa hoặc phải qua đèo, suối nguy hiểm được hỗ trợ tiền ăn, gạo và tiền nhà ở nếu phải tự túc chỗ ở.',
    p: [
      'Phụ huynh làm đơn gửi nhà trường vào đầu năm học, nhà trường lập danh sách, niêm yết công khai và trình UBND xã xác nhận. Mức hỗ trợ được chi trả theo tháng, trực tiếp cho gia đình hoặc qua bếp ăn bán trú của trường.',
      'Sở Giáo dục và Đào tạo yêu cầu các trường không để học sinh nào đủ điều kiện mà bị bỏ sót, đồng thời kiểm tra việc sử dụng kinh phí đúng mục đích.',
    ],
    img: 'lop-hoc',
  },
  {
    c: 'kinh-te',
    t: 'Công khai quy hoạch sử dụng đất đến từng xã, phường',
    s: 'Bản đồ quy hoạch sử dụng đất được đăng tải trên Cổng Thông tin điện tử tỉnh, người dân có thể tra cứu thửa đất của mình trước khi chuyển nhượng, xây dựng.',
    p: [
      'Người dân nhập số tờ, số thửa hoặc chọn vị trí trên bản đồ để biết thửa đất thuộc loại đất nào, có nằm trong khu vực quy hoạch dự án hay không. Thông tin này giúp hạn chế rủi ro khi mua bán đất.',
      'Mọi thắc mắc về quy hoạch có thể gửi tới bộ phận một cửa cấp xã hoặc Sở Nông nghiệp và Môi trường để được giải đáp trong thời hạn quy định.',
    ],
    img: 'hoi-nghi',
  },
  {
    c: 'xa-hoi',
    t: 'Tiêm chủng mở rộng: tỉnh yêu cầu không để sót trẻ ở thôn xa',
    s: 'Ngành y tế tổ chức các điểm tiêm lưu động tại nhà văn hóa thôn, bảo đảm trẻ dưới một tuổi được tiêm đủ các mũi vắc xin theo lịch.',
    p: [
      'Nhân viên y tế thôn bản lập danh sách trẻ đến tuổi tiêm, đến từng nhà vận động. Những gia đình ở xa được hẹn lịch riêng để cán bộ trạm y tế mang vắc xin đến tận nơi.',
      'Sau khi tiêm, thông tin được cập nhật vào sổ tiêm chủng điện tử. Phụ huynh có thể xem lịch sử tiêm và lịch tiêm tiếp theo của con trên ứng dụng định danh điện tử.',
    ],
    img: 'y-te',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Chữ ký số công cộng miễn phí cho người dân làm thủ tục trực tuyến',
    s: 'Người dân được hướng dẫn đăng ký chữ ký số cá nhân trên điện thoại để ký hồ sơ điện tử, không cần thiết bị riêng.',
    p: [
      'Chữ ký số giúp người dân tự ký vào tờ khai, đơn đề nghị khi nộp hồ sơ trực tuyến mà vẫn bảo đảm giá trị pháp lý. Việc đăng ký được thực hiện qua ứng dụng của nhà cung cấp, xác thực khuôn mặt bằng camera điện thoại.',
      'Các tổ công nghệ số cộng đồng sẽ hỗ trợ người dân đăng ký tại thôn, tổ dân phố. Tỉnh khuyến cáo chỉ đăng ký qua các nhà cung cấp được cấp phép, không chia sẻ mã kích hoạt cho người khác.',
    ],
    img: 'chuyen-doi-so',
  },
  {
    c: 'thoi-su',
    t: 'Kiện toàn tổ chức bộ máy các cơ quan chuyên môn sau sắp xếp',
    s: 'Các sở, ngành của tỉnh sau sắp xếp đã ổn định tổ chức, bố trí cán bộ theo vị trí việc làm và công khai đầu mối tiếp nhận hồ sơ.',
    p: [
      'Danh sách trụ sở, số điện thoại đường dây nóng và địa chỉ thư điện tử của từng cơ quan được đăng tải công khai để người dân, doanh nghiệp thuận tiện liên hệ. Các cơ quan còn làm việc ở hai địa điểm phải bố trí bộ phận tiếp nhận ở cả hai nơi.',
      'UBND tỉnh yêu cầu việc sắp xếp không được làm gián đoạn việc giải quyết thủ tục hành chính. Hồ sơ đang giải quyết dở dang được bàn giao đầy đủ, không bắt người dân nộp lại.',
    ],
    img: 'mot-cua',
  },
  {
    c: 'kinh-te',
    t: 'Thu hút đầu tư vào du lịch nghỉ dưỡng vùng Mù Cang Chải – Tú Lệ',
    s: 'Tỉnh công bố danh mục khu đất kêu gọi đầu tư các dự án nghỉ dưỡng, du lịch cộng đồng gắn với cảnh quan ruộng bậc thang và suối khoáng nóng.',
    p: [
      'Nhà đầu tư được yêu cầu giữ nguyên cảnh quan, không san gạt ruộng bậc thang, sử dụng vật liệu địa phương và kiến trúc hài hòa với nhà ở truyền thống của người Thái, người Mông.',
      'Các dự án cam kết tuyển dụng lao động địa phương và hợp tác với các hộ làm du lịch cộng đồng sẽ được ưu tiên xem xét. Thủ tục đầu tư được hướng dẫn tại Trung tâm Xúc tiến đầu tư của tỉnh.',
    ],
    img: 'ruong-bac-thang',
  },
  {
    c: 'xa-hoi',
    t: 'Chi trả trợ cấp xã hội qua tài khoản ngân hàng',
    s: 'Người cao tuổi, người khuyết tật và các đối tượng bảo trợ xã hội được khuyến khích nhận trợ cấp hằng tháng qua tài khoản để tránh đi lại và nhận đủ, đúng hạn.',
    p: [
      'Người hưởng trợ cấp có thể mở tài khoản miễn phí tại các ngân hàng hoặc đăng ký ví điện tử gắn với định danh. Trường hợp không thể tự đi giao dịch, người thân được ủy quyền nhận thay theo quy định.',
      'Với những người không có điều kiện dùng tài khoản, bưu điện vẫn chi trả tiền mặt tại điểm chi trả của xã hoặc tại nhà đối với người già yếu, ốm đau.',
    ],
    img: 'chuyen-doi-so',
  },
  {
    c: 'thoi-su',
    t: 'Đối thoại với doanh nghiệp: tháo gỡ vướng mắc về đất đai và thuế',
    s: 'Tại buổi đối thoại, doanh nghiệp nêu nhiều kiến nghị về thủ tục giao đất, thuê đất, hoàn thuế; các sở, ngành trả lời trực tiếp và hẹn thời hạn xử lý.',
    p: [
      'Một số doanh nghiệp phản ánh thời gian định giá đất còn kéo dài, làm chậm tiến độ dự án. Đại diện Sở Tài chính cho biết đang rà soát quy trình, phấn đấu rút ngắn thời gian thẩm định.',
      'Các kiến nghị chưa được giải quyết tại hội nghị được giao cho từng cơ quan, có thời hạn cụ thể và công khai kết quả trên Cổng Thông tin điện tử của tỉnh.',
    ],
    q: ['Doanh nghiệp đi đến đâu, vướng ở đâu thì chính quyền phải có mặt ở đó để cùng tháo gỡ.', 'Lãnh đạo UBND tỉnh tại buổi đối thoại'],
    img: 'hoi-nghi',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Hướng dẫn tra cứu hồ sơ thủ tục hành chính bằng mã QR',
    s: 'Mỗi giấy tiếp nhận hồ sơ đều in mã QR, người dân quét bằng ứng dụng Lào Cai số hoặc camera điện thoại để xem tình trạng xử lý.',
    p: [
      'Sau khi nộp hồ sơ, người dân nhận phiếu hẹn có mã hồ sơ và mã QR. Khi quét mã, ứng dụng hiển thị trạng thái hiện tại, cơ quan đang xử lý và ngày hẹn trả kết quả.',
      'Nếu hồ sơ cần bổ sung giấy tờ, người dân sẽ nhận thông báo trên ứng dụng và có thể nộp bổ sung trực tuyến, không phải mang lại đến bộ phận một cửa.',
    ],
    img: 'mot-cua',
  },
  {
    c: 'giao-duc',
    t: 'Tuyển dụng giáo viên cho các xã vùng cao còn thiếu',
    s: 'Tỉnh tổ chức tuyển dụng bổ sung giáo viên mầm non, tiểu học và trung học cơ sở cho các trường ở xã đặc biệt khó khăn, ưu tiên người dân tộc thiểu số biết tiếng địa phương.',
    p: [
      'Thông tin về chỉ tiêu, điều kiện và hồ sơ dự tuyển được đăng tải trên Cổng Thông tin điện tử của tỉnh và của Sở Giáo dục và Đào tạo. Thí sinh nộp hồ sơ trực tuyến, thi trên máy tính và nhận kết quả công khai.',
      'Giáo viên công tác tại vùng đặc biệt khó khăn được hưởng phụ cấp thu hút, hỗ trợ nhà công vụ và được ưu tiên trong đào tạo, bồi dưỡng nâng cao trình độ.',
    ],
    img: 'lop-hoc',
  },
  {
    c: 'kinh-te',
    t: 'Thông tin giá một số mặt hàng nông sản chủ yếu trên địa bàn tỉnh',
    s: 'Giá chè búp tươi, quế vỏ và thảo quả ổn định; giá lợn hơi tăng nhẹ do nhu cầu tiêu thụ tăng ở các thị trường lớn.',
    p: [
      'Theo tổng hợp của Sở Công Thương, giá thu mua chè búp tươi loại một dao động ổn định, vỏ quế khô có xu hướng nhích lên do đơn hàng xuất khẩu tăng. Giá rau xanh tại các chợ trung tâm giảm nhờ nguồn cung dồi dào.',
      'Cơ quan quản lý khuyến cáo người dân theo dõi thông tin giá trên các kênh chính thống, không bán tháo khi có tin đồn thất thiệt về giá, đồng thời chú ý bảo quản nông sản để giữ chất lượng.',
    ],
    img: 'cho-phien',
  },
  {
    c: 'xa-hoi',
    t: 'Triển khai bảo hiểm y tế cho học sinh, sinh viên năm học mới',
    s: 'Học sinh, sinh viên được khuyến khích tham gia bảo hiểm y tế đầy đủ; học sinh dân tộc thiểu số ở xã khó khăn được ngân sách nhà nước đóng toàn bộ.',
    p: [
      'Các trường phối hợp với cơ quan bảo hiểm xã hội lập danh sách, thu phí và cấp thẻ điện tử. Thẻ bảo hiểm y tế có thể dùng trên ứng dụng định danh điện tử khi đi khám chữa bệnh.',
      'Bảo hiểm xã hội tỉnh đề nghị phụ huynh kiểm tra thông tin trên thẻ của con, phát hiện sai sót thì báo ngay cho nhà trường để điều chỉnh.',
    ],
    img: 'y-te',
  },
  {
    c: 'thoi-su',
    t: 'Công bố đường dây nóng tiếp nhận phản ánh về thủ tục hành chính',
    s: 'Người dân, doanh nghiệp gặp khó khăn, bị gây phiền hà khi làm thủ tục có thể phản ánh qua đường dây nóng, ứng dụng Lào Cai số hoặc hòm thư điện tử của tỉnh.',
    p: [
      'Mỗi phản ánh được cấp mã theo dõi, chuyển đến cơ quan có thẩm quyền và phải được trả lời trong thời hạn quy định. Người phản ánh có thể đánh giá câu trả lời, nếu chưa hài lòng thì đề nghị xem xét lại.',
      'Thông tin cá nhân của người phản ánh được giữ bí mật. UBND tỉnh nghiêm cấm mọi hành vi trù dập, gây khó khăn cho người đã phản ánh.',
    ],
    img: 'mot-cua',
  },
  {
    c: 'du-lich',
    t: 'Ban hành bộ quy tắc ứng xử văn minh du lịch',
    s: 'Bộ quy tắc hướng dẫn du khách, người dân và doanh nghiệp ứng xử lịch sự, bảo vệ môi trường và tôn trọng phong tục của đồng bào các dân tộc.',
    p: [
      'Du khách được đề nghị hỏi ý kiến trước khi chụp ảnh người dân, không cho kẹo hay tiền trẻ em để tránh hình thành thói quen xin quà, không xả rác và không khắc, vẽ lên di tích, cây cổ thụ.',
      'Doanh nghiệp du lịch phải niêm yết giá, không chèo kéo, ép giá khách. Các xã có điểm du lịch thành lập tổ giám sát để nhắc nhở, xử lý những trường hợp vi phạm.',
    ],
    img: 'ruong-bac-thang',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Tăng cường bảo đảm an toàn thông tin cho hệ thống của các cơ quan nhà nước',
    s: 'Các cơ quan, đơn vị được yêu cầu rà soát lỗ hổng, cập nhật phần mềm, sao lưu dữ liệu định kỳ và tập huấn cho cán bộ nhận biết thư điện tử lừa đảo.',
    p: [
      'Trung tâm giám sát an toàn thông tin của tỉnh theo dõi liên tục các hệ thống dùng chung, phát hiện và cảnh báo sớm những truy cập bất thường. Các đơn vị phải báo cáo ngay khi có sự cố.',
      'Cán bộ, công chức không được dùng thư điện tử cá nhân để gửi văn bản công vụ, không cài phần mềm không rõ nguồn gốc trên máy tính cơ quan.',
    ],
    img: 'chuyen-doi-so',
  },
  {
    c: 'xa-hoi',
    t: 'Hỗ trợ người dân bị ảnh hưởng bởi thiên tai ổn định cuộc sống',
    s: 'Các hộ có nhà bị sập, hư hỏng nặng do sạt lở, lũ quét được hỗ trợ kinh phí làm nhà mới, di dời đến nơi ở an toàn.',
    p: [
      'UBND các xã rà soát, lập danh sách hộ bị thiệt hại, niêm yết công khai tại nhà văn hóa thôn trước khi trình hỗ trợ. Các khu tái định cư được quy hoạch ở vị trí an toàn, có đường, điện, nước sạch.',
      'Ngoài hỗ trợ của Nhà nước, nhiều tổ chức, cá nhân đã đóng góp gạo, chăn màn, đồ dùng học tập cho các gia đình bị ảnh hưởng.',
    ],
    img: 'ban-lang',
  },
  {
    c: 'kinh-te',
    t: 'Đăng ký hộ kinh doanh trực tuyến: nhanh, gọn, không mất phí đi lại',
    s: 'Người dân muốn mở cửa hàng, homestay có thể đăng ký hộ kinh doanh trực tuyến và nhận giấy chứng nhận điện tử sau ba ngày làm việc.',
    p: [
      'Hồ sơ gồm giấy đề nghị đăng ký và bản sao hợp đồng thuê địa điểm nếu không phải nhà của mình. Thông tin căn cước được hệ thống tự kiểm tra với cơ sở dữ liệu dân cư, không cần nộp bản sao.',
      'Sau khi được cấp giấy chứng nhận, hộ kinh doanh được hướng dẫn kê khai thuế điện tử và sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.',
    ],
    img: 'mot-cua',
  },
  {
    c: 'thoi-su',
    t: 'Chuẩn bị phương án ứng phó rét đậm, rét hại cho người và vật nuôi',
    s: 'Các xã vùng cao được yêu cầu hướng dẫn người dân che chắn chuồng trại, dự trữ thức ăn cho gia súc và bảo đảm trẻ em, người già được giữ ấm.',
    p: [
      'Khi nhiệt độ trung bình xuống dưới mười ba độ C, các trường mầm non, tiểu học được chủ động cho học sinh nghỉ học. Không thả rông gia súc trên núi cao trong những ngày rét đậm.',
      'Người dân không đốt than, sưởi bếp trong phòng kín để tránh ngộ độc khí. Trạm y tế các xã bố trí trực, sẵn sàng cấp cứu người bị nhiễm lạnh.',
    ],
    img: 'nui-fansipan',
  },
  {
    c: 'giao-duc',
    t: 'Phổ cập bơi an toàn cho học sinh tiểu học',
    s: 'Chương trình dạy bơi miễn phí được triển khai tại các bể bơi di động đặt ở trường học, giúp học sinh biết kỹ năng phòng chống đuối nước.',
    p: [
      'Mỗi khóa học kéo dài hai tuần, học sinh được dạy cách nổi, thở dưới nước và xử lý khi gặp nguy hiểm. Huấn luyện viên là giáo viên thể dục đã qua lớp tập huấn của ngành văn hóa, thể thao.',
      'Phụ huynh được khuyến cáo không để trẻ tắm suối, ao hồ một mình, nhất là sau những trận mưa lớn khi nước dâng nhanh.',
    ],
    img: 'lop-hoc',
  },
  {
    c: 'van-hoa',
    t: 'Xếp hạng thêm các di tích lịch sử – văn hóa cấp tỉnh',
    s: 'Một số đình, đền và địa điểm gắn với lịch sử cách mạng ở các xã Văn Chấn, Trấn Yên, Bảo Thắng được xếp hạng di tích cấp tỉnh.',
    p: [
      'Việc xếp hạng là cơ sở để bảo vệ, tu bổ di tích theo đúng quy định, ngăn chặn tình trạng lấn chiếm, xây dựng trái phép trong khu vực bảo vệ.',
      'UBND các xã có di tích được giao thành lập ban quản lý, phối hợp với cộng đồng giữ gìn cảnh quan và tổ chức lễ hội truyền thống theo hướng văn minh, tiết kiệm.',
    ],
    img: 'le-hoi',
  },
];
