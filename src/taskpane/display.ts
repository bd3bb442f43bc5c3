import { CATEGORY_LABELS, SEVERITY_RANK, compareFindings, type Category, type Finding } from '../core/finding';

/**
 * Makes whitespace that matters visible in a flagged text: a double space or a leading/trailing space would
 * otherwise look like nothing. Single spaces between words stay as they are.
 */
export function showWhitespace(text: string): string {
  return text.replace(/^\s+|\s+$|\s{2,}/g, (run) =>
    [...run].map((c) => (c === '\t' ? '⇥' : c === '\n' || c === '\v' ? '↵' : '␣')).join(''),
  );
}

export interface FindingGroup {
  category: Category;
  findings: Finding[];
}

/** Findings by category (Thể thức, Bố cục, Chính tả), each group by severity, then in document order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return (Object.keys(CATEGORY_LABELS) as Category[])
    .map((category) => ({
      category,
      findings: findings
        .filter((f) => f.category === category)
        .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareFindings(a, b)),
    }))
    .filter((g) => g.findings.length > 0);
}
