import type { Rule } from '../../rule';
import * as tok from '../../vi/tokenize';
import { hasMarks } from './analysis';

const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“' };
const BRACKETS = /[()[\]{}“”"]/g;
const HAS_BRACKET = /[()[\]{}“”"]/;
const OPENERS = new Set(Object.values(PAIRS));
/** "a)", "2)", "iv)" enumerators close nothing. */
const ENUMERATOR = /(?:^|[\s(;:,.“"‘'])(?:\p{L}|\d{1,3}|[ivxIVX]{1,4})$/u;
/** How far (in paragraphs) a quotation or bracket may run: a quoted amendment spans many khoản. */
const SPAN = 80;

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

/**
 * Marks paired across paragraphs ("p:offset"): an opening mark left open is closed by the first unmatched closing
 * mark of its kind in a later paragraph, within SPAN paragraphs (quoted amendments: “1. … ”, list markers “b) …).
 */
function pairedAcross(paragraphs: ReadonlyArray<{ text: string }>, unmatched: (i: number) => Unmatched): Set<string> {
  const paired = new Set<string>();
  const open: Array<{ paragraph: number; offset: number; mark: string }> = [];
  paragraphs.forEach((p, i) => {
    if (!HAS_BRACKET.test(p.text)) return;
    const own = unmatched(i);
    for (const c of own.unopened) {
      const want = PAIRS[p.text[c]];
      let k = open.length - 1;
      while (k >= 0 && open[k].mark !== want) k--;
      if (k >= 0 && i - open[k].paragraph <= SPAN) {
        paired.add(`${open[k].paragraph}:${open[k].offset}`).add(`${i}:${c}`);
        open.splice(k, 1);
      }
    }
    for (const o of own.unclosed) open.push({ paragraph: i, offset: o, mark: p.text[o] });
  });
  return paired;
}

/** Brackets and quotation marks that open or close without their partner, in the paragraph or nearby after it. */
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
  // A document rule, not a paragraph rule: a bracket may be closed any number of paragraphs later (quoted
  // amendments), so an edit anywhere can change what is reported elsewhere (the incremental re-check runs it whole).
  checkDocument(context) {
    const { paragraphs } = context.doc;
    const unmatched = (i: number) => context.memo(`brackets.${i}`, () => unmatchedBrackets(paragraphs[i].text));
    const across = context.memo('brackets.across', () => pairedAcross(paragraphs, unmatched));
    paragraphs.forEach((paragraph, index) => {
      const text = paragraph.text;
      // Guidance still showing as a placeholder is the add-in's own grey text, not the user's.
      if (paragraph.showsPlaceholder || !hasMarks(context, index, tok.M_BRACKET) || !HAS_BRACKET.test(text)) return;
      const report = (offset: number, messageId: string) =>
        context.report({ paragraph: index, start: offset, length: 1, messageId, data: { mark: text[offset] } });
      const own = unmatched(index);
      for (const o of own.unclosed) if (!across.has(`${index}:${o}`)) report(o, 'unclosed');
      for (const c of own.unopened) if (!across.has(`${index}:${c}`)) report(c, 'unopened');
      if (own.oddQuote !== undefined) report(own.oddQuote, 'unclosed');
    });
  },
};
