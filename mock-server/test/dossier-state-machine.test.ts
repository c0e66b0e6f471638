import { describe, expect, it } from 'vitest';
import {
  ALL_STATUSES,
  TRANSITIONS,
  allowedNext,
  checkTransition,
  type Actor,
  type DossierStatus,
} from '../src/services/dossier-state-machine.js';

/** The whole table, written out by hand from the issue and DESIGN.md §6: [from, to, actor]. */
const ALLOWED: [DossierStatus, DossierStatus, Actor][] = [
  [1, 2, 'officer'], // tiếp nhận
  [1, 3, 'officer'], // từ chối tiếp nhận
  [2, 4, 'officer'], // chuyển xử lý
  [4, 5, 'officer'], // yêu cầu bổ sung
  [4, 6, 'officer'], // yêu cầu nghĩa vụ tài chính
  [4, 8, 'officer'], // dừng xử lý
  [4, 9, 'officer'], // xử lý xong
  [5, 4, 'citizen'], // công dân bổ sung
  [5, 8, 'officer'], // dừng vì không bổ sung
  [6, 4, 'officer'], // đã nộp phí tại bộ phận Một cửa
  [6, 4, 'citizen'], // đã nộp phí trong ứng dụng (callback của Zalo Checkout)
  [6, 8, 'officer'], // dừng vì không nộp phí
  [9, 10, 'officer'], // trả kết quả
  [1, 7, 'citizen'],
  [2, 7, 'citizen'],
  [4, 7, 'citizen'],
  [5, 7, 'citizen'],
  [6, 7, 'citizen'], // rút hồ sơ khi chưa kết thúc
];

const isAllowed = (from: DossierStatus, to: DossierStatus, actor: Actor) =>
  ALLOWED.some(([f, t, a]) => f === from && t === to && a === actor);

describe('dossier state machine', () => {
  it('has exactly the transitions of the table', () => {
    expect(TRANSITIONS.map((t) => [t.from, t.to, t.actor]).sort()).toEqual([...ALLOWED].sort());
  });

  // Every pair of statuses, for both actors: 10 × 10 × 2 = 200 cases.
  for (const from of ALL_STATUSES) {
    for (const to of ALL_STATUSES) {
      for (const actor of ['officer', 'citizen'] as const) {
        const expected = isAllowed(from, to, actor);
        it(`${actor} ${from} → ${to} is ${expected ? 'allowed' : 'refused'}`, () => {
          const r = checkTransition(from, to, actor);
          expect(r.ok).toBe(expected);
          if (!r.ok) {
            expect(r.message.length).toBeGreaterThan(10);
            expect(r.message).toMatch(/[ạ-ỹàáâãèéêìíòóôõùúýăđ]/i);
          }
        });
      }
    }
  }

  it('explains why a refused move is refused', () => {
    expect(checkTransition(10, 4, 'officer')).toMatchObject({ ok: false, message: expect.stringContaining('đã kết thúc') });
    expect(checkTransition(5, 4, 'officer')).toMatchObject({ ok: false, message: expect.stringContaining('công dân đã bổ sung') });
    expect(checkTransition(4, 7, 'officer')).toMatchObject({ ok: false, message: 'Chỉ người nộp hồ sơ mới được rút hồ sơ.' });
    expect(checkTransition(1, 2, 'citizen')).toMatchObject({ ok: false, message: expect.stringContaining('Chỉ cán bộ') });
    expect(checkTransition(9, 7, 'citizen')).toMatchObject({ ok: false, message: expect.stringContaining('không thể rút') });
    expect(checkTransition(2, 9, 'officer')).toMatchObject({ ok: false, message: expect.stringContaining('“Đang xử lý”') });
    expect(checkTransition(4, 4, 'officer')).toMatchObject({ ok: false, message: expect.stringContaining('rồi') });
  });

  it('lists the next statuses for each side', () => {
    expect(allowedNext(4, 'officer').sort((a, b) => a - b)).toEqual([5, 6, 8, 9]);
    expect(allowedNext(4, 'citizen')).toEqual([7]);
    expect(allowedNext(5, 'citizen').sort((a, b) => a - b)).toEqual([4, 7]);
    for (const s of [3, 7, 8, 10] as const) {
      expect(allowedNext(s, 'officer')).toEqual([]);
      expect(allowedNext(s, 'citizen')).toEqual([]);
    }
  });

  it('asks for a note when refusing, stopping or asking for something, and for the papers when asking for papers', () => {
    const t = (from: number, to: number) => TRANSITIONS.find((x) => x.from === from && x.to === to)!;
    for (const [f, to] of [[1, 3], [4, 5], [4, 6], [4, 8], [5, 8], [6, 8]]) expect(t(f, to).noteRequired).toBe(true);
    expect(t(4, 5).needsMissingDocuments).toBe(true);
    expect(t(1, 2).noteRequired).toBeFalsy();
    expect(t(4, 9).noteRequired).toBeFalsy();
  });
});
