import { resolveRuleSetting, type CheckConfig } from './config';
import type { Edit } from './edit';
import { compareFindings, type Finding } from './finding';
import { localize } from './i18n';
import type { DocumentModel } from './model';
import type { ReportDescriptor, Rule, RuleContext, TextFix } from './rule';

function isTextFix(f: TextFix | Edit): f is TextFix {
  return !('kind' in f);
}

export class RuleError extends Error {}

/** Runs the enabled rules over a document and returns their findings in document order. */
export function runRules(doc: DocumentModel, rules: readonly Rule[], config: CheckConfig = {}): Finding[] {
  const findings: Finding[] = [];
  const memoStore = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (!memoStore.has(key)) memoStore.set(key, compute());
    return memoStore.get(key) as T;
  };

  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id];
    const { enabled, severity, options } = resolveRuleSetting(setting, rule.meta.defaultSeverity);
    if (!enabled || !canEvaluate(rule, doc)) continue;
    // A severity the user chose wins over the one a rule picks for a particular finding.
    const chosen = typeof setting === 'string' || (typeof setting === 'object' && setting.severity !== undefined);
    const context: RuleContext = {
      doc,
      config,
      options,
      severity,
      memo,
      report: (d) => findings.push(toFinding(rule, chosen ? { ...d, severity } : d, doc, severity)),
    };
    if (rule.checkParagraph) {
      // Guidance still showing as a placeholder is the add-in's own grey text, not the user's.
      doc.paragraphs.forEach((p, i) => p.showsPlaceholder || rule.checkParagraph!(p, i, context));
    }
    rule.checkDocument?.(context);
  }
  return findings.sort(compareFindings);
}

/** True when the document reports everything the rule needs (see RuleMeta.requires). */
export function canEvaluate(rule: Rule, doc: DocumentModel): boolean {
  return (
    (rule.meta.requires ?? []).every((capability) => doc.capabilities?.[capability] === true) &&
    (rule.meta.needsData?.ready() ?? true)
  );
}

function toFinding(rule: Rule, d: ReportDescriptor, doc: DocumentModel, severity: Finding['severity']): Finding {
  const template = rule.meta.messages[d.messageId];
  if (!template) throw new RuleError(`Rule ${rule.meta.id} reported unknown messageId "${d.messageId}"`);
  const paragraphText = doc.paragraphs[d.paragraph]?.text ?? '';
  const fix = d.fix?.map((f): Edit => {
    if (!isTextFix(f)) return f;
    const index = f.paragraph ?? d.paragraph;
    const text = doc.paragraphs[index]?.text ?? '';
    return {
      kind: 'replaceText',
      paragraph: index,
      start: f.start,
      length: f.length,
      expected: text.slice(f.start, f.start + f.length),
      replacement: f.replacement,
    };
  });
  const firstTextFix = fix?.find((e) => e.kind === 'replaceText');
  const suggestions =
    d.suggestions ?? (firstTextFix && firstTextFix.kind === 'replaceText' ? [fixedSlice(d, fix!, paragraphText)] : []);
  return {
    ruleId: rule.meta.id,
    severity: d.severity ?? severity,
    category: rule.meta.category,
    messageId: d.messageId,
    ...(d.data ? { data: d.data } : {}),
    message: localize(template, d.data),
    paragraph: d.paragraph,
    start: d.start,
    length: d.length,
    text: paragraphText.slice(d.start, d.start + d.length),
    suggestions,
    ...(fix && fix.length ? { fix } : {}),
    ...(rule.meta.source ? { source: rule.meta.source } : {}),
    ...(rule.meta.bulkSafe ? { bulkSafe: true } : {}),
  };
}

/** The flagged slice as it reads after the fix: the natural default suggestion for a text fix. */
function fixedSlice(d: ReportDescriptor, fix: Edit[], paragraphText: string): string {
  const end = d.start + d.length;
  const edits = fix
    .filter((e): e is Extract<Edit, { kind: 'replaceText' }> => e.kind === 'replaceText' && e.paragraph === d.paragraph)
    .filter((e) => e.start >= d.start && e.start + e.length <= end)
    .sort((a, b) => b.start - a.start);
  let slice = paragraphText.slice(d.start, end);
  for (const e of edits) {
    const s = e.start - d.start;
    slice = slice.slice(0, s) + e.replacement + slice.slice(s + e.length);
  }
  return slice;
}
