import { describe, expect, it } from 'vitest';
import { maskDigits, maskEmail, maskName } from '../src/services/masking.js';

describe('masking', () => {
  it('keeps the family name and initials', () => {
    expect(maskName('Nguyễn Văn An')).toBe('Nguyễn V*** A');
    expect(maskName('Nguyễn Thị Mai')).toBe('Nguyễn T*** M');
    expect(maskName('Phạm Thị Thu Hà')).toBe('Phạm T*** T*** H');
    expect(maskName('  Lò   Hoa ')).toBe('Lò H');
    expect(maskName('Đức')).toBe('Đ***');
    expect(maskName('')).toBe('');
  });

  it('keeps only the last four digits', () => {
    expect(maskDigits('0912341234')).toBe('******1234');
    expect(maskDigits('010186004512')).toBe('********4512');
    expect(maskDigits('123')).toBe('***');
  });

  it('keeps the first letter and the domain of an email', () => {
    expect(maskEmail('mai.nguyen@gmail.com')).toBe('m***@gmail.com');
  });
});
