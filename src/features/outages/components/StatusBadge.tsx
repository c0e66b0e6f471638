import type { OutageStatus } from '@contract/outages';
import { STATUS_LABEL } from '../format';

const TONE: Record<OutageStatus, string> = {
  scheduled: 'lc-badge--warn',
  ongoing: 'lc-badge--danger',
  restored: '',
  cancelled: 'oc-badge--muted',
};

export function StatusBadge({ status }: { status: OutageStatus }) {
  return <span className={`lc-badge ${TONE[status]}`}>{STATUS_LABEL[status]}</span>;
}
