import { resolveRuleSetting, type CheckConfig } from './config';
import type { Edit } from './edit';
import { CATEGORY_LABELS, compareFindings, type Category, type Finding, type Severity } from './finding';
import {
  diffParagraphs,
  documentFingerprint,
  fingerprintDocument,
  paragraphFingerprint,
  type ParagraphDiff,
} from './fingerprint';
import type { DocumentModel } from './model';
import type { ReportDescriptor, Rule, RuleContext, TextFix } from './rule';
import { allRules } from './rules';
import type { LocalizedText } from './i18n';
import { AnalysisCache, canEvaluate, runRules } from './runner';
import {
  EMPTY_DOCUMENT_RULE,
  emptyDocumentFinding,
  isEmptyDocument,
  isUnfinished,
  verdictOf,
  type Verdict,
} from './verdict';

export interface CheckResult {
  findings: Finding[];
  summary: CheckSummary;
  /** Enabled rules the host gave too little to evaluate (e.g. fonts in a .txt file): never a silent pass. */
  notEvaluated: NotEvaluated[];
  /** What the result was computed on, so a change to the document is noticed (set by checkDocument). */
  basis?: CheckBasis;
}

export interface CheckBasis {
  /** One fingerprint per paragraph of the checked document (see fingerprint.ts). */
  fingerprints: string[];
  /** Fingerprint of the document outside its paragraphs (page setup, capabilities, template). */
  document: string;
  /** Paragraph rules seen reporting outside their own paragraph: a re-check runs them in full. */
  nonLocal: string[];
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
  /** No error and nothing unfinished (the CLI exits 0); "Sẵn sàng trình ký" also needs no warning, see `verdict`. */
  ready: boolean;
  verdict: Verdict;
  /** Findings that mark the document as not finished ("chưa hoàn thành"). */
  unfinished: number;
}

/**
 * The analyses each result was computed with (see AnalysisCache), for the next re-check to start from. Kept
 * beside the result, not in it: results compare, copy and serialise as plain data.
 */
const caches = new WeakMap<CheckResult, AnalysisCache>();

/** The one entry point the task pane and the CLI use. */
export function checkDocument(
  doc: DocumentModel,
  config: CheckConfig = {},
  rules: readonly Rule[] = allRules,
): CheckResult {
  if (isEmptyDocument(doc.paragraphs)) return complete(doc, config, rules, [emptyDocumentFinding()], new Set());
  const nonLocal = new Set<string>();
  const cache = new AnalysisCache();
  const findings = runRules(
    doc,
    rules.map((r) => audited(r, nonLocal)),
    config,
    { cache },
  );
  const result = complete(doc, config, rules, findings, nonLocal);
  caches.set(result, cache);
  return result;
}

export interface RecheckOptions {
  /**
   * The paragraphs edited since `previous` when the caller knows them (the same number of paragraphs, every other
   * one unchanged): only these are fingerprinted again. Without it every paragraph is compared (the safe path).
   */
  changed?: readonly number[];
}

/**
 * The result of `checkDocument(doc, config, rules)` computed from an earlier result of the same configuration and
 * rules: paragraph rules run only on the paragraphs that changed (and their nearest written neighbours, which a
 * rule such as unbalanced-brackets looks at); document rules run in full over the analyses kept with `previous`
 * (per-paragraph summaries by text, document analyses while their inputs are the same), so they redo work only
 * for what changed; the other findings are carried over.
 */
