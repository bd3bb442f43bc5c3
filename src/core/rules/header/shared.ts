import { todayIso } from '../../config';
import { dateOf, isRealDate, toIso } from '../../header/dates';
import { analysisOf, detectionOf, profileOf } from '../../header/profile';
import { ruleSetFor, type RuleSetId } from '../../header/ruleSet';
import type { DocumentAnalysis } from '../../header/parse';
import type { Profile } from '../../model';
import type { RuleContext } from '../../rule';

export interface HeaderContext {
  analysis: DocumentAnalysis;
  profile: Profile | null;
  /** The guide the document follows (by its date, else today's: a new document follows the current one). */
  ruleSet: RuleSetId | null;
  /** The profile came from configuration, or the detection is clear (one side at least twice the other). */
  confident: boolean;
}

export function headerContext(ctx: RuleContext): HeaderContext {
  return ctx.memo('header:context', () => {
    const analysis = analysisOf(ctx);
    const profile = profileOf(ctx);
    const forced = ctx.config.profile === 'party' || ctx.config.profile === 'state';
    const { scores } = detectionOf(ctx);
    const confident =
      forced || (profile !== null && scores[profile] >= 2 * scores[profile === 'party' ? 'state' : 'party']);
    return {
      analysis,
      profile,
      ruleSet: profile ? ruleSetFor(profile, documentDate(analysis, ctx)).id : null,
      confident,
    };
  });
}

/** The document's own date (ISO) when its date line holds a real date, else today. */
export function documentDate(analysis: DocumentAnalysis, ctx: Pick<RuleContext, 'config'>): string {
  const parsed = analysis.header.dateLine?.parsed;
  const date = parsed && dateOf(parsed);
  return date && isRealDate(date) ? toIso(date) : todayIso(ctx.config);
}

/** HD 05 points apply to Party documents dated from 27/5/2026 (or undated, checked today). */
export function followsHd05(ctx: RuleContext): boolean {
  const { profile, ruleSet } = headerContext(ctx);
  return profile === 'party' && ruleSet === 'hd05';
}
