/**
 * The plain document model every adapter produces (Word, .docx, plain text, playground).
 * Offsets into `text` are the host's own UTF-16 offsets, so a finding can be mapped back exactly.
 */
export type Profile = 'party' | 'state';

export type Alignment = 'left' | 'centered' | 'right' | 'justified';

/** Character formatting. `null` means "mixed" (the host reports several values in the range). */
export interface FontInfo {
  name?: string | null;
  size?: number | null;
  bold?: boolean | null;
  italic?: boolean | null;
  underline?: boolean | null;
}

/** A stretch of a paragraph with uniform formatting, where the host can tell (e.g. .docx runs). */
export interface RunInfo {
  start: number;
  length: number;
  font: FontInfo;
}

export interface TableCellPosition {
  /** Index of the table in document order. */
  table: number;
  row: number;
  cell: number;
}

export interface Paragraph {
  /** Text exactly as the host holds it; a manual line break inside a paragraph is "\v" (Word) or "\n". */
  text: string;
  /** Style name as the host reports it (may be localised, e.g. "Heading 1" or "Đề mục 1"). */
  styleName?: string;
  /** 1..9 when the paragraph carries a built-in heading style, otherwise undefined. */
  headingLevel?: number;
  isListItem?: boolean;
  /** The number/bullet Word draws for a list item (not part of `text`), e.g. "1." or "a)". */
  listString?: string;
  alignment?: Alignment;
  /** Set when the paragraph sits in a table cell. */
  cell?: TableCellPosition;
  font?: FontInfo;
  runs?: RunInfo[];
  /** Tag of the innermost content control of this add-in that contains the paragraph (see tags.ts). */
  controlTag?: string;
  /** True when the content control shows its placeholder (guidance) rather than user text. */
  showsPlaceholder?: boolean;
}

export interface DocumentMeta {
  /** Outline template the document was scaffolded with, if the host remembers it. */
  templateId?: string;
  /** File name or title, for reports. */
  name?: string;
}

export interface DocumentModel {
  paragraphs: Paragraph[];
  meta: DocumentMeta;
}

export function createDocument(paragraphs: Array<Paragraph | string>, meta: DocumentMeta = {}): DocumentModel {
  return {
    paragraphs: paragraphs.map((p) => (typeof p === 'string' ? { text: p } : p)),
    meta,
  };
}
