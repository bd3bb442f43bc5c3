import { resolveRuleSetting, type CheckConfig } from './config';
import type { Edit } from './edit';
import { CATEGORY_LABELS, compareFindings, type Category, type Finding, type Severity } from './finding';
import { diffParagraphs, documentFingerprint, fingerprintDocument, type ParagraphDiff } from './fingerprint';
import type { DocumentModel } from './model';
import type { ReportDescriptor, Rule, TextFix } from './rule';
import { allRules } from './rules';
import type { LocalizedText } from './i18n';
import { canEvaluate, runRules } from './runner';
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

/** The one entry point the task pane and the CLI use. */
export function checkDocument(
  doc: DocumentModel,
  config: CheckConfig = {},
  rules: readonly Rule[] = allRules,
): CheckResult {
  if (isEmptyDocument(doc.paragraphs)) return complete(doc, config, rules, [emptyDocumentFinding()], new Set());
  const nonLocal = new Set<string>();
  const findings = runRules(
    doc,
    rules.map((r) => audited(r, nonLocal)),
    config,
  );
  return complete(doc, config, rules, findings, nonLocal);
}

/**
 * The result of `checkDocument(doc, config, rules)` computed from an earlier result of the same configuration and
 * rules: paragraph rules run only on the paragraphs that changed (and their nearest written neighbours, which a
 * rule such as unbalanced-brackets looks at); document rules run in full; the other findings are carried over.
 */
export function recheckDocument(
  previous: CheckResult,
  doc: DocumentModel,
  config: CheckConfig = {},
  rules: readonly Rule[] = allRules,
): CheckResult {
  const basis = previous.basis;
  const wasEmpty = previous.findings.some((f) => f.ruleId === EMPTY_DOCUMENT_RULE);
  if (!basis || wasEmpty || isEmptyDocument(doc.paragraphs) || basis.document !== documentFingerprint(doc)) {
    return checkDocument(doc, config, rules);
  }
  const diff = diffParagraphs(basis.fingerprints, fingerprintDocument(doc));
  const nonLocal = new Set(basis.nonLocal);
  const local = rules.filter((r) => r.checkParagraph && !r.checkDocument && !nonLocal.has(r.meta.id));
  const localIds = new Set(local.map((r) => r.meta.id));
  const again = paragraphsToRecheck(doc, diff);

  const fresh = runRules(
    doc,
    local.map((r) => audited(r, nonLocal, (i) => again.has(i))),
    config,
  );
  // A rule that reported outside its paragraph this time cannot have its earlier findings carried over.
  if (local.some((r) => nonLocal.has(r.meta.id))) return checkDocument(doc, config, rules);
  const others = runRules(
    doc,
    rules.filter((r) => !localIds.has(r.meta.id)).map((r) => audited(r, nonLocal)),
    config,
  );

  const byPlace = (findings: readonly Finding[]) => groupBy(findings, (f) => `${f.ruleId}\u0000${f.paragraph}`);
  const freshAt = byPlace(fresh);
  const earlierAt = byPlace(previous.findings.filter((f) => localIds.has(f.ruleId)));
  const othersOf = groupBy(others, (f) => f.ruleId);
  // Rebuild the order the runner produces (rule by rule, paragraphs in order) so the stable sort gives the same list.
  const ordered: Finding[] = [];
  for (const rule of rules) {
    const id = rule.meta.id;
    if (!localIds.has(id)) {
      ordered.push(...(othersOf.get(id) ?? []));
      continue;
    }
    for (let j = 0; j < doc.paragraphs.length; j++) {
      if (again.has(j)) ordered.push(...(freshAt.get(`${id}\u0000${j}`) ?? []));
      else ordered.push(...(earlierAt.get(`${id}\u0000${diff.oldIndex[j]}`) ?? []).map((f) => moveFinding(f, j)));
    }
  }
  return complete(doc, config, rules, ordered.sort(compareFindings), nonLocal);
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
): CheckResult {
  const findings = found.map((f) => (isUnfinished(f) && !f.unfinished ? { ...f, unfinished: true } : f));
  return {
    findings,
    summary: summarize(findings),
    notEvaluated: listNotEvaluated(doc, config, rules),
    basis: { fingerprints: fingerprintDocument(doc), document: documentFingerprint(doc), nonLocal: [...nonLocal] },
  };
}

/**
 * The rule as the runner sees it (same meta, so configuration applies alike), its paragraph phase limited to
 * `include`, noting in `nonLocal` when it reports or fixes outside the paragraph it is looking at.
 */
function audited(rule: Rule, nonLocal: Set<string>, include?: (index: number) => boolean): Rule {
  const out: Rule = { meta: rule.meta };
  const checkParagraph = rule.checkParagraph;
  if (checkParagraph) {
    out.checkParagraph = (p, i, context) => {
      if (include && !include(i)) return;
      checkParagraph.call(rule, p, i, {
        ...context,
        report: (d) => {
          if (!reportsOnlyAt(d, i)) nonLocal.add(rule.meta.id);
          context.report(d);
        },
      });
    };
  }
  // Only the paragraph phase is limited: with `include`, a rule that has both phases is not a local one.
  if (rule.checkDocument && !include) out.checkDocument = (context) => rule.checkDocument!(context);
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

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
