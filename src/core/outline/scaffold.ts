import type { BlockPosition, Edit, InsertBlockEdit, ParagraphSpec, TextFormat } from '../edit';
import type { DocumentModel, Profile } from '../model';
import { isOwnTag, Tags } from '../tags';
import type { OutlineTemplate, TemplateSection } from '../templates/types';
import {
  chooseNumbering,
  fitToDocument,
  numberInserted,
  sectionNumberPaths,
  type Context,
  type NumberingChoice,
} from './fit';
import { matchTemplate, type SectionMatch, type TemplateMatch } from './match';
import { formatNumbering } from './numbering';

export { chooseNumbering, sectionNumberPaths, type NumberingChoice } from './fit';

/**
 * Pure builders of the edits that write a template's outline into a document: the whole outline
 * (buildScaffold), only what is missing (buildRepair), or one missing section (buildInsertSection).
 *
 * Headings carry Word's built-in heading styles (Navigation Pane, table of contents), except among headings the
 * document typed without them (fit.ts), and the numbering as text, not Word list numbering, so the numbering
 * survives copying between documents and reads the same everywhere.
 * Under each heading with guidance (and under each leaf section) goes an empty paragraph in a content control
 * tagged Tags.guide(templateId, sectionId) whose placeholder shows the guidance. Existing text is never moved or
 * deleted: insertions are positioned after a paragraph whose current text they state, and sections already in
 * the document (by heading or by their guidance control) are never inserted again, so a second run is empty.
 * A section inserted among typed numbers takes the next number, and the siblings after it are renumbered (text
 * edits stating each heading's text: see renumber.ts), so "I." is never inserted above an existing "I.".
 */

export interface ScaffoldOptions {
  numbering?: NumberingChoice;
  /** Where a whole outline goes: at the cursor, or after the header (default). */
  position?: 'selection' | 'afterHeader';
  profile?: Profile;
  /** The document already matched against the template (a check builds many fixes from one match). */
  match?: TemplateMatch;
}

/** Body typography per profile (HD 36 Phụ lục 3: 14–15 pt; NĐ 30: 13–14 pt; both Times New Roman). */
const TYPOGRAPHY: Record<Profile, { font: string; size: number }> = {
  party: { font: 'Times New Roman', size: 14 },
  state: { font: 'Times New Roman', size: 14 },
};
/** About 1 cm, the first-line indent of body paragraphs in both rule sets. */
const FIRST_LINE_INDENT = 28;
const SPACE_AFTER = 6;

/** Level 1 upper case bold; level 2 bold; level 3 bold italic; deeper italic. */
function headingFormat(level: number, profile: Profile): TextFormat {
  const base = { ...TYPOGRAPHY[profile], color: '#000000' };
  if (level === 1 || level === 2) return { ...base, bold: true, italic: false };
  if (level === 3) return { ...base, bold: true, italic: true };
  return { ...base, bold: false, italic: true };
}

/** The placeholder text under a section: its guidance, one "- " line per hint when there are several. */
export function guidanceText(section: TemplateSection): string {
  const hints = section.guidance ?? [];
  if (hints.length === 0) return 'Nhập nội dung mục này.';
  return hints.length === 1 ? hints[0] : hints.map((h) => `- ${h}`).join('\n');
}

/** The numbering text a section gets for a numbering choice, e.g. "2.1-" or "III.". */
export function sectionNumber(section: TemplateSection, paths: Map<string, number[]>, choice: NumberingChoice): string {
  return formatNumbering(chooseNumbering(section.numbering, choice), paths.get(section.id) ?? [1]);
}

