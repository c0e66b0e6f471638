import { describe, expect, it } from 'vitest';
import { asSentence, cleanLine, cleanMultiline, foldVietnamese, likePattern, visibleLength } from '../src/contract/text.js';
import { CreateFeedbackRequest } from '../src/contract/feedback.js';
import { FullName } from '../src/contract/dossiers.js';

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

const DIRECTION = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== '\n' && c !== '\r' && c !== '\t');
const C1 = Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i));

describe('stored text', () => {
  it('drops every direction control, C0/C1 control and lone surrogate, on one line and on several', () => {
    for (const bad of [...DIRECTION, ...C0, ...C1, '\ud800', '\udfff']) {
      const code = bad.codePointAt(0)!.toString(16);
      expect(cleanLine(`Ổ gà${bad} lớn`), code).toBe('Ổ gà lớn');
      expect(cleanMultiline(`Dòng một${bad}\nDòng hai`), code).toBe('Dòng một\nDòng hai');
    }
    // "‮gnp.exe" must not read as "exe.png".
    expect(cleanLine('\u202Egnp.exe')).toBe('gnp.exe');
  });

  it('keeps line breaks where the field has several lines, and only there; keeps emoji, joiners and Vietnamese', () => {
    expect(cleanMultiline('  Một\r\nHai\rBa\u2028Bốn\tnăm  ')).toBe('Một\nHai\nBa\nBốn năm');
    expect(cleanLine(' Một\r\nHai\tBa  \u2029 Bốn ')).toBe('Một Hai Ba Bốn');
    expect(cleanLine('Gia đình 👨\u200D👩\u200D👧 ở Sa Pa 🏔️')).toBe('Gia đình 👨\u200D👩\u200D👧 ở Sa Pa 🏔️');
    // Composed: ế typed as e + circumflex + acute is stored as the one letter.
    expect(cleanLine('Tie\u0302\u0301ng')).toBe('Tiếng');
  });

  it('counts only what a reader sees', () => {
    expect(visibleLength('Ổ gà')).toBe(4);
    expect(visibleLength('  Ổ \n\n  gà\u3164\u3164 ')).toBe(4);
    expect(visibleLength('a\u3164\u2800b')).toBe(3);
    expect(visibleLength('\u0301\u0301\u0301\u0301\u0301\u0301')).toBe(0);
    expect(visibleLength('a\u0301\u0302\u0303\u0304\u0305')).toBe(1);
    expect(visibleLength('\u3164\u115F\u1160\uFFA0\u2800\u2800')).toBe(0);
    expect(visibleLength('\u200B\u200D\uFEFF\u00AD\u2060\u180E\u034F\uFE0F')).toBe(0);
    expect(visibleLength('\u2003\u3000\u00A0\u202F ')).toBe(0);
    expect(visibleLength('\u{1D159}\u{1D173}\u{1D17A}')).toBe(0);
    expect(visibleLength('😀😀')).toBe(2);
  });

  it('refuses a title of marks, fillers or blank symbols however long', () => {
    const report = (title: string) =>
      CreateFeedbackRequest.safeParse({ categoryId: 'giao-thong', title, content: 'Nội dung đủ dài để hiểu sự việc.', areaId: 'sa-pa', address: 'Thôn Lao Chải' });
    for (const title of ['\u0301'.repeat(6), '\u3164'.repeat(8), '\u2800'.repeat(8), '\u115F\u1160'.repeat(4), `a${'\u0301'.repeat(20)}bc`]) {
      expect(report(title).success, JSON.stringify(title)).toBe(false);
    }
    const ok = report('\u202EĐèn hỏng\u0007');
    expect(ok.success && ok.data.title).toBe('Đèn hỏng');
    expect(FullName.safeParse('\u3164 \u3164').success).toBe(false);
    expect(FullName.safeParse('Lò\u202E Thị Hoa').data).toBe('Lò Thị Hoa');
  });
});

describe('asSentence', () => {
  it('ends an officer’s note with a full stop before the next sentence, and leaves one that has it', () => {
    expect(asSentence('Bản vẽ thiếu chữ ký')).toBe('Bản vẽ thiếu chữ ký.');
    expect(asSentence(' Ảnh mờ. ')).toBe('Ảnh mờ.');
    expect(asSentence('Đã đủ chưa?')).toBe('Đã đủ chưa?');
    expect(asSentence('Nộp theo mẫu “TK01.”')).toBe('Nộp theo mẫu “TK01.”');
    expect(asSentence('Nộp theo mẫu (TK01)')).toBe('Nộp theo mẫu (TK01).');
  });
});
