import { analyzeDocument, dateOf, documentTypesFor, parseSymbol, type HeaderParts } from '../core/header';
import { toIso } from '../core/header/dates';
import { isRuleLine, type Line } from '../core/header/text';
import type { BlockPosition } from '../core/edit';
import type { DocumentModel, Profile } from '../core/model';
import { Tags } from '../core/tags';

/** What the header form can take from a header found in the document. */
export interface HeaderPrefill {
  profile?: Profile;
  superiorBody?: string;
  issuingBody?: string;
  issuerAbbr?: string;
  typeId?: string;
  number?: string;
  place?: string;
  /** ISO date. */
  date?: string;
  summary?: string;
  recipients?: string[];
}

/** A header typed by hand (not in this add-in's control): where it is and what it says. */
export interface HandHeader {
  first: number;
  last: number;
  /** Where the add-in's header goes instead: these paragraphs, as they read now. */
  position: Extract<BlockPosition, { at: 'replaceParagraphs' }>;
  prefill: HeaderPrefill;
}

/**
 * The header already in the document when the add-in did not write it: a number or date line together with an
 * issuer or national title, none of it inside the add-in's header control. Null when there is none.
 */
export function findHandTypedHeader(doc: DocumentModel): HandHeader | null {
  const { header } = analyzeDocument(doc);
  const parts = headerLines(header);
  const hasHeader =
    (header.numberLine || header.dateLine) && (header.bodyLines.length || header.nationalTitle || header.quocHieu);
  if (!hasHeader || parts.some((l) => doc.paragraphs[l.paragraph]?.controlTag === Tags.header)) return null;
  const first = Math.min(...parts.map((l) => l.paragraph));
  let last = Math.max(...parts.map((l) => l.paragraph));
  // The rule drawn under the title belongs to the header too.
  while (last + 1 < doc.paragraphs.length && isRuleLine(doc.paragraphs[last + 1].text)) last++;
  const expected = doc.paragraphs.slice(first, last + 1).map((p) => p.text);
  return { first, last, position: { at: 'replaceParagraphs', first, last, expected }, prefill: prefillOf(header) };
}

function headerLines(h: HeaderParts): Line[] {
  return [
    h.nationalTitle,
    h.quocHieu,
    h.tieuNgu,
    ...h.bodyLines,
    h.asterisk,
    h.numberLine,
    h.congVanSummary,
    h.dateLine,
    h.typeTitle,
    h.summary,
    h.recipientsLabel,
    ...h.recipients.flatMap((r) => r.lines),
  ].filter((l): l is Line => l !== undefined);
}

function prefillOf(h: HeaderParts): HeaderPrefill {
  const profile: Profile | undefined = h.nationalTitle ? 'party' : h.quocHieu ? 'state' : undefined;
  const out: HeaderPrefill = profile ? { profile } : {};
  const bodies = h.bodyLines.map((l) => l.text);
  if (bodies.length) out.issuingBody = bodies[bodies.length - 1];
  if (bodies.length > 1) out.superiorBody = bodies.slice(0, -1).join(' ');
  if (h.typeTitle) out.typeId = h.typeTitle.type.id;
  if (h.numberLine && profile) {
    const types = documentTypesFor(profile);
    const symbol = parseSymbol(profile, h.numberLine.parsed.symbol.trim(), (a) => types.some((t) => t.abbr === a));
    if (symbol) {
      if (symbol.number) out.number = symbol.number.replace(/^0+(?=\d)/, '');
      if (symbol.issuer) out.issuerAbbr = symbol.issuer;
      if (!out.typeId && symbol.typeAbbr) {
        const type = types.find((t) => t.abbr === symbol.typeAbbr);
        if (type) out.typeId = type.id;
      }
    }
  }
  if (h.dateLine) {
    if (h.dateLine.parsed.place) out.place = h.dateLine.parsed.place;
    const date = dateOf(h.dateLine.parsed);
    if (date) out.date = toIso(date);
  }
  const summary = h.summary ?? h.congVanSummary;
  if (summary) out.summary = summary.text.replace(/^(V\/v|về việc)\s*/iu, '').trim() || summary.text;
  if (h.recipients.length) out.recipients = h.recipients.map((r) => r.text.replace(/[;.,]$/u, ''));
  return out;
}
