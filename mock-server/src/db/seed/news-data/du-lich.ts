import type { ArticleSeed } from './types.js';

/** Du lịch Lào Cai: tourism news and travel guides. */
export const duLich: ArticleSeed[] = [
  {
    c: 'du-lich',
    t: 'Gợi ý hành trình ba ngày khám phá Sa Pa – Y Tý',
    s: 'Một lịch trình vừa sức cho gia đình: ngày đầu dạo Sa Pa, ngày thứ hai đi bộ qua Mường Hoa, ngày cuối ngắm biển mây ở Y Tý.',
    p: [
      'Ngày thứ nhất, du khách có thể đi dạo quanh nhà thờ đá, hồ trung tâm, ghé bản Cát Cát để xem thác nước và nhà truyền thống của người Mông. Buổi tối nên thử lẩu cá hồi và đồ nướng ở khu chợ đêm.',
      'Ngày thứ hai dành cho cung đi bộ Lao Chải – Tả Van, ăn trưa tại homestay và nghỉ đêm ở bản. Ngày thứ ba đi xe theo cung đường Bát Xát lên Y Tý, dừng ở các điểm ngắm ruộng bậc thang, chiều quay về phường Lào Cai.',
      '## Lưu ý khi đi',
      'Đường lên Y Tý nhiều khúc cua, nên đi ban ngày và kiểm tra phương tiện trước khi xuất phát. Thời tiết vùng cao thay đổi nhanh, hãy mang theo áo mưa, áo ấm và xem dự báo trên ứng dụng Lào Cai số.',
    ],
    img: 'nui-fansipan',
  },
  {
    c: 'du-lich',
    t: 'Bản Cát Cát: làng nghề trong thung lũng dưới chân Sa Pa',
    s: 'Cách trung tâm phường Sa Pa chưa đầy ba cây số, bản Cát Cát giữ được nhiều nét sinh hoạt truyền thống của người Mông với nghề dệt lanh, rèn và chạm bạc.',
    p: [
      'Con đường bậc đá dẫn xuống bản đi qua những ngôi nhà gỗ, guồng nước quay đều bên suối. Du khách có thể xem phụ nữ Mông se lanh, vẽ sáp ong lên vải và nhuộm chàm.',
      'Cuối bản là thác Tiên Sa và cây cầu treo bắc qua suối, nơi thường diễn ra các tiết mục múa khèn, hát dân ca phục vụ khách tham quan.',
    ],
    img: 'ruong-bac-thang',
  },
  {
    c: 'du-lich',
    t: 'Chinh phục đèo Ô Quy Hồ, một trong tứ đại đỉnh đèo miền Bắc',
    s: 'Cung đèo dài gần năm mươi cây số nối Lào Cai với Lai Châu có nhiều điểm dừng chân ngắm hoàng hôn và biển mây tuyệt đẹp.',
    p: [
      'Đỉnh đèo nằm ở cổng trời, độ cao gần hai nghìn mét. Khi trời quang, du khách có thể nhìn thấy dãy Hoàng Liên Sơn trùng điệp và những con đường ngoằn ngoèo như sợi chỉ dưới thung lũng.',
      'Người đi xe máy cần kiểm tra phanh, đi số thấp khi xuống dốc. Các điểm dừng chân có hàng quán bán ngô nướng, trứng nướng và nước nóng cho du khách.',
    ],
    img: 'giao-thong',
  },
  {
    c: 'du-lich',
    t: 'Ruộng bậc thang Mù Cang Chải – di sản của những bàn tay người Mông',
    s: 'Những thửa ruộng uốn lượn theo sườn núi ở xã Mù Cang Chải, La Pán Tẩn, Chế Cu Nha là kết quả lao động của nhiều thế hệ đồng bào Mông.',
    p: [
      'Người Mông khai phá ruộng bậc thang bằng sức người, dẫn nước từ khe suối về từng thửa. Danh thắng ruộng bậc thang Mù Cang Chải đã được xếp hạng di tích quốc gia đặc biệt.',
      'Đồi Mâm Xôi ở La Pán Tẩn là điểm chụp ảnh nổi tiếng nhất. Du khách nên đi theo lối mòn có sẵn, không giẫm lên bờ ruộng để tránh làm sạt, vỡ bờ.',
      'Các homestay ở trung tâm xã có thể giới thiệu người dẫn đường địa phương, giúp du khách tìm được những góc ngắm đẹp mà ít người biết.',
    ],
    img: 'ruong-bac-thang',
  },
  {
    c: 'du-lich',
    t: 'Dù lượn trên đỉnh Khau Phạ: cảm giác bay giữa núi rừng',
    s: 'Khau Phạ là một trong những điểm bay dù lượn đẹp nhất Việt Nam, du khách có thể bay đôi cùng phi công có kinh nghiệm.',
    p: [
      'Từ đỉnh đèo, dù cất cánh và lượn trên thung lũng Cao Phạ, Tú Lệ trong khoảng mười lăm đến hai mươi phút trước khi hạ cánh xuống cánh đồng phía dưới.',
      'Các câu lạc bộ dù lượn yêu cầu du khách ký cam kết, mặc đồ bảo hộ và chỉ bay khi điều kiện gió an toàn. Giá một chuyến bay đôi được niêm yết công khai tại điểm bay.',
    ],
    img: 'nui-fansipan',
  },
  {
    c: 'du-lich',
    t: 'Tắm lá thuốc của người Dao đỏ – liệu pháp thư giãn sau chuyến đi bộ',
    s: 'Nhiều homestay ở Tả Phìn, Bản Hồ phục vụ tắm lá thuốc theo bài thuốc gia truyền của người Dao đỏ.',
    p: [
      'Nước tắm được đun từ hàng chục loại lá cây rừng, đựng trong bồn gỗ pơ mu. Sau khi ngâm khoảng hai mươi phút, du khách cảm thấy cơ thể nhẹ nhõm, bớt đau mỏi sau ngày dài leo núi.',
      'Người có bệnh tim mạch, huyết áp cao hoặc phụ nữ mang thai nên hỏi ý kiến trước khi tắm. Không tắm khi vừa ăn no hoặc đã uống rượu.',
    ],
    img: 'rung-que',
  },
  {
    c: 'van-hoa',
    t: 'Dinh thự Hoàng A Tưởng – công trình kiến trúc độc đáo ở Bắc Hà',
    s: 'Dinh thự được xây dựng đầu thế kỷ hai mươi, kết hợp kiến trúc phương Tây với những chi tiết trang trí phương Đông.',
    p: [
      'Công trình có hai tầng, bao quanh là tường rào cao, bên trong có sân rộng và nhiều phòng ốc. Dinh thự hiện là điểm tham quan thu hút du khách mỗi khi đến chợ phiên Bắc Hà.',
      'Tại đây thường tổ chức biểu diễn văn nghệ dân tộc và trưng bày hiện vật về lịch sử, văn hóa vùng cao nguyên trắng.',
    ],
    img: 'le-hoi',
  },
  {
    c: 'du-lich',
    t: 'Suối khoáng nóng Trạm Tấu: ngâm mình giữa núi rừng',
    s: 'Bể tắm khoáng nóng tự nhiên ở xã Trạm Tấu là điểm dừng chân thư giãn cho du khách trên cung đường chinh phục Tà Xùa.',
    p: [
      'Nguồn nước khoáng chảy ra từ khe đá, luôn ấm quanh năm. Người dân địa phương xây bể đơn giản, giữ nguyên cảnh quan xung quanh.',
      'Bên cạnh suối khoáng, du khách có thể thưởng thức các món ăn của người Mông như mèn mén, thắng dền và rượu ngô.',
    ],
    img: 'ho-thac-ba',
  },
  {
    c: 'du-lich',
    t: 'Kinh nghiệm leo Fansipan bằng đường bộ qua Trạm Tôn',
    s: 'Tuyến leo qua Trạm Tôn thường mất hai ngày một đêm, đòi hỏi sức khỏe tốt và sự chuẩn bị kỹ lưỡng.',
    p: [
      'Du khách bắt đầu từ cổng Trạm Tôn, đi qua rừng trúc, rừng đỗ quyên và nghỉ đêm tại lán ở độ cao khoảng hai nghìn tám trăm mét. Sáng hôm sau tiếp tục leo lên đỉnh để đón bình minh.',
      'Cần đăng ký với ban quản lý vườn quốc gia, thuê người dẫn đường được cấp phép và mang theo đồ giữ nhiệt, đèn pin, thuốc cá nhân. Không leo một mình và không đi khi có cảnh báo mưa lớn.',
    ],
    img: 'nui-fansipan',
  },
  {
    c: 'du-lich',
    t: 'Hoa tam giác mạch nở trắng hồng các sườn đồi Si Ma Cai',
    s: 'Những cánh đồng tam giác mạch ven đường và quanh thôn bản ở Si Ma Cai, Bắc Hà đang thu hút nhiều du khách đến chụp ảnh.',
    p: [
      'Hoa tam giác mạch khi mới nở có màu trắng, sau chuyển hồng rồi tím đỏ. Người dân trồng xen trên nương ngô sau thu hoạch, vừa để làm cảnh vừa làm bánh.',
      'Một số vườn hoa thu phí tham quan nhỏ để duy trì việc trồng. Du khách nên hỏi chủ vườn trước khi vào chụp ảnh và không hái hoa.',
    ],
    img: 'ruong-bac-thang',
  },
  {
    c: 'du-lich',
    t: 'Nghĩa Lộ: thưởng thức xôi ngũ sắc và xem xòe Thái',
    s: 'Cánh đồng Mường Lò rộng lớn, bản Thái yên bình và ẩm thực phong phú là lý do để du khách dừng chân ở phường Nghĩa Lộ.',
    p: [
      'Xôi ngũ sắc của người Thái được nhuộm từ lá cây rừng, mỗi màu một ý nghĩa. Buổi tối, nhiều bản như bản Lìm, bản Sà tổ chức biểu diễn xòe, du khách có thể tham gia múa cùng.',
      'Các cơ sở lưu trú là nhà sàn truyền thống, có không gian sinh hoạt chung rộng, thích hợp cho đoàn khách gia đình và học sinh đi trải nghiệm.',
    ],
    img: 'le-hoi',
  },
  {
    c: 'du-lich',
    t: 'Khu du lịch sinh thái Hang Dơi ở Mường Khương',
    s: 'Hang Dơi với những khối thạch nhũ kỳ ảo nằm giữa núi rừng Mường Khương là điểm tham quan mới được nhiều người tìm đến.',
    p: [
      'Đường vào hang đã được làm bậc đá, lắp đèn chiếu sáng. Bên trong có nhiều ngách lớn, nhiệt độ mát quanh năm.',
      'Gần hang có các vườn chè, vườn quýt của người dân; du khách có thể kết hợp tham quan và mua nông sản địa phương.',
    ],
    img: 'nui-fansipan',
  },
  {
    c: 'du-lich',
    t: 'Tour trải nghiệm làm nông dân một ngày ở Bảo Yên',
    s: 'Du khách được cấy lúa, bắt cá ruộng, nấu cơm lam cùng người Tày ở xã Nghĩa Đô, một sản phẩm du lịch cộng đồng được đánh giá cao.',
    p: [
      'Chương trình phù hợp với các gia đình có trẻ nhỏ muốn con được trải nghiệm cuộc sống nông thôn. Buổi chiều, du khách học dệt thổ cẩm và nghe hát then bên bếp lửa.',
      'Tổ du lịch cộng đồng của thôn phân công các hộ đón khách luân phiên, bảo đảm thu nhập được chia đều cho bà con.',
    ],
    img: 'ruong-bac-thang',
  },
  {
    c: 'du-lich',
    t: 'Đi chợ phiên Cán Cấu – chợ vùng cao còn nguyên nét hoang sơ',
    s: 'Họp vào thứ bảy hằng tuần ở xã Si Ma Cai, chợ Cán Cấu nổi tiếng với khu mua bán trâu, ngựa và những sạp thắng cố bốc khói.',
    p: [
      'Chợ nằm trên một sườn đồi, người dân từ các thôn và cả bên kia biên giới đến trao đổi hàng hóa. Phụ nữ Mông mặc váy xòe sặc sỡ, mang theo gà, lợn, rau, vải vóc ra bán.',
      'Du khách nên đến từ sáng sớm để xem không khí chợ đông nhất, mặc trang phục gọn gàng và giữ gìn tư trang khi đi giữa đám đông.',
    ],
    img: 'cho-phien',
  },
  {
    c: 'du-lich',
    t: 'Lưu trú tại nhà trình tường của người Hà Nhì ở Y Tý',
    s: 'Những ngôi nhà tường đất dày, mái cỏ tranh của người Hà Nhì được cải tạo thành homestay ấm áp cho du khách.',
    p: [
      'Nhà trình tường có tường dày gần nửa mét, ấm về mùa lạnh và mát về mùa nóng. Chủ nhà giữ nguyên kết cấu, chỉ bổ sung phòng tắm và chăn đệm sạch sẽ.',
      'Buổi tối, khách được mời quây quần bên bếp lửa, nghe người già kể chuyện về lễ hội Gạ Ma Thú và thưởng thức rượu thóc.',
    ],
    img: 'ban-lang',
  },
  {
    c: 'du-lich',
    t: 'Thác Bạc – dòng thác trắng xóa bên đường lên Ô Quy Hồ',
    s: 'Cách trung tâm phường Sa Pa khoảng mười hai cây số, Thác Bạc là điểm dừng chân quen thuộc của du khách trên cung đường đèo Ô Quy Hồ.',
    p: [
      'Dòng thác đổ từ độ cao hơn hai trăm mét xuống, tung bọt trắng như những sợi bạc giữa vách núi. Du khách đi theo lối bậc đá lên các điểm ngắm, cảm nhận hơi nước mát lạnh phả vào mặt.',
      'Dưới chân thác có khu chợ nhỏ bán đặc sản như mận, đào, hạt dẻ và trứng nướng. Những ngày mưa, bậc đá trơn, du khách nên đi giày đế bám, không leo qua lan can để chụp ảnh gần dòng nước.',
    ],
    img: 'nui-fansipan',
  },
  {
    c: 'du-lich',
    t: 'Lễ hội đền Thượng – nét đẹp tâm linh bên bờ sông Hồng',
    s: 'Đền Thượng ở phường Lào Cai thờ Đức Thánh Trần, hằng năm thu hút đông đảo người dân và du khách đến dâng hương.',
    p: [
      'Lễ hội gồm phần lễ trang nghiêm với rước kiệu, dâng hương và phần hội với các trò chơi dân gian, biểu diễn văn nghệ. Ban quản lý di tích bố trí khu vực hóa vàng, gửi xe miễn phí.',
      'Người dân, du khách được đề nghị ăn mặc lịch sự, không đặt tiền lẻ lên tượng, ban thờ và không mua bán ấn.',
    ],
    img: 'le-hoi',
  },
  {
    c: 'du-lich',
    t: 'Cẩm nang chọn tour du lịch Lào Cai uy tín',
    s: 'Du khách nên đặt tour với doanh nghiệp có giấy phép lữ hành, hợp đồng rõ ràng và số điện thoại liên hệ được công khai.',
    p: [
      'Trước khi đặt, hãy kiểm tra lịch trình chi tiết từng ngày, các khoản đã bao gồm và chưa bao gồm trong giá. Tour giá quá rẻ so với thị trường thường cắt giảm dịch vụ hoặc phát sinh phụ phí.',
      'Danh sách tour và doanh nghiệp lữ hành được giới thiệu trên ứng dụng Lào Cai số, mục Du lịch, kèm giá tham khảo bằng đồng và số điện thoại của nhà cung cấp.',
    ],
    img: 'chuyen-doi-so',
  },
  {
    c: 'van-hoa',
    t: 'Lễ hội Gầu Tào của người Mông: cầu phúc, cầu may cho bản làng',
    s: 'Lễ hội được tổ chức trên bãi đất rộng, có cây nêu cắm giữa, với các trò chơi ném pao, đánh quay, múa khèn.',
    p: [
      'Gầu Tào là dịp người Mông cầu sức khỏe, cầu con cháu và mùa màng bội thu. Thanh niên nam nữ mặc trang phục đẹp nhất đến hội, nhiều đôi nên duyên từ những trò chơi ném pao.',
      'Nhiều xã đã đưa lễ hội vào lịch sự kiện du lịch, giữ đúng nghi lễ truyền thống và giới thiệu ý nghĩa của lễ hội cho du khách.',
    ],
    img: 'le-hoi',
  },
  {
    c: 'du-lich',
    t: 'Đạp xe quanh hồ Thác Bà – hành trình nhẹ nhàng cho ngày cuối tuần',
    s: 'Cung đường ven hồ Thác Bà qua các thôn người Dao, người Tày thích hợp cho những người yêu xe đạp muốn ngắm cảnh và hít thở không khí trong lành.',
    p: [
      'Quãng đường khoảng ba mươi cây số, độ dốc vừa phải, có thể hoàn thành trong một buổi. Dọc đường có nhiều điểm dừng nghỉ với nước mía, bánh gio và cá nướng.',
      'Nên đi vào sáng sớm hoặc chiều muộn, đội mũ bảo hiểm và mang theo nước uống. Một số cơ sở lưu trú ven hồ cho thuê xe đạp theo giờ.',
    ],
    img: 'ho-thac-ba',
  },
  {
    c: 'du-lich',
    t: 'Săn mây trên cung đường Trạm Tấu – Tà Xùa: những điều cần biết',
    s: 'Cung đường từ xã Trạm Tấu sang Tà Xùa là thiên đường mây của dân du lịch, đặc biệt vào những buổi sáng trời quang sau mưa.',
    p: [
      'Điểm ngắm mây đẹp nhất là sống lưng khủng long và mỏm đá trên đỉnh núi. Đường lên dốc, hẹp, nhiều đoạn đất đá, du khách nên thuê xe ôm địa phương có kinh nghiệm.',
      'Không đứng quá sát mép vực khi chụp ảnh, nhất là khi gió mạnh. Mang theo áo gió, giày có độ bám tốt và đèn đội đầu nếu xuất phát trước bình minh.',
    ],
    img: 'nui-fansipan',
  },
  {
    c: 'du-lich',
    t: 'Ẩm thực Mù Cang Chải: cơm lam, gà đồi và rượu táo mèo',
    s: 'Đến Mù Cang Chải, du khách đừng bỏ lỡ những món ăn mộc mạc mà đậm đà hương vị núi rừng.',
    p: [
      'Cơm lam nướng trong ống nứa non có vị dẻo thơm, ăn cùng muối vừng. Gà đồi thả vườn thịt săn chắc, thường được luộc hoặc nướng mật ong.',
      'Táo mèo ngâm rượu hay làm mứt là món quà được nhiều người mua về làm quà. Du khách nên mua ở cửa hàng có nhãn mác, nguồn gốc rõ ràng.',
    ],
    img: 'cho-phien',
  },
  {
    c: 'du-lich',
    t: 'Thăm cột cờ Lũng Pô – nơi sông Hồng chảy vào đất Việt',
    s: 'Cột cờ Lũng Pô ở xã A Mú Sung đánh dấu điểm đầu tiên sông Hồng chảy vào lãnh thổ Việt Nam, là điểm đến giàu ý nghĩa.',
    p: [
      'Cột cờ cao hơn ba mươi mốt mét, gợi nhắc độ cao 3.143 mét của đỉnh Fansipan; lá cờ trên đỉnh rộng hai mươi lăm mét vuông, tượng trưng cho hai mươi lăm dân tộc anh em của Lào Cai. Từ chân cột cờ, du khách có thể ngắm ngã ba sông, nơi suối Lũng Pô đổ vào sông Hồng.',
      'Khu vực cột cờ có nhà trưng bày giới thiệu về lịch sử biên giới và đời sống đồng bào các dân tộc vùng biên. Du khách lưu ý tuân thủ quy định ở khu vực biên giới.',
    ],
    img: 'bien-gioi',
  },
  {
    c: 'du-lich',
    t: 'Về Tú Lệ thưởng thức nếp thơm và cốm mới',
    s: 'Thung lũng Tú Lệ nổi tiếng với gạo nếp thơm dẻo, cốm xanh và những cánh đồng lúa vàng trải dài dưới chân đèo Khau Phạ.',
    p: [
      'Người Thái ở Tú Lệ làm cốm theo cách truyền thống: gặt lúa nếp non, rang trên chảo gang rồi giã bằng cối gỗ. Cốm Tú Lệ có màu xanh nhạt, hạt dẹt, mùi thơm dịu.',
      'Du khách có thể ghé các hộ làm cốm để xem và thử giã cốm, sau đó ngâm chân suối khoáng nóng ngay trong thung lũng.',
    ],
    img: 'ruong-bac-thang',
  },
  {
    c: 'du-lich',
    t: 'Vườn quốc gia Hoàng Liên mở lại các tuyến tham quan sinh thái',
    s: 'Ban quản lý vườn quốc gia công bố các tuyến tham quan được phép, kèm quy định về bảo vệ môi trường và an toàn cho du khách.',
    p: [
      'Các tuyến đi qua rừng nguyên sinh, thác nước và những loài cây quý như pơ mu, đỗ quyên cổ thụ. Mỗi đoàn đều phải có hướng dẫn viên của vườn hoặc người dẫn đường được cấp phép.',
      'Du khách không được đốt lửa, săn bắt, hái cây, mang rác ra khỏi rừng. Vi phạm sẽ bị xử phạt theo quy định về bảo vệ và phát triển rừng.',
    ],
    img: 'rung-que',
  },
  {
    c: 'du-lich',
    t: 'Trải nghiệm tàu hỏa lên Lào Cai: chậm mà thú vị',
    s: 'Chuyến tàu đêm từ Hà Nội lên ga Lào Cai vẫn là lựa chọn quen thuộc của nhiều du khách thích cảm giác lắc lư trên đường ray.',
    p: [
      'Các toa giường nằm được cải tạo sạch sẽ, có điều hòa, khăn chăn mới. Du khách ngủ một giấc là đến nơi, sáng sớm đi xe lên Sa Pa hoặc Bắc Hà.',
      'Nên đặt vé sớm vào dịp cuối tuần và ngày lễ. Từ ga, có nhiều xe buýt và xe trung chuyển đi các điểm du lịch trong tỉnh.',
    ],
    img: 'giao-thong',
  },
];
