import type { Rule } from '../../rule';
import * as tok from '../../vi/tokenize';
import { hasMarks } from './analysis';

/** Punctuation that must follow its word without a space, when it ends the word (not ".NET", not "7 :30"). */
export const CLOSING_PUNCTUATION = /^[,;!?](?![\p{L}\p{N}])|^[.:](?![\p{L}\p{N}./])/u;
const isSpace = (c: number) => c === 0x20 || c === 0xa0;
/** , . ; : ! ? */
const isMark = (c: number) => c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;
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
    if (!hasMarks(context, index, tok.M_SPACE_BEFORE_MARK)) return;
    const text = paragraph.text;
    // Each mark with a whole run of spaces before it (walking back from the marks, not matching every run).
    for (let end = 1; end < text.length; end++) {
      if (!isMark(text.charCodeAt(end)) || !isSpace(text.charCodeAt(end - 1))) continue;
      let start = end - 1;
      while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
      if (!WORD_END.test(text[start - 1] ?? '')) continue;
      if (!CLOSING_PUNCTUATION.test(text.slice(end, end + 2))) continue;
      context.report({
        paragraph: index,
        start,
        length: end - start + 1,
        messageId: 'spaceBefore',
        data: { mark: text[end] },
        fix: [{ start, length: end - start, replacement: '' }],
      });
    }
  },
};
