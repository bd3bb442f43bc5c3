import type { CheckConfig } from '../config';
import type { DocumentModel, Paragraph } from '../model';
import { buildOutlineIn, findHeadingsIn, flattenOutline, summarizeForHeadings } from '../outline/headings';
import type { HeadingSummary } from '../outline/headings';
import { matchTemplate, type TemplateMatch } from '../outline/match';
import { documentMemo, paragraphMemo, type RuleContext } from '../rule';
import { parseGuideTag } from '../tags';
import type { OutlineTemplate } from '../templates/types';
import { chooseTemplate, LEGAL_TITLES } from './chooseTemplate';
import { compareOutline } from './compareOutline';
import { readOutline, type DocumentOutline } from './documentOutline';
import type { OutlineComparison, TemplateChoice } from './types';

/**
 * The structure rules' analysis, computed once per check and shared by them. It is built from per-paragraph
 * summaries (kept across checks by text, see RuleContext.memoParagraph); with an AnalysisCache an edit that
 * changes no summary (a body paragraph re-worded) reuses the outline, the template choice, the comparisons and
 * the matches of the previous check, and one that does redoes work proportional to the headings.
 */
export interface StructureSummary {
  heading: HeadingSummary;
  /** The guidance control the paragraph belongs to (scaffolded documents). */
  guide: { templateId: string; sectionId: string } | null;
  showsPlaceholder: boolean;
  /** "Điều 1. …": an article of a legal text. */
  article: boolean;
  /** Text of the writer's own (not blank, not a placeholder). */
  written: boolean;
}

/** Equal summaries are one object, so "nothing changed" is a comparison of references. */
const interned = new Map<string, StructureSummary>();
const INTERNED_LIMIT = 50_000;

function summarize(p: Paragraph): StructureSummary {
  const guide = p.controlTag ? parseGuideTag(p.controlTag) : null;
  const text = p.text.trim();
  const summary: StructureSummary = {
    heading: summarizeForHeadings(p),
    guide: guide ? { templateId: guide.templateId, sectionId: guide.sectionId } : null,
    showsPlaceholder: p.showsPlaceholder === true,
    article: /^Điều\s+\d+[a-z]?\.\s/u.test(text),
    written: !p.showsPlaceholder && text !== '',
  };
  const key = summaryKey(summary);
  const known = interned.get(key);
  if (known) return known;
  if (interned.size >= INTERNED_LIMIT) interned.clear();
  interned.set(key, summary);
  return summary;
}

/** A summary as a string: flags as bits, the rare parts (candidates, guide) as JSON. */
function summaryKey(s: StructureSummary): string {
  const h = s.heading;
  const flags = [
    h.usable,
    h.quoteStart,
    h.prose,
    h.headerMark,
    h.signOff,
    h.closing,
    h.present,
    h.blank,
    h.unitLabel,
    h.allCaps,
    s.showsPlaceholder,
    s.article,
    s.written,
  ];
  let bits = 0;
  for (let i = 0; i < flags.length; i++) if (flags[i]) bits |= 1 << i;
  const rare = h.structural || h.format || s.guide ? JSON.stringify([h.structural, h.format, s.guide]) : '';
  return `${bits}:${h.opens}:${h.closes}:${rare}`;
}

/** What a summary reads besides the text (the per-paragraph memo is keyed by text). */
function propsKey(p: Paragraph): string {
  if (
    p.headingLevel === undefined &&
    !p.isListItem &&
    p.controlTag === undefined &&
    !p.cell &&
    !p.showsPlaceholder &&
    !p.runs &&
    !p.font
  )
    return '';
  let bold: boolean;
  if (p.runs && p.runs.length > 0) {
    bold = true;
    for (const r of p.runs) if (r.font.bold !== true && r.length !== 0) bold = false;
  } else bold = p.font?.bold === true;
  return `|${p.headingLevel ?? ''}|${p.isListItem ? 1 : ''}|${p.listString ?? ''}|${p.controlTag ?? ''}|${p.cell ? 1 : ''}|${p.showsPlaceholder ? 1 : ''}|${bold ? 1 : ''}`;
}

