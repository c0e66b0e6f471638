import type { Db } from '../db/connection.js';
import type { Contact, ContactDirectory } from '../contract/contacts.js';
import { OUTAGE_HOTLINE } from '../db/seed/outages.js';
import { officeView, type OfficeRow } from './appointments.js';

const ALL_DAY = 'Cả ngày đêm, kể cả ngày nghỉ';

const entry = (e: Partial<Contact> & Pick<Contact, 'id' | 'name' | 'phone'>): Contact => ({
  detail: null,
  free: false,
  address: null,
  hours: null,
  commune: null,
  ...e,
});

/** The national emergency numbers: free, day and night, from any phone. */
const EMERGENCY: Contact[] = [
  entry({ id: '113', name: 'Công an', detail: 'Tội phạm, gây rối, tai nạn giao thông cần công an đến ngay', phone: '113', free: true, hours: ALL_DAY }),
  entry({ id: '114', name: 'Cứu hỏa, cứu nạn, cứu hộ', detail: 'Cháy, nổ, sạt lở vùi lấp, người mắc kẹt, đuối nước', phone: '114', free: true, hours: ALL_DAY }),
  entry({ id: '115', name: 'Cấp cứu y tế', detail: 'Người bệnh nặng, bị thương cần xe cấp cứu', phone: '115', free: true, hours: ALL_DAY }),
  entry({ id: '112', name: 'Tìm kiếm cứu nạn', detail: 'Lạc đường trên núi, mất liên lạc khi leo Fansipan, lũ quét', phone: '112', free: true, hours: ALL_DAY }),
  entry({ id: '111', name: 'Tổng đài bảo vệ trẻ em', detail: 'Trẻ em bị bạo lực, xâm hại, bỏ rơi', phone: '111', free: true, hours: ALL_DAY }),
];

/**
 * The province's own lines. The public service hotline is the national one; the other numbers
 * are written for this project in the form the province publishes them (0214 and 0216 landlines):
 * replace them with the province's published list.
 */
const PROVINCE: Contact[] = [
  entry({
    id: 'duong-day-nong-ubnd-tinh',
    name: 'Đường dây nóng UBND tỉnh Lào Cai',
    detail: 'Phản ánh nhũng nhiễu, chậm trễ trong giải quyết thủ tục hành chính',
    phone: '0214 3 840 129',
    address: 'Trụ sở Tỉnh ủy – HĐND – UBND tỉnh, đường Trần Hưng Đạo, phường Lào Cai',
    hours: 'Thứ Hai – Thứ Sáu: 7:30 – 11:30, 13:30 – 17:00',
  }),
  entry({
    id: 'tong-dai-dich-vu-cong-quoc-gia',
    name: 'Tổng đài Cổng Dịch vụ công quốc gia',
    detail: 'Hướng dẫn nộp hồ sơ trực tuyến, tài khoản định danh điện tử',
    phone: '1800 1096',
    free: true,
    hours: ALL_DAY,
  }),
  entry({
    id: 'duong-day-nong-du-lich',
    name: 'Đường dây nóng hỗ trợ du khách',
    detail: 'Giá dịch vụ, chèo kéo, mất đồ, cần người hướng dẫn',
    phone: '0214 3 871 975',
    hours: ALL_DAY,
  }),
  entry({
    id: 'duong-day-nong-y-te',
    name: 'Đường dây nóng Sở Y tế',
    detail: 'Thái độ phục vụ, giá dịch vụ ở bệnh viện và trạm y tế',
    phone: '0214 3 820 469',
    hours: ALL_DAY,
  }),
];

/**
 * The whole directory. The service centres come from the appointment offices and the power line
 * from the outage schedule: one source each, so a number changed there changes here.
 */
export function contactDirectory(db: Db): ContactDirectory {
  const offices = (db.prepare('SELECT * FROM appointment_offices ORDER BY sort').all() as OfficeRow[]).map(officeView);
  const centre = (o: (typeof offices)[number]) =>
    entry({
      id: `trung-tam-${o.id}`,
      name: o.name,
      detail: o.kind === 'province' ? 'Nộp, nhận hồ sơ thủ tục của tỉnh; hỏi tình trạng hồ sơ' : 'Nộp, nhận hồ sơ thủ tục của xã, phường; chứng thực, hộ tịch',
      phone: o.phone,
      address: o.address,
      hours: o.hoursText,
      commune: o.commune,
    });
  return {
    groups: [
      { id: 'emergency', title: 'Khẩn cấp', items: EMERGENCY },
      { id: 'province', title: 'Đường dây nóng của tỉnh', items: [...offices.filter((o) => o.kind === 'province').map(centre), ...PROVINCE] },
      {
        id: 'power',
        title: 'Điện lực',
        items: [
          // Every branch of the province answers through EVN NPC's one line (the outage schedule's own number).
          entry({
            id: 'tong-dai-dien-luc',
            name: 'Tổng đài chăm sóc khách hàng điện lực',
            detail: 'Mất điện, sự cố lưới điện, dây điện đứt chạm đất; cho mọi điện lực của Công ty Điện lực Lào Cai và Yên Bái',
            phone: OUTAGE_HOTLINE,
            hours: ALL_DAY,
          }),
        ],
      },
      { id: 'communes', title: 'Trung tâm phục vụ hành chính công xã, phường', items: offices.filter((o) => o.kind === 'commune').map(centre) },
    ],
  };
}
