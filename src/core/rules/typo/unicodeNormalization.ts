import type { Rule } from '../../rule';
import { COMBINING } from '../../vi/tokenize';
import { wordsOf } from './analysis';

/** Decomposed (NFD) or mixed composition → NFC, one finding per run of such words. */
export const unicodeNormalization: Rule = {
  meta: {
    id: 'unicode-normalization',
    category: 'spelling',
    defaultSeverity: 'warning',
    description: {
      vi: 'Chữ tiếng Việt ở dạng Unicode tổ hợp (NFD)',
      en: 'Vietnamese letters in decomposed Unicode (NFD)',
    },
    messages: {
      notNfc: {
        vi: 'Chữ ở dạng Unicode tổ hợp: tìm kiếm và sắp xếp sẽ sai; nên chuyển về dạng dựng sẵn (NFC).',
        en: 'Decomposed Unicode: search and sorting will fail; convert to precomposed form (NFC).',
      },
    },
    source: 'TCVN 6909:2001',
    bulkSafe: true,
  },
  checkParagraph(paragraph, index, context) {
    const text = paragraph.text;
    if (!COMBINING.test(text) || text.normalize('NFC') === text) return;
    const words = wordsOf(context, index);
    let runStart = -1;
    let runEnd = -1;
    const flush = () => {
      if (runStart < 0) return;
      const slice = text.slice(runStart, runEnd);
      context.report({
        paragraph: index,
        start: runStart,
        length: runEnd - runStart,
        messageId: 'notNfc',
        fix: [{ start: runStart, length: runEnd - runStart, replacement: slice.normalize('NFC') }],
      });
      runStart = -1;
    };
    for (const w of words) {
      if (w.text.normalize('NFC') !== w.text) {
        if (runStart < 0) runStart = w.start;
        runEnd = w.end;
      } else flush();
    }
    flush();
  },
};
