import type { CheckConfig } from './config';
import { CATEGORY_LABELS, type Category, type Finding, type Severity } from './finding';
import type { DocumentModel } from './model';
import type { Rule } from './rule';
import { allRules } from './rules';
import { runRules } from './runner';

export interface CheckResult {
  findings: Finding[];
  summary: CheckSummary;
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
  byCategory: Record<Category, Record<Severity, number>>;
  /** No error-severity finding: "Sẵn sàng trình ký". */
  ready: boolean;
}

/** The one entry point the task pane and the CLI use. */
export function checkDocument(
  doc: DocumentModel,
  config: CheckConfig = {},
  rules: readonly Rule[] = allRules,
): CheckResult {
  const findings = runRules(doc, rules, config);
  return { findings, summary: summarize(findings) };
}

export function summarize(findings: readonly Finding[]): CheckSummary {
  const empty = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });
  const byCategory = Object.fromEntries(
    Object.keys(CATEGORY_LABELS).map((c) => [c, empty()]),
  ) as CheckSummary['byCategory'];
  for (const f of findings) byCategory[f.category][f.severity]++;
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  return { errors, warnings: count('warning'), infos: count('info'), byCategory, ready: errors === 0 };
}
