/**
 * Folds Vietnamese text for search: lower case, no tone or vowel marks, đ → d, no invisible
 * format marks (a zero-width space pasted inside a word must not hide it from search).
 * "Chuyển đổi số" and "chuyen doi so" fold to the same words. Shared by the server (stored search
 * columns) and the app (filtering a list already loaded), so both sides match the same way.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]|\p{Cf}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Length as a reader sees it: invisible format marks (zero-width spaces and joiners, direction
 * marks, byte-order marks: Unicode's Cf) do not count, nor do spaces around the text.
 */
export function visibleLength(text: string): number {
  return text.replace(/\p{Cf}/gu, '').trim().length;
}

/** Escapes LIKE wildcards so a user's `%` or `_` is searched for literally (use with ESCAPE '\'). */
export function likePattern(folded: string): string {
  return '%' + folded.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}
