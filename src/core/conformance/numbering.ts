import { toLetter, toRoman } from '../outline/numbering';
import type { Heading, OutlineNode } from '../outline/types';
import type { NumberingStyle } from '../templates/types';

/** A numbering problem inside one group of sibling headings. */
export type NumberingIssue =
  | { kind: 'mixed-style'; heading: Heading; expectedStyle: NumberingStyle; example: string; replacement?: string }
  | { kind: 'gap'; heading: Heading; previous?: Heading; missing: string[] }
  | { kind: 'repeated'; heading: Heading; previous: Heading; expected: string }
  /** The same number as an earlier section at its level, not just before it (I, II, I; or "I." above "I."). */
  | { kind: 'duplicate'; heading: Heading; other: Heading; expected: string }
  | { kind: 'backwards'; heading: Heading; previous: Heading; expected: string }
  | { kind: 'wrong-parent'; heading: Heading; parent: Heading };

type Numbered = Heading & { numbering: NonNullable<Heading['numbering']> };

const COUNTED: ReadonlySet<NumberingStyle> = new Set([
  'roman-dash',
  'roman-dot',
  'arabic-dot',
  'arabic-dash',
  'decimal-dash',
  'decimal-dot',
  'letter-paren',
]);

/** True when a new list may start between two paragraphs (a table between them). */
export type RestartBetween = (from: number, to: number) => boolean;

/**
 * Checks every sibling group of the outline: one style per group, and 1, 2, 3… with no gap or repeat (a number
 * met earlier in the group, not only just before, is a duplicate). A count may start again at 1 where
 * `restartBetween` says a new list can begin (after a table). Then duplicates the tree cannot show (see
 * crossLevelDuplicates).
 */
export function findNumberingIssues(
  outline: readonly OutlineNode[],
  restartBetween: RestartBetween = () => false,
): NumberingIssue[] {
  const issues: NumberingIssue[] = [];
  const visit = (siblings: readonly OutlineNode[], parent: OutlineNode | undefined) => {
    issues.push(...checkGroup(siblings, parent, restartBetween));
    for (const node of siblings) visit(node.children, node);
  };
  visit(outline, undefined);
  const flagged = new Set(issues.filter((i) => i.kind !== 'mixed-style').map((i) => i.heading.paragraph));
  issues.push(...crossLevelDuplicates(outline, restartBetween).filter((i) => !flagged.has(i.heading.paragraph)));
  return issues;
}

/** roman, arabic, decimal2 (2.1), decimal3…, letter: what a number counts, whatever the heading's style. */
function counterOf(numbering: Numbered['numbering']): { kind: string; rank: number } | undefined {
  const family = FAMILY[numbering.style] ?? (numbering.style === 'letter-paren' ? 'letter' : undefined);
  if (family === 'roman') return { kind: 'roman', rank: 0 };
  if (family === 'arabic') return { kind: 'arabic', rank: 1 };
  if (family === 'letter') return { kind: 'letter', rank: 50 };
  if (family !== 'decimal') return undefined;
  const depth = /(\d+(?:\.\d+)+)/.exec(numbering.raw)?.[1].split('.').length ?? 2;
  return { kind: `decimal${depth}`, rank: depth };
}

/**
 * Duplicates between a heading in a Word heading style and a typed one that the outline puts at different levels
 * (a styled heading opens a level of its own): a styled "I. TÌNH HÌNH" inserted above a typed "I. KẾT QUẢ" is two
 * sections "I.". Numbers are counted by what they count (roman, arabic, 2.1, a)), a counter starting again under
 * each higher number, and under a top-level heading without a number (a new part of the document).
 */
function crossLevelDuplicates(outline: readonly OutlineNode[], restartBetween: RestartBetween): NumberingIssue[] {
  type Entry = { heading: Numbered; depth: number; parent: OutlineNode | undefined };
  type Counter = { rank: number; seen: Map<number, Entry>; max: number; last: number };
  const issues: NumberingIssue[] = [];
  const counters = new Map<string, Counter>();
  const count = (heading: Numbered, depth: number, parent: OutlineNode | undefined) => {
    const what = counterOf(heading.numbering);
    if (!what) return;
    for (const [kind, c] of counters) if (c.rank > what.rank) counters.delete(kind);
    const value = heading.numbering.value;
    let c = counters.get(what.kind);
    if (!c || (value === 1 && restartBetween(c.last, heading.paragraph))) {
      c = { rank: what.rank, seen: new Map(), max: 0, last: heading.paragraph };
      counters.set(what.kind, c);
    }
    const other = c.seen.get(value);
    if (!other) c.seen.set(value, { heading, depth, parent });
    else if (
      (other.heading.source === 'style') !== (heading.source === 'style') &&
      (other.depth !== depth || other.parent !== parent)
    ) {
      const expected = label(heading.numbering.style, c.max + 1, heading.numbering.raw);
      issues.push({ kind: 'duplicate', heading, other: other.heading, expected });
    }
    c.max = Math.max(c.max, value);
    c.last = heading.paragraph;
  };
  const visit = (nodes: readonly OutlineNode[], depth: number, parent: OutlineNode | undefined) => {
    for (const node of nodes) {
      if (isNumbered(node)) count(node, depth, parent);
      else if (depth === 1) counters.clear();
      visit(node.children, depth + 1, node);
    }
  };
  visit(outline, 1, undefined);
  return issues;
}

