import type { BlockItem, InsertBlockEdit, ParagraphSpec, TableSpec, TextFormat } from '../edit';
import type { Alignment, Profile } from '../model';
import { Tags } from '../tags';
import { findDocumentType, typographyFor, type DocumentType, type TypographyRole } from './data';
import { formatDateLine, parseIso, todayParts, toIso } from './dates';
import { buildNumberLine, nonBreakingSymbol } from './numberLine';
import { ruleSetFor, type RuleSetId } from './ruleSet';
import { summarySuggestion, type SummarySuggestion } from './summary';

/**
 * Builders for the header and the signature block. Pure: they return Edits the adapters carry out.
 * Rules (the solid line under the Party title or the Tiêu ngữ, the short line under a State issuer) are real lines:
 * an empty paragraph whose bottom border is as long as the text above it (HD 05 điểm 1.2: "nét liền dài bằng độ
 * dài tiêu đề"), estimated from that text. Hosts draw it as a paragraph border (Word, .docx) or a CSS border.
 * The number line's hyphens are non-breaking (U+2011), so "694‑CV/ĐUK" never breaks at a line end.
 */
export interface HeaderInput {
  profile: Profile;
  superiorBody?: string;
  issuingBody: string;
  issuerAbbr: string;
  /** Id in the document-type table (see documentTypes.json). */
  typeId: string;
  /** Blank for a draft. */
  number?: string;
  /** State công văn: the drafting unit (`VP` in `Số: 125/SGDĐT-VP`). */
  unitAbbr?: string;
  place: string;
  /** ISO date; null leaves the date blank. */
  date: string | null;
  /** Trích yếu. */
  summary?: string;
  /** "Kính gửi"/"Kính trình" recipients. */
  recipients?: string[];
}

export interface HeaderPreview {
  type: DocumentType;
  ruleSet: RuleSetId;
  numberLine: string;
  dateLine: string;
  /** Công văn: the trích yếu line under the number, as the user wrote it. */
  congVanSummary?: string;
  /** A better-fitting trích yếu for the rule set, with its reason; never applied unless the user asks. */
  summarySuggestion?: SummarySuggestion;
  recipientsLabel: 'Kính gửi:' | 'Kính trình:';
}

/** Date used to choose the rule set: the document's date, or today for an undated draft. */
function ruleSetDate(date: string | null): string {
  return date && parseIso(date) ? date : toIso(todayParts());
}

export function previewHeader(input: HeaderInput): HeaderPreview {
  const type = findDocumentType(input.profile, input.typeId);
  if (!type) throw new Error(`Unknown ${input.profile} document type "${input.typeId}"`);
  const ruleSet = ruleSetFor(input.profile, ruleSetDate(input.date)).id;
  const numberLine = nonBreakingSymbol(
    buildNumberLine({
      profile: input.profile,
      number: input.number ?? '',
      typeAbbr: type.abbr,
      issuerAbbr: input.issuerAbbr,
      unitAbbr: input.unitAbbr,
    }),
  );
  const dateLine = formatDateLine(input.place, input.date ? parseIso(input.date) : null);
  const summary = input.summary?.trim().replace(/\s+/gu, ' ');
  // The trích yếu goes in as typed ("V/v" kept); a suggestion says what the rule set prefers and why.
  const congVanSummary = type.congVan && summary ? summary : undefined;
  const suggestion = congVanSummary ? summarySuggestion(ruleSet, congVanSummary) : undefined;
  const recipientsLabel =
    input.profile === 'party' && ruleSet === 'hd05' && type.id === 'to-trinh' ? 'Kính trình:' : 'Kính gửi:';
  return {
    type,
    ruleSet,
    numberLine,
    dateLine,
    ...(congVanSummary ? { congVanSummary } : {}),
    ...(suggestion ? { summarySuggestion: suggestion } : {}),
    recipientsLabel,
  };
}

function para(
  profile: Profile,
  role: TypographyRole,
  text: string,
  alignment: Alignment = 'centered',
  extra: Partial<ParagraphSpec> = {},
): ParagraphSpec {
  return { kind: 'paragraph', text, format: typographyFor(profile, role), alignment, spaceAfter: 0, ...extra };
}

