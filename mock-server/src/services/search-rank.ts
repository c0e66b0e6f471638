/**
 * How well a text answers a search, as plain rules (lower is better), on folded text (see
 * contract/text.ts foldVietnamese): the words together as typed, in the title, then in the body;
 * then every word whole in the title, then whole somewhere; last, words found only inside other
 * words ("khai" in "triển khai" is a word, "lo" in "khoa" is not). A search for "khai sinh"
 * then puts the articles about birth registration above "Triển khai … cho học sinh".
 */
export const MatchRank = { PhraseInTitle: 0, PhraseInText: 1, WordsInTitle: 2, WordsInText: 3, Scattered: 4 } as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

const LETTER = /[\p{L}\p{N}]/u;

/** Whether `needle` occurs in `text` with no letter or digit touching either end. */
export function containsWhole(text: string, needle: string): boolean {
  if (!needle) return false;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = at === 0 ? '' : text[at - 1];
    const after = text[at + needle.length] ?? '';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

export function matchRank(titleFold: string, textFold: string, phrase: string, words: readonly string[]): MatchRank {
  if (containsWhole(titleFold, phrase)) return MatchRank.PhraseInTitle;
  if (containsWhole(textFold, phrase)) return MatchRank.PhraseInText;
  if (words.every((w) => containsWhole(titleFold, w))) return MatchRank.WordsInTitle;
  if (words.every((w) => containsWhole(titleFold, w) || containsWhole(textFold, w))) return MatchRank.WordsInText;
  return MatchRank.Scattered;
}
