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

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Runs of letters, marks and digits: Vietnamese syllables, numbers, abbreviations (parts of "23-NQ/TW" separately). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return tokens;
}

/** Letters-only test (a syllable candidate, not a number or code with digits). */
export function isAlphabetic(word: string): boolean {
  return /^[\p{L}\p{M}]+$/u.test(word);
}

/** Case- and composition-insensitive key of a word (NFC, Vietnamese-aware lower case). */
export function foldCase(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('vi');
}

/** Key that ignores accents and case too: "Ưu điểm" → "uu diem". đ/Đ becomes d. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLocaleLowerCase('vi');
}