function sectionItems(ctx: Context, section: TemplateSection): ParagraphSpec[] {
  const fit = ctx.fit.get(section.id);
  const style = fit?.style ?? chooseNumbering(section.numbering, ctx.choice);
  const level = fit?.headingLevel ?? section.level;
  const number = formatNumbering(style, ctx.renumbered.get(section.id) ?? ctx.numbers.get(section.id)!);
  const title = section.level === 1 ? section.title.toLocaleUpperCase('vi') : section.title;
  const items: ParagraphSpec[] = [];
  if (style !== 'none') {
    items.push({
      kind: 'paragraph',
      text: number ? `${number} ${title}` : title,
      // Among headings typed without Word's heading styles, a styled one would read as another level.
      ...(level > 0 ? { headingLevel: Math.min(level, 9) } : {}),
      format: headingFormat(section.level, ctx.profile),
      alignment: 'justified',
      firstLineIndent: FIRST_LINE_INDENT,
      spaceAfter: SPACE_AFTER,
    });
  }
  if (section.guidance?.length || section.children.length === 0) {
    items.push({
      kind: 'paragraph',
      text: '',
      placeholder: { tag: Tags.guide(ctx.template.id, section.id), text: guidanceText(section) },
      format: { ...TYPOGRAPHY[ctx.profile], bold: false, italic: false },
      alignment: 'justified',
      firstLineIndent: FIRST_LINE_INDENT,
      spaceAfter: SPACE_AFTER,
    });
  }
  return items;
}

/**
 * A position just after paragraph `index`. A paragraph inside a content control of this add-in (a header block,
 * a guidance placeholder) or a table cell is passed over: inserting "after" it would land inside the control or
 * the cell, so the block goes before the next paragraph outside them (or at the end).
 */
export function positionAfter(doc: DocumentModel, index: number): BlockPosition {
  const { paragraphs } = doc;
  if (index < 0)
    return paragraphs.length > 0
      ? { at: 'beforeParagraph', paragraph: 0, expected: paragraphs[0].text }
      : { at: 'start' };
  const anchor = paragraphs[index];
  if (!isOwnTag(anchor.controlTag) && !anchor.cell)
    return { at: 'afterParagraph', paragraph: index, expected: anchor.text };
  const next = paragraphs.findIndex(
    (p, i) => i > index && !p.cell && (p.controlTag !== anchor.controlTag || !isOwnTag(p.controlTag)),
  );
  return next < 0 ? { at: 'end' } : { at: 'beforeParagraph', paragraph: next, expected: paragraphs[next].text };
}

/** Where a whole outline goes "after the header": after this add-in's header block or the "-----" line. */
export function afterHeaderPosition(doc: DocumentModel): BlockPosition {
  const { paragraphs } = doc;
  let lastHeader = -1;
  paragraphs.forEach((p, i) => {
    if (p.controlTag === Tags.header) lastHeader = i;
  });
  if (lastHeader < 0) lastHeader = paragraphs.slice(0, 40).findIndex((p) => /^\s*-{3,}\s*$/.test(p.text));
  return lastHeader < 0 ? { at: 'start' } : positionAfter(doc, lastHeader);
}

function present(m: SectionMatch | undefined): boolean {
  return !!m && (!!m.heading || !!m.guide);
}

/** Last paragraph of a present section's content (its heading's subtree, or its guidance control). */
function lastParagraphOf(m: SectionMatch): number {
  return m.heading ? m.heading.end - 1 : m.guide!.paragraph;
}

function firstParagraphOf(m: SectionMatch): number {
  return m.heading ? m.heading.paragraph : m.guide!.paragraph;
}

/** What every plan over one match shares, computed once per match (a check plans one fix per missing section). */
interface Plan {
  byId: Map<string, SectionMatch>;
  /** Template pre-order of each section. */
  order: Map<string, number>;
  numbers: Map<string, number[]>;
  nothingPresent: boolean;
  /** Each section's sibling list, its place in it and its parent's match. */
  place: Map<string, { siblings: readonly TemplateSection[]; index: number; parent?: SectionMatch }>;
  /** Per sibling list: the present siblings, and the nearest present one before / after each place. */
  around: WeakMap<readonly TemplateSection[], { present: SectionMatch[]; before: number[]; after: number[] }>;
  afterHeader?: BlockPosition;
}

