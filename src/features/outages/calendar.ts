import { openOutside, showToast } from '@/shared/zalo';
import { calendarUrl } from './api';

/**
 * "Thêm vào lịch": hands the iCalendar file to the phone. Inside Zalo it goes out of the mini app
 * (openOutApp) to the system, which offers to add it to the calendar: Zalo's own webview would
 * only show the file's text. In a browser it downloads.
 */
export async function addToCalendar(p: { id?: string; branch?: string; commune?: string }): Promise<void> {
  const outcome = await openOutside(calendarUrl(p), p.id ? `lich-cat-dien-${p.id}.ics` : 'lich-cat-dien.ics');
  if (outcome === 'downloaded') await showToast('Đã tải tệp lịch. Mở tệp để thêm vào ứng dụng Lịch của máy.');
}
