import type { FormatEdit, TextFormat } from '../edit';
import type { DocumentAnalysis } from '../header/parse';
import { isRuleLine, type Line } from '../header/text';
import type { DocumentModel, FontInfo, Paragraph, Profile } from '../model';
import type { RuleContext } from '../rule';
import { headerContext } from '../rules/header/shared';
import { presentationSettings, type PresentationSettings } from './settings';

export interface PresentationContext {
  analysis: DocumentAnalysis;
  profile: Profile | null;
  /** Thresholds of the document's rule set; with no profile, both Party (HD 05) and State (NĐ 30). */
  candidates: PresentationSettings[];
  /** The one rule set when the profile is known. */
  settings: PresentationSettings | null;
}

export function presentationContext(ctx: RuleContext): PresentationContext {
  return ctx.memo('presentation:context', () => {
    const { analysis, profile, ruleSet } = headerContext(ctx);
    const settings = ruleSet ? presentationSettings(ruleSet) : null;
    const candidates = settings ? [settings] : [presentationSettings('hd05'), presentationSettings('nd30')];
    return { analysis, profile, candidates, settings };
  });
}

const PROSE_LENGTH = 60;

/**
 * Paragraphs of the body (between header and signature, outside tables), with text. `prose` are those laid out
 * as running text: long enough, not headings (built-in heading, all bold or upper case), which the alignment,
 * indent and spacing rules look at.
 */
export function bodyParagraphs(ctx: RuleContext): { all: number[]; prose: number[] } {
  return ctx.memo('presentation:body', () => {
    const { analysis } = presentationContext(ctx);
    const seen = new Set<number>();
    const all: number[] = [];
    for (const line of analysis.lines.slice(analysis.bodyStart, analysis.bodyEnd)) {
      if (seen.has(line.paragraph)) continue;
      seen.add(line.paragraph);
      const p = ctx.doc.paragraphs[line.paragraph];
      const text = p.text.trim();
      if (p.cell || p.showsPlaceholder || !text || isRuleLine(text)) continue;
      all.push(line.paragraph);
    }
    const prose = all.filter((i) => isProse(ctx.doc.paragraphs[i]));
    return { all, prose };
  });
}

/** At least half as many letters as PROSE_LENGTH (not a dotted line), stopping as soon as they are found. */
const ENOUGH_LETTERS = new RegExp(`(?:\\p{L}[^\\p{L}]*){${PROSE_LENGTH / 2}}`, 'u');

function isProse(p: Paragraph): boolean {
  if (p.headingLevel || p.font?.bold === true || p.text.length < PROSE_LENGTH) return false;
  // A parenthetical note ("(Kèm theo Quyết định số …)") is centred by rule, not running text.
  if (/^\(.*\)$/su.test(p.text.trim())) return false;
  // A lower-case letter: not an all-capitals title (cheaper than the locale-aware isUpperCase).
  return /\p{Ll}/u.test(p.text) && ENOUGH_LETTERS.test(p.text);
}

/** Fonts of the runs covering a stretch of the paragraph, ignoring white space and symbols. */
export function fontsIn(p: Paragraph, start = 0, length = p.text.length): FontInfo[] {
  const end = start + length;
  if (!p.runs?.length) return p.font ? [p.font] : [];
  if (p.runs.length === 1) return [p.runs[0].font];
  const fonts = p.runs
    .filter((r) => r.start < end && r.start + r.length > start)
    .filter((r) => /[\p{L}\p{N}]/u.test(p.text.slice(r.start, r.start + r.length)))
    .map((r) => r.font);
  return fonts.length ? fonts : p.font ? [p.font] : [];
}

/** One value per property when the fonts agree, null when they differ (what a host reports for a mixed range). */
export function commonFont(fonts: FontInfo[]): FontInfo {
  const out: FontInfo = {};
  for (const key of ['name', 'size', 'bold', 'italic', 'underline', 'color'] as const) {
    const values = new Set(fonts.map((f) => f[key]));
    if (values.size > 1) (out as Record<string, unknown>)[key] = null;
    else if (values.size === 1 && [...values][0] !== undefined) (out as Record<string, unknown>)[key] = [...values][0];
  }
  return out;
}

/** Splits ascending paragraph indexes into runs of neighbours in `order` (skipped paragraphs do not break a run). */
export function consecutiveRuns(order: readonly number[], offending: ReadonlySet<number>): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  for (const i of order) {
    if (offending.has(i)) current.push(i);
    else if (current.length) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length) runs.push(current);
  return runs;
}

/** Character formatting for a range (or the whole paragraph), stating the text and fonts it expects. */
export function fontEdit(
  doc: DocumentModel,
  paragraph: number,
  set: TextFormat,
  range?: { start: number; length: number },
): FormatEdit {
  const p = doc.paragraphs[paragraph];
  const font = commonFont(fontsIn(p, range?.start, range?.length));
  const expected: FontInfo = {};
  const keys: Record<keyof TextFormat, keyof FontInfo> = {
    font: 'name',
    size: 'size',
    bold: 'bold',
    italic: 'italic',
    underline: 'underline',
    color: 'color',
  };
  for (const [k, f] of Object.entries(keys) as Array<[keyof TextFormat, keyof FontInfo]>)
    if (set[k] !== undefined) (expected as Record<string, unknown>)[f] = font[f] ?? null;
  return {
    kind: 'setFormat',
    paragraph,
    ...(range ? { range } : {}),
    expectedText: p.text,
    expected: { font: expected },
    set: { font: set },
  };
}

/** "đoạn 5" or "đoạn 5–9 (5 đoạn)" for messages. */
export function paragraphSpan(run: number[]): { from: number; to: number; count: number; span: string } {
  const from = run[0] + 1;
  const to = run[run.length - 1] + 1;
  return { from, to, count: run.length, span: run.length === 1 ? `${from}` : `${from}–${to}` };
}

/** Where a run's finding points: the first paragraph's text. */
export function runAnchor(doc: DocumentModel, run: number[]): { paragraph: number; start: number; length: number } {
  const text = doc.paragraphs[run[0]].text;
  const start = text.length - text.trimStart().length;
  return { paragraph: run[0], start, length: text.trim().length };
}

/** A line's stretch within its paragraph. */
export function lineRange(line: Line): { start: number; length: number } {
  return { start: line.start, length: line.text.length };
}

export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}
