import type { DocumentModel } from '../model';
import { typeByTitle as typeByTitleUncached, type DocumentType } from './data';
import { parseDateLine, type ParsedDateLine } from './dates';
import { parseNumberLine, type ParsedNumberLine } from './numberLine';
import { foldKey, isRuleLine, isUpperCase as isUpperCaseUncached, looksLikeName, type Line } from './text';

/**
 * Finds the header, signature block and recipients in a document, whether they sit in a table (Word, .docx)
 * or in plain paragraphs in reading order (text files): both arrive as lines in document order.
 */
export interface NumberLineRef extends Line {
  parsed: ParsedNumberLine;
}

export interface DateLineRef extends Line {
  parsed: ParsedDateLine;
}

export interface TypeTitleRef extends Line {
  type: DocumentType;
}

/** One recipient ("- Sở Nội vụ;"), possibly wrapped over several lines. */
export interface ListItem {
  lines: Line[];
  /** Item text without the leading dash, lines joined by a space. */
  text: string;
  dash: boolean;
  /** Where the item's text ends: last line's paragraph and the offset just after its last character. */
  endParagraph: number;
  endOffset: number;
}

export interface HeaderParts {
  nationalTitle?: Line;
  quocHieu?: Line;
  tieuNgu?: Line;
  /** Superior body then issuing body (the last line is the issuer). */
  bodyLines: Line[];
  asterisk?: Line;
  numberLine?: NumberLineRef;
  /** Công văn: the trích yếu under the number. */
  congVanSummary?: Line;
  dateLine?: DateLineRef;
  typeTitle?: TypeTitleRef;
  summary?: Line;
  recipientsLabel?: Line & { label: 'Kính gửi' | 'Kính trình' };
  recipients: ListItem[];
  /** Index (into lines) of the first line after the header. */
  end: number;
}

export interface SignatureParts {
  noiNhan?: Line;
  noiNhanItems: ListItem[];
  archive?: ListItem;
  /** The first signing line ("TM. ỦY BAN NHÂN DÂN"). */
  authority?: Line & { prefix: string };
  /** Every signing line, e.g. "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH". */
  authorities: Array<Line & { prefix: string }>;
  office?: Line;
  signer?: Line;
}

export interface DocumentAnalysis {
  lines: Line[];
  header: HeaderParts;
  signature: SignatureParts;
  /** An appendix ("Phụ lục …" / "(Kèm theo …)"): it has no header or signature of its own. */
  appendix: boolean;
  /** Lines of the body: after the header, before the signature block and Nơi nhận. */
  bodyStart: number;
  bodyEnd: number;
}

const HEADER_WINDOW = 40;
const BODY_LINE_LENGTH = 160;

export const AUTHORITY_PREFIX = /^(T\/M|K\/T|T\/L|T\/U|TUQ\.?|TM\.?|KT\.?|TL\.?|Q\.|T\.M\.?|K\.T\.?|T\.L\.?)(?=\s)/u;

export function isPartyTitle(text: string): boolean {
  return headerKey(text) === 'dang cong san viet nam';
}

export function isQuocHieu(text: string): boolean {
  return headerKey(text) === 'cong hoa xa hoi chu nghia viet nam';
}

export function isTieuNgu(text: string): boolean {
  return headerKey(text).replace(/\s*-\s*/g, '-') === 'doc lap-tu do-hanh phuc';
}

/** Answers per line text, kept across checks (bounded): a re-check reads the same header and signature lines. */
function cached<T>(compute: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text)!;
    if (answers.size >= 2000) answers.clear();
    const value = compute(text);
    answers.set(text, value);
    return value;
  };
}
const isUpperCase = cached(isUpperCaseUncached);
const typeByTitle = cached((text) => typeByTitleUncached(text));

/** foldKey of the header window's lines: each is asked about three times per check, and again on every re-check. */
const headerKeys = new Map<string, string>();
function headerKey(text: string): string {
  let key = headerKeys.get(text);
  if (key === undefined) {
    if (headerKeys.size >= 2000) headerKeys.clear();
    headerKeys.set(text, (key = foldKey(text)));
  }
  return key;
}

