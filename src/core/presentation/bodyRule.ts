import type { FormatEdit } from '../edit';
import type { MessageData } from '../i18n';
import type { DocumentModel } from '../model';
import type { RuleContext } from '../rule';
import { bodyParagraphs, consecutiveRuns, paragraphSpan, presentationContext, runAnchor } from './helpers';
import { severityOf, type Confidence, type PresentationSettings } from './settings';

/** What a body rule says about one paragraph: nothing (fine), or the edit that fixes it and message data. */
export interface Judgement {
  fix: FormatEdit;
  data: MessageData;
  confidence: Confidence;
}

export type Judge = (
  doc: DocumentModel,
  index: number,
  settings: PresentationSettings,
  options: Record<string, unknown>,
) => Judgement | null;

/**
 * Runs a body judgement over the chosen paragraphs and reports one finding per run of consecutive offending
 * paragraphs (its fix: one edit per paragraph). With the profile unknown, a paragraph offends only when it
 * offends every candidate rule set; the last candidate's judgement (State, the wider ranges) is reported.
 */
export function checkBodyRuns(
  ctx: RuleContext,
  which: 'all' | 'prose' | number[],
  judge: Judge,
  messageId = 'body',
): void {
  const { candidates } = presentationContext(ctx);
  const order = Array.isArray(which) ? which : bodyParagraphs(ctx)[which];
  const verdicts = new Map<number, Judgement>();
  for (const i of order) {
    let last: Judgement | null = null;
    for (const settings of candidates) {
      last = judge(ctx.doc, i, settings, ctx.options);
      if (!last) break;
    }
    if (last) verdicts.set(i, last);
  }
  for (const run of consecutiveRuns(order, new Set(verdicts.keys()))) {
    const first = verdicts.get(run[0])!;
    const worst = run.some((i) => severityOf(verdicts.get(i)!.confidence) === 'error') ? 'error' : 'warning';
    ctx.report({
      ...runAnchor(ctx.doc, run),
      messageId,
      data: { ...first.data, ...paragraphSpan(run) },
      severity: worst,
      fix: run.map((i) => verdicts.get(i)!.fix),
    });
  }
}

export function numberOption(options: Record<string, unknown>, key: string): number | undefined {
  const v = options[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
