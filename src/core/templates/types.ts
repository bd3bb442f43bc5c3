import type { LocalizedText } from '../i18n';

/**
 * How a heading is numbered in the text: "I-" roman-dash, "I." roman-dot, "1." arabic-dot, "1-" arabic-dash,
 * "2.1-" decimal-dash, "2.1." decimal-dot, "a)" letter-paren, "-" bullet, none.
 */
export type NumberingStyle =
  | 'roman-dash'
  | 'roman-dot'
  | 'arabic-dot'
  | 'arabic-dash'
  | 'decimal-dash'
  | 'decimal-dot'
  | 'letter-paren'
  | 'bullet'
  | 'none';

export interface TemplateSection {
  /** Stable id inside the template, e.g. "II.2.3". */
  id: string;
  title: string;
  /** 1 = top level. */
  level: number;
  numbering: NumberingStyle;
  required: boolean;
  /** Other wordings a document may use for this section ("Ưu điểm, nguyên nhân" ≈ "Ưu điểm"). */
  alternatives?: string[];
  /** The hints shown to the clerk under the heading. */
  guidance?: string[];
  /** The guidance asks for figures: the section should contain a number or percentage. */
  needsFigures?: boolean;
  children: TemplateSection[];
}

export interface OutlineTemplate {
  id: string;
  name: LocalizedText;
  /** Document type name, e.g. "Báo cáo", and its abbreviation, e.g. "BC". */
  documentType: string;
  profile: 'party' | 'state' | 'any';
  /** Where the outline comes from ("Công văn 694-CV/ĐUK, 15/9/2022") or "house practice". */
  source?: string;
  sections: TemplateSection[];
}
