import type { Rule } from '../../rule';
import { COMBINING } from '../../vi/tokenize';
import * as tok from '../../vi/tokenize';
import { hasMarks, wordsOf } from './analysis';

/**
 * Decomposed (NFD) or mixed composition → NFC. A document typed with a decomposing keyboard has it in every
 * paragraph: one warning per document (at the first run, with the count), the other runs as information, each
 * with a bulk-safe fix so "fix all of this kind" converts the whole document.
 */
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
        vi: 'Chữ ở dạng Unicode tổ hợp: tìm kiếm và sắp xếp sẽ sai; nên chuyển về dạng dựng sẵn (NFC). Cả văn bản có {count} chỗ; “Sửa tất cả” chuyển hết.',
        en: 'Decomposed Unicode: search and sorting will fail; convert to precomposed form (NFC). {count} in the document; “Fix all” converts them.',
      },
    },
    source: 'TCVN 6909:2001',
    bulkSafe: true,
  },
  checkDocument(context) {
    const runs: Array<{ index: number; start: number; end: number; text: string }> = [];
    context.doc.paragraphs.forEach((paragraph, index) => {
      const text = paragraph.text;
      if (!hasMarks(context, index, tok.M_COMBINING) || !COMBINING.test(text) || text.normalize('NFC') === text) return;
      let runStart = -1;
      let runEnd = -1;
      const flush = () => {
        if (runStart >= 0) runs.push({ index, start: runStart, end: runEnd, text });
        runStart = -1;
      };
      for (const w of wordsOf(context, index)) {
        if (w.text.normalize('NFC') !== w.text) {
          if (runStart < 0) runStart = w.start;
          runEnd = w.end;
        } else flush();
      }
      flush();
    });
    runs.forEach(({ index, start, end, text }, i) => {
      context.report({
        paragraph: index,
        start,
        length: end - start,
        messageId: 'notNfc',
        data: { count: runs.length },
        fix: [{ start, length: end - start, replacement: text.slice(start, end).normalize('NFC') }],
        ...(i > 0 ? { severity: 'info' as const } : {}),
      });
    });
  },
};
