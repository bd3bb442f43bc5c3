import type { TextEdit } from '../edit';
import type { DocumentModel } from '../model';
import type { NumberingStyle } from '../templates/types';
import { parseNumbering, toLetter, toRoman } from './numbering';
import type { Heading, OutlineNode } from './types';

/**
 * Numbers for sections inserted among a document's headings, and the renumbering of the sibling sections after
 * them: inserting "I. TÌNH HÌNH" above "I. KẾT QUẢ", "II. ĐÁNH GIÁ" makes those "II." and "III.". Only the number
 * typed in each heading changes; sub-numbering stays ("1.", "a)"), except decimal numbers that carry the renumbered
 * section's number ("2.1." under "II." becomes "3.1."). Numbers Word draws itself (list numbering, not in the text)
 * are never touched: Word renumbers its lists on its own.
 */

export type NumberFamily = 'roman' | 'arabic' | 'decimal' | 'letter';

export function familyOf(style: NumberingStyle): NumberFamily | undefined {
  if (style.startsWith('roman')) return 'roman';
  if (style.startsWith('arabic')) return 'arabic';
  if (style.startsWith('decimal')) return 'decimal';
  return style === 'letter-paren' ? 'letter' : undefined;
}

/** A number typed at the start of a heading: where its numerals are ("II" of "II. ĐÁNH GIÁ") and what they count. */
export interface TypedNumber {
  /** Offset of the numerals in the paragraph text. */
  start: number;
  numerals: string;
  family: NumberFamily;
  /** [value], or every number of a decimal numbering ("2.1" → [2, 1]). */
  path: number[];
}

const NUMERALS = /^(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])/u;

/** The heading's typed number, or undefined when it has none (Word list numbering, a bullet, no number). */
export function typedNumber(doc: DocumentModel, heading: Heading): TypedNumber | undefined {
  const text = doc.paragraphs[heading.paragraph]?.text ?? '';
  const parsed = heading.numbering ? parseNumbering(text) : null;
  if (!parsed || parsed.raw !== heading.numbering!.raw || parsed.titleStart !== heading.titleStart) return undefined;
  const family = familyOf(parsed.style);
  const start = /^[\s\u00a0]*/u.exec(text)![0].length;
  const numerals = NUMERALS.exec(text.slice(start))?.[0];
  return family && numerals ? { start, numerals, family, path: parsed.path } : undefined;
}

export function writeNumerals(family: NumberFamily, path: readonly number[]): string {
  const n = path[path.length - 1];
  if (family === 'roman') return toRoman(n);
  if (family === 'letter') return toLetter(n);
  return family === 'decimal' ? path.join('.') : String(n);
}

/** One heading's number as it is and as it will be, for telling the user before the change. */
export interface NumberChange {
  paragraph: number;
  from: string;
  to: string;
}

/** A section to be inserted into a group of sibling headings. */
export interface GroupInsert {
  id: string;
  /** Where it goes, in paragraph units: k + 0.5 is just after paragraph k, k - 0.5 just before it. */
  at: number;
  family: NumberFamily | undefined;
  /** The number the template gives it (used when the document offers nothing to follow). */
  templatePath: number[];
  /** Template order, for insertions at the same place. */
  order: number;
}

export interface GroupNumbering {
  /** Number paths for the inserted sections that must not take the template's. */
  paths: Map<string, number[]>;
  edits: TextEdit[];
  changes: NumberChange[];
}

/**
 * Numbers the sections inserted into `group` (the document's sibling headings under `parent`) after the typed
 * numbers before them, and renumbers the siblings after each insertion that its number would repeat, up to the
 * first sibling whose number is already higher. Each edit replaces the heading's text from its number on and
 * states that text, so it is refused when the heading changed since.
 */
