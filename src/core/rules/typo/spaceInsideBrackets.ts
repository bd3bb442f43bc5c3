import type { Rule, RuleContext } from '../../rule';
import * as tok from '../../vi/tokenize';
import { hasMarks } from './analysis';

const AFTER_OPENING = /[([“‘][ \u00a0]+(?=[\p{L}\p{N}])/gu;
const isSpace = (c: number) => c === 0x20 || c === 0xa0;
/** ) ] ” */
const isClosing = (c: number) => c === 0x29 || c === 0x5d || c === 0x201d;
const INNER_END = /[\p{L}\p{M}\p{N}.!?]/u;

function reportAt(
  context: RuleContext,
  index: number,
  text: string,
  start: number,
  spaces: number,
  markAt: number,
  messageId: string,
): void {
  context.report({
    paragraph: index,
    start: Math.min(start, markAt),
    length: spaces + 1,
    messageId,
    data: { mark: text[markAt] },
    fix: [{ start, length: spaces, replacement: '' }],
  });
}

/** "( abc )", "“ abc ”" → no space just inside brackets and quotes. */
export const spaceInsideBrackets: Rule = {
  meta: {
    id: 'space-inside-brackets',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Dấu cách ngay bên trong ngoặc', en: 'Space just inside brackets or quotes' },
    messages: {
      afterOpening: { vi: 'Không đặt dấu cách sau dấu mở “{mark}”.', en: 'No space after the opening “{mark}”.' },
      beforeClosing: { vi: 'Không đặt dấu cách trước dấu đóng “{mark}”.', en: 'No space before the closing “{mark}”.' },
    },
    bulkSafe: true,
  },
  checkParagraph(paragraph, index, context) {
    if (!hasMarks(context, index, tok.M_BRACKET)) return;
    const text = paragraph.text;
    for (const m of text.matchAll(AFTER_OPENING))
      reportAt(context, index, text, m.index! + 1, m[0].length - 1, m.index!, 'afterOpening');
    // Each closing mark with a whole run of spaces before it (walking back from the marks, not matching every run).
    for (let end = 1; end < text.length; end++) {
      if (!isClosing(text.charCodeAt(end)) || !isSpace(text.charCodeAt(end - 1))) continue;
      let start = end - 1;
      while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
      if (INNER_END.test(text[start - 1] ?? ''))
        reportAt(context, index, text, start, end - start, end, 'beforeClosing');
    }
    // Straight quotes pair up in order: the odd ones open, the even ones close.
    if (!text.includes('"')) return;
    const quotes = [...text.matchAll(/"/g)].map((m) => m.index!);
    if (quotes.length % 2 !== 0) return;
    for (let q = 0; q < quotes.length; q += 2) {
      const open = quotes[q];
      const close = quotes[q + 1];
      const inner = text.slice(open + 1, close);
      const lead = /^[ \u00a0]+(?=\S)/.exec(inner)?.[0].length ?? 0;
      const trail = /(?<=\S)[ \u00a0]+$/.exec(inner)?.[0].length ?? 0;
      if (lead) reportAt(context, index, text, open + 1, lead, open, 'afterOpening');
      if (trail) reportAt(context, index, text, close - trail, trail, close, 'beforeClosing');
    }
  },
};
