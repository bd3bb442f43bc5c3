import type { Rule } from '../../rule';

const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“' };
const BRACKETS = /[()[\]{}“”"]/g;
const OPENERS = new Set(Object.values(PAIRS));
/** "a)", "2)", "iv)" enumerators close nothing. */
const ENUMERATOR = /(?:^|[\s(;:,.])(?:\p{L}|\d{1,3}|[ivxIVX]{1,4})$/u;

/** Brackets and quotation marks that open or close without their partner in the same paragraph. */
export const unbalancedBrackets: Rule = {
  meta: {
    id: 'unbalanced-brackets',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Ngoặc hoặc ngoặc kép không cân đối', en: 'Unbalanced brackets or quotation marks' },
    messages: {
      unclosed: { vi: 'Dấu “{mark}” chưa được đóng.', en: '“{mark}” is never closed.' },
      unopened: { vi: 'Dấu “{mark}” không có dấu mở tương ứng.', en: '“{mark}” has no opening partner.' },
    },
  },
  checkParagraph(paragraph, index, context) {
    const text = paragraph.text;
    const stack: number[] = [];
    const quotes: number[] = [];
    const report = (at: number, messageId: string) =>
      context.report({ paragraph: index, start: at, length: 1, messageId, data: { mark: text[at] } });
    for (const m of text.matchAll(BRACKETS)) {
      const i = m.index!;
      const ch = m[0];
      if (ch === '"') quotes.push(i);
      else if (OPENERS.has(ch)) stack.push(i);
      else if (PAIRS[ch]) {
        const top = stack.length ? stack[stack.length - 1] : -1;
        if (top >= 0 && text[top] === PAIRS[ch]) stack.pop();
        else if (ch === ')' && ENUMERATOR.test(text.slice(Math.max(0, i - 6), i))) continue;
        else if (top >= 0 && stack.some((s) => text[s] === PAIRS[ch])) {
          // Closes an outer bracket: whatever opened since then is unclosed.
          while (stack.length && text[stack[stack.length - 1]] !== PAIRS[ch]) report(stack.pop()!, 'unclosed');
          stack.pop();
        } else report(i, 'unopened');
      }
    }
    for (const at of stack) report(at, 'unclosed');
    if (quotes.length % 2 === 1) report(quotes[quotes.length - 1], 'unclosed');
  },
};
