/** Dates, money and rates as the console shows them: Vietnamese, Vietnam time whatever the computer's zone. */

const ZONE = 'Asia/Ho_Chi_Minh';
const dateTime = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
const dateOnly = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });

/** `18/03/2027 09:30` */
export function formatDateTime(iso: string): string {
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** `18/03/2027` */
export const formatDate = (iso: string): string => dateOnly.format(new Date(iso));

/** `18/03` of a `2027-03-18` day key (the week's Monday in the figures). */
export const formatDayKey = (key: string): string => `${key.slice(8, 10)}/${key.slice(5, 7)}`;

/** `1.250.000 đ` */
export const formatVnd = (amount: number): string => `${new Intl.NumberFormat('vi-VN').format(amount)} đ`;

export const formatNumber = (n: number): string => new Intl.NumberFormat('vi-VN').format(n);

/** `87,5%`, or a dash when there is nothing to divide. */
export const formatRate = (rate: number | null): string =>
  rate === null ? '—' : `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(rate * 100)}%`;

/** Hours as a person says them: `5 giờ`, `2,5 ngày`. */
export function formatHours(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 24) return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(Math.max(1, hours))} giờ`;
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(hours / 24)} ngày`;
}

/** What the desk reads about a deadline: overdue by, due today, or working days left. */
export function deadlineText(d: { overdue: boolean; workingDaysLeft: number | null; final: boolean; status: number }): { text: string; tone: 'danger' | 'warn' | 'ok' | 'muted' } {
  if (d.final) return { text: 'Đã kết thúc', tone: 'muted' };
  if (d.status === 5 || d.status === 6) return { text: 'Chờ công dân', tone: 'muted' };
  if (d.workingDaysLeft === null) return { text: d.status === 9 ? 'Chờ trả kết quả' : '', tone: 'muted' };
  if (d.overdue) return { text: d.workingDaysLeft === 0 ? 'Quá hạn hôm nay' : `Quá hạn ${Math.abs(d.workingDaysLeft)} ngày làm việc`, tone: 'danger' };
  if (d.workingDaysLeft === 0) return { text: 'Hạn hôm nay', tone: 'warn' };
  if (d.workingDaysLeft === 1) return { text: 'Còn 1 ngày làm việc', tone: 'warn' };
  return { text: `Còn ${d.workingDaysLeft} ngày làm việc`, tone: 'ok' };
}

/** `1 250 000` typed as the person likes → 1250000, or null. */
export function parseAmount(text: string): number | null {
  const digits = text.replace(/[\s.,đ₫dD]/g, '');
  if (!/^\d{1,12}$/.test(digits)) return null;
  const n = Number(digits);
  return n > 0 ? n : null;
}