const plans = new WeakMap<TemplateMatch, Plan>();

function planOf(match: TemplateMatch): Plan {
  let plan = plans.get(match);
  if (plan) return plan;
  const byId = new Map(match.sections.map((m) => [m.section.id, m]));
  const place: Plan['place'] = new Map();
  const walk = (siblings: readonly TemplateSection[], parent?: SectionMatch) =>
    siblings.forEach((section, index) => {
      place.set(section.id, { siblings, index, ...(parent ? { parent } : {}) });
      walk(section.children, byId.get(section.id));
    });
  walk(match.template.sections);
  plan = {
    byId,
    order: new Map(match.sections.map((m, i) => [m.section.id, i])),
    numbers: sectionNumberPaths(match.template.sections),
    nothingPresent: match.sections.every((m) => !present(m)),
    place,
    around: new WeakMap(),
  };
  plans.set(match, plan);
  return plan;
}

/** The present siblings of a list and, for each place, the index (in that list) of the nearest present one. */
function aroundOf(plan: Plan, siblings: readonly TemplateSection[]) {
  let around = plan.around.get(siblings);
  if (!around) {
    const present_: SectionMatch[] = [];
    const before: number[] = [];
    const after: number[] = new Array(siblings.length).fill(-1);
    siblings.forEach((s, i) => {
      before.push(i > 0 && present(plan.byId.get(siblings[i - 1].id)) ? i - 1 : i > 0 ? before[i - 1] : -1);
      if (present(plan.byId.get(s.id))) present_.push(plan.byId.get(s.id)!);
    });
    for (let i = siblings.length - 2; i >= 0; i--)
      after[i] = present(plan.byId.get(siblings[i + 1].id)) ? i + 1 : after[i + 1];
    around = { present: present_, before, after };
    plan.around.set(siblings, around);
  }
  return around;
}

/**
 * Edits inserting the sections in `wanted` (missing ones only, with their missing ancestors), each at its place:
 * after the content of the nearest present earlier sibling, else before the nearest present later sibling, else
 * at the end of the present parent's content. Sections going to the same place form one insertion. The work is
 * proportional to what is inserted, not to the template, once the match is planned.
 */
