import type { CheckConfig } from './config';
import type { Edit } from './edit';
import type { Category, Severity } from './finding';
import type { LocalizedText, MessageData } from './i18n';
import type { Capability, DocumentModel, Paragraph } from './model';

/** A text change inside the document, given by offsets; the runner adds the text it expects to find. */
export interface TextFix {
  /** Defaults to the paragraph of the report. */
  paragraph?: number;
  start: number;
  length: number;
  replacement: string;
}

export interface ReportDescriptor {
  paragraph: number;
  start: number;
  length: number;
  messageId: string;
  data?: MessageData;
  suggestions?: string[];
  /** Text fixes (offsets) or ready-made edits (e.g. an insertion). */
  fix?: TextFix[] | Edit[];
  /** Override the rule's configured severity for this one finding (e.g. error for function words). */
  severity?: Severity;
}

export interface RuleMeta {
  /** Unique kebab-case id, e.g. "duplicated-word". */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  description: LocalizedText;
  /** Message templates by id, with `{name}` placeholders filled from report data. */
  messages: Record<string, LocalizedText>;
  /** Regulation or practice the rule enforces. */
  source?: string;
  /** Its fixes are safe to apply in bulk. */
  bulkSafe?: boolean;
  /**
   * Set when its findings do not all take defaultSeverity (the rule gives some findings their own severity): every
   * severity they can take, the usual one first, each other with when it applies, so the settings show what will
   * apply ("Cảnh báo; Lỗi khi văn bản theo mẫu bắt buộc"). A severity the user chooses applies to every finding.
   */
  severities?: ReadonlyArray<{ severity: Severity; when?: LocalizedText }>;
  /**
   * What the document must report for this rule to be evaluated (e.g. fonts). When the host lacks one, the
   * rule does not run and the check lists it as not evaluated.
   */
  requires?: Capability[];
  /**
   * Data loaded after start-up that the rule needs (e.g. the lexicon): until `ready()` the rule does not run and
   * the check lists it as not evaluated, missing `name`.
   */
  needsData?: { name: string; ready: () => boolean };
}

export interface RuleContext {
  readonly doc: DocumentModel;
  readonly config: CheckConfig;
  /** Options for this rule from the configuration. */
  readonly options: Record<string, unknown>;
  /** The severity this rule runs at (after configuration). */
  readonly severity: Severity;
  report(descriptor: ReportDescriptor): void;
  /** Analysis shared between rules in one run (tokens, detected profile, outline…), computed once. */
  memo<T>(key: string, compute: () => T): T;
  /**
   * Analysis of one paragraph that depends on its text alone (tokens, keys), computed once per check and, with an
   * AnalysisCache (the task pane's re-checks, `recheckDocument`), kept across checks: the store is keyed by the
   * paragraph's text, not its index, so a value survives the paragraph moving and is shared by paragraphs with
   * the same text; a text whose store no rule asked for during a check is let go after it (a document rule that
   * reads every paragraph keeps them all). `compute` must read nothing but the text
   * (put anything else, e.g. a style, into `key`); values are shared, never mutate them. A document rule that
   * aggregates such values over every paragraph costs one lookup per paragraph on a re-check. Optional for
   * contexts built by hand (use `paragraphMemo`).
   */
  memoParagraph?<T>(index: number, key: string, compute: () => T): T;
  /**
   * Document analysis computed once per check and, with an AnalysisCache, taken from the previous check when it
   * was computed there from the same `deps` (compared with Object.is, in order; strings by value). `deps` must
   * name everything `compute` reads (per-paragraph summaries, texts, configuration…), so keep them small: a
   * value built from a few of them (an outline) can itself be a dep of the next analysis. One key, one analysis:
   * within a check the first value for a key is returned. Optional for contexts built by hand (use
   * `documentMemo`).
   */
  memoDocument?<T>(key: string, deps: readonly unknown[], compute: () => T): T;
}

/**
 * One rule per module. Paragraph rules implement `checkParagraph` (so a host can re-check only changed
 * paragraphs); document rules implement `checkDocument`.
 */
export interface Rule {
  meta: RuleMeta;
  checkParagraph?(paragraph: Paragraph, index: number, context: RuleContext): void;
  checkDocument?(context: RuleContext): void;
}

/** A per-paragraph analysis (depending on the paragraph's text alone), shared by every rule of a check. */
export function paragraphMemo<T>(context: RuleContext, index: number, key: string, compute: () => T): T {
  return context.memoParagraph ? context.memoParagraph(index, key, compute) : context.memo(`${key}.${index}`, compute);
}

/** A document analysis kept across checks while its inputs are the same (see RuleContext.memoDocument). */
export function documentMemo<T>(context: RuleContext, key: string, deps: readonly unknown[], compute: () => T): T {
  return context.memoDocument ? context.memoDocument(key, deps, compute) : context.memo(key, compute);
}
