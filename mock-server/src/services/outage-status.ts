/**
 * An outage's status follows the clock: scheduled before it starts, ongoing until the announced
 * end, restored after it; a cancelled outage stays cancelled whatever the time.
 */
export type OutageStatus = 'scheduled' | 'ongoing' | 'restored' | 'cancelled';

export interface OutageTimes {
  start: number;
  end: number;
  cancelledAt: number | null;
}

export function outageStatus(o: OutageTimes, now: number): OutageStatus {
  if (o.cancelledAt !== null) return 'cancelled';
  if (now < o.start) return 'scheduled';
  if (now < o.end) return 'ongoing';
  return 'restored';
}

/** The same rule as SQL, for filtering in the database (`?` is bound to now, twice). */
export const OUTAGE_STATUS_SQL =
  "CASE WHEN o.cancelled_at IS NOT NULL THEN 'cancelled' WHEN ? < o.start_at THEN 'scheduled' WHEN ? < o.end_at THEN 'ongoing' ELSE 'restored' END";