const RECIPIENTS_LABEL = /^Kính\s+(gửi|trình)(?![\p{L}])\s*:?\s*/u;
const NOI_NHAN = /^Nơi\s+nhận(?![\p{L}])/u;

export function analyzeDocument(doc: DocumentModel): DocumentAnalysis {
  const lines = linesOf(doc);
  const header = parseHeader(lines);
  const signature = parseSignature(lines, header.end);
  const signatureLines = [signature.noiNhan?.index, signature.authority?.index, signature.office?.index].filter(
    (i): i is number => i !== undefined && i >= header.end,
  );
  const bodyEnd = signatureLines.length ? Math.min(...signatureLines) : lines.length;
  return { lines, header, signature, appendix: isAppendix(lines), bodyStart: header.end, bodyEnd };
}

/**
 * documentLines(doc), with each paragraph's split kept by text (bounded): a re-check after an edit splits one
 * paragraph, not the whole document. The lines themselves are new objects (their index and paragraph move).
 */
export function linesOf(doc: DocumentModel): Line[] {
  const lines: Line[] = [];
  doc.paragraphs.forEach((p, paragraph) => {
    const cell = p.cell ? `${p.cell.table}:${p.cell.row}:${p.cell.cell}` : undefined;
    for (const piece of piecesOf(p.text)) {
      const line: Line = {
        index: lines.length,
        paragraph,
        start: piece.start,
        text: piece.text,
        indented: piece.indented,
      };
      if (cell) line.cell = cell;
      lines.push(line);
    }
  });
  return lines;
}

type Piece = Pick<Line, 'start' | 'text' | 'indented'>;
const pieces = new Map<string, readonly Piece[]>();

function piecesOf(text: string): readonly Piece[] {
  let found = pieces.get(text);
  if (!found) {
    const out: Piece[] = [];
    let offset = 0;
    for (const raw of text.split(/[\n\v\u2028]/)) {
      const lead = raw.length - raw.trimStart().length;
      out.push({ start: offset + lead, text: raw.trim(), indented: lead > 0 });
      offset += raw.length + 1;
    }
    if (pieces.size >= 50_000) pieces.clear();
    pieces.set(text, (found = out));
  }
  return found;
}

