import { isZaloHost, openExternalLink, showToast } from '@/shared/zalo';
import { calendarUrl } from './api';

/**
 * "Thêm vào lịch": hands the iCalendar file to the phone. Inside Zalo it opens in the system
 * browser's viewer (which offers to add it to the calendar); in a browser it downloads.
 */
export async function addToCalendar(p: { id?: string; branch?: string; commune?: string }): Promise<void> {
  const url = new URL(calendarUrl(p), window.location.href).href;
  if (isZaloHost()) {
    await openExternalLink(url);
    return;
  }
  const a = document.createElement('a');
  a.href = url;
  a.download = p.id ? `lich-cat-dien-${p.id}.ics` : 'lich-cat-dien.ics';
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  await showToast('Đã tải tệp lịch. Mở tệp để thêm vào ứng dụng Lịch của máy.');
}
