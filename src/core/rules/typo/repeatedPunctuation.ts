import type { Rule } from '../../rule';
import * as tok from '../../vi/tokenize';
import { hasMarks } from './analysis';

/**
 * ",," ";;" "::" and exactly two dots right after a word ("tốt.."); an ellipsis "...", the closing "./." and the dot
 * leaders of forms ("……..", "\t..\t") are not repeats.
 */
const REPEATED = /([,;:])\1+|\.\.(?![./…])/g;
const WORD_END = /[\p{L}\p{N})\]”"]/u;

export const repeatedPunctuation: Rule = {
  meta: {
    id: 'repeated-punctuation',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Dấu câu bị lặp', en: 'Repeated punctuation mark' },
    messages: { repeated: { vi: 'Dấu “{mark}” bị lặp.', en: 'The mark “{mark}” is repeated.' } },
    bulkSafe: true,
  },
  checkParagraph(paragraph, index, context) {
    if (!hasMarks(context, index, tok.M_REPEATED_MARK)) return;
    for (const m of paragraph.text.matchAll(REPEATED)) {
      const start = m.index!;
      if (m[0][0] === '.' && !WORD_END.test(paragraph.text[start - 1] ?? '')) continue;
      context.report({
        paragraph: index,
        start,
        length: m[0].length,
        messageId: 'repeated',
        data: { mark: m[0][0] },
        fix: [{ start, length: m[0].length, replacement: m[0][0] }],
      });
    }
  },
};
