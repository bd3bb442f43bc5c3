import { resolveRuleSetting, type CheckConfig } from './config';
import type { Edit } from './edit';
import { compareFindings, type Finding } from './finding';
import { localize, type LocalizedText, type MessageData } from './i18n';
import type { DocumentModel } from './model';
import type { ReportDescriptor, Rule, RuleContext, TextFix } from './rule';

function isTextFix(f: TextFix | Edit): f is TextFix {
  return !('kind' in f);
}

export class RuleError extends Error {}

/** Default per-document time budget: far above a 1,000-page report, far below "the add-in hangs". */
export const DEFAULT_TIME_BUDGET_MS = 20_000;

export interface RunOptions {
  /** Analyses kept between checks of the same document (see AnalysisCache). */
  cache?: AnalysisCache;
  /** Run paragraph rules on these paragraphs only (an edit); document rules always see the whole document. */
  paragraphs?: readonly number[];
  /** Paragraph rules (by id) that run on every paragraph even when `paragraphs` is given. */
  everyParagraph?: ReadonlySet<string>;
  /** Clock in ms; tests pass a fake one to exercise the time budget without timing anything. */
  now?: () => number;
}

/**
 * Per-paragraph analyses (tokens, keys…) kept across checks, keyed by the paragraph's text: after an edit only
 * the edited paragraph is analysed again, wherever paragraphs moved. Entries not used by the last check are dropped,
 * so the cache holds one document's worth.
 */
export class AnalysisCache {
  private current = new Map<string, Map<string, unknown>>();
  private previous = new Map<string, Map<string, unknown>>();
  /** Document analyses of the last check, with what each was computed from (see RuleContext.memoDocument). */
  private documents = new Map<string, { deps: readonly unknown[]; value: unknown }>();
  private usedDocuments = new Map<string, { deps: readonly unknown[]; value: unknown }>();

  /** The value computed for `key` by the last check if it had the same `deps` (Object.is, in order), else undefined. */
  reuse(key: string, deps: readonly unknown[]): { value: unknown } | undefined {
    const entry = this.documents.get(key);
    if (!entry || !sameDeps(entry.deps, deps)) return undefined;
    this.usedDocuments.set(key, entry);
    return entry;
  }

  /** Keeps a document analysis for the next check. */
  keep(key: string, deps: readonly unknown[], value: unknown): void {
    this.usedDocuments.set(key, { deps, value });
  }

  /** The analyses of a paragraph with this text (created empty). */
  forText(text: string): Map<string, unknown> {
    let entry = this.current.get(text);
    if (!entry) {
      entry = this.previous.get(text) ?? new Map<string, unknown>();
      this.current.set(text, entry);
    }
    return entry;
  }

  /** Called by the runner at the start of a check: what the previous check did not use is let go. */
  startCheck(): void {
    this.previous = this.current;
    this.current = new Map();
    this.documents = this.usedDocuments;
    this.usedDocuments = new Map();
  }
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** The finding a check gives when its time budget ran out: never a silent "ready". */
const incompleteMeta: Rule['meta'] = {
  id: 'check-incomplete',
  category: 'format',
  defaultSeverity: 'error',
  description: { vi: 'Văn bản được kiểm tra hết.', en: 'The whole document was checked.' },
  messages: {
    budget: {
      vi: 'Không kiểm tra hết: quá thời gian cho phép ({budget} ms); chưa chạy xong: {rules}.',
      en: 'Not fully checked: the time budget ({budget} ms) ran out; not finished: {rules}.',
    },
  },
};

/** Runs the enabled rules over a document and returns their findings in document order. */
export function runRules(
  doc: DocumentModel,
  rules: readonly Rule[],
  config: CheckConfig = {},
  options: RunOptions = {},
): Finding[] {
  const findings: Finding[] = [];
  const memoStore = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    const found = memoStore.get(key);
    if (found !== undefined || memoStore.has(key)) return found as T;
    const value = compute();
    memoStore.set(key, value);
    return value;
  };
  const { cache } = options;
  cache?.startCheck();
  const perParagraph: Array<Map<string, unknown> | undefined> = [];
  const memoParagraph = <T>(index: number, key: string, compute: () => T): T => {
    let store = perParagraph[index];
    if (!store) {
      const text = doc.paragraphs[index]?.text ?? '';
      store = perParagraph[index] = cache ? cache.forText(text) : new Map<string, unknown>();
    }
    const found = store.get(key);
    if (found !== undefined || store.has(key)) return found as T;
    const value = compute();
    store.set(key, value);
    return value;
  };

