import type { Alignment, FontInfo, Paragraph, ParagraphFormat } from '../core/model';
import { isOwnTag } from '../core/tags';

/** What one paragraph batch load gives, as plain values (the adapter copies it out of the Office proxies). */
export interface LoadedParagraph {
  text: string;
  style: string;
  styleBuiltIn: string;
  alignment: string;
  isListItem: boolean;
  tableNestingLevel: number;
  font: {
    name: string | null;
    size: number | null;
    bold: boolean | null;
    italic: boolean | null;
    underline: string | null;
    color: string | null;
  };
  /** Points, as Word reports them (WordApi 1.3). */
  layout: {
    firstLineIndent: number;
    leftIndent: number;
    rightIndent: number;
    spaceBefore: number;
    spaceAfter: number;
  };
  /** Only for list items, from the second batch (absent when Word refused it). */
  listString?: string;
  /** getReviewedText('Current') (WordApi 1.4): the text as it will read once tracked changes are accepted. */
  reviewedText?: string;
  /** The innermost content control around the paragraph, if any. */
  control?: { tag: string; placeholderText: string };
  /** Only inside a table. */
  cell?: { rowIndex: number; cellIndex: number };
}

/**
 * Plain paragraph properties, read for every paragraph in the first batch. List numbers and table cells come in a
 * second batch for the paragraphs that need them: loading them for all paragraphs fails the whole read on Word on
 * the web when a list holds tracked changes (office-js#5901, #5335).
 */
export const PARAGRAPH_LOAD = [
  'text',
  'style',
  'styleBuiltIn',
  'alignment',
  'isListItem',
  'tableNestingLevel',
  'font/name',
  'font/size',
  'font/bold',
  'font/italic',
  'font/underline',
  'font/color',
  'firstLineIndent',
  'leftIndent',
  'rightIndent',
  'spaceBefore',
  'spaceAfter',
  'parentContentControlOrNullObject/tag',
  'parentContentControlOrNullObject/placeholderText',
];

export function headingLevelOf(styleBuiltIn: string): number | undefined {
  const m = /^Heading([1-9])$/.exec(styleBuiltIn);
  return m ? Number(m[1]) : undefined;
}

const ALIGNMENTS: Record<string, Alignment> = {
  Left: 'left',
  Centered: 'centered',
  Right: 'right',
  Justified: 'justified',
};

export function alignmentOf(wordAlignment: string): Alignment | undefined {
  return ALIGNMENTS[wordAlignment];
}

export function wordAlignment(alignment: Alignment): 'Left' | 'Centered' | 'Right' | 'Justified' {
  const entry = Object.entries(ALIGNMENTS).find(([, a]) => a === alignment);
  return (entry?.[0] ?? 'Left') as 'Left' | 'Centered' | 'Right' | 'Justified';
}

/** Word reports a mixed value as null (or "" for names, "Mixed" for underline). */
export function fontInfoOf(font: LoadedParagraph['font']): FontInfo {
  const underline = font.underline === null || font.underline === 'Mixed' ? null : font.underline !== 'None';
  return {
    name: font.name ? font.name : null,
    size: typeof font.size === 'number' ? font.size : null,
    bold: font.bold,
    italic: font.italic,
    underline,
    color: colorOf(font.color),
  };
}

/** "#RRGGBB" upper case; Word's automatic colour counts as black; a mixed colour (null or "") is unknown. */
function colorOf(color: string | null): string | null {
  if (!color) return null;
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
  return /auto/i.test(color) ? '#000000' : null;
}

const MM_PER_POINT = 25.4 / 72;
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Paragraph layout in the model's units. Word's `lineSpacing` (WordApi 1.3) is in points without its rule, so
 * "1.5 lines" and "exactly 18 pt" both read 18: line spacing is reported as unknown (null).
 */
export function formatOf(layout: LoadedParagraph['layout']): ParagraphFormat {
  const mm = (points: number) => round(points * MM_PER_POINT, 2);
  return {
    firstLineIndentMm: mm(layout.firstLineIndent),
    leftIndentMm: mm(layout.leftIndent),
    rightIndentMm: mm(layout.rightIndent),
    spaceBeforePt: round(layout.spaceBefore, 1),
    spaceAfterPt: round(layout.spaceAfter, 1),
    lineSpacing: null,
  };
}

export const POINTS_PER_MM = 72 / 25.4;

/**
 * Maps loaded paragraphs to the model. Table index: a table starts where a table paragraph follows a
 * non-table paragraph or goes back to an earlier cell (row-major order). Nested tables count with their
 * innermost cell, an approximation the rules do not depend on.
 */
export function toModelParagraphs(loaded: readonly LoadedParagraph[]): Paragraph[] {
  let table = -1;
  let previous: { row: number; cell: number } | null = null;
  return loaded.map((p) => {
    // With Track Changes, paragraph.text still holds deleted text (office-js#1267): the model reads what the user
    // sees, and the paragraph is marked so that no text fix is offered or applied there.
    const tracked = p.reviewedText !== undefined && p.reviewedText !== p.text;
    const out: Paragraph = { text: tracked ? p.reviewedText! : p.text, styleName: p.style, font: fontInfoOf(p.font) };
    if (tracked) out.hasTrackedChanges = true;
    out.format = formatOf(p.layout);
    const level = headingLevelOf(p.styleBuiltIn);
    if (level !== undefined) out.headingLevel = level;
    const alignment = alignmentOf(p.alignment);
    if (alignment) out.alignment = alignment;
    out.isListItem = p.isListItem;
    if (p.isListItem && p.listString !== undefined) out.listString = p.listString;
    if (p.tableNestingLevel > 0 && p.cell) {
      const here = { row: p.cell.rowIndex, cell: p.cell.cellIndex };
      if (!previous || here.row < previous.row || (here.row === previous.row && here.cell < previous.cell)) table++;
      out.cell = { table, ...here };
      previous = here;
    } else previous = null;
    if (p.control && isOwnTag(p.control.tag)) {
      out.controlTag = p.control.tag;
      // Word reports the placeholder as the text while the control shows it.
      // How Word stores a line break in placeholder text is unknown (word-api-notes 9): compare without them.
      if (p.control.placeholderText && breaksAsSpaces(p.text) === breaksAsSpaces(p.control.placeholderText))
        out.showsPlaceholder = true;
    }
    return out;
  });
}

/** Line breaks of any kind ("\r\n", "\r", "\n", "\v") as single spaces. */
export function breaksAsSpaces(text: string): string {
  return text.replace(/\r\n|[\r\n\v]/g, ' ');
}
