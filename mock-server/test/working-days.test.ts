import { describe, expect, it } from 'vitest';
import { toVnIso } from '../src/contract/vn-time.js';
import {
  addWorkingDays,
  daysOffIn,
  dueDateAfterPause,
  dueDateFor,
  effectiveReceiptDay,
  isWorkingDay,
  subtractWorkingDays,
  workingDaysLeft,
} from '../src/services/working-days.js';

const at = (iso: string) => Date.parse(iso);
const due = (received: string, days: number) => toVnIso(dueDateFor(at(received), days));
const off = (year: number) => [...daysOffIn(year).keys()].sort();

describe('public holidays', () => {
  it('2025: as the Government arranged them', () => {
    expect(off(2025)).toEqual([
      '2025-01-01',
      '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', // Tết Ất Tỵ
      '2025-04-07', // Giỗ Tổ (10/3 âm lịch)
      '2025-04-30', '2025-05-01', '2025-05-02', // 2/5 swapped for Saturday 26/4
      '2025-09-01', '2025-09-02',
    ]);
    expect(isWorkingDay('2025-04-26')).toBe(true); // the Saturday worked instead
  });

  it('2026: Giỗ Tổ on a Sunday gives Monday 27/4 off', () => {
    expect(off(2026)).toEqual([
      '2026-01-01',
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', // Tết Bính Ngọ, mùng 1 = 17/2
      '2026-04-27', // substitute for Sunday 26/4
      '2026-04-30', '2026-05-01',
      '2026-09-01', '2026-09-02',
    ]);
    expect(daysOffIn(2026).get('2026-04-27')?.kind).toBe('substitute');
  });

  it('2027: Tết starting on a Saturday pushes two days into the next week; 1/5 on a Saturday gives Monday 3/5', () => {
    expect(off(2027)).toEqual([
      '2027-01-01',
      '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
      '2027-04-16',
      '2027-04-30', '2027-05-03',
      '2027-09-02', '2027-09-03',
    ]);
  });

  it('2028: 1/1 and 2/9 on Saturdays, 30/4 on a Sunday next to 1/5 on the Monday', () => {
    expect(off(2028)).toEqual([
      '2028-01-03',
      '2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-31',
      '2028-04-04',
      '2028-05-01', '2028-05-02',
      '2028-09-01', '2028-09-04',
    ]);
  });

  it('outside the table still knows the solar holidays', () => {
    expect(isWorkingDay('2030-04-30')).toBe(false);
    expect(isWorkingDay('2030-05-01')).toBe(false);
    expect(isWorkingDay('2030-05-02')).toBe(true);
  });

  it('weekends are never working days unless swapped', () => {
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29')).toBe(false); // Sunday
    expect(isWorkingDay('2026-11-27')).toBe(true); // Friday
  });
});

describe('due dates in working days', () => {
  it('counts from the next working day and ends at 17:00', () => {
    // Monday 10:00, 3 working days → Thursday.
    expect(due('2026-11-23T10:00:00+07:00', 3)).toBe('2026-11-26T17:00:00+07:00');
    // Friday 10:00, 1 working day → Monday.
    expect(due('2026-11-27T10:00:00+07:00', 1)).toBe('2026-11-30T17:00:00+07:00');
  });

  it('takes a dossier sent after 17:00 or at the weekend as received on the next working day', () => {
    expect(effectiveReceiptDay(at('2026-11-27T17:30:00+07:00'))).toBe('2026-11-30');
    expect(effectiveReceiptDay(at('2026-11-28T09:00:00+07:00'))).toBe('2026-11-30');
    expect(due('2026-11-28T09:00:00+07:00', 3)).toBe('2026-12-03T17:00:00+07:00');
    expect(due('2026-11-27T16:59:00+07:00', 3)).toBe('2026-12-02T17:00:00+07:00');
  });

  it('skips Tết', () => {
    // Friday 13/2/2026, 3 working days: 16–20/2 is Tết, 21–22 the weekend → 23, 24, 25/2.
    expect(due('2026-02-13T09:00:00+07:00', 3)).toBe('2026-02-25T17:00:00+07:00');
  });

  it('skips 30/4–1/5 and the substitute day for Giỗ Tổ', () => {
    // Friday 24/4/2026, 5 days: 27/4 off (Giỗ Tổ substitute), 28, 29, 30/4 & 1/5 off, weekend → 28, 29/4, 4, 5, 6/5.
    expect(due('2026-04-24T09:00:00+07:00', 5)).toBe('2026-05-06T17:00:00+07:00');
  });

  it('skips Quốc khánh and the year end into the new year', () => {
    expect(due('2026-08-31T09:00:00+07:00', 2)).toBe('2026-09-04T17:00:00+07:00');
    // Thursday 31/12/2026, 2 days: 1/1/2027 off, weekend → Monday 4/1, Tuesday 5/1.
    expect(due('2026-12-31T09:00:00+07:00', 2)).toBe('2027-01-05T17:00:00+07:00');
  });

  it('gives back the working days a dossier waited for the citizen to pay', () => {
    const due = at('2026-02-13T17:00:00+07:00');
    // Paid the same day: nothing to give back.
    expect(dueDateAfterPause(due, at('2026-02-11T10:00:00+07:00'), at('2026-02-11T15:00:00+07:00'))).toBe(due);
    // Waited 12, 13, 23 and 24 February (Tết in between): four working days later, still at 17:00.
    expect(toVnIso(dueDateAfterPause(due, at('2026-02-11T10:00:00+07:00'), at('2026-02-24T09:00:00+07:00')))).toBe('2026-02-26T17:00:00+07:00');
  });

  it('adds working days and counts what is left', () => {
    expect(addWorkingDays('2026-11-27', 0)).toBe('2026-11-27');
    expect(addWorkingDays('2026-11-27', 5)).toBe('2026-12-04');
    expect(workingDaysLeft(at('2026-11-27T09:00:00+07:00'), at('2026-11-30T17:00:00+07:00'))).toBe(1);
    expect(workingDaysLeft(at('2026-11-27T09:00:00+07:00'), at('2026-11-27T17:00:00+07:00'))).toBe(0);
    expect(workingDaysLeft(at('2026-11-30T09:00:00+07:00'), at('2026-11-26T17:00:00+07:00'))).toBe(-2);
  });

  it('counts working days back over weekends and holidays, and undoes adding them', () => {
    expect(subtractWorkingDays('2026-12-06', 0)).toBe('2026-12-06'); // a Sunday stays itself
    expect(subtractWorkingDays('2026-12-07', 1)).toBe('2026-12-04'); // Monday → Friday
    expect(subtractWorkingDays('2026-12-06', 1)).toBe('2026-12-04'); // Sunday → Friday
    // Over Tết Bính Ngọ (off 16–20 February 2026): the Friday before it.
    expect(subtractWorkingDays('2026-02-23', 1)).toBe('2026-02-13');
    for (const day of ['2026-01-02', '2026-02-13', '2026-04-29', '2026-09-03', '2027-02-04', '2027-12-31']) {
      for (const n of [1, 5, 22]) expect(subtractWorkingDays(addWorkingDays(day, n), n), `${day} ± ${n}`).toBe(day);
    }
  });
});
