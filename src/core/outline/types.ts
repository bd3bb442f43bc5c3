import type { NumberingStyle } from '../templates/types';

/** A heading found in a document, by Word heading style, list numbering, typed numbering, capitals or bold. */
export interface Heading {
  paragraph: number;
  /** 1 = top level, relative to this document's outline. */
  level: number;
  /** Numbering as written (in the text or Word's listString), e.g. "II.", "2.1-", "a)". */
  numbering?: {
    raw: string;
    style: NumberingStyle;
    /** 1-based value at its own level: II → 2, c) → 3, 2.1 → 1. */ value: number;
  };
  /** Offset in the paragraph's text where the title starts (after typed numbering). */
  titleStart: number;
  title: string;
  source: 'style' | 'list' | 'numbering' | 'format';
}

export interface OutlineNode extends Heading {
  children: OutlineNode[];
  /** First paragraph after the section's content (exclusive end), i.e. the next heading of the same or upper level. */
  end: number;
}
