/**
 * Unicode-aware word tokens with exact UTF-16 offsets. JavaScript's \b is ASCII-only, so word boundaries are
 * letters, combining marks and digits by Unicode property.
 */
import * as chars from './charClass';

// Local copies: a CommonJS build reads imported bindings through getters, too slow for the per-character loop.
const charClass = chars.charClass;
const codePointClass = chars.codePointClass;
const LOWER_DIFFERS = chars.LOWER_DIFFERS;
const NUMBER = chars.NUMBER;
const UPPER_DIFFERS = chars.UPPER_DIFFERS;
const WORD_CHAR = chars.WORD_CHAR;
const LETTER = chars.LETTER;

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

/** Combining diacritics (the marks of decomposed Vietnamese). */
export const COMBINING = /[\u0300-\u036f]/;

/** Per-word flags of a scan (see scanWords). */
export const W_ALPHABETIC = 1;
/** isCapitalised: the first code unit is an upper- or title-case letter. */
export const W_CAPITALISED = 2;
/** isAllCaps: more than one character, in capitals throughout. */
export const W_ALL_CAPS = 4;

/** What separates a word from the one before it (bits, any combination); see scanWords. */
export const GAP_SPACE = 1;
export const GAP_NBSP = 2;
export const GAP_TAB = 4;
/** \v: a line break inside a Word paragraph. */
export const GAP_VT = 8;
export const GAP_LF = 16;
export const GAP_LS = 32;
export const GAP_OTHER = 64;
/** Exactly one ordinary space. */
export const GAP_SINGLE_SPACE = 128;

/**
 * Characters between words that some rule looks for (bits of Scan.marks), so a rule can skip a paragraph without
 * them before any regex runs. Each bit is a superset of what the rule's own test finds.
 */
/** Two spaces (or no-break spaces) in a row. */
export const M_DOUBLE_SPACE = 1;
/** A space before , . ; : ! ? */
export const M_SPACE_BEFORE_MARK = 2;
/** , ; : . ! ? right before a letter. */
export const M_MARK_BEFORE_LETTER = 4;
/** ,, ;; :: .. */
export const M_REPEATED_MARK = 8;
/** ( ) [ ] { } “ ” ‘ " */
export const M_BRACKET = 16;
/** - – — */
export const M_DASH = 32;
/** / */
export const M_SLASH = 64;
/** Zero-width, direction and format characters, soft hyphens, no-break spaces. */
export const M_INVISIBLE = 128;
/** A combining diacritic (U+0300–U+036F): decomposed text. */
export const M_COMBINING = 256;

const isSpaceCode = (c: number) => c === 0x20 || c === 0xa0;
/** , . ; : ! ? */
const isStopCode = (c: number) => c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;

/** The M_* bits of one character between words (c), given the one before it (prev). */
function markBits(c: number, prev: number): number {
  let m = 0;
  if (isSpaceCode(c)) {
    if (isSpaceCode(prev)) m |= M_DOUBLE_SPACE;
    if (c === 0xa0) m |= M_INVISIBLE;
    return m;
  }
  if (c < 0x80) {
    if (isStopCode(c)) {
      if (isSpaceCode(prev)) m |= M_SPACE_BEFORE_MARK;
      if (prev === c && c !== 0x21 && c !== 0x3f) m |= M_REPEATED_MARK;
    } else if (c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x22)
      m |= M_BRACKET;
    else if (c === 0x2d) m |= M_DASH;
    else if (c === 0x2f) m |= M_SLASH;
    return m;
  }
  if (c === 0x201c || c === 0x201d || c === 0x2018) return M_BRACKET;
  if (c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011) return M_DASH; // dashes; hyphen, non-breaking hyphen
  if (
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x2060 ||
    c === 0xfeff ||
    c === 0xad ||
    (c >= 0x202a && c <= 0x202e) ||
    c === 0x202f
  )
    return M_INVISIBLE;
  return 0;
}

export interface Scan {
  words: Word[];
  /** W_* bits per word. */
  flags: Uint8Array;
  /** GAP_* bits of the characters between word i - 1 and word i (0 for the first word). */
  gaps: Uint8Array;
  /** M_* bits of the whole paragraph. */
  marks: number;
}

const gapBit = (c: number): number =>
  c === 0x20
    ? GAP_SPACE
    : c === 0xa0
      ? GAP_NBSP
      : c === 0x09
        ? GAP_TAB
        : c === 0x0b
          ? GAP_VT
          : c === 0x0a
            ? GAP_LF
            : c === 0x2028
              ? GAP_LS
              : GAP_OTHER;

