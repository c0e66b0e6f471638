import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { officerStats, weekStartOf } from '../src/services/officer-stats.js';
import { AGENCIES, agencyWithDescendants, codeFromName, findAgencyByCode, findAgencyByName, resolveAgency } from '../src/services/agencies.js';
import { hashPassword, verifyPassword } from '../src/services/passwords.js';

const at = (iso: string) => Date.parse(iso);

describe('weeks', () => {
  it('start on Monday 00:00 in Vietnam, whatever the instant', () => {
    // Thursday 18 March 2027, 09:30 → Monday 15 March.
    expect(weekStartOf(at('2027-03-18T09:30:00+07:00'))).toBe(at('2027-03-15T00:00:00+07:00'));
    // Monday 00:30 in Vietnam is still Sunday in UTC: the week is Vietnam's.
    expect(weekStartOf(at('2027-03-15T00:30:00+07:00'))).toBe(at('2027-03-15T00:00:00+07:00'));
    expect(weekStartOf(at('2027-03-14T23:59:00+07:00'))).toBe(at('2027-03-08T00:00:00+07:00'));
  });
});

describe('figures', () => {
  // Only the columns the figures read.
  function db() {
    const d = new Database(':memory:');
    d.exec(`CREATE TABLE dossiers (agency_code TEXT, status INTEGER, received_at INTEGER, due_at INTEGER, finished_at INTEGER);
      CREATE TABLE feedback (code TEXT, agency_code TEXT, category_id TEXT, status TEXT, created_at INTEGER, updated_at INTEGER, expected_at INTEGER, rating_score INTEGER, rated_at INTEGER);
      CREATE TABLE feedback_events (code TEXT, kind TEXT, at INTEGER);`);
    return d;
  }
  const A = findAgencyByCode('000.01.31.H38')!;
  const B = findAgencyByCode('000.01.32.H38')!;
  const now = at('2027-03-18T09:30:00+07:00');

  it('count received, finished on time, overdue and the on-time rate, per agency and per week', () => {
    const d = db();
    const add = d.prepare('INSERT INTO dossiers VALUES (?, ?, ?, ?, ?)');
    // This week: received and finished on time.
    add.run(A.code, 10, at('2027-03-15T09:00:00+07:00'), at('2027-03-19T17:00:00+07:00'), at('2027-03-17T10:00:00+07:00'));
    // Last week: received; finished late this week.
    add.run(A.code, 9, at('2027-03-08T09:00:00+07:00'), at('2027-03-12T17:00:00+07:00'), at('2027-03-16T10:00:00+07:00'));
    // Still open past its due date (missed last week).
    add.run(A.code, 4, at('2027-03-01T09:00:00+07:00'), at('2027-03-11T17:00:00+07:00'), null);
    // Waiting for the resident's papers past its date: not the office's delay.
    add.run(A.code, 5, at('2027-03-01T09:00:00+07:00'), at('2027-03-10T17:00:00+07:00'), null);
    // Another agency, withdrawn: not overdue.
    add.run(B.code, 7, at('2027-03-16T09:00:00+07:00'), at('2027-03-17T17:00:00+07:00'), at('2027-03-16T11:00:00+07:00'));
    const s = officerStats(d, [A, B], 2, now);
    expect(s.from).toBe('2027-03-08T00:00:00+07:00');
    expect(s.dossiers.totals).toEqual({ received: 3, finished: 2, finishedOnTime: 1, onTimeRate: 0.5, overdue: 2, openOverdue: 1 });
    expect(s.dossiers.perWeek).toEqual([
      { weekStart: '2027-03-08', received: 1, finished: 0, finishedOnTime: 0, onTimeRate: null, overdue: 2 },
      { weekStart: '2027-03-15', received: 2, finished: 2, finishedOnTime: 1, onTimeRate: 0.5, overdue: 0 },
    ]);
    expect(s.dossiers.perAgency.map((a) => [a.code, a.received, a.openOverdue])).toEqual([
      [A.code, 2, 1],
      [B.code, 1, 0],
    ]);
  });

  it('reports by category with the average time to the first answer, and satisfaction from ratings', () => {
    const d = db();
    const add = d.prepare('INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const ev = d.prepare('INSERT INTO feedback_events VALUES (?, ?, ?)');
    add.run('PA-1', A.code, 'moi-truong', 'closed', at('2027-03-15T08:00:00+07:00'), now, now, 5, at('2027-03-17T08:00:00+07:00'));
    ev.run('PA-1', 'answered', at('2027-03-15T20:00:00+07:00'));
    ev.run('PA-1', 'answered', at('2027-03-17T07:00:00+07:00')); // a second answer after a reopen: the first counts
    add.run('PA-2', A.code, 'moi-truong', 'closed', at('2027-03-16T08:00:00+07:00'), now, now, 2, at('2027-03-17T09:00:00+07:00'));
    ev.run('PA-2', 'answered', at('2027-03-17T08:00:00+07:00'));
    add.run('PA-3', A.code, 'giao-thong', 'processing', at('2027-03-16T08:00:00+07:00'), now, at('2027-03-17T17:00:00+07:00'), null, null);
    add.run('PA-4', B.code, 'giao-thong', 'received', at('2027-03-16T08:00:00+07:00'), now, at('2027-03-30T17:00:00+07:00'), null, null);
    const s = officerStats(d, [A], 1, now);
    expect(s.reports.totals).toEqual({ received: 3, answered: 2, averageAnswerHours: 18, late: 1 });
    expect(s.reports.byCategory.map((c) => [c.categoryId, c.received, c.answered, c.averageAnswerHours])).toEqual([
      ['moi-truong', 2, 2, 18],
      ['giao-thong', 1, 0, null],
    ]);
    expect(s.satisfaction).toEqual({ ratings: 2, average: 3.5, satisfiedRate: 0.5, distribution: [0, 1, 0, 0, 1] });
  });
});

describe('the agency directory', () => {
  it('has one code and one name per agency, and every parent exists', () => {
    expect(new Set(AGENCIES.map((a) => a.code)).size).toBe(AGENCIES.length);
    expect(new Set(AGENCIES.map((a) => a.name)).size).toBe(AGENCIES.length);
    for (const a of AGENCIES) if (a.parentCode) expect(findAgencyByCode(a.parentCode), a.name).toBeDefined();
  });

  it('codes agencies without an identification code by their folded name, and reads names as people write them', () => {
    expect(codeFromName('Sở Y tế tỉnh Lào Cai')).toBe('so-y-te-tinh-lao-cai');
    expect(findAgencyByName('Điện lực thành phố Lào Cai')?.code).toBe('dien-luc-thanh-pho-lao-cai');
    expect(findAgencyByName('UBND phường Lào Cai')?.code).toBe('000.01.31.H38');
    expect(resolveAgency('000.00.07.H38')?.name).toBe('Sở Xây dựng tỉnh Lào Cai');
    expect(resolveAgency('Cơ quan không có')).toBeUndefined();
  });

  it('puts communes under the provincial office, branches under their company, ward police under the province’s', () => {
    const office = agencyWithDescendants('van-phong-ubnd-tinh-lao-cai').map((a) => a.code);
    expect(office).toContain('000.01.31.H38');
    expect(office).toContain('000.00.03.H38');
    expect(office).not.toContain('cong-an-phuong-lao-cai');
    expect(agencyWithDescendants('cong-ty-dien-luc-lao-cai').map((a) => a.code)).toContain('dien-luc-sa-pa');
    expect(agencyWithDescendants('cong-ty-dien-luc-lao-cai').map((a) => a.code)).not.toContain('dien-luc-nghia-lo');
    expect(findAgencyByCode('cong-an-phuong-lao-cai')?.parentCode).toBe('000.00.20.H38');
  });
});

describe('passwords', () => {
  it('are scrypt hashes with their own salt that check only the right password', async () => {
    const a = await hashPassword('mat-khau-dung');
    const b = await hashPassword('mat-khau-dung');
    expect(a).not.toBe(b);
    expect(await verifyPassword('mat-khau-dung', a)).toBe(true);
    expect(await verifyPassword('mat-khau-sai', a)).toBe(false);
    expect(await verifyPassword('mat-khau-dung', '')).toBe(false);
    expect(await verifyPassword('mat-khau-dung', a.replace(/\$32768\$/, '$1073741824$'))).toBe(false);
  });
});
