import { typesByAbbreviation } from '../../header/data';
import { parseSymbol, plainHyphens } from '../../header/numberLine';
import type { Profile } from '../../model';
import type { Rule } from '../../rule';
import * as tok from '../../vi/tokenize';
import { hasMarks } from './analysis';

const PART = '(?:\\d{4}|[A-ZĐ][A-Za-zĐđ0-9]*)';
/** A number followed by "/" or "-" separated parts, spaces allowed around the separators: "45 - NQ/ĐU", "03/ BC-UBND". */
const SPACED_SYMBOL = new RegExp(
  `(?<![\\p{L}\\p{N}/-])\\d{1,5}(?:[ \\u00a0]*[-/][ \\u00a0]*${PART}){2,5}(?![\\p{L}\\p{N}])`,
  'gu',
);
/** A number and a symbol with no separator between them: "12 KH/TU", "15 QĐ-UBND". */
const MISSING_SEPARATOR = new RegExp(
  `(?<![\\p{L}\\p{N}/-])(\\d{1,5})[ \\u00a0]+([A-ZĐ][A-Za-zĐđ]*)([/-])(${PART}(?:[-/]${PART}){0,3})(?![\\p{L}\\p{N}])`,
  'gu',
);

const isType = (profile: Profile) => (abbr: string) => typesByAbbreviation(profile, abbr).length > 0;

/** The profile whose symbol pattern (the header rules' own) the compact symbol follows, with a known type. */
function follows(symbol: string): Profile | null {
  for (const profile of ['party', 'state'] as const) {
    const parts = parseSymbol(profile, symbol, isType(profile));
    if (parts && parts.number && parts.typeAbbr && isType(profile)(parts.typeAbbr)) return profile;
  }
  return null;
}

/**
 * Document symbols cited in the text, checked against the number patterns of the header rules: "45 - NQ/ĐU" and
 * "03/ BC-UBND" close up; "12 KH/TU" lacks the "-" (Party) and "15 QĐ-UBND" the "/" (State).
 */
export const documentSymbol: Rule = {
  meta: {
    id: 'document-symbol',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Số, ký hiệu văn bản viện dẫn viết sai', en: 'Cited document number and symbol malformed' },
    messages: {
      spaced: {
        vi: 'Số, ký hiệu văn bản “{text}” không có dấu cách: viết “{replacement}”.',
        en: 'The document number and symbol “{text}” take no spaces: write “{replacement}”.',
      },
      separator: {
        vi: 'Số, ký hiệu văn bản “{text}” thiếu dấu “{mark}” sau số: viết “{replacement}”.',
        en: 'The document number and symbol “{text}” lacks the “{mark}” after the number: write “{replacement}”.',
      },
    },
    source: 'HD 05-HD/VPTW, điểm 3.2.2 (Số 12-NQ/ĐU); NĐ 30/2020/NĐ-CP, Phụ lục I (Số: 15/QĐ-UBND)',
    bulkSafe: true,
  },
  checkParagraph(paragraph, index, context) {
    if (!hasMarks(context, index, tok.M_DASH | tok.M_SLASH)) return;
    // A non-breaking hyphen (U+2011, what the header builder writes) reads as "-"; fixes keep the text's own one.
    const written = paragraph.text;
    const text = plainHyphens(written);
    if (!/\d/.test(text) || !/[-/]/.test(text)) return;
    const report = (start: number, found: string, replacement: string, messageId: string, mark = '') =>
      context.report({
        paragraph: index,
        start,
        length: found.length,
        messageId,
        data: { text: found, replacement, mark },
        fix: [{ start, length: found.length, replacement }],
      });
    for (const m of text.matchAll(SPACED_SYMBOL)) {
      if (!/[ \u00a0]/.test(m[0])) continue;
      const found = written.slice(m.index!, m.index! + m[0].length);
      if (follows(m[0].replace(/[ \u00a0]+/g, ''))) report(m.index!, found, found.replace(/[ \u00a0]+/g, ''), 'spaced');
    }
    for (const m of text.matchAll(MISSING_SEPARATOR)) {
      const [plain, number, type, sep, rest] = m;
      // Party "12-KH/TU" has "/" after the type; State "15/QĐ-UBND" has "-" after it.
      const mark = sep === '/' ? '-' : '/';
      const found = written.slice(m.index!, m.index! + plain.length);
      const tail = found.slice(found.length - rest.length - 1);
      if (follows(`${number}${mark}${type}${sep}${rest}`))
        report(m.index!, found, `${number}${mark}${type}${tail}`, 'separator', mark);
    }
  },
};
