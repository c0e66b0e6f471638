import { describe, expect, it } from 'vitest';
import { containsWhole, matchRank, MatchRank } from '../src/services/search-rank.js';
import { foldVietnamese } from '../src/contract/text.js';

const rank = (title: string, text: string, q: string) => {
  const phrase = foldVietnamese(q);
  return matchRank(foldVietnamese(title), foldVietnamese(text), phrase, phrase.split(' '));
};

describe('search ranking', () => {
  it('finds whole words only', () => {
    expect(containsWhole('trien khai bao hiem', 'khai')).toBe(true);
    expect(containsWhole('hoc sinh lao cai', 'lo')).toBe(false);
    expect(containsWhole('dang ky khai sinh.', 'khai sinh')).toBe(true);
    expect(containsWhole('khai sinhx', 'khai sinh')).toBe(false);
  });

  it('puts the words together above the words apart, and the title above the body', () => {
    const birth = rank('Xã phường giải quyết thủ tục nhanh hơn', 'Người dân đăng ký khai sinh ngay tại xã.', 'khai sinh');
    const insurance = rank('Triển khai bảo hiểm y tế cho học sinh, sinh viên năm học mới', 'Các trường phổ biến chính sách.', 'khai sinh');
    const titled = rank('Đăng ký khai sinh trực tuyến', '', 'khai sinh');
    expect(titled).toBe(MatchRank.PhraseInTitle);
    expect(birth).toBe(MatchRank.PhraseInText);
    expect(insurance).toBe(MatchRank.WordsInTitle);
    expect(rank('Học sinh Lào Cai giành giải', 'Các em sát cánh cùng thầy cô, khoa học', 'sạt lở')).toBe(MatchRank.Scattered);
    expect(rank('Mưa lớn', 'Nguy cơ sạt lở đất ở xã Y Tý.', 'Sat lo')).toBe(MatchRank.PhraseInText);
  });
});
