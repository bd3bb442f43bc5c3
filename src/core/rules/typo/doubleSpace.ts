import type { Rule } from '../../rule';
import { CLOSING_PUNCTUATION } from './spaceBeforePunctuation';
import * as tok from '../../vi/tokenize';
import { hasMarks } from './analysis';

const RUN = /[ \u00a0]{2,}/g;
/** A label whose value is left blank for hand-writing in a draft: "ngày      tháng", "Số:      /QĐ-UBND". */
const LABEL_BEFORE = /(?:^|[\s(])(?:ngày|tháng|năm|[Ss]ố\s*:?|giờ|phút)$/u;
const VALUE_AFTER = /^(?:tháng|năm|giờ|phút)(?![\p{L}])|^\//u;

/** A run of spaces that is a blank to fill in, not a slip: after a date or number label, before the next label
 * or the "/" of a number, or wide (3 spaces or more) after such a label. */
function isFillIn(text: string, start: number, end: number): boolean {
  if (!LABEL_BEFORE.test(text.slice(Math.max(0, start - 8), start)))
    return /^\//u.test(text.slice(end)) && end - start >= 3;
  return VALUE_AFTER.test(text.slice(end)) || end - start >= 3;
}

/** Two or more spaces between words (indentation at the start and trailing spaces are layout, not typos). */
export const doubleSpace: Rule = {
  meta: {
    id: 'double-space',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Thừa dấu cách giữa hai từ', en: 'More than one space between words' },
    messages: { doubleSpace: { vi: 'Thừa dấu cách.', en: 'Extra space.' } },
    bulkSafe: true,
  },
  checkParagraph(paragraph, index, context) {
    if (!hasMarks(context, index, tok.M_DOUBLE_SPACE)) return;
    const text = paragraph.text;
    for (const m of text.matchAll(RUN)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (start === 0 || end >= text.length) continue;
      if (/\s/.test(text[start - 1]) || /\s/.test(text[end])) continue;
      // A space before closing punctuation is space-before-punctuation's finding (it removes them all).
      if (CLOSING_PUNCTUATION.test(text.slice(end))) continue;
      if (isFillIn(text, start, end)) continue;
      context.report({
        paragraph: index,
        start,
        length: m[0].length,
        messageId: 'doubleSpace',
        fix: [{ start, length: m[0].length, replacement: ' ' }],
      });
    }
  },
};
