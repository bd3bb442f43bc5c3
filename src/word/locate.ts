import { chooseHits, planNeedle, type NeedlePlan } from './needle';

/** A stretch of one paragraph being looked for with searches inside that paragraph. */
export interface PendingLocation {
  plan: NeedlePlan;
  /** The paragraph's text the plan was made on; the hits are judged against it. */
  text: string;
  hits: Word.RangeCollection[];
}

/**
 * Queues the searches that find [start, start + length) of `paragraph`, whose current text is `text`. The search
 * runs inside the paragraph, not the whole body (word-api-notes 8): other paragraphs cannot shift the count.
 */
export function queueLocate(
  paragraph: Word.Paragraph,
  text: string,
  start: number,
  length: number,
): PendingLocation | null {
  const plan = planNeedle(text, start, length);
  return plan ? queuePlan(paragraph, text, plan) : null;
}

export function queuePlan(paragraph: Word.Paragraph, text: string, plan: NeedlePlan): PendingLocation {
  return {
    plan,
    text,
    hits: plan.parts.map((part) => paragraph.search(part.search, { matchCase: true }).load('text')),
  };
}

/** After the sync: the found range, or null when Word's hits disagree with the text (nothing is then touched). */
export function foundRange(pending: PendingLocation): Word.Range | null {
  const chosen = chooseHits(
    pending.text,
    pending.plan.parts,
    pending.hits.map((h) => h.items.map((r) => r.text)),
  );
  if (!chosen) return null;
  const ranges = chosen.map((k, i) => pending.hits[i].items[k]);
  return ranges.length === 1 ? ranges[0] : ranges[0].expandTo(ranges[1]);
}
