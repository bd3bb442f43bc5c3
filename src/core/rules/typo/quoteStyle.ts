import type { Rule } from '../../rule';
import * as tok from '../../vi/tokenize';
import { hasMarks } from './analysis';

type Style = 'curly' | 'straight';

/**
 * One document, one kind of double quotes: “…” (what Word types and official texts use) or "…". Flags the
 * minority kind; on a tie, the straight ones. Straight quotes are converted only in a paragraph where they pair up.
 */
export const quoteStyle: Rule = {
  meta: {
    id: 'quote-style',
    category: 'format',
    defaultSeverity: 'info',
    description: { vi: 'Trộn hai kiểu dấu ngoặc kép', en: 'Two kinds of quotation marks mixed' },
    messages: {
      mixed: {
        vi: 'Văn bản dùng cả ngoặc kép cong “…” và ngoặc kép thẳng "…"; nên dùng một kiểu ({majority}, {count} chỗ).',
        en: 'The document uses both curly “…” and straight "…" quotes; use one kind ({majority}, {count} places).',
      },
    },
    bulkSafe: true,
  },
  checkDocument(context) {
    /** `nth`: the place of a straight quote among the paragraph's straight quotes (even opens, odd closes). */
    const marks: Array<{ paragraph: number; at: number; style: Style; nth: number }> = [];
    const count: Record<Style, number> = { curly: 0, straight: 0 };
    const straightIn: number[] = [];
    context.doc.paragraphs.forEach((p, paragraph) => {
      let nth = 0;
      if (!hasMarks(context, paragraph, tok.M_BRACKET)) {
        straightIn.push(0);
        return;
      }
      for (const m of p.text.matchAll(/["“”]/g)) {
        const style: Style = m[0] === '"' ? 'straight' : 'curly';
        count[style]++;
        marks.push({ paragraph, at: m.index!, style, nth: style === 'straight' ? nth++ : -1 });
      }
      straightIn.push(nth);
    });
    if (!count.curly || !count.straight) return;
    const target: Style = count.straight > count.curly ? 'straight' : 'curly';
    for (const m of marks) {
      if (m.style === target) continue;
      let replacement: string | undefined;
      if (target === 'straight') replacement = '"';
      else if (straightIn[m.paragraph] % 2 === 0) replacement = m.nth % 2 === 0 ? '“' : '”';
      context.report({
        paragraph: m.paragraph,
        start: m.at,
        length: 1,
        messageId: 'mixed',
        data: { majority: target === 'curly' ? '“…”' : '"…"', count: count[target] },
        fix: replacement ? [{ start: m.at, length: 1, replacement }] : undefined,
      });
    }
  },
};
