import type { FeedbackStatus } from '@contract/feedback';

/** Badge colour of a status: amber while in hand, green once answered, red when refused. */
export function statusTone(status: FeedbackStatus): string {
  switch (status) {
    case 'received':
    case 'assigned':
    case 'processing':
      return 'lc-badge lc-badge--warn';
    case 'rejected':
      return 'lc-badge lc-badge--danger';
    case 'duplicate':
      return 'lc-badge fb-badge--muted';
    default:
      return 'lc-badge';
  }
}

/**
 * What the public will see of a reporter who turns anonymity off: family and middle names and the
 * initial of the given name ("Nguyễn Thị Mai" → "Nguyễn Thị M."), exactly as the server shortens it.
 */
export function shortPublicName(fullName: string | null | undefined): string | null {
  const words = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const last = words[words.length - 1];
  const initial = `${[...last][0].toUpperCase()}.`;
  return words.length === 1 ? initial : `${words.slice(0, -1).join(' ')} ${initial}`;
}

export function formatDistance(meters: number): string {
  return meters < 1 ? 'ngay tại đây' : `cách ${meters} m`;
}

/** Marker colour of a status on the map, by the list's status groups (amber in hand, green answered, grey set aside). */
export function statusColor(status: FeedbackStatus): string {
  switch (status) {
    case 'received':
    case 'assigned':
    case 'processing':
      return '#b45309';
    case 'answered':
    case 'closed':
      return '#1b6b45';
    default:
      return '#6b7280';
  }
}