function isAppendix(lines: Line[]): boolean {
  const first: Line[] = [];
  for (let i = 0; i < lines.length && first.length < 6; i++) if (lines[i].text !== '') first.push(lines[i]);
  return /^Phụ\s+lục(?![\p{L}])/iu.test(first[0]?.text ?? '') && first.some((l) => /^\(Kèm theo/u.test(l.text));
}

/**
 * A header line as read: a rule drawn after it on the same line ("QUỐC HỘI --------") is dropped, and the
 * national title and motto on one line (a table flattened to text) become two lines.
 */
function headerLines(line: Line): Line[] {
  const text = isRuleLine(line.text) ? line.text : line.text.replace(/\s+[_\-–—‒=]{3,}$/u, '');
  const motto = /\s(Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc)$/iu.exec(text);
  if (motto && isQuocHieu(text.slice(0, motto.index))) {
    const mottoStart = motto.index + 1;
    return [
      { ...line, text: text.slice(0, motto.index).trimEnd() },
      { ...line, start: line.start + mottoStart, text: motto[1] },
    ];
  }
  return [{ ...line, text }];
}

/** A Party star line: "*", "***", "*****". */
const STAR_LINE = /^\*(?:\s*\*){0,6}$/u;

function parseHeader(lines: Line[]): HeaderParts {
  const window: Line[] = [];
  for (const line of lines.slice(0, HEADER_WINDOW)) {
    if (line.text.length > BODY_LINE_LENGTH && !RECIPIENTS_LABEL.test(line.text)) break;
    window.push(...headerLines(line));
  }
  const parts: HeaderParts = { bodyLines: [], recipients: [], end: 0 };
  const used = new Set<number>();
  const take = <T extends Line>(line: T): T => {
    used.add(line.index);
    return line;
  };
  for (const line of window) {
    const { text } = line;
    if (!text) continue;
    if (!parts.nationalTitle && isPartyTitle(text)) parts.nationalTitle = take(line);
    else if (!parts.quocHieu && isQuocHieu(text)) parts.quocHieu = take(line);
    else if (!parts.tieuNgu && isTieuNgu(text)) parts.tieuNgu = take(line);
    else if (!parts.asterisk && STAR_LINE.test(text)) parts.asterisk = take(line);
    else if (!parts.numberLine && parseNumberLine(text))
      parts.numberLine = take({ ...line, parsed: parseNumberLine(text)! });
    else if (!parts.dateLine && parseDateLine(text) && text.length <= 80)
      parts.dateLine = take({ ...line, parsed: parseDateLine(text)! });
    else if (!parts.recipientsLabel && RECIPIENTS_LABEL.test(text)) {
      const label: 'Kính gửi' | 'Kính trình' = /^Kính\s+trình/u.test(text) ? 'Kính trình' : 'Kính gửi';
      parts.recipientsLabel = take({ ...line, label });
    } else if (!parts.typeTitle && isUpperCase(text)) {
      const type = typeByTitle(text);
      if (type) parts.typeTitle = take({ ...line, type });
    }
  }

  const next = (after: number): Line | undefined => window.find((l) => l.index > after && l.text !== '');

  if (parts.typeTitle) {
    const candidate = next(parts.typeTitle.index);
    if (
      candidate &&
      !used.has(candidate.index) &&
      !isRuleLine(candidate.text) &&
      !RECIPIENTS_LABEL.test(candidate.text)
    ) {
      parts.summary = take(candidate);
    }
  }
  if (parts.numberLine) {
    // The line under the number in its column: the next row of a header table, or simply the next line.
    const number = parts.numberLine;
    const candidate = window.find((l) => l.index > number.index && l.text !== '' && sameColumn(number, l));
    if (candidate && !used.has(candidate.index) && /^(V\/v(?![\p{L}])|[Vv]ề(?![\p{L}])|\p{Ll})/u.test(candidate.text)) {
      parts.congVanSummary = take(candidate);
    }
  }

  // Issuing body: upper-case lines before the "*" (or the number), in the number's column when in a table (the
  // body often sits in the row above "Số:").
  const bodyEndIndex = parts.asterisk?.index ?? parts.numberLine?.index;
  if (bodyEndIndex !== undefined) {
    const anchor = lines[bodyEndIndex];
    parts.bodyLines = window.filter(
      (l) =>
        l.index < bodyEndIndex &&
        l.text &&
        !used.has(l.index) &&
        !isRuleLine(l.text) &&
        isUpperCase(l.text) &&
        sameColumn(anchor, l),
    );
    parts.bodyLines.forEach(take);
  }

  if (parts.recipientsLabel) {
    const label = parts.recipientsLabel;
    const m = RECIPIENTS_LABEL.exec(label.text)!;
    const inline: Line = { ...label, start: label.start + m[0].length, text: label.text.slice(m[0].length) };
    const rest = window.filter((l) => l.index > label.index);
    const { items, last } = readList(rest, 0, inline.text ? inline : undefined);
    parts.recipients = items;
    if (last !== undefined) used.add(last);
  }
  const usedIndexes = [...used];
  parts.end = usedIndexes.length ? Math.max(...usedIndexes) + 1 : 0;
  // A separator ("-----") right after the header belongs to it.
  const after = next(parts.end - 1);
  if (after && isRuleLine(after.text)) parts.end = after.index + 1;
  return parts;
}

/** Lines in the same column of the same table (any row), or both outside tables. */
function sameColumn(a: Line, b: Line): boolean {
  if (a.cell === undefined || b.cell === undefined) return a.cell === b.cell;
  const [tableA, , cellA] = a.cell.split(':');
  const [tableB, , cellB] = b.cell.split(':');
  return tableA === tableB && cellA === cellB;
}

/** Reads "- item" lines from `from`; wrapped continuation lines (indented or starting in lower case) join the item. */
function readList(lines: Line[], from: number, first?: Line): { items: ListItem[]; last?: number } {
  const items: ListItem[] = [];
  let last: number | undefined;
  const start = (line: Line) => {
    const dash = /^[-–+•]\s*/u.exec(line.text);
    const text = dash ? line.text.slice(dash[0].length) : line.text;
    items.push({
      lines: [line],
      text,
      dash: !!dash,
      endParagraph: line.paragraph,
      endOffset: line.start + line.text.length,
    });
  };
  if (first) start(first);
  for (const line of lines.slice(from)) {
    if (!line.text) continue;
    if (/^[-–+•]\s*/u.test(line.text)) start(line);
    else if (items.length && (line.indented || /^\p{Ll}/u.test(line.text)) && !NOI_NHAN.test(line.text)) {
      const item = items[items.length - 1];
      item.lines.push(line);
      item.text = `${item.text} ${line.text}`;
      item.endParagraph = line.paragraph;
      item.endOffset = line.start + line.text.length;
    } else break;
    last = line.index;
  }
  return { items, last };
}

function parseSignature(lines: Line[], headerEnd: number): SignatureParts {
  const parts: SignatureParts = { noiNhanItems: [], authorities: [] };
  const tail = lines.slice(headerEnd);
  parts.noiNhan = tail.find((l) => NOI_NHAN.test(l.text) && l.text.length < 60);
  let listEnd = parts.noiNhan?.index;
  if (parts.noiNhan) {
    const m = /^Nơi\s+nhận\s*:?\s*/u.exec(parts.noiNhan.text)!;
    const rest = parts.noiNhan.text.slice(m[0].length);
    const inline = rest ? { ...parts.noiNhan, start: parts.noiNhan.start + m[0].length, text: rest } : undefined;
    const { items, last } = readList(lines, parts.noiNhan.index + 1, inline);
    parts.noiNhanItems = items;
    parts.archive = [...items].reverse().find((i) => /^Lưu(?![\p{L}])/u.test(i.text));
    if (last !== undefined) listEnd = last;
  }

  const candidates = tail.filter((l) => AUTHORITY_PREFIX.test(l.text) && l.text.length <= 80 && isUpperCase(l.text));
  const anchor = parts.noiNhan?.index;
  const authority =
    anchor === undefined
      ? candidates[candidates.length - 1]
      : [...candidates].sort((a, b) => Math.abs(a.index - anchor) - Math.abs(b.index - anchor))[0];
  if (authority) {
    const withPrefix = (line: Line) => ({ ...line, prefix: AUTHORITY_PREFIX.exec(line.text)![1] });
    parts.authority = withPrefix(authority);
    parts.authorities = [parts.authority];
    let office = nextText(lines, authority.index);
    while (office && candidates.includes(office)) {
      parts.authorities.push(withPrefix(office));
      office = nextText(lines, office.index);
    }
    let nameFrom = parts.authorities[parts.authorities.length - 1].index;
    if (office && isUpperCase(office.text) && !AUTHORITY_PREFIX.test(office.text) && office.text.length <= 80) {
      parts.office = office;
      nameFrom = office.index;
    }
    parts.signer = findSigner(lines, nameFrom);
  } else {
    // No signing prefix (a law's "CHỦ TỊCH QUỐC HỘI"): an office line then a name, after the list or at the end.
    const around = [
      ...(listEnd !== undefined
        ? lines.slice(listEnd + 1, listEnd + 8)
        : lines.slice(Math.max(headerEnd, lines.length - 14))),
      ...(anchor !== undefined ? lines.slice(Math.max(headerEnd, anchor - 10), anchor) : []),
    ];
    for (const line of around) {
      if (!line.text || !isUpperCase(line.text) || line.text.length > 60 || isRuleLine(line.text)) continue;
      const signer = findSigner(lines, line.index);
      if (signer) {
        parts.office = line;
        parts.signer = signer;
        break;
      }
    }
  }
  return parts;
}

function nextText(lines: Line[], after: number): Line | undefined {
  return lines.slice(after + 1).find((l) => l.text !== '');
}

/** The signer's name: the first name-like line within a few lines, past blanks and "(Đã ký)". */
function findSigner(lines: Line[], after: number): Line | undefined {
  for (const line of lines.slice(after + 1, after + 12)) {
    if (!line.text || /^[[(]*\s*\(?(đã ký|ký|chữ ký)/iu.test(line.text)) continue;
    return looksLikeName(line.text) ? line : undefined;
  }
  return undefined;
}
