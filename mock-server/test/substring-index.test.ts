import { describe, expect, it } from 'vitest';
import { SubstringIndex } from '../src/services/substring-index.js';
import { foldVietnamese } from '../src/contract/text.js';

const brute = (docs: string[][], words: string[]) =>
  docs.flatMap((fields, i) => (words.every((w) => fields.some((f) => f.includes(w))) ? [i] : []));

describe('SubstringIndex', () => {
  const docs = [
    ['sat lo o xa y ty', 'mua lon keo dai, nguy co sat lo dat'],
    ['homestay o ban lao chai', 'du lich cong dong'],
    ['kham sang loc', 'tang huyet ap, dai thao duong'],
    ['', ''],
    ['100% ho so truc tuyen', 'a_b x\\y 丽江 lào'],
  ];
  const index = new SubstringIndex(docs);

  it('finds the texts holding every word inside one field, in order', () => {
    expect(index.match(['sat', 'lo'])).toEqual([0]);
    expect(index.match(['lo'])).toEqual([0, 2]);
    expect(index.match(['la'])).toEqual([1]);
    expect(index.match(['cong dong'])).toEqual([1]);
    expect(index.match(['homestay', 'du lich'])).toEqual([1]);
    expect(index.match(['khong co'])).toEqual([]);
    expect(index.match(['100%'])).toEqual([4]);
    expect(index.match(['a_b', 'x\\y'])).toEqual([4]);
    expect(index.match(['丽江'])).toEqual([4]);
    expect(index.match(['lào'])).toEqual([4]);
  });

  it('does not join two fields into one', () => {
    expect(index.match(['ty mua'])).toEqual([]);
  });

  it('agrees with reading every text, on many random searches', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const text = foldVietnamese(
      'Những ngày này, trên các thửa ruộng bậc thang của xã Y Tý, bà con đang tranh thủ nắng ráo để gặt lúa. Trạm Y tế khám sàng lọc cho người cao tuổi; homestay đón khách; mưa lớn gây sạt lở đất.',
    );
    const corpus = Array.from({ length: 60 }, () => {
      const cut = (n: number) => {
        const at = Math.floor(random() * (text.length - n));
        return text.slice(at, at + n);
      };
      return [cut(20 + Math.floor(random() * 30)), cut(40 + Math.floor(random() * 80))];
    });
    const big = new SubstringIndex(corpus);
    for (let n = 0; n < 500; n++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const at = Math.floor(random() * (text.length - 6));
        return text.slice(at, at + 1 + Math.floor(random() * 6)).trim() || 'a';
      });
      expect(big.match(words), words.join('|')).toEqual(brute(corpus, words));
    }
  });
});
