import type { FormatEdit } from '../core/edit';
import { alignmentOf, fontInfoOf, formatOf, POINTS_PER_MM, wordAlignment } from './readModel';
import { writeFont } from './write';

/** Paragraph properties a format edit checks, loaded with the texts in an apply's first sync (WordApi 1.3). */
export const FORMAT_LOAD =
  'font/name,font/size,font/bold,font/italic,font/underline,font/color,alignment,firstLineIndent,leftIndent,rightIndent,spaceBefore,spaceAfter';

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 0.05;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Whether a whole-paragraph format edit can be carried out: the paragraph reads `expectedText` and every expected
 * property still has its expected value. A range of a paragraph (it would need a search) and line spacing (WordApi
 * 1.3 sets it in points without its rule) are refused.
 */
export function formatApplies(edit: FormatEdit, paragraph: Word.Paragraph | undefined): boolean {
  if (!paragraph || paragraph.text !== edit.expectedText) return false;
  if (edit.range || edit.set.format?.lineSpacing !== undefined) return false;
  const font: Record<string, unknown> = {
    ...fontInfoOf({
      name: paragraph.font.name,
      size: paragraph.font.size,
      bold: paragraph.font.bold,
      italic: paragraph.font.italic,
      underline: paragraph.font.underline,
      color: paragraph.font.color,
    }),
  };
  const format: Record<string, unknown> = {
    ...formatOf({
      firstLineIndent: paragraph.firstLineIndent,
      leftIndent: paragraph.leftIndent,
      rightIndent: paragraph.rightIndent,
      spaceBefore: paragraph.spaceBefore,
      spaceAfter: paragraph.spaceAfter,
    }),
  };
  const { expected } = edit;
  if (Object.entries(expected.font ?? {}).some(([k, v]) => !same(font[k], v))) return false;
  if (Object.entries(expected.format ?? {}).some(([k, v]) => !same(format[k], v))) return false;
  return expected.alignment === undefined || alignmentOf(paragraph.alignment) === expected.alignment;
}

/** Queues the edit's settings on the paragraph (never its text). */
export function writeFormat(paragraph: Word.Paragraph, edit: FormatEdit): void {
  const { font, alignment, format } = edit.set;
  if (font) writeFont(paragraph.font, font);
  if (alignment) paragraph.alignment = wordAlignment(alignment);
  if (!format) return;
  const points = (mm: number) => Math.round(mm * POINTS_PER_MM * 10) / 10;
  if (typeof format.firstLineIndentMm === 'number') paragraph.firstLineIndent = points(format.firstLineIndentMm);
  if (typeof format.leftIndentMm === 'number') paragraph.leftIndent = points(format.leftIndentMm);
  if (typeof format.rightIndentMm === 'number') paragraph.rightIndent = points(format.rightIndentMm);
  if (typeof format.spaceBeforePt === 'number') paragraph.spaceBefore = format.spaceBeforePt;
  if (typeof format.spaceAfterPt === 'number') paragraph.spaceAfter = format.spaceAfterPt;
}