let spanBuffer = new Int32Array(1024);

/** The original definitions, for words with characters beyond the BMP (rare: the table works on code units). */
const isCapitalisedSlow = (w: string) => w[0] !== undefined && w[0] !== w[0].toLowerCase();
const isAllCapsSlow = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/**
 * Runs of letters, marks and digits (Vietnamese syllables, numbers, the parts of "23-NQ/TW") with their exact
 * UTF-16 offsets, a comparison key, case flags and what separates each from the previous one. One pass over the
 * characters with a property table: it runs on every paragraph of every check.
 */
export function scanWords(text: string): Scan {
  const n = text.length;
  let count = 0;
  let composed = true;
  // Pass 1: spans (start, end, bits) into a reused buffer. Bits: 1 digit, 2 surrogate, 4 upper, 8 lower-case
  // letter, plus the gap before the word in bits 8..15.
  let gap = 0;
  let gapLength = 0;
  let marks = 0;
  for (let i = 0; i < n;) {
    let c = text.charCodeAt(i);
    let cls: number;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      cls = codePointClass(text.codePointAt(i)!);
      width = 2;
    } else cls = charClass(c);
    if ((cls & WORD_CHAR) === 0) {
      gap |= gapBit(c);
      marks |= markBits(c, i > 0 ? text.charCodeAt(i - 1) : -1);
      gapLength += width;
      i += width;
      continue;
    }
    const start = i;
    if (i > 0 && cls & LETTER && isStopCode(text.charCodeAt(i - 1))) marks |= M_MARK_BEFORE_LETTER;
    let bits = 0;
    for (;;) {
      if (width === 2) bits |= 2;
      else {
        if (c >= 0x300 && c <= 0x36f) composed = false;
        if (cls & LOWER_DIFFERS) bits |= 4;
        if (cls & UPPER_DIFFERS) bits |= 8;
      }
      if (cls & NUMBER) bits |= 1;
      i += width;
      if (i >= n) break;
      c = text.charCodeAt(i);
      width = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        cls = codePointClass(text.codePointAt(i)!);
        width = 2;
      } else cls = charClass(c);
      if ((cls & WORD_CHAR) === 0) break;
    }
    if (count > 0 && gap === GAP_SPACE && gapLength === 1) gap |= GAP_SINGLE_SPACE;
    if (3 * count + 3 > spanBuffer.length) {
      const bigger = new Int32Array(spanBuffer.length * 2);
      bigger.set(spanBuffer);
      spanBuffer = bigger;
    }
    spanBuffer[3 * count] = start;
    spanBuffer[3 * count + 1] = i;
    spanBuffer[3 * count + 2] = bits | ((count > 0 ? gap : 0) << 8);
    count++;
    gap = 0;
    gapLength = 0;
  }
  const words: Word[] = new Array(count);
  const flags = new Uint8Array(count);
  const gaps = new Uint8Array(count);
  if (!composed) marks |= M_COMBINING;
  if (!count) return { words, flags, gaps, marks };
  const lower = text.toLowerCase();
  const sameLength = composed && lower.length === n;
  for (let k = 0; k < count; k++) {
    const start = spanBuffer[3 * k];
    const end = spanBuffer[3 * k + 1];
    const bits = spanBuffer[3 * k + 2];
    const surface = text.slice(start, end);
    const key = sameLength
      ? (bits & 6) === 0
        ? surface
        : lower.slice(start, end)
      : surface.normalize('NFC').toLowerCase();
    const alphabetic = (bits & 1) === 0;
    words[k] = { text: surface, start, end, key, alphabetic };
    let f = alphabetic ? W_ALPHABETIC : 0;
    if (bits & 2) {
      if (isCapitalisedSlow(surface)) f |= W_CAPITALISED;
      if (isAllCapsSlow(surface)) f |= W_ALL_CAPS;
    } else {
      if (charClass(text.charCodeAt(start)) & LOWER_DIFFERS) f |= W_CAPITALISED;
      if (end - start > 1 && (bits & 8) === 0 && (bits & 4) !== 0) f |= W_ALL_CAPS;
    }
    flags[k] = f;
    gaps[k] = bits >>> 8;
  }
  return { words, flags, gaps, marks };
}

/**
 * Runs of letters, marks and digits (Vietnamese syllables, numbers, the parts of "23-NQ/TW") with their exact
 * UTF-16 offsets in `text` and a comparison key.
 */
export function tokenize(text: string): Word[] {
  return scanWords(text).words;
}

/** Key that ignores accents and case too: "Ưu điểm" → "uu diem". đ/Đ becomes d. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLocaleLowerCase('vi');
}
