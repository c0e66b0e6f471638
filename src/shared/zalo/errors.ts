/** A Zalo (or browser) platform call that did not do what the user asked, with words for them. */
export class ZaloError extends Error {
  constructor(
    readonly code: number | string,
    readonly userMessage: string,
    readonly api?: string,
  ) {
    super(userMessage);
    this.name = 'ZaloError';
  }
  /** The user said no (to a permission, to sharing, to following): not a fault, nothing to retry blindly. */
  get refused(): boolean {
    return this.code === -1401 || this.code === -201 || this.code === -2002 || this.code === 'PERMISSION_DENIED';
  }
  /** The user closed Zalo's sheet (camera, album, share) without choosing: not an error to show. */
  get cancelled(): boolean {
    return this.code === -2003;
  }
}

const WHAT: Record<string, string> = {
  getLocation: 'vị trí của bạn',
  authorize: 'tên và ảnh đại diện Zalo',
  getUserInfo: 'tên và ảnh đại diện Zalo',
  chooseImage: 'ảnh trong máy',
  scanQRCode: 'máy ảnh để quét mã',
  followOA: 'việc quan tâm Official Account',
  requestSendNotification: 'việc gửi thông báo',
  openShareSheet: 'việc chia sẻ',
  openOutApp: 'việc mở liên kết ngoài Zalo',
};

/** What the user said no to, in Zalo's consent sheets (-201). */
const REFUSED: Record<string, string> = {
  getLocation: 'chia sẻ vị trí. Bạn vẫn có thể chọn xã, phường trong danh sách',
  authorize: 'chia sẻ tên và ảnh đại diện Zalo',
  getUserInfo: 'chia sẻ tên và ảnh đại diện Zalo',
  followOA: 'quan tâm Official Account',
  requestSendNotification: 'nhận thông báo qua Zalo',
  chooseImage: 'cho dùng ảnh trong máy',
  scanQRCode: 'cho dùng máy ảnh',
};

/**
 * zmp-sdk rejects with plain objects `{ code, message, api }` (codes from its RESPONSE_CODE table:
 * -1401 unauthorized, -201 refused in Zalo's consent sheet, -2002 denied, -2003 cancelled,
 * -1408 timed out, -1404 not supported by this Zalo, -2000 not inside Zalo); this turns them
 * into ZaloError with words a person understands.
 */
export function toZaloError(e: unknown, api: string): ZaloError {
  if (e instanceof ZaloError) return e;
  const raw = (typeof e === 'object' && e !== null ? e : {}) as { code?: number; message?: string };
  const code = typeof raw.code === 'number' ? raw.code : 'UNKNOWN';
  const what = WHAT[api] ?? 'thao tác này';
  switch (code) {
    case -1401:
    case -2002:
      return new ZaloError(code, `Bạn đã không cho phép dùng ${what}. Bạn có thể cho phép lại bất cứ lúc nào.`, api);
    case -201:
      return new ZaloError(code, `Bạn đã từ chối ${REFUSED[api] ?? what}. Khi cần, hãy bấm thử lại.`, api);
    case -2003:
      return new ZaloError(code, 'Bạn đã đóng mà chưa chọn gì.', api);
    case -1408:
      return new ZaloError(code, `Zalo chưa trả lời kịp về ${what}. Vui lòng thử lại.`, api);
    case -1404:
      return new ZaloError(code, 'Phiên bản Zalo trên máy chưa hỗ trợ tính năng này. Hãy cập nhật Zalo rồi thử lại.', api);
    case -2000:
      return new ZaloError(code, 'Tính năng này chỉ dùng được khi mở ứng dụng trong Zalo.', api);
    default:
      return new ZaloError(code, `Zalo chưa thực hiện được ${what}. Vui lòng thử lại.`, api);
  }
}
