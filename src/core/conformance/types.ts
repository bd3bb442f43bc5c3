import type { Heading } from '../outline/types';
import type { OutlineTemplate, TemplateSection } from '../templates/types';

/** Where a template section stands in the document. */
export type SectionState = 'present' | 'missing' | 'out-of-order';

export interface SectionStatus {
  section: TemplateSection;
  /** The section's number in the template, e.g. "III.3". */
  label: string;
  state: SectionState;
  /** The document heading that carries the section (present or out of order). */
  heading?: Heading;
  /** The heading's paragraph; for a missing section, the paragraph where it would go (before this one). */
  paragraph: number;
  children: SectionStatus[];
}

export interface OutlineComparison {
  template: OutlineTemplate;
  sections: SectionStatus[];
  /** Share of the template's sections found in the document, 0..1. */
  score: number;
}

/** Why this template was chosen: named in the settings, recorded by the document, or the best match. */
export type TemplateChoiceReason = 'config' | 'document' | 'best-match';

export interface TemplateChoice {
  template: OutlineTemplate;
  reason: TemplateChoiceReason;
  /** For a best match: how well the document matched it, 0..1. */
  score?: number;
  /** Every candidate's score, best first (best match only), so the UI can offer the others. */
  candidates?: Array<{ id: string; score: number }>;
}
