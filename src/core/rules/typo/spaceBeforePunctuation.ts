import type { Rule } from '../../rule';

/** Punctuation that must follow its word without a space, when it ends the word (not ".NET", not "7 :30"). */
export const CLOSING_PUNCTUATION = /^[,;!?](?![\p{L}\p{N}])|^[.:](?![\p{L}\p{N}./])/u;
/** Whole space runs only (the lookbehind keeps a long run without punctuation after it linear, not quadratic). */
const SPACED = /(?<![ \u00a0])[ \u00a0]+(?=[,.;:!?])/g;
const WORD_END = /[\p{L}\p{M}\p{N}”"’)\]]/u;

/** "thực hiện ." → "thực hiện.": no space before , . ; : ! ? (dashes and opening brackets are not concerned). */
export const spaceBeforePunctuation: Rule = {
  meta: {
    id: 'space-before-punctuation',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Dấu cách trước dấu câu', en: 'Space before punctuation' },
    messages: { spaceBefore: { vi: 'Không đặt dấu cách trước dấu “{mark}”.', en: 'No space before “{mark}”.' } },
    bulkSafe: true,
  },
  checkParagraph(paragraph, index, context) {
    const text = paragraph.text;
    for (const m of text.matchAll(SPACED)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (!WORD_END.test(text[start - 1] ?? '')) continue;
      if (!CLOSING_PUNCTUATION.test(text.slice(end, end + 2))) continue;
      context.report({
        paragraph: index,
        start,
        length: m[0].length + 1,
        messageId: 'spaceBefore',
        data: { mark: text[end] },
        fix: [{ start, length: m[0].length, replacement: '' }],
      });
    }
  },
};