export function numberGroup(
  doc: DocumentModel,
  group: readonly OutlineNode[],
  parent: OutlineNode | undefined,
  inserts: readonly GroupInsert[],
): GroupNumbering {
  const out: GroupNumbering = { paths: new Map(), edits: [], changes: [] };
  const typed = group.map((node) => ({ node, number: typedNumber(doc, node) }));
  const parentNumber = parent && typedNumber(doc, parent);
  const families = new Set(inserts.map((i) => i.family));
  for (const family of families) {
    if (!family) continue;
    const siblings = typed.filter((t) => t.number?.family === family);
    // Nothing typed to follow: the template's numbers stand (and Word's own list numbers are left to Word).
    if (siblings.length === 0) continue;
    type Item = { at: number; order: number; insert?: GroupInsert; node?: OutlineNode; number?: TypedNumber };
    const items: Item[] = [
      ...siblings.map((s) => ({ at: s.node.paragraph, order: 0, node: s.node, number: s.number! })),
      ...inserts.filter((i) => i.family === family).map((i) => ({ at: i.at, order: i.order, insert: i })),
    ].sort((a, b) => a.at - b.at || a.order - b.order);
    let previous: number[] | undefined;
    let renumbering = false;
    for (const item of items) {
      const last = previous ? previous[previous.length - 1] : 0;
      if (item.insert) {
        const prefix = previous
          ? previous.slice(0, -1)
          : parentNumber
            ? parentNumber.path
            : item.insert.templatePath.slice(0, -1);
        const path = family === 'decimal' ? [...prefix, last + 1] : [last + 1];
        out.paths.set(item.insert.id, path);
        previous = path;
        renumbering = true;
        continue;
      }
      const number = item.number!;
      const value = number.path[number.path.length - 1];
      if (!renumbering || value > last) {
        previous = number.path;
        renumbering = false;
        continue;
      }
      const path = [...number.path.slice(0, -1), last + 1];
      renumber(doc, item.node!, number, path, out);
      previous = path;
    }
  }
  return out;
}

/** The edit giving `node` the number `path`, and its decimal descendants that carry its number the new prefix. */
function renumber(doc: DocumentModel, node: OutlineNode, number: TypedNumber, path: number[], out: GroupNumbering) {
  const old = number.family === 'decimal' ? number.path : [number.path[number.path.length - 1]];
  const fresh = number.family === 'decimal' ? path : [path[path.length - 1]];
  write(doc, node, number, path, out);
  const walk = (children: readonly OutlineNode[]) =>
    children.forEach((child) => {
      const n = typedNumber(doc, child);
      if (n?.family === 'decimal' && n.path.length > old.length && old.every((v, i) => n.path[i] === v))
        write(doc, child, n, [...fresh, ...n.path.slice(old.length)], out);
      walk(child.children);
    });
  walk(node.children);
}

function write(doc: DocumentModel, node: OutlineNode, number: TypedNumber, path: number[], out: GroupNumbering) {
  const text = doc.paragraphs[node.paragraph].text;
  const to = writeNumerals(number.family, path);
  if (to === number.numerals) return;
  out.edits.push({
    kind: 'replaceText',
    paragraph: node.paragraph,
    start: number.start,
    length: text.length - number.start,
    expected: text.slice(number.start),
    replacement: to + text.slice(number.start + number.numerals.length),
  });
  out.changes.push({ paragraph: node.paragraph, from: number.numerals, to });
}

/** The renumbering a list of outline edits makes (its text edits), in document order: "I → II", "II → III". */
export function numberChanges(edits: readonly { kind: string }[]): NumberChange[] {
  return edits
    .filter((e): e is TextEdit => e.kind === 'replaceText')
    .map((e) => ({
      paragraph: e.paragraph,
      from: NUMERALS.exec(e.expected)?.[0] ?? e.expected,
      to: NUMERALS.exec(e.replacement)?.[0] ?? e.replacement,
    }))
    .sort((a, b) => a.paragraph - b.paragraph);
}

/** "I → II, II → III" (at most `max` shown, then "…"). */
export function describeChanges(changes: readonly NumberChange[], max = 8): string {
  const shown = changes.slice(0, max).map((c) => `${c.from} → ${c.to}`);
  return changes.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}
