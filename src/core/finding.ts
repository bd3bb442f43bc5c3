import type { Edit } from './edit';
import type { LocalizedText, MessageData } from './i18n';

export type Severity = 'error' | 'warning' | 'info';

/** Thể thức (format), Bố cục (structure), Chính tả (spelling). */
export type Category = 'format' | 'structure' | 'spelling';

export const CATEGORY_LABELS: Record<Category, LocalizedText> = {
  format: { vi: 'Thể thức', en: 'Format' },
  structure: { vi: 'Bố cục', en: 'Structure' },
  spelling: { vi: 'Chính tả', en: 'Spelling' },
};

export const SEVERITY_LABELS: Record<Severity, LocalizedText> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Gợi ý', en: 'Info' },
};

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What every rule produces (vfile-message style). The CLI's JSON is this object, serialised. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  category: Category;
  messageId: string;
  data?: MessageData;
  message: LocalizedText;
  /** Paragraph index; for a document-level finding, the paragraph where the problem belongs. */
  paragraph: number;
  /** UTF-16 offset in the paragraph's own text. */
  start: number;
  length: number;
  /** Exactly `paragraphs[paragraph].text.slice(start, start + length)` at check time. */
  text: string;
  /** Replacement texts, best first (for a text fix the first is what `fix` writes). */
  suggestions: string[];
  /** Edits that resolve the finding, if one fix is unambiguous. */
  fix?: Edit[];
  /** Where the rule comes from, e.g. "HD 05-HD/VPTW, điểm 4.2.2". */
  source?: string;
  /** True when the fix may be applied in bulk ("fix all of this kind") without a person looking. */
  bulkSafe?: boolean;
  /** The document is not finished here (guidance left, a section without content): never "Sẵn sàng trình ký". */
  unfinished?: boolean;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.paragraph - b.paragraph ||
    a.start - b.start ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
