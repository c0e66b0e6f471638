import { Icon } from '@/shared/ui';
import { vietnamDateKey } from '@/shared/format';

/**
 * How a status looks: colour groups a resident reads at a glance. Kept free of the contract's zod
 * schemas so the home widget stays light.
 */
export type StatusTone = 'new' | 'progress' | 'action' | 'done' | 'refused' | 'withdrawn';

export function statusTone(status: number): StatusTone {
  if (status === 1 || status === 2) return 'new';
  if (status === 4) return 'progress';
  if (status === 5 || status === 6) return 'action';
  if (status === 9 || status === 10) return 'done';
  if (status === 7) return 'withdrawn';
  return 'refused';
}

export function StatusBadge({ status, label }: { status: number; label: string }) {
  return <span className={`dsr-status dsr-status--${statusTone(status)}`}>{label}</span>;
}

/** "Quá hạn" or "Sắp đến hạn" while the office holds the dossier. */
export function DeadlineBadge({ overdue, dueSoon }: { overdue: boolean; dueSoon: boolean }) {
  if (overdue) {
    return (
      <span className="lc-badge lc-badge--danger">
        <Icon name="alert" size={14} /> Quá hạn
      </span>
    );
  }
  if (dueSoon) {
    return (
      <span className="lc-badge lc-badge--warn">
        <Icon name="clock" size={14} /> Sắp đến hạn
      </span>
    );
  }
  return null;
}

/**
 * "27/11/2026": the day in Vietnam (UTC+7 all year), without a date library or an Intl formatter
 * (the home widget uses it; building a time-zone formatter costs a slow phone tens of ms).
 */
export function shortDate(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const [y, m, d] = vietnamDateKey(new Date(t)).split('-');
  return `${d}/${m}/${y}`;
}

/** "Xã Y Tý" reads "xã Y Tý" inside an address. */
export const communeInText = (commune: string) => commune.replace(/^Xã /, 'xã ').replace(/^Phường /, 'phường ');

/** An address on one line: "Thôn Lao Chải, xã Y Tý, tỉnh Lào Cai". */
export function addressLine(a: { street: string | null; commune: string; province: string }): string {
  // The review shows the street as typed: spaces at its ends would sit before the comma.
  return [a.street?.trim(), communeInText(a.commune), `tỉnh ${a.province}`].filter(Boolean).join(', ');
}

/** "0912 345 678"; masked or unusual numbers as they are. */
export function formatPhone(phone: string): string {
  return /^0\d{9}$/.test(phone) ? `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}` : phone;
}
