import type { Alignment, FontInfo, ParagraphFormat, SectionInfo } from './model';

/**
 * Edits are descriptions; adapters carry them out. Every edit states what it expects to find, so a host can
 * refuse a stale edit (the user typed since the check) in one place for all hosts.
 */

/** Replace `length` UTF-16 units at `start` of paragraph `paragraph`, which must currently read `expected`. */
export interface TextEdit {
  kind: 'replaceText';
  paragraph: number;
  start: number;
  length: number;
  expected: string;
  replacement: string;
}

export interface TextFormat {
  font?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Hex colour "#RRGGBB": Word's built-in heading styles are blue, official documents are black. */
  color?: string;
}

export interface RunSpec {
  text: string;
  format?: TextFormat;
}

export interface ParagraphSpec {
  kind: 'paragraph';
  /** Either plain text with one format, or runs with their own formats. */
  text?: string;
  runs?: RunSpec[];
  format?: TextFormat;
  alignment?: Alignment;
  /** Word built-in heading level 1..9 (styleBuiltIn HeadingN); omitted = Normal. */
  headingLevel?: number;
  /** Points after the paragraph. */
  spaceAfter?: number;
  /** First-line indent in points (negative with `leftIndent`: a hanging indent). */
  firstLineIndent?: number;
  /** Left indent in points. */
  leftIndent?: number;
  /**
   * A solid line `width` points long, centred in its column: the paragraph (empty) is drawn as its bottom border,
   * not as characters (the line under the Party title, the Tiêu ngữ, a State issuer).
   */
  rule?: { width: number };
  /**
   * An empty paragraph wrapped in a content control with this tag whose placeholder shows `text`
   * (guidance that disappears as soon as the user types there).
   */
  placeholder?: { tag: string; text: string };
}

/** A borderless table: rows → cells → paragraphs. */
export interface TableSpec {
  kind: 'table';
  rows: ParagraphSpec[][][];
  /** Relative column widths, e.g. [45, 55]. */
  columnWidths?: number[];
}

export type BlockItem = ParagraphSpec | TableSpec;

export type BlockPosition =
  | { at: 'start' }
  | { at: 'end' }
  /** After paragraph `paragraph`, which must currently read `expected`. */
  | { at: 'afterParagraph'; paragraph: number; expected: string }
  | { at: 'beforeParagraph'; paragraph: number; expected: string }
  /**
   * Replaces paragraphs `first`..`last` (inclusive), which must currently read `expected` (one text per
   * paragraph), e.g. a header typed by hand that the user chose to replace with the add-in's own.
   */
  | { at: 'replaceParagraphs'; first: number; last: number; expected: string[] }
  | { at: 'selection' };

/**
 * Insert block items. With a `tag`, the items are wrapped in a content control carrying it, and when a control
 * with that tag already exists its content is replaced in place (position is then ignored): re-running an
 * insertion never duplicates. Without a tag the items are inserted as plain paragraphs.
 */
export interface InsertBlockEdit {
  kind: 'insertBlock';
  position: BlockPosition;
  items: BlockItem[];
  tag?: string;
}

/** Remember document-level facts (stored with the document by the host). */
export interface SetMetaEdit {
  kind: 'setMeta';
  templateId?: string;
}

/**
 * Sets presentation (never text) of one paragraph, or of a range of it. States the text and the properties it
 * expects, so a host refuses it when the paragraph changed since the check (like a stale text edit).
 */
export interface FormatEdit {
  kind: 'setFormat';
  paragraph: number;
  /** A range of the paragraph's text for character formatting; omitted = the whole paragraph. */
  range?: { start: number; length: number };
  expectedText: string;
  /** The current values of the properties being changed, as the check saw them. */
  expected: { font?: FontInfo; format?: ParagraphFormat; alignment?: Alignment };
  set: { font?: TextFormat; format?: ParagraphFormat; alignment?: Alignment };
}

/** Sets the page setup of section `section` (e.g. margins), stating the values it expects to find. */
export interface PageSetupEdit {
  kind: 'setPageSetup';
  section: number;
  expected: Partial<Omit<SectionInfo, 'firstParagraph' | 'pageNumbers'>>;
  set: Partial<Omit<SectionInfo, 'firstParagraph' | 'pageNumbers'>>;
}

export type Edit = TextEdit | InsertBlockEdit | SetMetaEdit | FormatEdit | PageSetupEdit;

export function paragraphSpec(text: string, extra: Omit<ParagraphSpec, 'kind' | 'text'> = {}): ParagraphSpec {
  return { kind: 'paragraph', text, ...extra };
}

/** Plain text of a paragraph spec (runs joined). */
export function specText(p: ParagraphSpec): string {
  return p.runs ? p.runs.map((r) => r.text).join('') : (p.text ?? '');
}