/** Rough width of text in points (Times New Roman averages), to size the underscore rules. */
function textWidth(text: string, format: TextFormat): number {
  const size = format.size ?? 14;
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.25;
    else if (/\p{Lu}/u.test(ch)) em += format.bold ? 0.72 : 0.68;
    else if (/[\p{Ll}\p{N}]/u.test(ch)) em += 0.5;
    else em += 0.33;
  }
  return em * size;
}

/** An empty paragraph drawn as a solid line `fraction` of the width of `text` (set in `role`'s type). */
export function ruleUnder(profile: Profile, text: string, role: TypographyRole, fraction: number): ParagraphSpec {
  const width = Math.max(30, Math.round(textWidth(text, typographyFor(profile, role)) * fraction));
  return para(profile, 'rule', '', 'centered', { rule: { width }, spaceAfter: 3 });
}

function cleanItem(text: string): string {
  return text
    .trim()
    .replace(/^[-–+•]\s*/u, '')
    .replace(/[,;.]+$/u, '')
    .trim();
}

/**
 * Separators after recipients: Party HD 05 ";" after each (điểm 9.2.5); Party HD 36 "," (secondary sources);
 * State ";". The last ends with "." (HD 05 sets no mark there and its rule accepts "." as well as ";").
 */
export function recipientLines(ruleSet: RuleSetId, items: string[]): string[] {
  return items.map((item, i) => {
    const last = i === items.length - 1;
    return `${item}${last ? '.' : ruleSet === 'hd36' ? ',' : ';'}`;
  });
}

/** Where a list of several recipients starts (points from the left margin) and how far "- " hangs. */
export const RECIPIENT_INDENT = 85;
export const RECIPIENT_HANG = 10;

