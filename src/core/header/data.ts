import type { TextFormat } from '../edit';
import type { Profile } from '../model';
import { foldKey } from './text';
import documentTypesJson from './data/documentTypes.json';
import issuersJson from './data/issuers.json';
import ruleSetsJson from './data/ruleSets.json';
import signingJson from './data/signing.json';
import typographyJson from './data/typography.json';

export type Confidence = 'H' | 'M' | 'L' | '?';

export interface DocumentType {
  id: string;
  name: string;
  /** Abbreviation in the number line; null for a State công văn, which has none. */
  abbr: string | null;
  /** Older forms still accepted (Party Quy định: QĐi). */
  accepted?: string[];
  /** Công văn: no type name line; the trích yếu goes under the number. */
  congVan?: boolean;
  /** Laws, ordinances, the Constitution: published, not sent, so no "Nơi nhận". */
  noRecipients?: boolean;
  confidence: Confidence;
  source: string;
}

export interface SigningPrefix {
  prefix: string;
  meaning: string;
  counterpart: string | null;
  source: string;
}

export interface RuleSetEntry {
  id: string;
  from: string;
  name: string;
}

export type TypographyRole =
  | 'nationalTitle'
  | 'motto'
  | 'superiorBody'
  | 'issuingBody'
  | 'bodyMark'
  | 'number'
  | 'date'
  | 'typeName'
  | 'summary'
  | 'congVanSummary'
  | 'separator'
  | 'recipientsLabel'
  | 'recipients'
  | 'authority'
  | 'office'
  | 'signer'
  | 'noiNhanLabel'
  | 'noiNhanItem'
  | 'rule';

interface IssuerEntry {
  match: string;
  abbr: string;
  profile: string;
  withLevel?: boolean;
}

const documentTypes = documentTypesJson as unknown as Record<Profile, DocumentType[]>;
const signing = signingJson as unknown as Record<Profile, SigningPrefix[]>;
const ruleSets = ruleSetsJson as unknown as Record<Profile, RuleSetEntry[]>;
const typography = typographyJson as unknown as { font: string } & Record<
  Profile,
  Partial<Record<TypographyRole, TextFormat>>
>;

export function documentTypesFor(profile: Profile): readonly DocumentType[] {
  return documentTypes[profile];
}

export function findDocumentType(profile: Profile, id: string): DocumentType | undefined {
  return documentTypes[profile].find((t) => t.id === id);
}

/** The type whose name is this title line (case, accents and ủy/uỷ ignored), in either table if no profile. */
export function typeByTitle(title: string, profile?: Profile | null): DocumentType | undefined {
  const key = foldKey(title);
  const profiles: Profile[] = profile ? [profile] : ['party', 'state'];
  for (const p of profiles) {
    const found = documentTypes[p].find((t) => foldKey(t.name) === key);
    if (found) return found;
  }
  return undefined;
}

/** Types whose number-line abbreviation (current or accepted) is `abbr`, exactly. */
export function typesByAbbreviation(profile: Profile, abbr: string): DocumentType[] {
  return documentTypes[profile].filter((t) => t.abbr === abbr || t.accepted?.includes(abbr));
}

export function signingPrefixes(profile: Profile): readonly SigningPrefix[] {
  return signing[profile];
}

export function ruleSetsFor(profile: Profile): readonly RuleSetEntry[] {
  return ruleSets[profile];
}

export function typographyFor(profile: Profile, role: TypographyRole): TextFormat {
  return { font: typography.font, ...(typography[profile][role] ?? typography.party[role] ?? {}) };
}

export const issuerTable = issuersJson as unknown as {
  bodies: IssuerEntry[];
  levels: Array<{ match: string; abbr: string }>;
  skipWords: string[];
};
