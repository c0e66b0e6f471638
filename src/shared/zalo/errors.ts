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
    return this.code === -1401 || this.code === -201 || this.code === 'PERMISSION_DENIED';
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
  createOrder: 'việc thanh toán',
};

/** zmp-sdk rejects with plain objects `{ code, message, api }`; this turns them into ZaloError. */
export function toZaloError(e: unknown, api: string): ZaloError {
  if (e instanceof ZaloError) return e;
  const raw = (typeof e === 'object' && e !== null ? e : {}) as { code?: number; message?: string };
  const code = typeof raw.code === 'number' ? raw.code : 'UNKNOWN';
  const what = WHAT[api] ?? 'thao tác này';
  if (code === -1401) {
    return new ZaloError(code, `Bạn đã không cho phép dùng ${what}. Bạn có thể cho phép lại bất cứ lúc nào.`, api);
  }
  if (code === -201) {
    return new ZaloError(code, `Bạn đã từ chối ${what}. Khi cần, hãy bấm thử lại.`, api);
  }
  if (code === -2000) {
    return new ZaloError(code, 'Tính năng này chỉ dùng được khi mở ứng dụng trong Zalo.', api);
  }
  return new ZaloError(code, `Zalo chưa thực hiện được ${what}. Vui lòng thử lại.`, api);
}