  const memoDocument = <T>(key: string, deps: readonly unknown[], compute: () => T): T => {
    if (memoStore.has(key)) return memoStore.get(key) as T;
    const kept = cache?.reuse(key, deps);
    const value = kept ? (kept.value as T) : compute();
    if (!kept) cache?.keep(key, deps, value);
    memoStore.set(key, value);
    return value;
  };

  const now = options.now ?? (() => performance.now());
  const budget = config.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const deadline = now() + budget;
  const unfinished: string[] = [];
  const all = doc.paragraphs.map((_, i) => i);
  const some = options.paragraphs ?? all;

  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id];
    const { enabled, severity, options: ruleOptions } = resolveRuleSetting(setting, rule.meta.defaultSeverity);
    if (!enabled || !canEvaluate(rule, doc)) continue;
    if (now() > deadline) {
      unfinished.push(rule.meta.id);
      continue;
    }
    // A severity the user chose wins over the one a rule picks for a particular finding.
    const chosen = typeof setting === 'string' || (typeof setting === 'object' && setting.severity !== undefined);
    const context: RuleContext = {
      doc,
      config,
      options: ruleOptions,
      severity,
      memo,
      memoParagraph,
      memoDocument,
      report: (d) => findings.push(toFinding(rule, chosen ? { ...d, severity } : d, doc, severity)),
    };
    if (rule.checkParagraph) {
      let sinceClock = 0;
      for (const i of options.everyParagraph?.has(rule.meta.id) ? all : some) {
        const p = doc.paragraphs[i];
        // Guidance still showing as a placeholder is the add-in's own grey text, not the user's.
        if (!p || p.showsPlaceholder) continue;
        rule.checkParagraph(p, i, context);
        // A runaway rule must not hold the rest of the document hostage; the clock is read every ~20k characters.
        sinceClock += p.text.length + 1;
        if (sinceClock > 20_000) {
          sinceClock = 0;
          if (now() > deadline) break;
        }
      }
    }
    if (now() > deadline) {
      unfinished.push(rule.meta.id);
      continue;
    }
    rule.checkDocument?.(context);
  }
  if (unfinished.length) {
    const d: ReportDescriptor = {
      paragraph: 0,
      start: 0,
      length: 0,
      messageId: 'budget',
      data: { budget: String(budget), rules: unfinished.join(', ') },
    };
    findings.push(toFinding({ meta: incompleteMeta }, d, doc, 'error'));
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
    message: messageOf(template, d.data),
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

/**
 * The message of a finding. Document rules report the same findings again on every re-check, so messages are
 * kept per template and data (bounded); each finding gets its own copy.
 */
function messageOf(template: LocalizedText, data: MessageData | undefined): LocalizedText {
  // Without data a message is its template (formatting would change nothing).
  if (!data) return { vi: template.vi, en: template.en };
  let byData = messages.get(template);
  if (!byData) messages.set(template, (byData = new Map()));
  let key = '';
  // Length-prefixed, so no text inside the data can make two different data read as one key.
  for (const name in data) {
    const value = String(data[name]);
    key += `${name.length}:${name}${typeof data[name] === 'number' ? 'n' : 's'}${value.length}:${value}`;
  }
  let message = byData.get(key);
  if (!message) {
    if (byData.size >= 5000) byData.clear();
    byData.set(key, (message = localize(template, data)));
  }
  return { vi: message.vi, en: message.en };
}

const messages = new WeakMap<LocalizedText, Map<string, LocalizedText>>();

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
