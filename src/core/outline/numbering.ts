import type { NumberingStyle } from '../templates/types';

/**
 * Typed heading numbering ("II.", "2.1-", "a)") read from the start of a paragraph, and written back for a
 * chosen style. Shared by heading recognition, outline import and scaffolding so the three agree.
 */
export interface ParsedNumbering {
  /** As written, trimmed: "II.", "2.1-", "a)". */
  raw: string;
  style: NumberingStyle;
  /** 1-based value at its own level: II → 2, c) → 3, 2.1 → 1. */
  value: number;
  /** Every number in a decimal numbering: "2.1" → [2, 1]; a single value otherwise. */
  path: number[];
  /**
   * Which kind of counter this is, for telling levels apart: roman, arabic (depth 1), decimal depth n
   * ("decimal2" for 2.1), letter, bullet.
   */
  kind: string;
  /** Offset where the title starts (after numbering and spaces). */
  titleStart: number;
}

/** The Vietnamese alphabet order used for điểm a), b), c), d), đ), e), g)… */
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN_VALUES[roman[i]];
    const next = ROMAN_VALUES[roman[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Roman numerals; outside 1..3999 the number stays in digits. */
export function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

export function toLetter(n: number): string {
  return LETTERS[(n - 1) % LETTERS.length];
}

const DASH = '[-–]';
const ROMAN_RE = new RegExp(`^([IVXLC]+)\\s*(\\.|${DASH})\\s*`, 'u');
const DECIMAL_RE = new RegExp(`^(\\d{1,3}(?:\\.\\d{1,3})+)\\s*(\\.|${DASH}|\\))?\\s*`, 'u');
const ARABIC_RE = new RegExp(`^(\\d{1,3})\\s*(\\.|${DASH}|\\))\\s*`, 'u');
const LETTER_RE = /^([a-zđ])\s*\)\s*/u;

/**
 * Numbering at the start of `text` (leading spaces allowed), or null. A title must follow the numbering
 * (letters or digits), so "1.5 triệu" or "V/v" are not numbering; the separator must be followed by a space
 * unless the text came from Word's list string (`listString` mode accepts the bare marker).
 */
export function parseNumbering(text: string, listString = false): ParsedNumbering | null {
  const lead = /^[\s\u00a0]*/u.exec(text)![0].length;
  const s = text.slice(lead);
  const finish = (
    m: RegExpExecArray,
    style: NumberingStyle,
    value: number,
    path: number[],
    kind: string,
    upperTitle = false,
  ): ParsedNumbering | null => {
    const after = s.slice(m[0].length);
    const spaced = m[0].length > m[0].trimEnd().length;
    if (!listString) {
      if (!spaced || !/^[\p{L}\p{N}"“(]/u.test(after)) return null;
      if (upperTitle && !/^\p{Lu}/u.test(after)) return null;
    }
    return { raw: m[0].trim(), style, value, path, kind, titleStart: lead + m[0].length };
  };

  let m = ROMAN_RE.exec(s);
  if (m && ROMAN.test(m[1])) {
    const value = romanValue(m[1]);
    return finish(m, m[2] === '.' ? 'roman-dot' : 'roman-dash', value, [value], 'roman');
  }
  m = DECIMAL_RE.exec(s);
  if (m) {
    const path = m[1].split('.').map(Number);
    const style: NumberingStyle = m[2] === '.' || m[2] === undefined || m[2] === ')' ? 'decimal-dot' : 'decimal-dash';
    // Without a separator, "2.1 Xây dựng" is a heading but "1.5 triệu đồng" is a number.
    return finish(m, style, path[path.length - 1], path, `decimal${path.length}`, m[2] === undefined);
  }
  m = ARABIC_RE.exec(s);
  if (m) {
    const value = Number(m[1]);
    return finish(m, m[2] === '.' || m[2] === ')' ? 'arabic-dot' : 'arabic-dash', value, [value], 'arabic');
  }
  m = LETTER_RE.exec(s);
  if (m) {
    const value = LETTERS.indexOf(m[1]) + 1;
    return finish(m, 'letter-paren', value, [value], 'letter');
  }
  return null;
}

/** A "- " bullet (or another bullet character) at the start of the text: never a heading. */
export function isBullet(text: string): boolean {
  return /^[\s\u00a0]*[-–•+*·▪◦●○■□➢➤✓]\s/u.test(text);
}

/** True when Word's list string is a bullet glyph (or anything else that is not a heading number). */
export function isBulletListString(listString: string): boolean {
  return parseNumbering(listString, true) === null;
}

/**
 * The numbering text for a position: `path` holds the 1-based numbers from the top of the numbered run
 * (for decimal styles the parent's number comes first: [2, 1] → "2.1-").
 */
export function formatNumbering(style: NumberingStyle, path: number[]): string {
  const n = path[path.length - 1];
  switch (style) {
    case 'roman-dash':
      return `${toRoman(n)}-`;
    case 'roman-dot':
      return `${toRoman(n)}.`;
    case 'arabic-dot':
      return `${n}.`;
    case 'arabic-dash':
      return `${n}-`;
    case 'decimal-dash':
      return `${path.join('.')}-`;
    case 'decimal-dot':
      return `${path.join('.')}.`;
    case 'letter-paren':
      return `${toLetter(n)})`;
    case 'bullet':
      return '-';
    case 'none':
      return '';
  }
}
