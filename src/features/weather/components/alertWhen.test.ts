import { describe, expect, it } from 'vitest';
import { alertWhen } from './alertWhen';

/** Thursday 3 December 2026, 15:26 in Lào Cai. */
const now = new Date('2026-12-03T15:26:00+07:00');
const at = (local: string) => `${local}+07:00`;

describe('when a weather alert holds', () => {
  it('says a whole day in words, not "00:00 – 00:00"', () => {
    expect(alertWhen({ start: at('2026-12-04T00:00:00'), end: at('2026-12-05T00:00:00') }, now)).toBe('Cả ngày mai');
    expect(alertWhen({ start: at('2026-12-03T00:00:00'), end: at('2026-12-04T00:00:00') }, now)).toBe('Cả ngày hôm nay');
    expect(alertWhen({ start: at('2026-12-05T00:00:00'), end: at('2026-12-06T00:00:00') }, now)).toBe('Cả ngày Thứ Bảy, 05/12');
    expect(alertWhen({ start: at('2026-12-05T00:00:00'), end: at('2026-12-07T00:00:00') }, now)).toBe('Cả ngày, từ Thứ Bảy, 05/12 đến hết Chủ Nhật, 06/12');
  });

  it('gives hours within a day, to the end of a day, and across midnight', () => {
    expect(alertWhen({ start: at('2026-12-04T05:00:00'), end: at('2026-12-04T09:00:00') }, now)).toBe('05:00 – 09:00, ngày mai');
    expect(alertWhen({ start: at('2026-12-03T18:00:00'), end: at('2026-12-04T00:00:00') }, now)).toBe('18:00 – hết ngày, hôm nay');
    expect(alertWhen({ start: at('2026-12-03T22:00:00'), end: at('2026-12-04T06:00:00') }, now)).toBe('22:00 hôm nay – 06:00 ngày mai');
  });

  it('reads Vietnam time on a phone set to another zone', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['Europe/Berlin', 'UTC', 'America/Los_Angeles']) {
        process.env.TZ = zone;
        expect(alertWhen({ start: at('2026-12-04T00:00:00'), end: at('2026-12-05T00:00:00') }, now), zone).toBe('Cả ngày mai');
        expect(alertWhen({ start: at('2026-12-04T05:00:00'), end: at('2026-12-04T09:00:00') }, now), zone).toBe('05:00 – 09:00, ngày mai');
      }
    } finally {
      process.env.TZ = original;
    }
  });
});
