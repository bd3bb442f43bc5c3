import type { DocumentModel } from '../model';
import { parseGuideTag } from '../tags';
import { MATCH_THRESHOLD, sectionSimilarity } from '../outline/match';
import { toRoman } from '../outline/numbering';
import type { OutlineNode } from '../outline/types';
import type { OutlineTemplate, TemplateSection } from '../templates/types';
import { coreSectionsOf, type CoreSection } from './coreSections';
import { readOutline, type DocumentOutline } from './documentOutline';
import { foldedWords, similarityOfWords } from './text';
import type { OutlineComparison, SectionState, SectionStatus } from './types';

/** A heading matches a section on its own at this title similarity (the outline matcher's threshold). */
const STRONG = MATCH_THRESHOLD;
/** …and even inside a heading matched to another branch of the template (a section placed elsewhere). */
const ACROSS_BRANCHES = 0.8;
/** Among the direct sub-headings of the section's matched parent, a weaker likeness is enough (few candidates, one topic). */
const IN_PARENT = 0.35;
/** A heading that repeats one of the section's guidance topics shows the section is there. */
const GUIDANCE = 0.6;
/** Same core section (Ưu điểm…) on both sides, alone or among others in the heading. */
const CORE_EXACT = 0.85;
const CORE_SHARED = 0.65;

interface Slot {
  section: TemplateSection;
  label: string;
  parent?: Slot;
  order: number;
  node?: OutlineNode;
}

/**
 * Where each section of the template stands in the document: present (with its heading), missing (with the
 * paragraph where it would go) or out of order. Titles are compared without accents, case, punctuation or
 * numbering; alternatives count; a heading naming one of the section's guidance topics, or the same core
 * report section (Ưu điểm, Hạn chế…), also counts.
 */
