import type { Finding } from './finding';
import { formatTemplate, type Lang, type LocalizedText } from './i18n';
import type { Capability, Paragraph } from './model';

/**
 * The one verdict the task pane, the HTML report and the CLI show:
 * `ready` "Sẵn sàng trình ký" (no error, nothing unfinished, no warning), `review` "Cần xem lại" (warnings only),
 * `notPassed` "Chưa đạt" (an error; unfinished work is an error of its own kind, "chưa hoàn thành").
 */
export type Verdict = 'ready' | 'review' | 'notPassed';

export const VERDICT_LABELS: Record<Verdict, LocalizedText> = {
  ready: { vi: 'Sẵn sàng trình ký', en: 'Ready for signature' },
  review: { vi: 'Cần xem lại', en: 'Needs review' },
  notPassed: { vi: 'Chưa đạt', en: 'Not passed' },
};

/** The label of the kind of finding that marks the document as not finished. */
export const UNFINISHED_LABEL: LocalizedText = { vi: 'Chưa hoàn thành', en: 'Unfinished' };

/**
 * Rules whose findings mean the writer has not finished: guidance placeholders still showing, guidance lines or
 * instructions of the outline left in the text (leftover-guidance), headings with nothing under them
 * (empty-section), and the empty document itself.
 */
export const UNFINISHED_RULES: ReadonlySet<string> = new Set(['leftover-guidance', 'empty-section', 'empty-document']);

/**
 * An error of one of those rules; guidance still showing as a placeholder, and the empty document, whatever the
 * severity. A warning (guidance matched only by resemblance to a template) is a warning like any other.
 */
export function isUnfinished(f: Pick<Finding, 'ruleId' | 'severity'> & { messageId?: string }): boolean {
  if (!UNFINISHED_RULES.has(f.ruleId)) return false;
  return f.severity === 'error' || f.messageId === 'placeholder' || f.ruleId === 'empty-document';
}

export function verdictOf(
  findings: readonly (Pick<Finding, 'ruleId' | 'severity'> & { messageId?: string })[],
): Verdict {
  if (findings.some((f) => f.severity === 'error' || isUnfinished(f))) return 'notPassed';
  return findings.some((f) => f.severity === 'warning') ? 'review' : 'ready';
}

/** No visible text at all: every paragraph blank or still showing guidance. */
export function isEmptyDocument(paragraphs: ReadonlyArray<Pick<Paragraph, 'text' | 'showsPlaceholder'>>): boolean {
  return paragraphs.every((p) => p.showsPlaceholder || p.text.trim() === '');
}

export const EMPTY_DOCUMENT_RULE = 'empty-document';

/** The single finding of an empty document: it is never ready to sign. */
export function emptyDocumentFinding(): Finding {
  return {
    ruleId: EMPTY_DOCUMENT_RULE,
    severity: 'error',
    category: 'structure',
    messageId: 'empty',
    message: {
      vi: 'Văn bản trống: chưa có nội dung nào để kiểm tra.',
      en: 'The document is empty: there is nothing to check.',
    },
    paragraph: 0,
    start: 0,
    length: 0,
    text: '',
    suggestions: [],
    unfinished: true,
  };
}

const VERDICT_DETAIL: Record<Verdict, LocalizedText> = {
  ready: { vi: 'Sẵn sàng trình ký', en: 'Ready for signature' },
  review: { vi: 'Cần xem lại: {warnings} cảnh báo', en: 'Needs review: {warnings} warning(s)' },
  notPassed: {
    vi: 'Chưa đạt: {errors} lỗi, {warnings} cảnh báo',
    en: 'Not passed: {errors} error(s), {warnings} warning(s)',
  },
};
const UNFINISHED_DETAIL: LocalizedText = {
  vi: ' — còn {count} chỗ chưa hoàn thành',
  en: ' — {count} unfinished place(s)',
};

/** The verdict in one line with its counts, e.g. "Chưa đạt: 2 lỗi, 1 cảnh báo — còn 3 chỗ chưa hoàn thành". */
export function verdictLine(
  s: { verdict: Verdict; errors: number; warnings: number; unfinished: number },
  lang: Lang,
): string {
  const line = formatTemplate(VERDICT_DETAIL[s.verdict][lang], { errors: s.errors, warnings: s.warnings });
  return s.unfinished ? line + formatTemplate(UNFINISHED_DETAIL[lang], { count: s.unfinished }) : line;
}

export const CAPABILITY_LABELS: Record<Capability, LocalizedText> = {
  fonts: { vi: 'phông chữ', en: 'fonts' },
  paragraphFormat: {
    vi: 'định dạng đoạn (căn lề, thụt lề, giãn dòng)',
    en: 'paragraph layout (alignment, indents, spacing)',
  },
  pageSetup: { vi: 'khổ giấy và lề trang', en: 'paper size and margins' },
  pageNumbers: { vi: 'số trang', en: 'page numbers' },
};

/** Data a rule loads late (RuleMeta.needsData), by name. */
const DATA_LABELS: Record<string, LocalizedText> = {
  lexicon: { vi: 'từ đúng chính tả nhưng sai chỗ (đang nạp từ điển)', en: 'real-word slips (dictionary loading)' },
};

const NOT_EVALUATED: LocalizedText = { vi: 'Không kiểm tra được: {what}', en: 'Could not be checked: {what}' };
const PLAIN_TEXT: LocalizedText = { vi: ' (tệp .txt)', en: ' (.txt file)' };

/**
 * What the check could not evaluate, by what the document lacked, e.g. "Không kiểm tra được: phông chữ (tệp .txt)";
 * null when everything was evaluated.
 */
export function notEvaluatedLine(
  notEvaluated: ReadonlyArray<{ missing: readonly string[] }>,
  lang: Lang,
  documentName?: string,
): string | null {
  const missing = new Set(notEvaluated.flatMap((n) => n.missing));
  if (missing.size === 0) return null;
  const capabilities = (Object.keys(CAPABILITY_LABELS) as Capability[])
    .filter((c) => missing.has(c))
    .map((c) => CAPABILITY_LABELS[c][lang])
    .join(', ');
  const source = capabilities && documentName && /\.txt$/i.test(documentName) ? PLAIN_TEXT[lang] : '';
  const data = [...missing]
    .filter((name) => !(name in CAPABILITY_LABELS))
    .map((name) => DATA_LABELS[name]?.[lang] ?? name);
  const what = [capabilities + source, ...data].filter(Boolean).join(', ');
  return formatTemplate(NOT_EVALUATED[lang], { what });
}
