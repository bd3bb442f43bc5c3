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
  /** "#RRGGBB" (upper case); "auto"/automatic colour is reported as "#000000". */
  color?: string | null;
}

/** Paragraph layout. Lengths in millimetres, spacing in points; `null` means mixed/unknown. */
export interface ParagraphFormat {
  firstLineIndentMm?: number | null;
  leftIndentMm?: number | null;
  rightIndentMm?: number | null;
  spaceBeforePt?: number | null;
  spaceAfterPt?: number | null;
  /** `multiple`: value is lines (1, 1.15, 1.5); `exact` / `atLeast`: value in points. */
  lineSpacing?: { rule: 'multiple' | 'exact' | 'atLeast'; value: number } | null;
}

/** Page setup of one section of the document. Lengths in millimetres. */
export interface SectionInfo {
  /** Index of the first paragraph of the section. */
  firstParagraph: number;
  paperWidthMm?: number;
  paperHeightMm?: number;
  orientation?: 'portrait' | 'landscape';
  marginTopMm?: number;
  marginBottomMm?: number;
  marginLeftMm?: number;
  marginRightMm?: number;
  headerDistanceMm?: number;
  footerDistanceMm?: number;
  /** Page numbers (a PAGE field) where the host can tell. */
  pageNumbers?: {
    present: boolean;
    /** Which margin holds them. */
    place?: 'header' | 'footer';
    alignment?: Alignment;
    /** True when the first page shows no number (different first page). */
    hiddenOnFirstPage?: boolean;
  };
}

/**
 * What the host could report. A rule that needs a capability the host lacks is listed as "not evaluated"
 * instead of passing silently. Omitted = false (plain text knows none of these).
 */
export interface HostCapabilities {
  /** Font name/size/weight per paragraph or run. */
  fonts?: boolean;
  /** Alignment, indents, spacing. */
  paragraphFormat?: boolean;
  /** Paper size, orientation, margins. */
  pageSetup?: boolean;
  /** Page number fields in headers/footers. */
  pageNumbers?: boolean;
}

export type Capability = keyof HostCapabilities;

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
  format?: ParagraphFormat;
  /** Tag of the innermost content control of this add-in that contains the paragraph (see tags.ts). */
  controlTag?: string;
  /** True when the content control shows its placeholder (guidance) rather than user text. */
  showsPlaceholder?: boolean;
  /**
   * The host holds tracked changes here: `text` is the text as it will read, which differs from what the host's
   * offsets address, so no text fix may be offered or applied in this paragraph (hosts refuse them as stale).
   */
  hasTrackedChanges?: boolean;
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
  /** Page setup per section, in document order (where the host reports it). */
  sections?: SectionInfo[];
  /** What this host could report about presentation; see HostCapabilities. */
  capabilities?: HostCapabilities;
}

export function createDocument(paragraphs: Array<Paragraph | string>, meta: DocumentMeta = {}): DocumentModel {
  return {
    paragraphs: paragraphs.map((p) => (typeof p === 'string' ? { text: p } : p)),
    meta,
  };
}
