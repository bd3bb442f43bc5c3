import type { BlockPosition, TextEdit } from '../edit';
import type { DocumentModel, Profile } from '../model';
import type { NumberingStyle, OutlineTemplate, TemplateSection } from '../templates/types';
import type { SectionMatch, TemplateMatch } from './match';
import { familyOf, numberGroup, type GroupInsert } from './renumber';
import type { OutlineNode } from './types';

/**
 * How sections inserted by the scaffold fit the document around them: the numbering style and Word heading level
 * of their siblings, and numbers that follow the document's (renumbering the siblings after them, see renumber.ts).
 */

/** "template" keeps each section's numbering; "dash" writes I-, 2.1-; "dot" writes I., 2.1. (1. and a) stay). */
export type NumberingChoice = 'template' | 'dash' | 'dot';

export function chooseNumbering(style: NumberingStyle, choice: NumberingChoice): NumberingStyle {
  if (choice === 'dash') {
    if (style === 'roman-dot') return 'roman-dash';
    if (style === 'decimal-dot') return 'decimal-dash';
  }
  if (choice === 'dot') {
    if (style === 'roman-dash') return 'roman-dot';
    if (style === 'decimal-dash') return 'decimal-dot';
    if (style === 'arabic-dash') return 'arabic-dot';
  }
  return style;
}

function family(style: NumberingStyle): string {
  return style.split('-')[0];
}

/**
 * Each section's number path: its place among its siblings, and for decimal styles the numbers above it too
 * ("2.1-" under "2." is [2, 1]; "2.1.3." under it [2, 1, 3]).
 */
export function sectionNumberPaths(
  sections: readonly TemplateSection[],
  parentPath: number[] = [],
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  sections.forEach((section, i) => {
    const path = section.numbering.startsWith('decimal') ? [...parentPath, i + 1] : [i + 1];
    out.set(section.id, path);
    for (const [id, p] of sectionNumberPaths(section.children, path)) out.set(id, p);
  });
  return out;
}

export interface Context {
  template: OutlineTemplate;
  choice: NumberingChoice;
  profile: Profile;
  numbers: Map<string, number[]>;
  /** Numbers that follow the document's instead of the template's (see renumber.ts), by section id. */
  renumbered: Map<string, number[]>;
  /** Numbering style and Word heading level (0: none) a section should take to fit the document around it. */
  fit: Map<string, { style?: NumberingStyle; headingLevel?: number }>;
}

/**
 * Inserted sections take the numbering style their present siblings use in the document ("I." where the
 * template says "I-"), and a Word heading level one below a styled parent or equal to a styled sibling. Among
 * headings written without Word's heading styles they get none either (level 0): a styled heading would be read
 * as a level of its own, above the typed "I." it sits beside.
 */
export function fitToDocument(
  ctx: Context,
  doc: DocumentModel,
  section: TemplateSection,
  presentSiblings: SectionMatch[],
  parent: SectionMatch | undefined,
): void {
  const sibling = presentSiblings.find(
    (s) => s.heading?.numbering && family(s.heading.numbering.style) === family(section.numbering),
  );
  const styledSibling = presentSiblings.find((s) => s.heading && doc.paragraphs[s.heading.paragraph].headingLevel);
  const parentLevel = parent?.heading ? doc.paragraphs[parent.heading.paragraph].headingLevel : undefined;
  const amongHeadings = presentSiblings.some((s) => s.heading) || !!parent?.heading;
  const headingLevel = styledSibling
    ? doc.paragraphs[styledSibling.heading!.paragraph].headingLevel
    : parentLevel !== undefined
      ? parentLevel + 1
      : amongHeadings
        ? 0
        : undefined;
  const fit: { style?: NumberingStyle; headingLevel?: number } = {};
  if (sibling) fit.style = sibling.heading!.numbering!.style;
  if (headingLevel !== undefined) fit.headingLevel = headingLevel;
  ctx.fit.set(section.id, fit);
  // Descendants inserted with this section keep their Word levels relative to it (and none under an unstyled one).
  const shift = headingLevel !== undefined ? headingLevel - section.level : 0;
  const walk = (children: readonly TemplateSection[]) =>
    children.forEach((c) => {
      if (headingLevel === 0) ctx.fit.set(c.id, { headingLevel: 0 });
      else if (shift !== 0) ctx.fit.set(c.id, { headingLevel: c.level + shift });
      walk(c.children);
    });
  walk(section.children);
}

/** A root section of an insertion, where it goes and what is around it in the template. */
export interface Placed {
  section: TemplateSection;
  order: number;
  position: BlockPosition;
  around: { present: SectionMatch[] };
  parent: SectionMatch | undefined;
}

const parentMaps = new WeakMap<readonly OutlineNode[], Map<OutlineNode, OutlineNode | undefined>>();

function parentsOf(outline: readonly OutlineNode[]): Map<OutlineNode, OutlineNode | undefined> {
  let parents = parentMaps.get(outline);
  if (!parents) {
    const map = new Map<OutlineNode, OutlineNode | undefined>();
    const walk = (nodes: readonly OutlineNode[], parent?: OutlineNode) =>
      nodes.forEach((n) => (map.set(n, parent), walk(n.children, n)));
    walk(outline);
    parents = map;
    parentMaps.set(outline, map);
  }
  return parents;
}

/** Where an insertion lands, in paragraph units (k + 0.5: after paragraph k); undefined at the cursor. */
function placeOf(position: BlockPosition): number | undefined {
  if (position.at === 'afterParagraph') return position.paragraph + 0.5;
  if (position.at === 'beforeParagraph') return position.paragraph - 0.5;
  if (position.at === 'start') return -1;
  return position.at === 'end' ? Infinity : undefined;
}

/**
 * Numbers the inserted roots after the typed numbers of the document's headings beside them (in ctx.renumbered,
 * with the decimal numbers of their inserted sub-sections), and returns the edits renumbering the siblings after
 * them. Sections going where the document has no typed sibling keep the template's numbers.
 */
export function numberInserted(
  ctx: Context,
  doc: DocumentModel,
  match: TemplateMatch,
  placed: readonly Placed[],
): TextEdit[] {
  const groups = new Map<readonly OutlineNode[], { parent?: OutlineNode; inserts: GroupInsert[] }>();
  const sections = new Map<string, TemplateSection>();
  for (const p of placed) {
    const at = placeOf(p.position);
    if (at === undefined) continue;
    const sibling = p.around.present.find((m) => m.heading)?.heading;
    const parent = sibling ? parentsOf(match.outline).get(sibling) : p.parent?.heading;
    const list = parent ? parent.children : sibling ? match.outline : undefined;
    if (!list) continue;
    const style = ctx.fit.get(p.section.id)?.style ?? chooseNumbering(p.section.numbering, ctx.choice);
    const group = groups.get(list) ?? { ...(parent ? { parent } : {}), inserts: [] };
    groups.set(list, group);
    group.inserts.push({
      id: p.section.id,
      at,
      family: familyOf(style),
      templatePath: ctx.numbers.get(p.section.id) ?? [1],
      order: p.order,
    });
    sections.set(p.section.id, p.section);
  }
  const edits: TextEdit[] = [];
  for (const [list, group] of groups) {
    const result = numberGroup(doc, list, group.parent, group.inserts);
    for (const [id, path] of result.paths) {
      ctx.renumbered.set(id, path);
      for (const [child, childPath] of sectionNumberPaths(sections.get(id)!.children, path))
        ctx.renumbered.set(child, childPath);
    }
    edits.push(...result.edits);
  }
  return edits;
}