function isNumbered<T extends Heading>(h: T): h is T & Numbered {
  return h.numbering !== undefined && COUNTED.has(h.numbering.style);
}

function checkGroup(
  siblings: readonly OutlineNode[],
  parent: OutlineNode | undefined,
  restartBetween: RestartBetween,
): NumberingIssue[] {
  const numbered = siblings.filter((h): h is OutlineNode & Numbered => isNumbered(h));
  if (numbered.length === 0) return [];
  const issues: NumberingIssue[] = [];

  const majority = majorityStyle(numbered);
  const example = numbered.find((h) => h.numbering.style === majority)!;
  for (const h of numbered) {
    if (h.numbering.style === majority) continue;
    const replacement = restyle(h.numbering.raw, h.numbering.style, majority);
    issues.push({
      kind: 'mixed-style',
      heading: h,
      expectedStyle: majority,
      example: example.numbering.raw,
      ...(replacement ? { replacement } : {}),
    });
  }

  let previous: Numbered | undefined;
  /** The numbers met since the count (re)started, and where. */
  let seen = new Map<number, Numbered>();
  for (const h of numbered) {
    const value = h.numbering.value;
    if (previous && value === 1 && restartBetween(previous.paragraph, h.paragraph)) {
      previous = undefined;
      seen = new Map();
    }
    const expected = (previous?.numbering.value ?? 0) + 1;
    const other = seen.get(value);
    if (!other) seen.set(value, h);
    if (previous && value === previous.numbering.value) {
      issues.push({ kind: 'repeated', heading: h, previous, expected: label(majority, expected, h.numbering.raw) });
    } else if (other) {
      issues.push({ kind: 'duplicate', heading: h, other, expected: label(majority, expected, h.numbering.raw) });
    } else if (previous && value < previous.numbering.value) {
      issues.push({ kind: 'backwards', heading: h, previous, expected: label(majority, expected, h.numbering.raw) });
    } else if (value > expected) {
      const missing: string[] = [];
      for (let v = expected; v < value; v++) missing.push(label(majority, v, h.numbering.raw));
      issues.push({ kind: 'gap', heading: h, ...(previous ? { previous } : {}), missing });
    }
    if (!previous || value >= previous.numbering.value) previous = h;
  }

  if (parent && isNumbered(parent)) {
    for (const h of numbered) {
      const prefix = decimalPrefix(h.numbering);
      if (prefix !== undefined && prefix !== parent.numbering.value)
        issues.push({ kind: 'wrong-parent', heading: h, parent });
    }
  }
  return issues;
}

/** The style most siblings use; on a tie, the first one's. */
function majorityStyle(numbered: readonly Numbered[]): NumberingStyle {
  const counts = new Map<NumberingStyle, number>();
  for (const h of numbered) counts.set(h.numbering.style, (counts.get(h.numbering.style) ?? 0) + 1);
  let best = numbered[0].numbering.style;
  for (const [style, n] of counts) if (n > counts.get(best)!) best = style;
  return best;
}

const FAMILY: Record<string, string> = {
  'roman-dash': 'roman',
  'roman-dot': 'roman',
  'arabic-dot': 'arabic',
  'arabic-dash': 'arabic',
  'decimal-dash': 'decimal',
  'decimal-dot': 'decimal',
};

/** "II-" → "II." when only the punctuation differs; undefined when the numerals themselves differ. */
function restyle(raw: string, from: NumberingStyle, to: NumberingStyle): string | undefined {
  if (!FAMILY[from] || FAMILY[from] !== FAMILY[to]) return undefined;
  const core = raw.trim().replace(/\s*[.)\-–]$/u, '');
  return `${core}${to.endsWith('dash') ? '-' : '.'}`;
}

/** "2.1-" → 2 (the number of the section it belongs to). */
function decimalPrefix(numbering: Numbered['numbering']): number | undefined {
  if (numbering.style !== 'decimal-dash' && numbering.style !== 'decimal-dot') return undefined;
  const parts = /(\d+(?:\.\d+)+)/.exec(numbering.raw)?.[1].split('.');
  return parts && parts.length >= 2 ? Number(parts[parts.length - 2]) : undefined;
}

/**
 * How number `value` is written in `style`, without the final punctuation: 4 → "IV", "4", "d"; a decimal number
 * keeps the prefix of `sample` ("2.1-" → "2.4").
 */
export function label(style: NumberingStyle, value: number, sample = ''): string {
  if (style === 'roman-dash' || style === 'roman-dot') return toRoman(value);
  if (style === 'letter-paren') return toLetter(value);
  const prefix = /^\s*((?:\d+\.)+)\d+/.exec(sample)?.[1] ?? '';
  return `${prefix}${value}`;
}
