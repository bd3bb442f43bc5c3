import type { Rule } from '../../rule';
import * as tok from '../../vi/tokenize';
import { hasMarks } from './analysis';

/** A word run into an opening bracket or quote: "UBND(tỉnh", "gọi là“Nhà". */
const BEFORE_OPENING = /(?<=[\p{L}\p{M}])[(“]/gu;
/** A closing bracket or quote run into the next word: "(UBND)tỉnh", "”được". */
const AFTER_CLOSING = /[)”](?=\p{L})/gu;
/** "a)", "1)", "iv)" list markers close nothing. */
const ENUMERATOR_BEFORE = /(?:^|[\s(;:,.])(?:\p{L}|\d{1,3}|[ivxIVX]{1,4})$/u;

/** Missing space outside brackets and curly quotes; the space just inside them is space-inside-brackets'. */
export const bracketSpacing: Rule = {
  meta: {
    id: 'bracket-spacing',
    category: 'format',
    defaultSeverity: 'warning',
    description: {
      vi: 'Thiếu dấu cách bên ngoài ngoặc hoặc ngoặc kép',
      en: 'Missing space outside brackets or quotes',
    },
    messages: {
      beforeOpening: {
        vi: 'Thiếu dấu cách trước dấu mở “{mark}”.',
        en: 'Missing space before the opening “{mark}”.',
      },
      afterClosing: {
        vi: 'Thiếu dấu cách sau dấu đóng “{mark}”.',
        en: 'Missing space after the closing “{mark}”.',
      },
    },
    bulkSafe: true,
  },
  checkParagraph(paragraph, index, context) {
    if (!hasMarks(context, index, tok.M_BRACKET)) return;
    const text = paragraph.text;
    if (!/[()“”]/.test(text)) return;
    for (const m of text.matchAll(BEFORE_OPENING)) {
      const at = m.index!;
      context.report({
        paragraph: index,
        start: at - 1,
        length: 2,
        messageId: 'beforeOpening',
        data: { mark: m[0] },
        fix: [{ start: at, length: 0, replacement: ' ' }],
      });
    }
    for (const m of text.matchAll(AFTER_CLOSING)) {
      const at = m.index!;
      if (m[0] === ')' && ENUMERATOR_BEFORE.test(text.slice(Math.max(0, at - 6), at))) continue;
      context.report({
        paragraph: index,
        start: at,
        length: 2,
        messageId: 'afterClosing',
        data: { mark: m[0] },
        fix: [{ start: at + 1, length: 0, replacement: ' ' }],
      });
    }
  },
};
