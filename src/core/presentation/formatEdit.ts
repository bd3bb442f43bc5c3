import type { FormatEdit, PageSetupEdit } from '../edit';
import type { DocumentModel } from '../model';
import { commonFont, fontsIn } from './helpers';

const same = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 0.01 : JSON.stringify(a) === JSON.stringify(b);

/**
 * A formatting edit still applies when its paragraph reads the same text and shows the properties the check saw
 * (every host refuses a stale one the same way, like a stale text edit).
 */
export function formatEditMatches(doc: DocumentModel, edit: FormatEdit): boolean {
  const p = doc.paragraphs[edit.paragraph];
  if (!p || p.showsPlaceholder || p.text !== edit.expectedText) return false;
  if (edit.range && (edit.range.start < 0 || edit.range.start + edit.range.length > p.text.length)) return false;
  const font = commonFont(fontsIn(p, edit.range?.start, edit.range?.length));
  for (const [key, value] of Object.entries(edit.expected.font ?? {}))
    if (!same((font as Record<string, unknown>)[key] ?? null, value)) return false;
  for (const [key, value] of Object.entries(edit.expected.format ?? {}))
    if (!same((p.format as Record<string, unknown> | undefined)?.[key] ?? null, value)) return false;
  return edit.expected.alignment === undefined || p.alignment === edit.expected.alignment;
}

export function pageSetupEditMatches(doc: DocumentModel, edit: PageSetupEdit): boolean {
  const section = doc.sections?.[edit.section];
  if (!section) return false;
  return Object.entries(edit.expected).every(([key, value]) =>
    same((section as unknown as Record<string, unknown>)[key], value),
  );
}
