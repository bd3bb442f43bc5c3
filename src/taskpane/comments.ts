import { CATEGORY_LABELS, SEVERITY_LABELS, type Finding } from '../core/finding';
import type { ReviewComment } from '../core/host';
import type { Lang } from '../core/i18n';
import { fmt } from './strings';

/** One review comment per finding, anchored at the flagged text, for the author to read in Word. */
export function findingsToComments(findings: readonly Finding[], lang: Lang): ReviewComment[] {
  return findings.map((f) => {
    const lines = [
      fmt(lang, 'commentPrefix', {
        category: CATEGORY_LABELS[f.category][lang],
        severity: SEVERITY_LABELS[f.severity][lang],
        message: f.message[lang],
      }),
    ];
    if (f.suggestions.length)
      lines.push(fmt(lang, 'commentSuggestion', { suggestions: f.suggestions.map(quote).join(', ') }));
    if (f.source) lines.push(`${fmt(lang, 'sourceLabel')}: ${f.source}`);
    return { paragraph: f.paragraph, start: f.start, length: f.length, text: lines.join('\n') };
  });
}

function quote(s: string): string {
  return `“${s}”`;
}
