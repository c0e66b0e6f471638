import { describe, expect, it } from 'vitest';
import { foldVietnamese, likePattern } from '../src/contract/text.js';

describe('foldVietnamese', () => {
  it('drops invisible format marks, so a pasted zero-width space does not hide a word', () => {
    expect(foldVietnamese('Sa\u200bPa\u00ad \ufeffLào\u200d Cai')).toBe('sapa lao cai');
    expect(foldVietnamese('x\u200bin')).toBe('xin');
  });

  it('matches text with and without marks', () => {
    expect(foldVietnamese('Chuyển đổi số')).toBe('chuyen doi so');
    expect(foldVietnamese('  LÀO   Cai ')).toBe('lao cai');
    expect(foldVietnamese('Đền Thượng')).toBe('den thuong');
    expect(foldVietnamese('Mù Cang Chải')).toBe('mu cang chai');
  });
  it('escapes LIKE wildcards', () => {
    expect(likePattern('50%_a')).toBe('%50\\%\\_a%');
  });
});
