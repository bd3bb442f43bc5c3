import type { Profile } from '../model';

/**
 * "Số và ký hiệu". Party: `Số 694-CV/ĐUK` (no colon; "-" between number and type, "/" before the issuer;
 * HD 05-HD/VPTW điểm 3.2.2). State: `Số: 15/QĐ-UBND`, công văn `Số: 125/SGDĐT-VP` ("/" then "-"; NĐ 30/2020
 * Phụ lục I). Numbers below 10 take a leading zero.
 */
export interface NumberLineInput {
  profile: Profile;
  /** Digits, or blank for a draft. */
  number: string;
  /** Type abbreviation; null or empty for a State công văn. */
  typeAbbr: string | null;
  issuerAbbr: string;
  /** State công văn: the drafting unit after the issuer (`VP` in `125/SGDĐT-VP`). */
  unitAbbr?: string;
}

/** Room left for the number in a draft. */
const DRAFT_GAP = '      ';

/**
 * U+2011 NON-BREAKING HYPHEN: what the header builder writes inside a symbol ("23‑NQ/TW") so Word never breaks it
 * at a line end. Every reader maps it back to "-" with plainHyphens.
 */
export const NB_HYPHEN = '\u2011';

/**
 * Hyphens a symbol may be written with, read as "-": U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, and U+001E, the
 * character Word's object model uses for its own non-breaking hyphen (Ctrl+Shift+-, w:noBreakHyphen in .docx;
 * suspected to reach paragraph.text the same way). One character for one, so offsets are unchanged.
 */
export function plainHyphens(text: string): string {
  return text.replace(/[\u2010\u2011]/g, '-').replaceAll(String.fromCharCode(0x1e), '-');
}

/** The symbol's hyphens as non-breaking ones (the number line the builder inserts). */
export function nonBreakingSymbol(line: string): string {
  return line.replace(/-/g, NB_HYPHEN);
}

export function padNumber(number: string): string {
  const digits = number.trim();
  if (!digits) return '';
  return /^\d$/.test(digits) ? `0${digits}` : digits;
}

export function buildNumberLine(input: NumberLineInput): string {
  const number = padNumber(input.number);
  const issuer = input.issuerAbbr.trim();
  const type = input.typeAbbr?.trim() ?? '';
  if (input.profile === 'party') {
    return `Số ${number || DRAFT_GAP}-${type}/${issuer}`;
  }
  const unit = input.unitAbbr?.trim();
  const symbol = type ? `${type}-${issuer}` : unit ? `${issuer}-${unit}` : issuer;
  return `Số: ${number || DRAFT_GAP}/${symbol}`;
}

/** A "Số …" line split into its prefix and symbol; offsets are into the line's text. */
export interface ParsedNumberLine {
  hasColon: boolean;
  /** Length of "Số", the colon and the spaces after them. */
  prefixLength: number;
  /** Length of "Số" (or "Luật số") plus the colon, without the spaces after it. */
  labelLength: number;
  symbol: string;
}

/** "Số:", or a legislative document's "Luật số:", "Pháp lệnh số:", "Nghị quyết số:" (Quốc hội, UBTVQH). */
const NUMBER_LINE = /^(?:(?:Luật|Bộ luật|Pháp lệnh|Lệnh|Nghị quyết)\s+số|Số)(\s*:)?(\s*)(?=[\d.…_-]|\/)/u;

/** Recognises a number-and-symbol line; null when the line is something else. */
export function parseNumberLine(line: string): ParsedNumberLine | null {
  if (line.length > 70) return null;
  const text = plainHyphens(line);
  const m = NUMBER_LINE.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (!/[-/]/.test(rest)) return null;
  return {
    hasColon: m[1] !== undefined,
    prefixLength: m[0].length,
    labelLength: m[0].length - m[2].length,
    symbol: rest,
  };
}

export interface SymbolParts {
  /** Digits as written, '' for a draft. */
  number: string;
  /** Type abbreviation (Party; State when the first group is a type); null when none. */
  typeAbbr: string | null;
  /** Issuer part (after "/" for Party; the groups after the type for State). */
  issuer: string;
  /** Offsets into the symbol. */
  numberStart: number;
  typeStart: number;
}

const ABBR = '[A-ZĐ][A-Za-zĐđ0-9]*';
const PARTY_SYMBOL = new RegExp(
  `^(\\d+|[\\s.…_]*)-(${'[A-ZĐ][A-Za-zĐđ]*'})\\/(${ABBR}(?:-${ABBR})*)(\\/[a-z]+)?$`,
  'u',
);
const STATE_SYMBOL = new RegExp(`^(\\d+|[\\s.…_]*)\\/(?:\\d{4}\\/)?(${ABBR})((?:-${ABBR})*)$`, 'u');

/** Splits a symbol by the profile's pattern; null when it does not follow the pattern. */
export function parseSymbol(
  profile: Profile,
  written: string,
  isTypeAbbr: (abbr: string) => boolean,
): SymbolParts | null {
  const symbol = plainHyphens(written);
  if (profile === 'party') {
    const m = PARTY_SYMBOL.exec(symbol);
    if (!m) return null;
    return { number: m[1].trim(), typeAbbr: m[2], issuer: m[3], numberStart: 0, typeStart: m[1].length + 1 };
  }
  const m = STATE_SYMBOL.exec(symbol);
  if (!m) return null;
  const first = m[2];
  const typeStart = symbol.length - m[3].length - first.length;
  if (isTypeAbbr(first) && m[3]) {
    return { number: m[1].trim(), typeAbbr: first, issuer: m[3].slice(1), numberStart: 0, typeStart };
  }
  return { number: m[1].trim(), typeAbbr: null, issuer: first + m[3], numberStart: 0, typeStart };
}

/** The shape alone, whichever profile: "12-NQ/ĐU" reads Party, "12/QĐ-UBND" reads State. */
export function symbolShape(written: string): Profile | null {
  const symbol = plainHyphens(written);
  if (/^[\d\s.…_]*-[^/\s]+\//u.test(symbol)) return 'party';
  if (/^[\d\s.…_]*\/(?:\d{4}\/)?[^/\s-]+(?:-|$)/u.test(symbol)) return 'state';
  return null;
}