export function recheckDocument(
  previous: CheckResult,
  doc: DocumentModel,
  config: CheckConfig = {},
  rules: readonly Rule[] = allRules,
  options: RecheckOptions = {},
): CheckResult {
  const basis = previous.basis;
  const wasEmpty = previous.findings.some((f) => f.ruleId === EMPTY_DOCUMENT_RULE);
  if (!basis || wasEmpty || isEmptyDocument(doc.paragraphs) || basis.document !== documentFingerprint(doc)) {
    return checkDocument(doc, config, rules);
  }
  const fingerprints = refingerprint(basis.fingerprints, doc, options.changed);
  const diff = diffParagraphs(basis.fingerprints, fingerprints);
  const nonLocal = new Set(basis.nonLocal);
  const local = rules.filter((r) => r.checkParagraph && !r.checkDocument && !nonLocal.has(r.meta.id));
  const localIds = new Set(local.map((r) => r.meta.id));
  const again = paragraphsToRecheck(doc, diff);

  // One run (one cache generation): local rules on the paragraphs to check again, the rest in full.
  const cache = caches.get(previous) ?? new AnalysisCache();
  const everyParagraph = new Set(rules.filter((r) => !localIds.has(r.meta.id)).map((r) => r.meta.id));
  const found = runRules(
    doc,
    rules.map((r) => audited(r, nonLocal)),
    config,
    { cache, paragraphs: [...again].sort((a, b) => a - b), everyParagraph },
  );
  // A rule that reported outside its paragraph this time cannot have its earlier findings carried over.
  if (local.some((r) => nonLocal.has(r.meta.id))) return checkDocument(doc, config, rules);

  // Earlier findings of local rules on paragraphs not checked again, moved to their new index (order kept).
  const newIndex = new Array<number>(basis.fingerprints.length).fill(-1);
  diff.oldIndex.forEach((o, j) => {
    if (o >= 0) newIndex[o] = j;
  });
  const carried: Finding[] = [];
  for (const f of previous.findings) {
    if (!localIds.has(f.ruleId)) continue;
    const j = newIndex[f.paragraph] ?? -1;
    if (j >= 0 && !again.has(j)) carried.push(moveFinding(f, j));
  }
  const result = complete(doc, config, rules, mergeSorted(carried, found), nonLocal, fingerprints);
  caches.set(result, cache);
  return result;
}

/** The fingerprints of `doc`: those of the paragraphs named changed computed again, when the caller names them. */
function refingerprint(before: readonly string[], doc: DocumentModel, changed?: readonly number[]): string[] {
  if (!changed || before.length !== doc.paragraphs.length) return fingerprintDocument(doc);
  const after = before.slice();
  for (const i of changed) if (i >= 0 && i < after.length) after[i] = paragraphFingerprint(doc.paragraphs[i]);
  return after;
}