/** One summary per paragraph, in document order. */
export function summariesOf(context: RuleContext): readonly StructureSummary[] {
  return context.memo('structure:summaries', () =>
    context.doc.paragraphs.map((p, i) =>
      paragraphMemo(context, i, `structure.summary${propsKey(p)}`, () => summarize(p)),
    ),
  );
}

export function outlineOf(context: RuleContext): DocumentOutline {
  const summaries = summariesOf(context);
  return documentMemo(context, 'structure:outline', summaries, () => {
    const headingSummaries = summaries.map((s) => s.heading);
    const headings = findHeadingsIn(headingSummaries);
    const tree = buildOutlineIn(headingSummaries, headings);
    return { headings, tree, nodes: flattenOutline(tree) };
  });
}

/** Everything about templates a check works out, kept together (one set of inputs). */
interface TemplateAnalysis {
  choice: TemplateChoice | null;
  comparisons: Map<OutlineTemplate, OutlineComparison>;
  matches: Map<OutlineTemplate, TemplateMatch>;
}

function templateAnalysisOf(context: RuleContext): TemplateAnalysis {
  const { doc, config } = context;
  const outline = outlineOf(context);
  // Besides the outline (whose sameness means every summary is the same): the templates on offer, the recorded
  // template, and the title block (the lines before the first heading, at least 15 for the legal-text test).
  const head = Math.min(doc.paragraphs.length, Math.max(15, outline.headings[0]?.paragraph ?? 12));
  const deps: unknown[] = [outline, config.templateId, templatesKey(context), doc.meta.templateId];
  for (let i = 0; i < head; i++) deps.push(doc.paragraphs[i].text);
  return documentMemo(context, 'structure:templates', deps, () => {
    const comparisons = new Map<OutlineTemplate, OutlineComparison>();
    const compare = (template: OutlineTemplate) => {
      let found = comparisons.get(template);
      if (!found) comparisons.set(template, (found = compareOutline(doc, template, outline)));
      return found;
    };
    const choice = chooseTemplate(doc, config, outline, undefined, compare);
    return { choice, comparisons, matches: new Map() };
  });
}

/** The configuration's own templates, as one string (compared by value from one check to the next). */
function templatesKey(context: RuleContext): string {
  return context.memo('structure:templatesKey', () => JSON.stringify(context.config.templates ?? null));
}

export function templateChoiceOf(context: RuleContext): TemplateChoice | null {
  return templateAnalysisOf(context).choice;
}

export function comparisonOf(context: RuleContext): OutlineComparison | null {
  const analysis = templateAnalysisOf(context);
  const template = analysis.choice?.template;
  if (!template) return null;
  let found = analysis.comparisons.get(template);
  if (!found) analysis.comparisons.set(template, (found = compareOutline(context.doc, template, outlineOf(context))));
  return found;
}

/** The document matched against a template, once per check (the required-section fixes all start from it). */
export function templateMatchOf(context: RuleContext, template: OutlineTemplate): TemplateMatch {
  const { matches } = templateAnalysisOf(context);
  let found = matches.get(template);
  if (!found) matches.set(template, (found = matchTemplate(context.doc, template, outlineOf(context).tree)));
  return found;
}

/** isLegalDocument from the summaries (articles) and the first lines: no pass over the text on a re-check. */
export function isLegalDocumentIn(context: RuleContext): boolean {
  const { doc } = context;
  const summaries = summariesOf(context);
  return documentMemo(
    context,
    'structure:legal',
    [outlineOf(context), ...doc.paragraphs.slice(0, 15).map((p) => p.text)],
    () => {
      const head = doc.paragraphs.slice(0, 15).map((p) => p.text.trim());
      if (head.some((t) => LEGAL_TITLES.test(t))) return true;
      let articles = 0;
      for (const s of summaries) if (s.article && ++articles >= 2) return true;
      return false;
    },
  );
}

/** The same analysis outside a rule run (task pane, CLI). */
export function analyzeStructure(doc: DocumentModel, config: CheckConfig = {}) {
  const outline = readOutline(doc);
  const choice = chooseTemplate(doc, config, outline);
  const comparison = choice ? compareOutline(doc, choice.template, outline) : null;
  return { outline, choice, comparison };
}
