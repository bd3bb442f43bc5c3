import type { DocumentModel } from '../model';
import { parseGuideTag } from '../tags';
import { flattenSections } from '../templates';
import type { OutlineTemplate, TemplateSection } from '../templates/types';
import { foldAccents } from '../vi/tokenize';
import { extractOutline, flattenOutline } from './headings';
import type { OutlineNode } from './types';

/**
 * Which heading of a document stands for which template section. Titles are compared accent- and case-blind,
 * numbering ignored, against the section title and its alternatives, by weighted word and word-pair overlap:
 * "Ưu điểm và nguyên nhân của ưu điểm" ≈ "Ưu điểm, nguyên nhân", while "Hạn chế" shares nothing with
 * "Ưu điểm". Each heading serves at most one section; the best-scoring pairs are taken first.
 */

export interface SectionMatch {
  section: TemplateSection;
  parentId?: string;
  /** The heading standing for the section, if any. */
  heading?: OutlineNode;
  /** Title similarity of the chosen heading, 0..1 (0 when unmatched). */
  score: number;
  /** A guidance control this add-in inserted for the section (scaffolded documents), if present. */
  guide?: { paragraph: number; showsPlaceholder: boolean };
  /** Matched, but placed before a section the template puts ahead of it. */
  outOfOrder: boolean;
}

export interface TemplateMatch {
  template: OutlineTemplate;
  outline: OutlineNode[];
  /** Every template section in template order (pre-order). */
  sections: SectionMatch[];
  /** Required sections with neither a heading nor a guidance control. */
  missing: SectionMatch[];
  outOfOrder: SectionMatch[];
}

/** Minimum similarity for a heading to count as a section. */
export const MATCH_THRESHOLD = 0.5;

/** Function words: ignored. */
const STOP = new Set(
  'va cua cac nhung ve trong doi voi cho de la o tai theo tu den do nham viec su cung mot hoac nay'.split(' '),
);
/** Words every section of a report shares (or document codes): they count, but little. */
const WEAK = new Set(
  'nguyen nhan thuc hien nghi quyet so nam chu yeu cong tac cu the khoa ban nq tw kl ct hd ubnd tinh uy dang'.split(
    ' ',
  ),
);
const WEAK_WEIGHT = 0.3;

function weight(token: string): number {
  return WEAK.has(token) || /\d/.test(token) ? WEAK_WEIGHT : 1;
}

interface Bag {
  words: Map<string, number>;
  pairs: Map<string, number>;
  /** Sums of the weights, computed once. */
  wordTotal: number;
  pairTotal: number;
}

const bags = new Map<string, Bag>();

/** Bags of titles seen recently (templates and headings are compared many times over). */
function bag(title: string): Bag {
  let b = bags.get(title);
  if (!b) {
    if (bags.size > 5000) bags.clear();
    b = computeBag(title);
    bags.set(title, b);
  }
  return b;
}

