/**
 * The life of a dossier, with the national public-service portal's ten statuses:
 *
 *   1 Mới đăng ký ──(officer: tiếp nhận)──▶ 2 Được tiếp nhận ──(officer)──▶ 4 Đang xử lý
 *   1 ──(officer: từ chối)──▶ 3 Không được tiếp nhận                          │
 *   4 ──▶ 5 Yêu cầu bổ sung giấy tờ ──(citizen supplements)──▶ 4              │
 *   4 ──▶ 6 Yêu cầu thực hiện nghĩa vụ tài chính ──(paid in the app, or officer: đã nộp)──▶ 4
 *   4, 5, 6 ──▶ 8 Dừng xử lý          4 ──▶ 9 Đã xử lý xong ──▶ 10 Đã trả kết quả
 *   1, 2, 4, 5, 6 ──(the owner withdraws)──▶ 7 Công dân yêu cầu rút hồ sơ
 *
 * Plain functions so the rules are tested on their own; the routes only call `checkTransition`.
 */

import { DOSSIER_STATUS_LABELS, type DossierStatus } from '../contract/dossiers.js';

export type { DossierStatus };
export type Actor = 'officer' | 'citizen';

export const STATUS_LABELS: Record<DossierStatus, string> = DOSSIER_STATUS_LABELS;

export const ALL_STATUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const satisfies readonly DossierStatus[];

/** Nothing more happens to a dossier in these statuses. */
export const FINAL_STATUSES: readonly DossierStatus[] = [3, 7, 8, 10];
/** The owner may still withdraw: not final and not already done. */
export const WITHDRAWABLE_STATUSES: readonly DossierStatus[] = [1, 2, 4, 5, 6];
/** The office holds the dossier and its clock runs: only these can be overdue. */
export const CLOCK_RUNNING_STATUSES: readonly DossierStatus[] = [1, 2, 4];
/** The dossier waits for the citizen (papers or fees). */
export const WAITING_FOR_CITIZEN: readonly DossierStatus[] = [5, 6];

export interface Transition {
  from: DossierStatus;
  to: DossierStatus;
  actor: Actor;
  /** What the history says was done. */
  action: string;
  /** The note is compulsory (a reason for refusing or stopping, what to pay). */
  noteRequired?: boolean;
  /** The officer must name the missing papers. */
  needsMissingDocuments?: boolean;
  /** Which desk does it: the one-stop reception desk or the department that examines the case. */
  desk: 'reception' | 'department' | 'citizen';
}

export const TRANSITIONS: readonly Transition[] = [
  { from: 1, to: 2, actor: 'officer', action: 'Tiếp nhận hồ sơ', desk: 'reception' },
  { from: 1, to: 3, actor: 'officer', action: 'Từ chối tiếp nhận hồ sơ', noteRequired: true, desk: 'reception' },
  { from: 2, to: 4, actor: 'officer', action: 'Chuyển hồ sơ cho bộ phận chuyên môn xử lý', desk: 'department' },
  { from: 4, to: 5, actor: 'officer', action: 'Yêu cầu bổ sung giấy tờ', noteRequired: true, needsMissingDocuments: true, desk: 'department' },
  { from: 4, to: 6, actor: 'officer', action: 'Yêu cầu thực hiện nghĩa vụ tài chính', noteRequired: true, desk: 'department' },
  { from: 4, to: 8, actor: 'officer', action: 'Dừng xử lý hồ sơ', noteRequired: true, desk: 'department' },
  { from: 4, to: 9, actor: 'officer', action: 'Hoàn thành xử lý, chuyển kết quả về bộ phận trả kết quả', desk: 'department' },
  { from: 5, to: 4, actor: 'citizen', action: 'Công dân bổ sung giấy tờ, hồ sơ tiếp tục được xử lý', desk: 'citizen' },
  { from: 5, to: 8, actor: 'officer', action: 'Dừng xử lý do không bổ sung giấy tờ', noteRequired: true, desk: 'department' },
  { from: 6, to: 4, actor: 'officer', action: 'Xác nhận đã thực hiện nghĩa vụ tài chính, tiếp tục xử lý', desk: 'department' },
  // The resident paid in the app: a verified Checkout callback moves the dossier on.
  { from: 6, to: 4, actor: 'citizen', action: 'Đã thực hiện nghĩa vụ tài chính', desk: 'citizen' },
  { from: 6, to: 8, actor: 'officer', action: 'Dừng xử lý do không thực hiện nghĩa vụ tài chính', noteRequired: true, desk: 'department' },
  { from: 9, to: 10, actor: 'officer', action: 'Trả kết quả cho công dân', desk: 'reception' },
  ...WITHDRAWABLE_STATUSES.map(
    (from): Transition => ({ from, to: 7, actor: 'citizen', action: 'Công dân rút hồ sơ', desk: 'citizen' }),
  ),
];

export const isDossierStatus = (n: number): n is DossierStatus => Number.isInteger(n) && n >= 1 && n <= 10;
export const isFinal = (s: DossierStatus) => FINAL_STATUSES.includes(s);

export type TransitionCheck = { ok: true; transition: Transition } | { ok: false; message: string };

/** Whether `actor` may move a dossier from `from` to `to`; a refusal says why, in plain words. */
export function checkTransition(from: DossierStatus, to: DossierStatus, actor: Actor): TransitionCheck {
  const mine = TRANSITIONS.find((t) => t.from === from && t.to === to && t.actor === actor);
  if (mine) return { ok: true, transition: mine };
  const found = TRANSITIONS.find((t) => t.from === from && t.to === to);
  const here = `Hồ sơ đang ở trạng thái “${STATUS_LABELS[from]}”`;
  if (from === to) return { ok: false, message: `${here} rồi.` };
  if (isFinal(from)) return { ok: false, message: `${here}, đã kết thúc nên không thể chuyển sang “${STATUS_LABELS[to]}”.` };
  if (found) {
    return found.actor === 'citizen'
      ? {
          ok: false,
          message:
            to === 7
              ? 'Chỉ người nộp hồ sơ mới được rút hồ sơ.'
              : `${here}: chỉ chuyển sang “${STATUS_LABELS[to]}” khi công dân đã bổ sung giấy tờ.`,
        }
      : { ok: false, message: `Chỉ cán bộ xử lý mới được chuyển hồ sơ sang “${STATUS_LABELS[to]}”.` };
  }
  if (to === 7) return { ok: false, message: `${here}, không thể rút hồ sơ nữa.` };
  const next = allowedNext(from, actor).map((s) => `“${STATUS_LABELS[s]}”`);
  return {
    ok: false,
    message: next.length
      ? `${here}, không thể chuyển sang “${STATUS_LABELS[to]}”. Có thể chuyển sang: ${next.join(', ')}.`
      : `${here}, không thể chuyển sang “${STATUS_LABELS[to]}”.`,
  };
}

/** Statuses `actor` may move a dossier to from `from`. */
export function allowedNext(from: DossierStatus, actor: Actor): DossierStatus[] {
  return TRANSITIONS.filter((t) => t.from === from && t.actor === actor).map((t) => t.to);
}
