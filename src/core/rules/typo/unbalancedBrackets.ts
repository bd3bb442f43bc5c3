import type { Rule } from '../../rule';

const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“' };
const BRACKETS = /[()[\]{}“”"]/g;
const HAS_BRACKET = /[()[\]{}“”"]/;
const OPENERS = new Set(Object.values(PAIRS));
/** "a)", "2)", "iv)" enumerators close nothing. */
const ENUMERATOR = /(?:^|[\s(;:,.])(?:\p{L}|\d{1,3}|[ivxIVX]{1,4})$/u;

interface Unmatched {
  unclosed: number[];
  unopened: number[];
  /** A straight double quote left without its partner. */
  oddQuote?: number;
}

/** Offsets of the brackets and quotation marks of `text` that have no partner in it. */
export function unmatchedBrackets(text: string): Unmatched {
  const stack: number[] = [];
  const quotes: number[] = [];
  const unclosed: number[] = [];
  const unopened: number[] = [];
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
        while (stack.length && text[stack[stack.length - 1]] !== PAIRS[ch]) unclosed.push(stack.pop()!);
        stack.pop();
      } else unopened.push(i);
    }
  }
  unclosed.push(...stack);
  return {
    unclosed: unclosed.sort((a, b) => a - b),
    unopened,
    ...(quotes.length % 2 === 1 ? { oddQuote: quotes[quotes.length - 1] } : {}),
  };
}

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
    const { paragraphs } = context.doc;
    const text = paragraph.text;
    if (!HAS_BRACKET.test(text)) return;
    const unmatched = (i: number) => context.memo(`brackets.${i}`, () => unmatchedBrackets(paragraphs[i].text));
    const nonEmpty = (step: 1 | -1) => {
      let i = index + step;
      while (paragraphs[i] && paragraphs[i].text.trim() === '') i += step;
      return paragraphs[i] ? i : -1;
    };
    // The opening marks left open in paragraph i, and the opening marks its unmatched closers belong to.
    const leftOpen = (i: number) => (i < 0 ? [] : unmatched(i).unclosed.map((o) => paragraphs[i].text[o]));
    const closedLate = (i: number) => (i < 0 ? [] : unmatched(i).unopened.map((c) => PAIRS[paragraphs[i].text[c]]));
    const report = (offset: number, messageId: string) =>
      context.report({ paragraph: index, start: offset, length: 1, messageId, data: { mark: text[offset] } });

    const own = unmatched(index);
    // A bracket opened in one paragraph and closed in the next (a line broken with Enter) is balanced.
    const closedInNext = own.unclosed.length ? closedLate(nonEmpty(1)) : [];
    for (const o of own.unclosed) if (!closedInNext.includes(text[o])) report(o, 'unclosed');
    const openInPrevious = own.unopened.length ? leftOpen(nonEmpty(-1)) : [];
    for (const c of own.unopened) if (!openInPrevious.includes(PAIRS[text[c]])) report(c, 'unopened');
    if (own.oddQuote !== undefined) report(own.oddQuote, 'unclosed');
  },
};