/** Word and adjacent-word-pair bags of a title; pairs do not cross punctuation or function words. */
function computeBag(title: string): Bag {
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const segment of foldAccents(title).split(/[,;:.()“”"!?/–-]+|\s-\s/)) {
    const tokens = segment.split(/[^a-z0-9]+/).filter(Boolean);
    tokens.forEach((t, i) => {
      if (STOP.has(t)) return;
      words.set(t, weight(t));
      const next = tokens[i + 1];
      if (next && !STOP.has(next)) pairs.set(`${t} ${next}`, (weight(t) + weight(next)) / 2);
    });
  }
  return { words, pairs, wordTotal: total(words), pairTotal: total(pairs) };
}

function total(m: Map<string, number>): number {
  let sum = 0;
  for (const w of m.values()) sum += w;
  return sum;
}

function f1(a: Map<string, number>, wa: number, b: Map<string, number>, wb: number): number | undefined {
  if (wa === 0 || wb === 0) return undefined;
  let shared = 0;
  for (const [k, w] of a) if (b.has(k)) shared += w;
  if (shared === 0) return 0;
  const p = shared / wa;
  const r = shared / wb;
  return (2 * p * r) / (p + r);
}

/** Similarity of two titles, 0..1, accent-, case- and numbering-blind. */
export function titleSimilarity(a: string, b: string): number {
  const ba = bag(a);
  const bb = bag(b);
  const words = f1(ba.words, ba.wordTotal, bb.words, bb.wordTotal) ?? 0;
  const pairs = f1(ba.pairs, ba.pairTotal, bb.pairs, bb.pairTotal);
  return pairs === undefined ? words : (words + pairs) / 2;
}

/** Best similarity of a heading title to a section's title or any of its alternatives. */
export function sectionSimilarity(section: TemplateSection, title: string): number {
  let best = titleSimilarity(section.title, title);
  for (const alternative of section.alternatives ?? []) best = Math.max(best, titleSimilarity(alternative, title));
  return best;
}

/** Indexes of the longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) keep.add(i);
  return keep;
}

function isDocument(x: DocumentModel | readonly OutlineNode[]): x is DocumentModel {
  return !Array.isArray(x) && 'paragraphs' in x;
}

/**
 * Matches a document (or an outline already extracted) against a template. With a document, `documentOutline`
 * is its outline when already known (a check reads it once for every rule).
 */
export function matchTemplate(
  docOrOutline: DocumentModel | readonly OutlineNode[],
  template: OutlineTemplate,
  documentOutline?: readonly OutlineNode[],
): TemplateMatch {
  const outline = isDocument(docOrOutline)
    ? documentOutline
      ? [...documentOutline]
      : extractOutline(docOrOutline)
    : [...docOrOutline];
  const headings = flattenOutline(outline);
  const parentOf = new Map<OutlineNode, OutlineNode | undefined>();
  const walk = (nodes: OutlineNode[], parent?: OutlineNode) =>
    nodes.forEach((n) => {
      parentOf.set(n, parent);
      walk(n.children, n);
    });
  walk(outline);

  const indexOfHeading = new Map(headings.map((h, i) => [h, i]));
  const flat = flattenSections(template.sections);
  const raw = flat.map(({ section }) => headings.map((h) => sectionSimilarity(section, h.title)));
  const indexOfSection = new Map(flat.map(({ section }, i) => [section.id, i]));

  // Small preferences that only break near-ties: a heading under the heading that resembles the section's
  // parent, and a heading at the section's level.
  const pairs: Array<{ s: number; h: number; score: number; rank: number }> = [];
  flat.forEach(({ section, parentId }, s) => {
    const parentRow = parentId !== undefined ? raw[indexOfSection.get(parentId)!] : undefined;
    headings.forEach((heading, h) => {
      const score = raw[s][h];
      if (score < MATCH_THRESHOLD) return;
      let bonus = heading.level === section.level ? 0.02 : 0;
      if (parentRow) {
        for (let up = parentOf.get(heading); up; up = parentOf.get(up)) {
          if (parentRow[indexOfHeading.get(up)!] >= MATCH_THRESHOLD) {
            bonus += 0.03;
            break;
          }
        }
      }
      pairs.push({ s, h, score, rank: score + bonus });
    });
  });
  pairs.sort((a, b) => b.rank - a.rank || a.s - b.s || a.h - b.h);

  const chosen = new Map<number, { h: number; score: number }>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (chosen.has(p.s) || taken.has(p.h)) continue;
    chosen.set(p.s, { h: p.h, score: p.score });
    taken.add(p.h);
  }

  const guides = new Map<string, { paragraph: number; showsPlaceholder: boolean }>();
  if (isDocument(docOrOutline)) {
    docOrOutline.paragraphs.forEach((p, i) => {
      const tag = p.controlTag ? parseGuideTag(p.controlTag) : null;
      if (tag && tag.templateId === template.id && !guides.has(tag.sectionId)) {
        guides.set(tag.sectionId, { paragraph: i, showsPlaceholder: p.showsPlaceholder === true });
      }
    });
  }

  const sections: SectionMatch[] = flat.map(({ section, parentId }, s) => {
    const c = chosen.get(s);
    const guide = guides.get(section.id);
    return {
      section,
      ...(parentId !== undefined ? { parentId } : {}),
      ...(c ? { heading: headings[c.h] } : {}),
      score: c?.score ?? 0,
      ...(guide ? { guide } : {}),
      outOfOrder: false,
    };
  });

  const matched = sections.filter((m) => m.heading);
  const inOrder = longestIncreasing(matched.map((m) => m.heading!.paragraph));
  matched.forEach((m, i) => (m.outOfOrder = !inOrder.has(i)));

  return {
    template,
    outline,
    sections,
    missing: sections.filter((m) => m.section.required && !m.heading && !m.guide),
    outOfOrder: sections.filter((m) => m.outOfOrder),
  };
}