export function buildHeaderItems(input: HeaderInput): BlockItem[] {
  const { profile } = input;
  const preview = previewHeader(input);
  const left: ParagraphSpec[] = [];
  const right: ParagraphSpec[] = [];
  const superior = input.superiorBody?.trim().toLocaleUpperCase('vi');
  const issuer = input.issuingBody.trim().toLocaleUpperCase('vi');
  if (superior) left.push(para(profile, 'superiorBody', superior));
  left.push(para(profile, 'issuingBody', issuer));
  left.push(profile === 'party' ? para(profile, 'bodyMark', '*') : ruleUnder(profile, issuer, 'issuingBody', 0.4));
  left.push(para(profile, 'number', preview.numberLine));
  if (preview.congVanSummary) left.push(para(profile, 'congVanSummary', preview.congVanSummary));

  if (profile === 'party') {
    const title = 'ĐẢNG CỘNG SẢN VIỆT NAM';
    right.push(para(profile, 'nationalTitle', title), ruleUnder(profile, title, 'nationalTitle', 1));
  } else {
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    right.push(
      para(profile, 'nationalTitle', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      para(profile, 'motto', motto),
      ruleUnder(profile, motto, 'motto', 1),
    );
  }
  right.push(para(profile, 'date', preview.dateLine));

  const table: TableSpec = {
    kind: 'table',
    rows: [[left, right]],
    columnWidths: profile === 'party' ? [45, 55] : [40, 60],
  };
  const items: BlockItem[] = [table];
  const summary = input.summary?.trim();
  if (!preview.type.congVan) {
    items.push(para(profile, 'typeName', preview.type.name.toLocaleUpperCase('vi'), 'centered', { spaceAfter: 0 }));
    if (summary) items.push(para(profile, 'summary', summary));
    items.push(
      profile === 'party'
        ? para(profile, 'separator', '-----', 'centered', { spaceAfter: 6 })
        : ruleUnder(profile, summary || preview.type.name, 'summary', 0.35),
    );
  }
  const recipients = (input.recipients ?? []).map(cleanItem).filter(Boolean);
  if (recipients.length) {
    const lines = recipientLines(preview.ruleSet, recipients);
    const labelFormat = typographyFor(profile, 'recipientsLabel');
    const itemFormat = typographyFor(profile, 'recipients');
    if (lines.length === 1) {
      items.push({
        kind: 'paragraph',
        runs: [
          { text: `${preview.recipientsLabel} `, format: labelFormat },
          { text: lines[0], format: itemFormat },
        ],
        alignment: 'centered',
        spaceAfter: 6,
      });
    } else {
      // A hanging indent: a wrapped name lines up with the text after "- ", not under the dash.
      items.push(para(profile, 'recipientsLabel', preview.recipientsLabel, 'centered'));
      for (const line of lines)
        items.push(
          para(profile, 'recipients', `- ${line}`, 'left', {
            leftIndent: RECIPIENT_INDENT + RECIPIENT_HANG,
            firstLineIndent: -RECIPIENT_HANG,
          }),
        );
    }
  }
  return items;
}

/** The header as one tagged insertion at the start; re-running replaces the tagged block in place. */
export function buildHeaderEdit(input: HeaderInput): InsertBlockEdit {
  return { kind: 'insertBlock', position: { at: 'start' }, items: buildHeaderItems(input), tag: Tags.header };
}

export interface SignatureInput {
  profile: Profile;
  /** The document's date (ISO), to choose the rule set; null = today. */
  date: string | null;
  /** Signing prefix from signing.json (T/M, K/T, T/L, Q. or TM., KT., TL., TUQ., Q.); '' when the head signs directly. */
  authority: string;
  /** What the prefix stands for: "BAN THƯỜNG VỤ" (T/M, T/L), the head's office for K/T ("BÍ THƯ"). */
  authorityBody?: string;
  /** The signer's office ("PHÓ BÍ THƯ"). */
  office?: string;
  signer: string;
  recipients: string[];
  /** Party: "Văn phòng Đảng ủy Khối" → "- Lưu Văn phòng Đảng ủy Khối."; State: "VT, VP" → "- Lưu: VT, VP.". */
  archive: string;
  /** "Như trên" first (công văn, tờ trình). */
  nhuTren?: boolean;
}

export function signatureLines(input: SignatureInput): { authority?: string; office?: string; signer: string } {
  const upper = (s?: string) => s?.trim().toLocaleUpperCase('vi') ?? '';
  const office = upper(input.office);
  if (input.authority === 'Q.') return { authority: `Q. ${office}`.trim(), signer: input.signer.trim() };
  if (!input.authority) return { office, signer: input.signer.trim() };
  const authority = `${input.authority} ${upper(input.authorityBody)}`.trim();
  return { authority, ...(office ? { office } : {}), signer: input.signer.trim() };
}

export function noiNhanLines(input: SignatureInput): string[] {
  const ruleSet = ruleSetFor(input.profile, ruleSetDate(input.date)).id;
  const items = [...(input.nhuTren ? ['Như trên'] : []), ...input.recipients.map(cleanItem).filter(Boolean)];
  const separator = ruleSet === 'hd36' ? ',' : ';';
  const archive = cleanItem(input.archive.replace(/^[-–]?\s*Lưu\s*:?\s*/u, ''));
  const archiveLine = input.profile === 'party' ? `- Lưu ${archive}.` : `- Lưu: ${archive}.`;
  return [...items.map((i) => `- ${i}${separator}`), archiveLine];
}

export function buildSignatureItems(input: SignatureInput): BlockItem[] {
  const { profile } = input;
  const left: ParagraphSpec[] = [
    para(profile, 'noiNhanLabel', 'Nơi nhận:', 'left'),
    ...noiNhanLines(input).map((line) => para(profile, 'noiNhanItem', line, 'left')),
  ];
  const lines = signatureLines(input);
  const right: ParagraphSpec[] = [];
  if (lines.authority) right.push(para(profile, 'authority', lines.authority));
  if (lines.office) right.push(para(profile, 'office', lines.office));
  for (let i = 0; i < 4; i++) right.push(para(profile, 'signer', ''));
  right.push(para(profile, 'signer', lines.signer));
  return [{ kind: 'table', rows: [[left, right]], columnWidths: [45, 55] }];
}

/** The signature block and Nơi nhận as one tagged insertion at the end. */
export function buildSignatureEdit(input: SignatureInput): InsertBlockEdit {
  return { kind: 'insertBlock', position: { at: 'end' }, items: buildSignatureItems(input), tag: Tags.signature };
}
