import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  canChangeStatus,
  canRate,
  canReopen,
  distanceMeters,
  FEEDBACK_STATUSES,
  open311Status,
  publicReporterName,
  REOPEN_WINDOW_MS,
  statusesFor,
} from '../src/services/feedback-status.js';
import { addWorkingDays, checkFields } from '../src/services/feedback.js';
import { FEEDBACK_AREAS, FEEDBACK_CATEGORIES, findCategory, insideProvince } from '../src/services/feedback-catalog.js';
import { toVnIso } from '../src/contract/vn-time.js';
import type { AppError } from '../src/plugins/errors.js';

describe('feedback status rules', () => {
  it('lets reports in hand move on, answered ones close or reopen, and keeps rejected/duplicate final', () => {
    expect(canChangeStatus('received', 'assigned')).toBe(true);
    expect(canChangeStatus('assigned', 'assigned')).toBe(true); // reassigned to another agency
    expect(canChangeStatus('processing', 'answered')).toBe(true);
    expect(canChangeStatus('answered', 'closed')).toBe(true);
    expect(canChangeStatus('answered', 'processing')).toBe(true);
    expect(canChangeStatus('closed', 'processing')).toBe(true);
    expect(canChangeStatus('received', 'closed')).toBe(false);
    expect(canChangeStatus('answered', 'rejected')).toBe(false);
    for (const to of FEEDBACK_STATUSES) {
      expect(canChangeStatus('rejected', to)).toBe(false);
      expect(canChangeStatus('duplicate', to)).toBe(false);
    }
  });

  it('maps onto Open311 open|closed', () => {
    expect(FEEDBACK_STATUSES.map(open311Status)).toEqual(['open', 'open', 'open', 'closed', 'closed', 'closed', 'closed']);
    expect(statusesFor('open')).toEqual(['received', 'assigned', 'processing']);
  });

  it('allows reopening within 7 days of the answer only', () => {
    const answered = Date.parse('2026-11-01T10:00:00+07:00');
    expect(canReopen('answered', answered, answered + REOPEN_WINDOW_MS)).toBe(true);
    expect(canReopen('closed', answered, answered + 2 * 86400000)).toBe(true);
    expect(canReopen('answered', answered, answered + REOPEN_WINDOW_MS + 1)).toBe(false);
    expect(canReopen('processing', answered, answered)).toBe(false);
    expect(canReopen('answered', null, answered)).toBe(false);
  });

  it('lets the owner rate each answer once', () => {
    expect(canRate('answered', 1, null)).toBe(true);
    expect(canRate('closed', 1, 1)).toBe(false);
    expect(canRate('answered', 2, 1)).toBe(true);
    expect(canRate('processing', 1, null)).toBe(false);
    expect(canRate('received', 0, null)).toBe(false);
  });

  it('shortens a name the reporter chose to show', () => {
    expect(publicReporterName('Nguyễn Thị Mai')).toBe('Nguyễn Thị M.');
    expect(publicReporterName('  Vàng   A Sử ')).toBe('Vàng A S.');
    expect(publicReporterName('Páo')).toBe('P.');
    expect(publicReporterName(null)).toBeNull();
    expect(publicReporterName('')).toBeNull();
  });
});

describe('distance for the nearby search', () => {
  it('measures metres on the ground', () => {
    const a = { lat: 22.4995, long: 103.968 };
    expect(distanceMeters(a, a)).toBe(0);
    // 0.0009° of latitude is about 100 m anywhere.
    expect(distanceMeters(a, { lat: a.lat + 0.0009, long: a.long })).toBeCloseTo(100, -0.5);
    // Lào Cai to Sa Pa, about 24 km as the crow flies.
    const km = distanceMeters({ lat: 22.487, long: 103.97 }, { lat: 22.3363, long: 103.844 }) / 1000;
    expect(km).toBeGreaterThan(20);
    expect(km).toBeLessThan(25);
  });

  it('draws a box that holds every point within the radius', () => {
    const c = { lat: 22.3363, long: 103.844 };
    const box = boundingBox(c, 50);
    for (let deg = 0; deg < 360; deg += 15) {
      const r = (deg * Math.PI) / 180;
      const p = { lat: c.lat + (49.9 / 111_320) * Math.cos(r), long: c.long + (49.9 / (111_320 * Math.cos((c.lat * Math.PI) / 180))) * Math.sin(r) };
      expect(distanceMeters(c, p)).toBeLessThanOrEqual(50.5);
      expect(p.lat >= box.minLat && p.lat <= box.maxLat && p.long >= box.minLong && p.long <= box.maxLong).toBe(true);
    }
  });
});

describe('catalogue', () => {
  it('has at least 10 categories, each with an agency, and areas inside the province', () => {
    expect(FEEDBACK_CATEGORIES.length).toBeGreaterThanOrEqual(10);
    for (const c of FEEDBACK_CATEGORIES) expect(c.agency.length).toBeGreaterThan(5);
    for (const a of FEEDBACK_AREAS) expect(insideProvince(a)).toBe(true);
  });

  it('checks the extra answers of a category', () => {
    const env = findCategory('moi-truong')!;
    expect(checkFields(env, { kind: 'rac-thai' })).toEqual({ kind: 'rac-thai' });
    const problem = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as AppError).details?.[0];
      }
      return undefined;
    };
    expect(problem(() => checkFields(env, {}))).toEqual({ path: 'fields.kind', message: expect.stringMatching(/Loại vấn đề/) });
    expect(problem(() => checkFields(env, { kind: 'khong-co' }))?.message).toMatch(/không có trong danh sách/);
    expect(problem(() => checkFields(env, { kind: 'rac-thai', other: 'x' }))?.path).toBe('fields.other');
  });

  it('counts working days for the expected answer', () => {
    const friday = Date.parse('2026-11-27T09:00:00+07:00');
    expect(toVnIso(addWorkingDays(friday, 1))).toBe('2026-11-30T23:59:59+07:00'); // Monday
    expect(toVnIso(addWorkingDays(friday, 5))).toBe('2026-12-04T23:59:59+07:00');
  });

  it('skips public holidays for the expected answer, as offices do', () => {
    // Tết Bính Ngọ: offices closed Monday 16 to Friday 20 February 2026.
    const beforeTet = Date.parse('2026-02-13T10:00:00+07:00');
    expect(toVnIso(addWorkingDays(beforeTet, 1))).toBe('2026-02-23T23:59:59+07:00');
    expect(toVnIso(addWorkingDays(beforeTet, 5))).toBe('2026-02-27T23:59:59+07:00');
    // 30/4 and 1/5 2026 fall on Thursday and Friday.
    expect(toVnIso(addWorkingDays(Date.parse('2026-04-29T08:00:00+07:00'), 1))).toBe('2026-05-04T23:59:59+07:00');
    // 2/9 (Wednesday) and 1/9 are days off.
    expect(toVnIso(addWorkingDays(Date.parse('2026-08-31T08:00:00+07:00'), 1))).toBe('2026-09-03T23:59:59+07:00');
  });
});
