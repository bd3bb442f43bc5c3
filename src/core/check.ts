import { resolveRuleSetting, type CheckConfig } from './config';
import { CATEGORY_LABELS, type Category, type Finding, type Severity } from './finding';
import type { DocumentModel } from './model';
import type { Rule } from './rule';
import { allRules } from './rules';
import type { LocalizedText } from './i18n';
import { canEvaluate, runRules } from './runner';

export interface CheckResult {
  findings: Finding[];
  summary: CheckSummary;
  /** Enabled rules the host gave too little to evaluate (e.g. fonts in a .txt file): never a silent pass. */
  notEvaluated: NotEvaluated[];
}

export interface NotEvaluated {
  ruleId: string;
  description: LocalizedText;
  /** Capabilities the document lacked. */
  missing: string[];
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
  return { findings, summary: summarize(findings), notEvaluated: listNotEvaluated(doc, config, rules) };
}

export function listNotEvaluated(doc: DocumentModel, config: CheckConfig, rules: readonly Rule[]): NotEvaluated[] {
  return rules
    .filter((rule) => resolveRuleSetting(config.rules?.[rule.meta.id], rule.meta.defaultSeverity).enabled)
    .filter((rule) => !canEvaluate(rule, doc))
    .map((rule) => ({
      ruleId: rule.meta.id,
      description: rule.meta.description,
      missing: [
        ...(rule.meta.requires ?? []).filter((c) => doc.capabilities?.[c] !== true),
        ...(rule.meta.needsData && !rule.meta.needsData.ready() ? [rule.meta.needsData.name] : []),
      ],
    }));
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
