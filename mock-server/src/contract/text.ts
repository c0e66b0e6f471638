/**
 * Text as people type it, made safe to keep and to show. Shared by the server (zod schemas in
 * `common.ts` clean every stored text with these) and the app (search folding, the dossier form).
 * No zod here: the app's first screen imports this file.
 */

/**
 * Marks that turn the direction of text around (U+202E shows "‮gnp.exe" as "exe.png"): the
 * embeddings and overrides U+202A–202E, the isolates U+2066–2069, the marks U+200E/200F and
 * the Arabic letter mark U+061C.
 */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** A surrogate without its pair is not a character at all: it breaks JSON, SQLite and fonts. */
const LONE_SURROGATE = /\p{Cs}/gu;
/** C0 and C1 control characters and DEL, except the line feed (handled per field). */
// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

/** Line breaks of every kind (CR LF, CR, the Unicode line and paragraph separators) as `\n`. */
const unifyNewlines = (text: string) => text.replace(/\r\n?|[\u2028\u2029]/g, '\n');

function dropControls(text: string): string {
  return unifyNewlines(text).replace(/\t/g, ' ').replace(LONE_SURROGATE, '').replace(DIRECTION_CONTROLS, '').replace(CONTROLS_BUT_NEWLINE, '');
}

/**
 * One line of text (a title, a name, an address): no control characters, direction marks or lone
 * surrogates; line breaks and tabs become spaces, runs of spaces one space; trimmed; composed
 * (NFC), so "ế" typed as e + two marks is stored as the one letter.
 */
export function cleanLine(text: string): string {
  return dropControls(text).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Text of several lines (a report, an answer, a note): as `cleanLine`, but line breaks are kept
 * (as `\n`) and spaces inside a line are left as typed.
 */
export function cleanMultiline(text: string): string {
  return dropControls(text).normalize('NFC').trim();
}

/**
 * Characters that take up room but show nothing: the Hangul fillers (U+115F, U+1160, U+3164,
 * U+FFA0), the Braille blank U+2800, and symbols drawn empty (the musical "null notehead" and
 * the invisible beams and ties U+1D173–1D17A).
 */
const BLANK_SYMBOLS = /[\u115F\u1160\u3164\uFFA0\u2800\u{1D159}\u{1D173}-\u{1D17A}]/gu;
/**
 * What a reader does not see as a character of its own: combining marks (six accents stacked on
 * nothing are not a title), invisible format marks (zero-width, direction, byte-order: Unicode's
 * Cf and its default-ignorable code points), controls and lone surrogates.
 */
const NOT_SEEN = /[\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cs}]/gu;

/**
 * How many characters a reader sees: one space between words counts, as people count it, but
 * spaces around the text or in a row, combining marks, fillers, blank symbols and invisible
 * marks do not. Used for the shortest text a field accepts ("at least 5 characters").
 */
export function visibleLength(text: string): number {
  const seen = text.normalize('NFC').replace(BLANK_SYMBOLS, ' ').replace(/\p{White_Space}/gu, ' ').replace(NOT_SEEN, '');
  return Array.from(seen.replace(/ +/g, ' ').trim()).length;
}

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

/** Escapes LIKE wildcards so a user's `%` or `_` is searched for literally (use with ESCAPE '\'). */
export function likePattern(folded: string): string {
  return '%' + folded.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}

/**
 * The text as a sentence that another may follow: a full stop added when it ends without one
 * ("Bản vẽ thiếu chữ ký" → "Bản vẽ thiếu chữ ký."), closing quotes and brackets kept outside.
 */
export function asSentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  return /[.!?…]["”’)\]]*$/.test(t) ? t : `${t}.`;
}
