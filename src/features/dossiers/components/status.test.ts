import { describe, expect, it } from 'vitest';
import { addressLine, formatPhone, shortDate, statusTone } from './status';

describe('status helpers', () => {
  it('groups the ten statuses into colours a resident reads at a glance', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(statusTone)).toEqual([
      'new', 'new', 'refused', 'progress', 'action', 'action', 'withdrawn', 'refused', 'done', 'done',
    ]);
  });
  it('writes addresses, phones and dates the Vietnamese way', () => {
    expect(addressLine({ street: 'Thôn Lao Chải', commune: 'Xã Y Tý', province: 'Lào Cai' })).toBe('Thôn Lao Chải, xã Y Tý, tỉnh Lào Cai');
    expect(addressLine({ street: ' Thôn Lao Chải  ', commune: 'Xã Y Tý', province: 'Lào Cai' })).toBe('Thôn Lao Chải, xã Y Tý, tỉnh Lào Cai');
    expect(addressLine({ street: '   ', commune: 'Xã Y Tý', province: 'Lào Cai' })).toBe('xã Y Tý, tỉnh Lào Cai');
    expect(addressLine({ street: null, commune: 'Phường Cam Đường', province: 'Lào Cai' })).toBe('phường Cam Đường, tỉnh Lào Cai');
    expect(formatPhone('0912345678')).toBe('0912 345 678');
    expect(formatPhone('******5678')).toBe('******5678');
    expect(shortDate('2026-11-27T23:30:00+07:00')).toBe('27/11/2026');
    expect(shortDate('2026-11-27T17:30:00Z')).toBe('28/11/2026');
    expect(shortDate('2026-02-01T00:10:00+07:00')).toBe('01/02/2026');
    expect(shortDate('')).toBe('');
  });
});
