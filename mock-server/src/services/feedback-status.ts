/**
 * The life of a feedback report (phản ánh), as plain rules: which status may follow which, who may
 * make the change, how our richer statuses map onto Open311's open|closed, the reopen window, and
 * the distance used by the nearby-duplicate search.
 */

export const FEEDBACK_STATUSES = ['received', 'assigned', 'processing', 'answered', 'closed', 'rejected', 'duplicate'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const feedbackStatusLabel: Record<FeedbackStatus, string> = {
  received: 'Đã tiếp nhận',
  assigned: 'Đã chuyển cơ quan xử lý',
  processing: 'Đang xử lý',
  answered: 'Đã có trả lời',
  closed: 'Đã hoàn thành',
  rejected: 'Không xử lý',
  duplicate: 'Trùng phản ánh khác',
};

/** What happened, for the timeline: every status change and the owner's rating. */
export type FeedbackEventKind =
  | 'created'
  | 'assigned'
  | 'processing'
  | 'answered'
  | 'closed'
  | 'rejected'
  | 'duplicate'
  | 'reopened'
  | 'rated';

/** Officer actions and the status each one leads to. */
export type OfficerAction = 'assign' | 'process' | 'answer' | 'close' | 'reject' | 'duplicate';
export const officerActionTarget: Record<OfficerAction, FeedbackStatus> = {
  assign: 'assigned',
  process: 'processing',
  answer: 'answered',
  close: 'closed',
  reject: 'rejected',
  duplicate: 'duplicate',
};

/**
 * Allowed changes. A report still being handled can be (re)assigned, handled, answered, rejected
 * or found to repeat another one. An answer can be closed, or reopened into processing (by its
 * owner within the window, or by an officer). Rejected and duplicate reports are final.
 */
const NEXT: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  received: ['assigned', 'processing', 'answered', 'rejected', 'duplicate'],
  assigned: ['assigned', 'processing', 'answered', 'rejected', 'duplicate'],
  processing: ['assigned', 'answered', 'rejected', 'duplicate'],
  answered: ['processing', 'closed'],
  closed: ['processing'],
  rejected: [],
  duplicate: [],
};

export function canChangeStatus(from: FeedbackStatus, to: FeedbackStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextStatuses(from: FeedbackStatus): readonly FeedbackStatus[] {
  return NEXT[from];
}

/** Open311 knows two states: still being dealt with (open) or done with, one way or another (closed). */
export function open311Status(status: FeedbackStatus): 'open' | 'closed' {
  return status === 'received' || status === 'assigned' || status === 'processing' ? 'open' : 'closed';
}

/** Our statuses behind each Open311 state, for its `status` filter. */
export function statusesFor(state: 'open' | 'closed'): FeedbackStatus[] {
  return FEEDBACK_STATUSES.filter((s) => open311Status(s) === state);
}

export const REOPEN_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** The owner may reopen an answered (or closed after an answer) report within 7 days of the answer. */
export function canReopen(status: FeedbackStatus, answeredAt: number | null, now: number): boolean {
  if (status !== 'answered' && status !== 'closed') return false;
  if (answeredAt === null) return false;
  return now - answeredAt <= REOPEN_WINDOW_MS;
}

export function reopenDeadline(answeredAt: number | null): number | null {
  return answeredAt === null ? null : answeredAt + REOPEN_WINDOW_MS;
}

/** The owner rates each answer once: after an answer, and not again until a new answer comes. */
export function canRate(status: FeedbackStatus, answerRound: number, ratedRound: number | null): boolean {
  if (status !== 'answered' && status !== 'closed') return false;
  if (answerRound < 1) return false;
  return ratedRound === null || ratedRound < answerRound;
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine): exact enough for the duplicate hint. */
export function distanceMeters(a: { lat: number; long: number }, b: { lat: number; long: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLong = rad(b.long - a.long);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLong / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A latitude/longitude box that surely contains every point within `meters` of the centre:
 * the cheap index-friendly filter before the exact distance.
 */
export function boundingBox(centre: { lat: number; long: number }, meters: number) {
  const dLat = (meters / EARTH_RADIUS_M) * (180 / Math.PI);
  const cos = Math.max(Math.cos(rad(centre.lat)), 1e-6);
  const dLong = dLat / cos;
  return { minLat: centre.lat - dLat, maxLat: centre.lat + dLat, minLong: centre.long - dLong, maxLong: centre.long + dLong };
}

/**
 * Reports this close count as "nearby". Distances are measured to the public position, which for
 * an anonymous report is rounded to 3 decimals (up to about 80 m off): a report sent from 50 m
 * away is still within 150 m of its public position, so no true duplicate is missed.
 */
export const NEARBY_RADIUS_M = 150;
export const NEARBY_WINDOW_MS = 30 * 24 * 3600 * 1000;

/** Nearby reports worth pointing at before sending: not rejected, not themselves duplicates. */
export function countsForNearby(status: FeedbackStatus): boolean {
  return status !== 'rejected' && status !== 'duplicate';
}

/**
 * What the public sees of a reporter who chose not to stay anonymous: the family and middle names
 * and the initial of the given name ("Nguyễn Thị Mai" → "Nguyễn Thị M."), the way Vietnamese
 * news writes about ordinary people. Never the full name, never a phone or an id.
 */
export function publicReporterName(fullName: string | null | undefined): string | null {
  const words = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (words.length === 1) return `${[...words[0]][0].toUpperCase()}.`;
  const last = words[words.length - 1];
  return `${words.slice(0, -1).join(' ')} ${[...last][0].toUpperCase()}.`;
}
