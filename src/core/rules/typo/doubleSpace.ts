import type { Rule } from '../../rule';
import { CLOSING_PUNCTUATION } from './spaceBeforePunctuation';

const RUN = /[ \u00a0]{2,}/g;

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
    const text = paragraph.text;
    for (const m of text.matchAll(RUN)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (start === 0 || end >= text.length) continue;
      if (/\s/.test(text[start - 1]) || /\s/.test(text[end])) continue;
      // A space before closing punctuation is space-before-punctuation's finding (it removes them all).
      if (CLOSING_PUNCTUATION.test(text.slice(end))) continue;
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
