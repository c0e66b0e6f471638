/**
 * Folds Vietnamese text for search: lower case, no tone or vowel marks, đ → d.
 * "Chuyển đổi số" and "chuyen doi so" fold to the same words. Shared by the server (stored search
 * columns) and the app (filtering a list already loaded), so both sides match the same way.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so a user's `%` or `_` is searched for literally (use with ESCAPE '\'). */
export function likePattern(folded: string): string {
  return '%' + folded.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}
