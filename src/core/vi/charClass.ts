/**
 * Unicode properties of UTF-16 code units, looked up in a table filled on first use: the tokenizer and the case
 * tests run on every character of every check, where a regex or a toLowerCase() per character would dominate.
 * Each entry is exactly what the regex or string method says for that one code unit (a lone surrogate has no
 * property and no case); callers handle surrogate pairs themselves (see codePointClass).
 */

/** \p{L} */
export const LETTER = 1;
/** \p{M} */
export const MARK = 2;
/** \p{N} */
export const NUMBER = 4;
/** c.toLowerCase() !== c: an upper- or title-case letter. */
export const LOWER_DIFFERS = 8;
/** c.toUpperCase() !== c: a lower-case letter. */
export const UPPER_DIFFERS = 16;
/** c.toLowerCase() !== c.toUpperCase(): a letter with case. */
export const CASED = 32;
/** \p{Ll} */
export const LOWERCASE_LETTER = 64;
const FILLED = 128;

export const WORD_CHAR = LETTER | MARK | NUMBER;

const IS_LETTER = /\p{L}/u;
const IS_MARK = /\p{M}/u;
const IS_NUMBER = /\p{N}/u;
const IS_LL = /\p{Ll}/u;

const table = new Uint8Array(0x10000);

function classify(s: string): number {
  let v = FILLED;
  if (IS_LETTER.test(s)) v |= LETTER;
  if (IS_MARK.test(s)) v |= MARK;
  if (IS_NUMBER.test(s)) v |= NUMBER;
  if (IS_LL.test(s)) v |= LOWERCASE_LETTER;
  const lower = s.toLowerCase();
  const upper = s.toUpperCase();
  if (lower !== s) v |= LOWER_DIFFERS;
  if (upper !== s) v |= UPPER_DIFFERS;
  if (lower !== upper) v |= CASED;
  return v;
}

function fill(c: number): number {
  // A lone surrogate has no property (the u-flag regexes see it as U+D800…, category Cs) and no case.
  const v = c >= 0xd800 && c <= 0xdfff ? FILLED : classify(String.fromCharCode(c));
  table[c] = v;
  return v;
}

/** Properties of one UTF-16 code unit (bits above). */
export function charClass(c: number): number {
  const v = table[c];
  return v !== 0 ? v : fill(c);
}

const astral = new Map<number, number>();

/** Properties of a code point beyond the BMP (mathematical letters, historic scripts), cached. */
export function codePointClass(cp: number): number {
  if (cp < 0x10000) return charClass(cp);
  let v = astral.get(cp);
  if (v === undefined) {
    v = classify(String.fromCodePoint(cp));
    astral.set(cp, v);
  }
  return v;
}

/** True for a high surrogate followed by a low one at `i`. */
export function isSurrogatePairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** The properties of the code point that starts at `i` (0 past the end). */
export function classAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  return isSurrogatePairAt(text, i) ? codePointClass(text.codePointAt(i)!) : charClass(text.charCodeAt(i));
}

/** The properties of the code point that ends just before `i` (0 at the start). */
export function classBefore(text: string, i: number): number {
  if (i <= 0 || i > text.length) return 0;
  return i >= 2 && isSurrogatePairAt(text, i - 2)
    ? codePointClass(text.codePointAt(i - 2)!)
    : charClass(text.charCodeAt(i - 1));
}