/** Two lists each in compareFindings order as one (stable: the first list wins ties). */
function mergeSorted(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareFindings(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Which paragraphs of `doc` differ from what `result` was computed on (all of them when unknown). */
export function changesSince(result: CheckResult, doc: DocumentModel): ParagraphDiff {
  const after = fingerprintDocument(doc);
  if (!result.basis) return { oldIndex: after.map(() => -1), changed: after.map((_, i) => i), removedAt: [] };
  return diffParagraphs(result.basis.fingerprints, after);
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
  const verdict = verdictOf(findings);
  return {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    byCategory,
    ready: verdict !== 'notPassed',
    verdict,
    unfinished: findings.filter(isUnfinished).length,
  };
}

function complete(
  doc: DocumentModel,
  config: CheckConfig,
  rules: readonly Rule[],
  found: readonly Finding[],
  nonLocal: ReadonlySet<string>,
  fingerprints: string[] = fingerprintDocument(doc),
): CheckResult {
  const findings = found.map((f) => (isUnfinished(f) && !f.unfinished ? { ...f, unfinished: true } : f));
  return {
    findings,
    summary: summarize(findings),
    notEvaluated: listNotEvaluated(doc, config, rules),
    basis: { fingerprints, document: documentFingerprint(doc), nonLocal: [...nonLocal] },
  };
}

/**
 * The rule as the runner sees it (same meta, so configuration applies alike), noting in `nonLocal` when its
 * paragraph phase reports or fixes outside the paragraph it is looking at.
 */
function audited(rule: Rule, nonLocal: Set<string>): Rule {
  const out: Rule = { meta: rule.meta };
  const checkParagraph = rule.checkParagraph;
  if (checkParagraph) {
    // One wrapped context per run of the rule (not one per paragraph): the paragraph being looked at is `current`.
    let base: RuleContext | undefined;
    let wrapped: RuleContext | undefined;
    let current = -1;
    out.checkParagraph = (p, i, context) => {
      if (context !== base || !wrapped) {
        const target = context;
        base = context;
        wrapped = {
          ...context,
          report: (d) => {
            if (!reportsOnlyAt(d, current)) nonLocal.add(rule.meta.id);
            target.report(d);
          },
        };
      }
      current = i;
      checkParagraph.call(rule, p, i, wrapped);
    };
  }
  if (rule.checkDocument) out.checkDocument = (context) => rule.checkDocument!(context);
  return out;
}

function reportsOnlyAt(d: ReportDescriptor, index: number): boolean {
  return (
    d.paragraph === index &&
    (d.fix ?? []).every((f: TextFix | Edit) =>
      'kind' in f ? editParagraphs(f).every((p) => p === index) : (f.paragraph ?? index) === index,
    )
  );
}

function editParagraphs(e: Edit): number[] {
  switch (e.kind) {
    case 'replaceText':
    case 'setFormat':
      return [e.paragraph];
    case 'insertBlock': {
      const p = e.position;
      if (p.at === 'afterParagraph' || p.at === 'beforeParagraph') return [p.paragraph];
      return p.at === 'replaceParagraphs' ? [p.first, p.last] : [];
    }
    default:
      return [];
  }
}

/** A finding of a local rule carried over to the paragraph's new index (its fixes name only that paragraph). */
function moveFinding(f: Finding, to: number): Finding {
  return f.paragraph === to ? f : relocateFinding(f, () => to)!;
}

/**
 * The finding with every paragraph it names (its own, its fixes') moved by `to`; null when one of them has no new
 * place (it changed or went).
 */
export function relocateFinding(f: Finding, to: (paragraph: number) => number | undefined): Finding | null {
  const places = [f.paragraph, ...(f.fix ?? []).flatMap(editParagraphs)];
  const moved = new Map(places.map((p) => [p, to(p)]));
  if ([...moved.values()].some((p) => p === undefined)) return null;
  const at = (p: number) => moved.get(p)!;
  if (places.every((p) => at(p) === p)) return f;
  return { ...f, paragraph: at(f.paragraph), ...(f.fix ? { fix: f.fix.map((e) => moveEdit(e, at)) } : {}) };
}

function moveEdit(e: Edit, at: (paragraph: number) => number): Edit {
  switch (e.kind) {
    case 'replaceText':
    case 'setFormat':
      return { ...e, paragraph: at(e.paragraph) };
    case 'insertBlock': {
      const p = e.position;
      if (p.at === 'afterParagraph' || p.at === 'beforeParagraph') {
        return { ...e, position: { ...p, paragraph: at(p.paragraph) } };
      }
      if (p.at === 'replaceParagraphs') return { ...e, position: { ...p, first: at(p.first), last: at(p.last) } };
      return e;
    }
    default:
      return e;
  }
}

/** Changed paragraphs, plus the nearest written paragraph on each side of every change. */
function paragraphsToRecheck(doc: DocumentModel, diff: ParagraphDiff): Set<number> {
  const { paragraphs } = doc;
  const again = new Set(diff.changed);
  const written = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < paragraphs.length; i += step) if (paragraphs[i].text.trim() !== '') return i;
    return -1;
  };
  const around = (before: number, after: number) => {
    again.add(written(before, -1));
    again.add(written(after, 1));
  };
  for (const k of diff.changed) around(k - 1, k + 1);
  for (const k of diff.removedAt) around(k - 1, k);
  again.delete(-1);
  return again;
}
