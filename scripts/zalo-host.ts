// `npm run zalo-host`: the production build (www/) as Zalo runs it, for a person with a browser:
// served under /zapps/<APP_ID>/ from app-config.json's lists, an iPhone's safe areas, Zalo's
// ⋯/✕ capsule and status bar drawn over the page, and zmp-sdk answered by the test host's
// stand-in (tests/e2e/zalo-host/). Run `npm run build` and the API server (`npm run server`) first.
import { DEFAULT_ANSWERS, startZaloHost } from '../tests/e2e/zalo-host/server';

const apiUrl = process.env.API_URL ?? 'http://localhost:3001';
const port = Number(process.env.PORT ?? 3100);
const host = await startZaloHost({
  apiUrl,
  port,
  boot: {
    answers: { ...DEFAULT_ANSWERS, user: { ...DEFAULT_ANSWERS.user, id: process.env.ZALO_USER_ID ?? 'zalo-thu-nghiem' }, timeoutMs: 8000 },
    nativeStorage: [],
    nativeStorageLimitBytes: 5 * 1024 * 1024,
    safeArea: { top: 44, bottom: 34 },
    initialTextColor: 'black',
  },
});
console.log(`Lào Cai số trong "Zalo" thử nghiệm: ${host.url('/')}`);
console.log('Mở bằng Chromium ở chế độ điện thoại (DevTools › Toggle device toolbar, 390 × 844), API: ' + apiUrl);
console.log('Đổi câu trả lời của Zalo trong Console, ví dụ: __zaloHost.answers.location = "refuse"');
console.log('Gửi sự kiện: __zaloHost.emit("h5.event.open.mp", { path: "/?qr=place/fansipan" }), "h5.event.paused", "h5.event.resumed"');
console.log('Các lệnh đã gọi: __zaloHost.calls · Native Storage: __zaloHost.nativeStorage.dump()');
