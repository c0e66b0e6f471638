import type { ArticleSeed } from './types.js';

/** One Touch: news from the province's online-learning platform. */
export const oneTouch: ArticleSeed[] = [
  {
    c: 'giao-duc',
    t: 'One Touch mở khóa ôn tập Toán lớp 9 miễn phí cho học sinh toàn tỉnh',
    s: 'Khóa học gồm các bài giảng ngắn, bài tập tự luyện có chấm điểm tự động và buổi hỏi đáp trực tuyến với giáo viên vào tối thứ năm hằng tuần.',
    p: [
      'Mỗi bài giảng dài khoảng mười lăm phút, tập trung vào một dạng toán thường gặp như phương trình bậc hai, hệ phương trình, hình học đường tròn. Học sinh có thể xem lại nhiều lần và tải về để học khi không có mạng.',
      'Sau mỗi chủ đề, hệ thống đưa ra bài kiểm tra ngắn và gợi ý những phần cần ôn lại dựa trên kết quả làm bài. Giáo viên chủ nhiệm theo dõi được tiến độ của cả lớp để kèm cặp những em còn chậm.',
      'Học sinh đăng nhập bằng tài khoản do nhà trường cấp. Phụ huynh chưa nhận được tài khoản cho con có thể liên hệ giáo viên chủ nhiệm.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Khóa học "Kỹ năng số cho mọi người" đã có hơn mười nghìn lượt tham gia',
    s: 'Khóa học trên nền tảng One Touch hướng dẫn người dân dùng điện thoại an toàn, làm thủ tục trực tuyến và nhận biết tin giả, lừa đảo.',
    p: [
      'Nội dung chia thành các bài ngắn như cài đặt ứng dụng định danh điện tử, thanh toán bằng mã QR, tạo mật khẩu mạnh và bảo vệ thông tin cá nhân trên mạng xã hội. Mỗi bài có video minh họa bằng giọng đọc dễ nghe.',
      'Học viên hoàn thành khóa học được cấp chứng nhận điện tử. Nhiều tổ công nghệ số cộng đồng đã dùng khóa học này để hướng dẫn lại cho bà con trong thôn.',
    ],
    q: ['Tôi sáu mươi hai tuổi, học xong giờ tự chuyển tiền cho con đi học được rồi, không phải nhờ ai.', 'Bà Phạm Thị Lan, phường Yên Bái'],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'giao-duc',
    t: 'Lịch học trực tuyến môn Tiếng Anh cho học sinh trung học cơ sở',
    s: 'One Touch công bố lịch các buổi học trực tuyến môn Tiếng Anh theo chủ đề, do giáo viên cốt cán của tỉnh giảng dạy.',
    p: [
      'Các buổi học diễn ra vào tối thứ ba và thứ sáu, mỗi buổi bốn mươi lăm phút. Chủ đề xoay quanh giao tiếp hằng ngày, giới thiệu quê hương và du lịch, giúp học sinh tự tin nói chuyện với du khách nước ngoài.',
      'Học sinh ở vùng sóng yếu có thể xem lại bản ghi vào hôm sau. Bài tập về nhà được nộp trực tiếp trên nền tảng và được giáo viên nhận xét từng bài.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'giao-duc',
    t: 'Giáo viên vùng cao chia sẻ bài giảng điện tử lên kho học liệu chung',
    s: 'Hơn một nghìn bài giảng điện tử của giáo viên các trường trong tỉnh đã được kiểm duyệt và đưa lên kho học liệu của One Touch.',
    p: [
      'Mỗi bài giảng được tổ chuyên môn thẩm định nội dung, chỉnh sửa lỗi trình bày trước khi công khai. Giáo viên ở các trường nhỏ, thiếu đồng nghiệp cùng môn có thêm nguồn tham khảo để chuẩn bị bài.',
      'Nhiều bài giảng lồng ghép hình ảnh, câu chuyện của địa phương như ruộng bậc thang, chợ phiên, lễ hội, giúp học sinh thấy bài học gần gũi hơn.',
    ],
    img: 'lop-hoc',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Hướng dẫn cài đặt One Touch trên điện thoại và máy tính',
    s: 'Người học có thể dùng One Touch trên trình duyệt, ứng dụng điện thoại hoặc mở trực tiếp từ mục Tin tức của ứng dụng Lào Cai số.',
    p: [
      'Trên điện thoại, người học tải ứng dụng từ kho ứng dụng chính thức, đăng nhập bằng tài khoản được cấp hoặc đăng ký bằng số điện thoại. Trên máy tính, chỉ cần mở trình duyệt và đăng nhập như bình thường.',
      'Nền tảng có chế độ tiết kiệm dữ liệu, tự giảm chất lượng video khi mạng chậm. Người học nên kết nối wifi khi tải bài giảng về máy để xem ngoại tuyến.',
      '## Khi quên mật khẩu',
      'Bấm "Quên mật khẩu" ở màn hình đăng nhập, nhập số điện thoại để nhận mã xác thực. Học sinh có thể nhờ giáo viên chủ nhiệm đặt lại mật khẩu.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'giao-duc',
    t: 'Cuộc thi "Em yêu lịch sử quê hương" trực tuyến thu hút hàng nghìn học sinh',
    s: 'Học sinh trả lời câu hỏi trắc nghiệm về lịch sử, địa lý và văn hóa tỉnh Lào Cai trên nền tảng One Touch, mỗi tuần một vòng thi.',
    p: [
      'Câu hỏi được xây dựng từ tư liệu của bảo tàng tỉnh và các di tích lịch sử trong tỉnh. Sau mỗi vòng, đáp án có giải thích chi tiết để học sinh học thêm.',
      'Những học sinh có điểm cao nhất được mời tham gia vòng chung kết trực tiếp và chuyến tham quan thực tế các di tích.',
    ],
    img: 'lop-hoc',
  },
  {
    c: 'chuyen-doi-so',
    t: 'One Touch bổ sung phụ đề tiếng Mông, tiếng Dao cho các bài học kỹ năng sống',
    s: 'Nhiều bài học về chăm sóc sức khỏe, nuôi dạy con và phòng chống tảo hôn đã có phụ đề tiếng dân tộc để bà con vùng cao dễ theo dõi.',
    p: [
      'Các bản dịch do giáo viên, cán bộ người dân tộc thực hiện và được người có uy tín trong cộng đồng đọc duyệt. Người học chọn ngôn ngữ phụ đề ngay trong trình phát video.',
      'Nền tảng sẽ tiếp tục bổ sung phụ đề cho các bài học về kỹ thuật trồng trọt, chăn nuôi và kiến thức pháp luật cơ bản.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'giao-duc',
    t: 'Bồi dưỡng giáo viên dạy học theo chương trình mới qua hình thức trực tuyến',
    s: 'Giáo viên các cấp học hoàn thành các mô-đun bồi dưỡng thường xuyên trên One Touch thay vì phải tập trung về trung tâm tỉnh.',
    p: [
      'Mỗi mô-đun gồm video bài giảng, tài liệu đọc và bài tập thực hành thiết kế kế hoạch bài dạy. Giáo viên nộp sản phẩm để giảng viên cốt cán chấm và phản hồi.',
      'Hình thức trực tuyến giúp tiết kiệm chi phí đi lại, đặc biệt với giáo viên ở các xã xa như Y Tý, Trạm Tấu, Púng Luông. Thời gian học linh hoạt, không ảnh hưởng đến giờ lên lớp.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'giao-duc',
    t: 'Ngân hàng đề kiểm tra trực tuyến giúp học sinh tự luyện',
    s: 'Học sinh từ lớp sáu đến lớp mười hai có thể tự chọn môn, chọn mức độ và làm đề kiểm tra có chấm điểm ngay trên One Touch.',
    p: [
      'Đề được trộn ngẫu nhiên từ ngân hàng câu hỏi do giáo viên trong tỉnh biên soạn, bám sát chương trình. Sau khi nộp bài, học sinh xem lời giải từng câu và thống kê những phần còn yếu.',
      'Nhiều trường đã dùng ngân hàng đề để tổ chức kiểm tra mười lăm phút ngay trên lớp, giảm thời gian chấm bài của giáo viên.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Lớp học trực tuyến về bán hàng qua mạng cho hợp tác xã',
    s: 'Chuỗi bài học hướng dẫn các hợp tác xã chụp ảnh sản phẩm, viết mô tả, mở gian hàng trên sàn thương mại điện tử và chăm sóc khách hàng.',
    p: [
      'Giảng viên là những người đã bán hàng đặc sản vùng cao thành công trên mạng. Họ chia sẻ kinh nghiệm đóng gói để nông sản không dập nát, chọn đơn vị vận chuyển và xử lý khi khách đổi trả.',
      'Học viên được thực hành ngay trên gian hàng của mình, nhận góp ý trực tiếp trong các buổi học trực tuyến.',
    ],
    img: 'hop-tac-xa',
  },
  {
    c: 'giao-duc',
    t: 'Học sinh lớp mười hai ôn thi tốt nghiệp với chuỗi bài giảng trực tuyến',
    s: 'One Touch mở chuyên mục ôn thi tốt nghiệp trung học phổ thông với các môn Toán, Ngữ văn, Tiếng Anh và các môn tự chọn.',
    p: [
      'Bài giảng được xây dựng theo cấu trúc đề tham khảo, có phần chữa đề chi tiết và mẹo phân bổ thời gian làm bài. Học sinh đặt câu hỏi trong diễn đàn của từng môn, giáo viên trả lời trong ngày.',
      'Nhà trường khuyến khích học sinh lập nhóm học tập, cùng làm đề và thảo luận trực tuyến vào buổi tối.',
    ],
    img: 'lop-hoc',
  },
  {
    c: 'xa-hoi',
    t: 'Bài học trực tuyến về phòng chống đuối nước cho trẻ em',
    s: 'Video hoạt hình hướng dẫn trẻ em nhận biết nơi nguy hiểm, cách kêu cứu và không tự ý xuống nước cứu bạn.',
    p: [
      'Bài học được thiết kế ngắn gọn, có câu hỏi tương tác sau mỗi đoạn để trẻ ghi nhớ. Phụ huynh được khuyến khích xem cùng con và trò chuyện về những điểm nước nguy hiểm gần nhà.',
      'Các trường tiểu học đã đưa bài học vào tiết sinh hoạt lớp, kết hợp với chương trình dạy bơi an toàn của ngành giáo dục.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'chuyen-doi-so',
    t: 'One Touch được tích hợp đăng nhập bằng tài khoản định danh điện tử',
    s: 'Người học có thể đăng nhập One Touch bằng tài khoản định danh điện tử, không cần nhớ thêm mật khẩu riêng.',
    p: [
      'Tính năng đăng nhập một lần giúp giảm tình trạng quên mật khẩu, đặc biệt với người lớn tuổi. Thông tin họ tên được lấy tự động, chứng nhận hoàn thành khóa học ghi đúng danh tính người học.',
      'Nền tảng chỉ nhận những thông tin cần thiết, không lưu số căn cước hay dữ liệu sinh trắc học của người dùng.',
    ],
    img: 'chuyen-doi-so',
  },
  {
    c: 'giao-duc',
    t: 'Tiếng Việt cho trẻ mầm non người dân tộc thiểu số qua bài học video',
    s: 'Bộ video với bài hát, câu chuyện và trò chơi giúp trẻ mầm non người dân tộc làm quen với tiếng Việt trước khi vào lớp một.',
    p: [
      'Mỗi video có nhân vật hoạt hình mặc trang phục các dân tộc trong tỉnh, nói song ngữ. Giáo viên mầm non dùng video trong giờ học, phụ huynh có thể mở cho con xem ở nhà.',
      'Sau một thời gian, nhiều giáo viên nhận thấy trẻ mạnh dạn hơn, hiểu lời cô nhanh hơn và thích đến lớp hơn.',
    ],
    img: 'lop-hoc',
  },
  {
    c: 'giao-duc',
    t: 'Khóa học hướng dẫn viên du lịch cộng đồng trên One Touch',
    s: 'Người dân làm du lịch ở Sa Pa, Bắc Hà, Mù Cang Chải có thể học kỹ năng đón khách, giới thiệu văn hóa và sơ cứu cơ bản qua khóa học trực tuyến.',
    p: [
      'Khóa học do các hướng dẫn viên giàu kinh nghiệm và giảng viên trường cao đẳng của tỉnh biên soạn. Các bài học có tình huống thực tế như khách bị say độ cao, gặp mưa lớn giữa đường hay khách muốn mặc cả giá.',
      'Học viên hoàn thành khóa học được ưu tiên giới thiệu cho các doanh nghiệp lữ hành có nhu cầu tuyển người dẫn đường địa phương.',
    ],
    img: 'ruong-bac-thang',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Thống kê học tập: học viên One Touch học nhiều nhất vào buổi tối',
    s: 'Số liệu của nền tảng cho thấy phần lớn người học truy cập từ tám đến mười giờ tối, chủ yếu bằng điện thoại.',
    p: [
      'Học sinh vùng cao thường học sau bữa tối, khi đã xong việc nhà. Người lớn học các khóa kỹ năng số vào cuối tuần. Hơn tám mươi phần trăm lượt truy cập đến từ điện thoại di động.',
      'Dựa trên số liệu, nhóm phát triển tối ưu giao diện trên điện thoại, rút ngắn thời lượng video và bổ sung chế độ nghe âm thanh cho những nơi mạng yếu.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'giao-duc',
    t: 'Phụ huynh học cách đồng hành cùng con trong học tập trực tuyến',
    s: 'Chuyên đề dành cho phụ huynh hướng dẫn cách sắp xếp góc học tập, quản lý thời gian dùng điện thoại và trò chuyện với con về bài học.',
    p: [
      'Các chuyên gia tâm lý giáo dục khuyên phụ huynh đặt giờ học cố định, để điện thoại ngoài phòng ngủ vào buổi tối và hỏi con học được gì thay vì chỉ hỏi điểm.',
      'Chuyên đề cũng hướng dẫn cài đặt chế độ kiểm soát của phụ huynh trên điện thoại, giúp trẻ tránh xa nội dung không phù hợp.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'xa-hoi',
    t: 'Khóa học kiến thức pháp luật cơ bản cho người dân',
    s: 'Bài học trực tuyến giải thích những quy định thường gặp về đất đai, hôn nhân gia đình, thừa kế và quyền lợi của người lao động.',
    p: [
      'Nội dung do cán bộ tư pháp và luật sư biên soạn, trình bày bằng ngôn ngữ đơn giản, có tình huống minh họa gần với đời sống ở thôn bản.',
      'Người học có thể gửi câu hỏi, các câu hỏi được chọn lọc để giải đáp định kỳ trong chuyên mục hỏi đáp pháp luật của nền tảng.',
    ],
    img: 'hoi-nghi',
  },
  {
    c: 'giao-duc',
    t: 'Lớp học lập trình cơ bản cho học sinh trung học',
    s: 'Học sinh được làm quen với lập trình kéo thả, viết những trò chơi nhỏ và điều khiển robot mô phỏng ngay trên trình duyệt.',
    p: [
      'Khóa học có mười hai bài, mỗi bài kết thúc bằng một sản phẩm nhỏ học sinh có thể chia sẻ với bạn bè. Bài cuối là dự án tự chọn như bản đồ du lịch quê em hay trò chơi đố vui về các dân tộc.',
      'Giáo viên tin học các trường được mời tham gia làm trợ giảng, hỗ trợ học sinh của trường mình khi gặp khó.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Nâng cấp máy chủ, One Touch chạy ổn định hơn vào giờ cao điểm',
    s: 'Sau khi nâng cấp hạ tầng, thời gian tải bài giảng giảm rõ rệt, nền tảng đáp ứng được nhiều nghìn người học cùng lúc.',
    p: [
      'Trước đây, vào buổi tối, một số học sinh phản ánh video bị giật, bài kiểm tra tải chậm. Nhóm kỹ thuật đã chuyển nền tảng lên hạ tầng điện toán đám mây của tỉnh và tối ưu cách lưu trữ video.',
      'Người dùng gặp lỗi có thể gửi phản hồi ngay trong ứng dụng, kèm ảnh chụp màn hình để nhóm kỹ thuật xử lý nhanh.',
    ],
    img: 'chuyen-doi-so',
  },
  {
    c: 'giao-duc',
    t: 'Học sinh xã Púng Luông tiến bộ nhờ học thêm trên One Touch',
    s: 'Nhà trường kết hợp giờ học trên lớp với bài tập trực tuyến, giúp học sinh người Mông cải thiện rõ điểm môn Toán và Tiếng Việt.',
    p: [
      'Nhà trường bố trí phòng máy mở cửa buổi chiều để học sinh không có điện thoại ở nhà vẫn làm được bài. Giáo viên theo dõi kết quả và gọi riêng những em chưa hoàn thành bài để hướng dẫn.',
      'Sau một học kỳ, số học sinh đạt điểm khá môn Toán tăng lên đáng kể. Nhiều em còn tự tìm thêm bài học về khoa học, địa lý trên nền tảng.',
    ],
    q: ['Trước em sợ môn Toán lắm. Giờ làm bài trên máy sai thì xem lời giải, làm lại đến khi đúng thì thôi.', 'Một học sinh lớp tám'],
    img: 'lop-hoc',
  },
  {
    c: 'chuyen-doi-so',
    t: 'Cán bộ xã học kỹ năng số qua các khóa ngắn hạn trên One Touch',
    s: 'Công chức cấp xã được bồi dưỡng về xử lý văn bản điện tử, ký số, khai thác cơ sở dữ liệu và hỗ trợ người dân dùng dịch vụ công.',
    p: [
      'Sau khi sắp xếp chính quyền hai cấp, khối lượng công việc ở xã tăng lên, yêu cầu mỗi công chức phải thành thạo các phần mềm dùng chung. Các khóa học ngắn giúp cán bộ học vào thời gian rảnh mà không phải nghỉ việc đi tập huấn.',
      'Kết quả học tập được dùng làm một tiêu chí khi đánh giá cán bộ cuối năm.',
    ],
    img: 'hoi-nghi',
  },
  {
    c: 'giao-duc',
    t: 'Giáo dục giới tính an toàn cho học sinh qua các bài học trực tuyến',
    s: 'Bài học được thiết kế theo lứa tuổi, giúp học sinh hiểu về cơ thể, biết cách tự bảo vệ và tìm kiếm sự giúp đỡ khi cần.',
    p: [
      'Nội dung do chuyên gia y tế và giáo viên tâm lý học đường biên soạn, được sở giáo dục thẩm định. Các tình huống được lựa chọn phù hợp với văn hóa địa phương, tránh gây ngại ngùng.',
      'Học sinh có thể đặt câu hỏi ẩn danh. Những câu hỏi phổ biến được trả lời công khai để nhiều bạn cùng biết.',
    ],
    img: 'hoc-truc-tuyen',
  },
  {
    c: 'xa-hoi',
    t: 'Khóa học chăm sóc người cao tuổi tại nhà',
    s: 'Chuỗi bài học hướng dẫn người chăm sóc cách đo huyết áp, phòng té ngã, dinh dưỡng và nhận biết dấu hiệu đột quỵ ở người cao tuổi.',
    p: [
      'Bài học do bác sĩ và điều dưỡng của bệnh viện tuyến tỉnh thực hiện, có video thực hành cụ thể. Người học có thể tải tài liệu tóm tắt để dán trong nhà.',
      'Khóa học phù hợp với các gia đình có người già, hội viên hội người cao tuổi và tình nguyện viên chăm sóc sức khỏe ở thôn.',
    ],
    img: 'y-te',
  },
  {
    c: 'giao-duc',
    t: 'Trao chứng nhận cho học viên hoàn thành khóa học nghề trực tuyến',
    s: 'Những học viên đầu tiên hoàn thành các khóa học nghề kết hợp trực tuyến và thực hành đã nhận chứng nhận, nhiều người có việc làm ngay.',
    p: [
      'Các nghề được đào tạo gồm sửa chữa điện thoại, pha chế đồ uống, chế biến món ăn và chăm sóc cây ăn quả. Phần lý thuyết học trên One Touch, phần thực hành học tại cơ sở đào tạo gần nơi ở.',
      'Nhiều học viên đã mở cửa hàng nhỏ tại trung tâm xã hoặc được các homestay, nhà hàng tuyển dụng.',
    ],
    img: 'lop-hoc',
  },
];
