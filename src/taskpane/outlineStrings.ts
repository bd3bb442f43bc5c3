import { formatTemplate, type Lang, type LocalizedText, type MessageData } from '../core/i18n';

/**
 * Texts of the outline repair and of how severities show in the settings, kept apart from strings.ts (which
 * other parts of the pane share). Vietnamese in the new tone-mark style.
 */
const TEXTS = {
  optional: { vi: 'không bắt buộc', en: 'optional' },
  renumberNote: {
    vi: 'Các mục đã có sau chỗ chèn được đánh lại số (chỉ đổi số, giữ nguyên tên mục): {changes}.',
    en: 'The existing sections after the insertion are renumbered (only the number changes): {changes}.',
  },
  confirmRenumber: { vi: 'Chèn và đánh lại số', en: 'Insert and renumber' },
  /** One of the severities a rule's findings take by default, and when ("Lỗi khi …"). */
  severityWhen: { vi: '{severity} {when}', en: '{severity} {when}' },
  /** A fixed severity for every finding of a rule whose severity otherwise varies. */
  severityAlways: { vi: 'Luôn là {severity}', en: 'Always: {severity}' },
  insertedRenumbered: {
    vi: 'Đã chèn {count} mục và đánh lại số {renumbered} mục.',
    en: 'Inserted {count} sections and renumbered {renumbered}.',
  },
} satisfies Record<string, LocalizedText>;

export type OutlineStringKey = keyof typeof TEXTS;

export function ofmt(lang: Lang, key: OutlineStringKey, data?: MessageData): string {
  return formatTemplate(TEXTS[key][lang], data);
}
