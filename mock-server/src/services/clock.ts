/**
 * The server's idea of "now", in epoch milliseconds. Every rule that depends on the time of day
 * or the date (statuses, due dates, schedules, the seed) reads it from here, never from
 * `Date.now()`, so tests and demonstrations can run the server at any chosen instant.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/**
 * A clock that starts at `startMs` and runs on at real speed from the moment it is made: the
 * server then behaves as it would have at that instant, timers and all.
 */
export function clockFrom(startMs: number, elapsed: () => number = () => performance.now()): Clock {
  const origin = elapsed();
  return () => startMs + Math.round(elapsed() - origin);
}

/** A clock stopped at `atMs`: every answer of the server is the same at every moment. */
export const frozenClock = (atMs: number): Clock => () => atMs;

/**
 * `CLOCK_START`: an ISO 8601 instant with its offset (`2026-12-03T09:30:00+07:00`). Without an
 * explicit offset a time would be read in the process's zone, which is what this setting exists
 * to avoid.
 */
export function parseClockStart(text: string | undefined): number | null {
  const v = (text ?? '').trim();
  if (v === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw new Error(`CLOCK_START phải là một thời điểm ISO 8601 có múi giờ, ví dụ 2026-12-03T09:30:00+07:00 (đang là "${v}")`);
  }
  return Date.parse(v);
}
