/**
 * Unicode-aware word tokens with exact UTF-16 offsets. JavaScript's \b is ASCII-only, so word boundaries are
 * letters, combining marks and digits by Unicode property.
 */
export interface Token {
  /** Text exactly as in the source (not normalised). */
  text: string;
  start: number;
  /** Exclusive end offset. */
  end: number;
}

/** A token with its comparison form. */
export interface Word extends Token {
  /** NFC, lower case. */
  key: string;
  /** Letters and marks only (no digits). */
  alphabetic: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ALPHABETIC = /^[\p{L}\p{M}]+$/u;
/** Combining diacritics (the marks of decomposed Vietnamese). */
export const COMBINING = /[\u0300-\u036f]/;
/** Anything that might be a digit (ASCII digits, superscripts, or characters outside the Latin blocks). */
const MAYBE_DIGIT = /[0-9\u00b2\u00b3\u00b9\u00bc-\u00be]|[^\s -\u024f\p{M}\u1e00-\u1eff\u2000-\u206f]/u;

/**
 * Runs of letters, marks and digits (Vietnamese syllables, numbers, the parts of "23-NQ/TW") with their exact
 * UTF-16 offsets in `text` and a comparison key. Runs on every paragraph of every check, so the common case
 * (precomposed text, no digits) avoids per-word normalisation.
 */
export function tokenize(text: string): Word[] {
  const composed = !COMBINING.test(text);
  const hasDigits = MAYBE_DIGIT.test(text);
  const lower = text.toLowerCase();
  const sameLength = composed && lower.length === text.length;
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      text: m[0],
      start,
      end,
      key: sameLength ? lower.slice(start, end) : m[0].normalize('NFC').toLowerCase(),
      alphabetic: !hasDigits || ALPHABETIC.test(m[0]),
    });
  }
  return out;
}

/** Key that ignores accents and case too: "Ưu điểm" → "uu diem". đ/Đ becomes d. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLocaleLowerCase('vi');
}