export function compareOutline(
  doc: DocumentModel,
  template: OutlineTemplate,
  outline: DocumentOutline = readOutline(doc),
): OutlineComparison {
  const slots = flattenTemplate(template.sections);
  const scorer = new TitleScorer();
  const nodes = outline.nodes;
  const used = new Set<OutlineNode>();
  const assign = (slot: Slot, node: OutlineNode) => {
    slot.node = node;
    used.add(node);
  };

  // 1. Strong title matches, best pairs first.
  const pairs: Array<{ slot: Slot; node: OutlineNode; score: number }> = [];
  for (const slot of slots) {
    for (const node of nodes) {
      const score = scorer.score(slot.section, node.title);
      if (score >= STRONG) pairs.push({ slot, node, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.slot.order - b.slot.order || a.node.paragraph - b.node.paragraph);
  const parentOf = parentMap(outline.tree);
  const matchedTo = new Map<OutlineNode, Slot>();
  // A heading inside a heading already matched to another branch of the template needs a clear likeness.
  const fitsHierarchy = (slot: Slot, node: OutlineNode) => {
    for (let a = parentOf.get(node); a; a = parentOf.get(a)) {
      const owner = matchedTo.get(a);
      if (owner && !isAncestor(owner, slot)) return false;
    }
    return true;
  };
  for (const { slot, node, score } of pairs) {
    if (slot.node || used.has(node)) continue;
    if (score < ACROSS_BRANCHES && !fitsHierarchy(slot, node)) continue;
    assign(slot, node);
    matchedTo.set(node, slot);
  }

  // 2. Weaker matches inside the matched parent, then guidance topics, parents before children.
  for (const slot of slots) {
    if (slot.node) continue;
    const parentNode = slot.parent?.node;
    if (parentNode) {
      const inside = parentNode.children.filter((n) => !used.has(n));
      const best = bestBy(inside, (n) => scorer.score(slot.section, n.title));
      if (best && best.score >= IN_PARENT) {
        assign(slot, best.item);
        continue;
      }
    }
    const byTopic = bestTopicMatch(slot.section.guidance ?? [], nodes, used);
    if (byTopic) assign(slot, byTopic);
  }

  // 3. Core report sections may share one heading ("Ưu điểm, hạn chế và nguyên nhân").
  for (const slot of slots) {
    if (slot.node) continue;
    const core = coreOf(slot.section);
    if (core.length === 0) continue;
    const node = nodes.find((n) => {
      const has = scorer.coreOfTitle(n.title);
      return has.length > 1 && core.every((c) => has.includes(c));
    });
    // Shared: the heading stays available to the other core sections it names.
    if (node) slot.node = node;
  }

  const inOrder = longestIncreasing(slots.filter((s) => s.node));
  const bodyEnd = nodes.length > 0 ? Math.max(...outline.tree.map((n) => n.end)) : doc.paragraphs.length;
  const guides = guideParagraphs(doc, template.id);
  const statusOf = (slot: Slot): SectionStatus => {
    // A scaffolded section whose heading was removed still has its guidance control: it is there.
    const guide = guides.get(slot.section.id);
    const state: SectionState = slot.node
      ? inOrder.has(slot)
        ? 'present'
        : 'out-of-order'
      : guide !== undefined
        ? 'present'
        : 'missing';
    return {
      section: slot.section,
      label: slot.label,
      state,
      ...(slot.node ? { heading: stripNode(slot.node) } : {}),
      paragraph: slot.node ? slot.node.paragraph : (guide ?? insertionPoint(slot, slots, inOrder, bodyEnd)),
      children: slots.filter((s) => s.parent === slot).map(statusOf),
    };
  };
  const sections = slots.filter((s) => !s.parent).map(statusOf);
  const found = slots.filter((s) => s.node || guides.has(s.section.id)).length;
  return { template, sections, score: slots.length ? found / slots.length : 0 };
}

/**
 * The first unused heading whose title is most like one of the guidance topics, if that likeness reaches GUIDANCE.
 * A pair is measured only when it can reach it: 2·lcs/(a+b) ≥ GUIDANCE needs that many of the topic's words in
 * the title (lcs ≤ shared words), so a heading below the bound can neither win nor change which heading wins.
 */
function bestTopicMatch(
  topics: readonly string[],
  nodes: readonly OutlineNode[],
  used: ReadonlySet<OutlineNode>,
): OutlineNode | undefined {
  if (topics.length === 0) return undefined;
  const topicWords = topics.map(foldedWords);
  let best: OutlineNode | undefined;
  let bestScore = -1;
  for (const node of nodes) {
    if (used.has(node)) continue;
    const title = foldedWords(node.title);
    if (title.length === 0) continue;
    const vocabulary = wordSet(title);
    let score = 0;
    for (const words of topicWords) {
      // The bound with a little slack, so a pair exactly at GUIDANCE is still measured.
      const bound = GUIDANCE * (words.length + title.length) - 1e-9;
      if (2 * Math.min(words.length, title.length) < bound) continue;
      let shared = 0;
      for (const w of words) if (vocabulary.has(w)) shared++;
      if (2 * shared < bound) continue;
      score = Math.max(score, similarityOfWords(words, title));
    }
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return bestScore >= GUIDANCE ? best : undefined;
}

/** The set of a folded word list (kept per list: the lists are themselves cached per title). */
const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function wordSet(words: readonly string[]): ReadonlySet<string> {
  let set = wordSets.get(words);
  if (!set) wordSets.set(words, (set = new Set(words)));
  return set;
}

/** Counts for a one-line summary. */
export function countStates(sections: readonly SectionStatus[]): {
  total: number;
  present: number;
  missing: number;
  outOfOrder: number;
} {
  const all = flattenStatuses(sections);
  const count = (state: SectionState) => all.filter((s) => s.state === state).length;
  return { total: all.length, present: count('present'), missing: count('missing'), outOfOrder: count('out-of-order') };
}

export function flattenStatuses(sections: readonly SectionStatus[]): SectionStatus[] {
  return sections.flatMap((s) => [s, ...flattenStatuses(s.children)]);
}

/**
 * Title likeness 0..1 (the outline matcher's measure: title and alternatives, accents and numbering ignored),
 * with the core-section reading as a floor ("Ưu điểm và nguyên nhân của ưu điểm" is the strengths section).
 * Results are kept for one comparison; pairs with no word in common are 0 without measuring.
 */
class TitleScorer {
  private readonly scores = new Map<TemplateSection, Map<string, number>>();
  private readonly words = new Map<string, Set<string>>();
  private readonly cores = new Map<string, CoreSection[]>();

  score(section: TemplateSection, title: string): number {
    let row = this.scores.get(section);
    if (!row) this.scores.set(section, (row = new Map()));
    let value = row.get(title);
    if (value === undefined) {
      value = this.measure(section, title);
      row.set(title, value);
    }
    return value;
  }

  coreOfTitle(title: string): CoreSection[] {
    let found = this.cores.get(title);
    if (!found) this.cores.set(title, (found = coreSectionsOf(title)));
    return found;
  }

  private measure(section: TemplateSection, title: string): number {
    const own = this.contentWords(title);
    let shares = this.sharesWord(section.title, own);
    for (const name of section.alternatives ?? []) shares ||= this.sharesWord(name, own);
    const words = shares ? sectionSimilarity(section, title) : 0;
    const wanted = coreOf(section);
    if (wanted.length === 0) return words;
    const has = this.coreOfTitle(title);
    if (!wanted.every((c) => has.includes(c))) return words;
    return Math.max(words, has.length === wanted.length ? CORE_EXACT : CORE_SHARED);
  }

  private sharesWord(name: string, own: ReadonlySet<string>): boolean {
    for (const w of this.contentWords(name)) if (own.has(w)) return true;
    return false;
  }

  private contentWords(text: string): Set<string> {
    let set = this.words.get(text);
    if (!set) this.words.set(text, (set = new Set(foldedWords(text).filter((w) => !FUNCTION_WORDS.has(w)))));
    return set;
  }
}

/** Words that say nothing about a section's topic. */
const FUNCTION_WORDS = new Set(
  'va cua cac nhung ve trong doi voi cho de la o tai theo tu den do nham viec su cung mot hoac nay'.split(' '),
);

/** The core report sections a template section stands for: by its title, else by its first alternative that names one. */
export function coreOf(section: TemplateSection): CoreSection[] {
  let found = coreOfSection.get(section);
  if (!found) coreOfSection.set(section, (found = computeCoreOf(section)));
  return found;
}

/** Templates are read many times over; their sections are not changed once loaded. */
const coreOfSection = new WeakMap<TemplateSection, CoreSection[]>();

function computeCoreOf(section: TemplateSection): CoreSection[] {
  for (const name of [section.title, ...(section.alternatives ?? [])]) {
    const found = coreSectionsOf(name);
    if (found.length > 0) return found;
  }
  return [];
}

function flattenTemplate(sections: readonly TemplateSection[]): Slot[] {
  const out: Slot[] = [];
  const walk = (list: readonly TemplateSection[], parent: Slot | undefined) =>
    list.forEach((section, i) => {
      const label = sectionLabel(section, parent, i);
      const slot: Slot = { section, label, order: out.length, ...(parent ? { parent } : {}) };
      out.push(slot);
      walk(section.children, slot);
    });
  walk(sections, undefined);
  return out;
}

/** The template's own id when it reads like a number path ("III.3"), else one built from the position. */
function sectionLabel(section: TemplateSection, parent: Slot | undefined, index: number): string {
  if (/^[IVXLC\d]+(\.[\da-z\u0111]+)*$/u.test(section.id)) return section.id;
  return parent ? `${parent.label}.${index + 1}` : toRoman(index + 1);
}

function parentMap(tree: readonly OutlineNode[]): Map<OutlineNode, OutlineNode> {
  const map = new Map<OutlineNode, OutlineNode>();
  const walk = (node: OutlineNode) =>
    node.children.forEach((child) => {
      map.set(child, node);
      walk(child);
    });
  tree.forEach(walk);
  return map;
}

function isAncestor(ancestor: Slot, slot: Slot): boolean {
  for (let p = slot.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function bestBy<T>(items: readonly T[], score: (item: T) => number): { item: T; score: number } | undefined {
  let best: { item: T; score: number } | undefined;
  for (const item of items) {
    const s = score(item);
    if (!best || s > best.score) best = { item, score: s };
  }
  return best;
}

/** The matched sections whose headings follow the template's order (a longest increasing run); the rest are out of order. */
function longestIncreasing(matched: readonly Slot[]): Set<Slot> {
  const n = matched.length;
  const length = new Array<number>(n).fill(1);
  const previous = new Array<number>(n).fill(-1);
  const at = (i: number) => matched[i].node!.paragraph;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      // A shared heading (core section) may stand for two consecutive sections.
      if (at(j) <= at(i) && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
  }
  const kept = new Set<Slot>();
  let i = length.indexOf(Math.max(0, ...length));
  while (i >= 0) {
    kept.add(matched[i]);
    i = previous[i];
  }
  return kept;
}

/**
 * Where a missing section belongs: before the heading of the next section (in template order, outside this one)
 * that is in place; else at the end of its parent's content; else at the end of the body.
 */
function insertionPoint(slot: Slot, slots: readonly Slot[], inOrder: ReadonlySet<Slot>, bodyEnd: number): number {
  const isInside = (s: Slot) => {
    for (let p: Slot | undefined = s; p; p = p.parent) if (p === slot) return true;
    return false;
  };
  const parentNode = nearestMatchedAncestor(slot, inOrder);
  const next = slots.find((s) => s.order > slot.order && !isInside(s) && inOrder.has(s));
  if (next && (!parentNode || next.node!.paragraph < parentNode.end)) return next.node!.paragraph;
  return parentNode ? parentNode.end : bodyEnd;
}

function nearestMatchedAncestor(slot: Slot, inOrder: ReadonlySet<Slot>): OutlineNode | undefined {
  for (let p = slot.parent; p; p = p.parent) if (p.node && inOrder.has(p)) return p.node;
  return undefined;
}

/** The first paragraph of each guidance control of this template, by section id. */
function guideParagraphs(doc: DocumentModel, templateId: string): Map<string, number> {
  const out = new Map<string, number>();
  doc.paragraphs.forEach((p, i) => {
    const guide = p.controlTag ? parseGuideTag(p.controlTag) : null;
    if (guide && guide.templateId === templateId && !out.has(guide.sectionId)) out.set(guide.sectionId, i);
  });
  return out;
}

function stripNode(node: OutlineNode): SectionStatus['heading'] {
  const { children: _children, end: _end, ...heading } = node;
  return heading;
}
