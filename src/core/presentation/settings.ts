import type { TypographyRole } from '../header/data';
import type { RuleSetId } from '../header/ruleSet';
import type { Alignment } from '../model';
import data from '../data/presentation/presentation.json';

/** Confidence of a value: H/A from the text itself (error), M/B secondary (warning), L/C/? unconfirmed (warning). */
export type Confidence = 'H' | 'A' | 'M' | 'B' | 'L' | 'C' | '?';

export interface Sourced {
  confidence: Confidence;
  source: string;
}

export interface PartStyle extends Sourced {
  /** Points, inclusive. */
  size: [number, number];
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  case?: 'upper' | 'lower';
}

export interface BodySettings {
  size: Sourced & { min: number; max: number };
  alignment: Sourced & { value: Alignment };
  firstLineIndentMm: Sourced & { min: number; max: number };
  spacingPt: Sourced & { min: number };
  /** Points (Party: exactly 18–22) or lines (State: single to 1.5). */
  lineSpacing: Sourced & { minPt?: number; maxPt?: number; minLines?: number; maxLines?: number };
}

export interface PageSettings {
  paper: Sourced & { widthMm: number; heightMm: number; orientation: 'portrait' | 'landscape' };
  margins: Sourced & Record<'top' | 'bottom' | 'left' | 'right', [number, number]>;
  pageNumbers: Sourced & {
    place: 'header' | 'footer';
    alignment: Alignment;
    hiddenOnFirstPage: boolean;
    headerDistanceMm?: [number, number];
  };
}

export type PartRole = Extract<
  TypographyRole,
  | 'nationalTitle'
  | 'motto'
  | 'superiorBody'
  | 'issuingBody'
  | 'number'
  | 'date'
  | 'typeName'
  | 'summary'
  | 'congVanSummary'
  | 'recipientsLabel'
  | 'authority'
  | 'office'
  | 'signer'
  | 'noiNhanLabel'
  | 'noiNhanItem'
>;

export interface PresentationSettings {
  ruleSet: RuleSetId;
  name: string;
  font: Sourced & { name: string; color: string };
  body: BodySettings;
  parts: Partial<Record<PartRole, PartStyle>>;
  page: PageSettings;
  tolerance: { indentMm: number; marginMm: number; paperMm: number; lineHeightEm: number };
}

interface RawRuleSet {
  name: string;
  extends?: string;
  body?: Partial<BodySettings>;
  parts?: Partial<Record<PartRole, PartStyle | null>>;
  page?: Partial<PageSettings>;
}

const raw = data as unknown as {
  font: PresentationSettings['font'];
  ruleSets: Record<string, RawRuleSet>;
  tolerance: PresentationSettings['tolerance'];
};

const cache = new Map<RuleSetId, PresentationSettings>();

/** The thresholds of one rule set, an `extends` chain resolved (a null part removes it). */
export function presentationSettings(ruleSet: RuleSetId): PresentationSettings {
  const hit = cache.get(ruleSet);
  if (hit) return hit;
  const chain: RawRuleSet[] = [];
  for (let id: string | undefined = ruleSet; id && raw.ruleSets[id]; id = raw.ruleSets[id].extends)
    chain.unshift(raw.ruleSets[id]);
  const parts: Partial<Record<PartRole, PartStyle>> = {};
  for (const set of chain)
    for (const [role, style] of Object.entries(set.parts ?? {})) {
      if (style) parts[role as PartRole] = style;
      else delete parts[role as PartRole];
    }
  const settings: PresentationSettings = {
    ruleSet,
    name: chain[chain.length - 1].name,
    font: raw.font,
    body: Object.assign({}, ...chain.map((s) => s.body ?? {})) as BodySettings,
    parts,
    page: Object.assign({}, ...chain.map((s) => s.page ?? {})) as PageSettings,
    tolerance: raw.tolerance,
  };
  cache.set(ruleSet, settings);
  return settings;
}

/** Findings on unconfirmed values are warnings at most. */
export function severityOf(confidence: Confidence): 'error' | 'warning' {
  return confidence === 'H' || confidence === 'A' ? 'error' : 'warning';
}