function planInsertions(
  doc: DocumentModel,
  template: OutlineTemplate,
  wanted: Iterable<SectionMatch>,
  options: ScaffoldOptions,
): Edit[] {
  const match = options.match?.template === template ? options.match : matchTemplate(doc, template);
  const plan = planOf(match);
  const { byId } = plan;
  const insert = new Set<string>();
  /** Inserted sections whose parent is present (or the top): each starts one block, in template order. */
  const roots = new Set<string>();
  for (const wantedMatch of wanted) {
    const m = byId.get(wantedMatch.section.id);
    if (!m || present(m)) continue;
    let id: string | undefined = m.section.id;
    for (; id !== undefined && !present(byId.get(id)); id = byId.get(id)?.parentId) {
      insert.add(id);
      const parentId: string | undefined = byId.get(id)?.parentId;
      if (parentId === undefined || present(byId.get(parentId))) roots.add(id);
    }
  }
  if (insert.size === 0) return [];

  const ctx: Context = {
    template,
    choice: options.numbering ?? 'template',
    profile: options.profile ?? (template.profile === 'state' ? 'state' : 'party'),
    numbers: plan.numbers,
    renumbered: new Map(),
    fit: new Map(),
  };

  const groups = new Map<string, { position: BlockPosition; items: ParagraphSpec[]; order: number }>();
  const add = (position: BlockPosition, items: ParagraphSpec[], order: number) => {
    const key = JSON.stringify(position);
    const group = groups.get(key);
    if (group) group.items.push(...items);
    else groups.set(key, { position, items: [...items], order });
  };
  const after = (paragraph: number) => positionAfter(doc, paragraph);

  /** The section and its missing descendants that are to be inserted, in document order. */
  const subtree = (section: TemplateSection): ParagraphSpec[] => [
    ...sectionItems(ctx, section),
    ...section.children.filter((c) => insert.has(c.id)).flatMap(subtree),
  ];

  // Template (pre-)order of the roots: the order their blocks are listed in at a shared place.
  const ordered = [...roots].map((id) => ({ id, at: plan.order.get(id)! })).sort((a, b) => a.at - b.at);
  const placed = ordered.map(({ id }, order) => {
    const section = byId.get(id)!.section;
    const { siblings, index, parent } = plan.place.get(id)!;
    const around = aroundOf(plan, siblings);
    fitToDocument(ctx, doc, section, around.present, parent);
    const before = around.before[index] >= 0 ? byId.get(siblings[around.before[index]].id) : undefined;
    const next = around.after[index] >= 0 ? byId.get(siblings[around.after[index]].id) : undefined;
    let position: BlockPosition;
    if (before) position = after(lastParagraphOf(before));
    else if (next) position = after(firstParagraphOf(next) - 1);
    else if (parent) position = after(lastParagraphOf(parent));
    else if (plan.nothingPresent && options.position === 'selection') position = { at: 'selection' };
    else position = plan.afterHeader ??= afterHeaderPosition(doc);
    return { section, order, position, around, parent };
  });
  const renumbering = numberInserted(ctx, doc, match, placed);
  for (const { section, order, position } of placed) add(position, subtree(section), order);

  // Bottom first, so a host applying them one by one never shifts a later anchor.
  const anchor = (p: BlockPosition) =>
    p.at === 'afterParagraph'
      ? p.paragraph + 0.5
      : p.at === 'beforeParagraph'
        ? p.paragraph
        : p.at === 'end'
          ? Infinity
          : -1;
  const edits: Edit[] = [...groups.values()]
    .sort((a, b) => anchor(b.position) - anchor(a.position) || a.order - b.order)
    .map((g): InsertBlockEdit => ({ kind: 'insertBlock', position: g.position, items: g.items }));
  // Hosts resolve every edit against the document as it was read, so these need no particular order.
  edits.push(...renumbering);
  if (doc.meta.templateId !== template.id) edits.push({ kind: 'setMeta', templateId: template.id });
  return edits;
}

/**
 * The whole outline of a template, at the cursor or after the header. When the document already holds part of
 * it, only the missing sections (required or not) are added where they belong, so running it twice adds nothing.
 */
export function buildScaffold(doc: DocumentModel, template: OutlineTemplate, options: ScaffoldOptions = {}): Edit[] {
  const match = options.match?.template === template ? options.match : matchTemplate(doc, template);
  return planInsertions(doc, template, match.sections, { ...options, match });
}

/** Only the missing required sections (with their missing parents), each at its place. */
export function buildRepair(doc: DocumentModel, template: OutlineTemplate, options: ScaffoldOptions = {}): Edit[] {
  const match = options.match?.template === template ? options.match : matchTemplate(doc, template);
  return planInsertions(
    doc,
    template,
    match.sections.filter((m) => m.section.required),
    { ...options, match },
  );
}

/** The fix for one missing section: the section (with its missing required sub-sections and missing parents). */
export function buildInsertSection(
  doc: DocumentModel,
  template: OutlineTemplate,
  sectionId: string,
  options: ScaffoldOptions = {},
): Edit[] {
  const match = options.match?.template === template ? options.match : matchTemplate(doc, template);
  const target = planOf(match).byId.get(sectionId);
  if (!target) return [];
  const wanted = [target];
  const walk = (children: readonly TemplateSection[]) =>
    children.filter((c) => c.required).forEach((c) => (wanted.push(planOf(match).byId.get(c.id)!), walk(c.children)));
  walk(target.section.children);
  return planInsertions(doc, template, wanted, { ...options, match });
}
