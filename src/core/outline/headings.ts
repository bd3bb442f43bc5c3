import type { DocumentModel, Paragraph } from '../model';
import { Tags, parseGuideTag } from '../tags';
import { isBullet, isBulletListString, parseNumbering, type ParsedNumbering } from './numbering';
import type { Heading, OutlineNode } from './types';

/**
 * Heading recognition for any document: Word heading styles, Word list numbering (Paragraph.listString), typed
 * numbering ("I-", "II.", "1.", "2.1-", "a)"), and unnumbered lines in capitals or bold.
 *
 * Levels are relative to the document: each kind of numbering (roman, arabic, 2.1, letter, style N…) takes the
 * level under whatever kind was open when it first appeared, so "I. → 1. → a)" gives 1, 2, 3 and a document
 * using only "1." and "a)" gives 1, 2. Known orders (roman above arabic above 2.1 above letters; Heading 1 above
 * Heading 2) are respected even when a level is skipped.
 *
 * Numbered paragraphs that are body text: a numbered paragraph with no content of its own (the next paragraph
 * is a sibling or an upper heading) that reads as prose (over 200 characters, or over 100 ending with a full
 * stop) is an item, not a heading. The decision is taken per group of siblings, by majority, so a list is treated
 * consistently: seed 000's "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU / 1. Tăng cường … / 2. Tiếp tục …" are six long
 * numbered tasks, i.e. the content of III, and III has no sub-headings. Word heading styles always count.
 * "- " bullets are never headings.
 *
 * Legal texts: "Phần", "Chương", "Mục", "Điều N." are units above any typed numbering, so the khoản 1., 2. and
 * điểm a), b) of each Điều are its own and start again at 1 under the next one. Text quoted in an amendment
 * ("Điều 5 được sửa đổi như sau: “1. …”") is the content of the article that quotes it, never a heading.
 */

interface Candidate extends Heading {
  kind: string;
}

const SIGN_OFF = /^(Nơi nhận|T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)(\s|:|$)/u;
const END_OF_BODY = /^(Nơi nhận|Trên đây|T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)(\s|:|$)/u;
const HEADER_LINE =
  /^(ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HO?ÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do|Số:?\s|V\/v\s|Kính (gửi|trình)|\*$|-{3,}$)|, ngày .{1,3} tháng .{1,3} năm \d{4}/u;
const DOCUMENT_TYPE =
  /^(BÁO CÁO|KẾ HOẠCH|NGHỊ QUYẾT|QUYẾT ĐỊNH|CHỈ THỊ|CÔNG VĂN|TỜ TRÌNH|THÔNG BÁO|HƯỚNG DẪN|CHƯƠNG TRÌNH|QUY ĐỊNH|QUY CHẾ|KẾT LUẬN|BIÊN BẢN|ĐỀ ÁN|PHƯƠNG ÁN|THÔNG TRI|GIẤY MỜI)$/u;

function isAllCaps(text: string): boolean {
  // A lower-case ASCII letter settles it without the slow locale-aware upper-casing ('vi' maps a-z to A-Z).
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toLocaleUpperCase('vi');
}

function isAllBold(p: Paragraph): boolean {
  if (p.runs && p.runs.length > 0) return p.runs.every((r) => r.font.bold === true || r.length === 0);
  return p.font?.bold === true;
}

function ownsParagraph(p: Paragraph): boolean {
  return p.controlTag === Tags.header || p.controlTag === Tags.signature;
}

function isGuide(p: Paragraph): boolean {
  return !!p.controlTag && parseGuideTag(p.controlTag) !== null;
}

function makeCandidate(
  text: string,
  numbering: ParsedNumbering | null,
  titleStart: number,
  source: Heading['source'],
  kind: string,
): CandidateData {
  const heading: CandidateData = { level: 0, titleStart, title: text.slice(titleStart).trim(), source, kind };
  if (numbering) heading.numbering = { raw: numbering.raw, style: numbering.style, value: numbering.value };
  return heading;
}

/** The candidate at its place (a fresh object: levels are assigned on it). */
function placed(index: number, data: CandidateData): Candidate {
  const c: Candidate = {
    paragraph: index,
    level: 0,
    titleStart: data.titleStart,
    title: data.title,
    source: data.source,
    kind: data.kind,
  };
  if (data.numbering) c.numbering = data.numbering;
  return c;
}

/** A legal unit label: "Phần thứ nhất", "Chương II", "Mục 1.", "Tiểu mục 2", "Điều 15." (number, then title). */
const LEGAL_UNIT =
  /^(Phần|Chương|Mục|Tiểu mục|Điều)\s+(?:[IVXLC]+|\d+[a-z]?|thứ\s+\p{L}+)(?:\s*[.:](?=\s|$)|\s*$|(?=\s+\p{Lu}{2}))/u;
const UNIT_RANK: Record<string, number> = { Phần: -50, Chương: -40, Mục: -30, 'Tiểu mục': -20, Điều: -10 };

function legalUnitCandidate(p: Paragraph): CandidateData | null {
  const lead = /^[\s\u00a0]*/u.exec(p.text)![0].length;
  const m = LEGAL_UNIT.exec(p.text.slice(lead));
  if (!m) return null;
  const titleStart = lead + m[0].length + (/^\s*/u.exec(p.text.slice(lead + m[0].length))?.[0].length ?? 0);
  return makeCandidate(p.text, null, titleStart, 'numbering', `unit:${m[1]}`);
}

/** Heading candidate read from one paragraph, before it has a place and a level. */
type CandidateData = Omit<Candidate, 'paragraph'>;

/**
 * Everything heading detection reads from one paragraph, so the outline of a document can be worked out from
 * these summaries alone (and a re-check after an edit that changes no summary reuses the outline).
 */
export interface HeadingSummary {
  /** Text, outside tables, the add-in's header/signature and placeholders. */
  usable: boolean;
  /** Starts with “, and how many “ and ” it holds (quotations across paragraphs). */
  quoteStart: boolean;
  opens: number;
  closes: number;
  /** Heading by style, list or typed numbering (usable paragraphs only). */
  structural: CandidateData | null;
  /** Heading by capitals or bold (usable paragraphs only). */
  format: CandidateData | null;
  prose: boolean;
  /** The header block: the add-in's header, a header line, a document type line. */
  headerMark: boolean;
  signOff: boolean;
  /** Ends the body ("Trên đây…", "Nơi nhận", the signature). */
  closing: boolean;
  /** Written, a placeholder or a guidance control. */
  present: boolean;
  blank: boolean;
  /** A unit label ("Chương II") standing alone (candidates only). */
  unitLabel: boolean;
  /** In capitals (candidates only). */
  allCaps: boolean;
}

function countOf(text: string, mark: string): number {
  let n = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) n++;
  return n;
}

/** What heading detection needs of a paragraph (see HeadingSummary). */
export function summarizeForHeadings(p: Paragraph): HeadingSummary {
  const text = p.text.trim();
  const usable = text !== '' && !p.cell && !ownsParagraph(p) && !p.showsPlaceholder;
  const headerLine = HEADER_LINE.test(text);
  const structural = usable ? structuralCandidate(p) : null;
  const format = usable ? formatCandidate(p) : null;
  const candidate = structural !== null || format !== null;
  return {
    usable,
    quoteStart: text.startsWith('“'),
    opens: countOf(text, '“'),
    closes: countOf(text, '”'),
    structural,
    format,
    // Prose: a long paragraph, or a sentence ending in punctuation (where a document's body has clearly begun).
    prose:
      !headerLine && /\p{Ll}/u.test(text) && (text.length >= 100 || (text.length >= 40 && /[.:;!?…]$/u.test(text))),
    headerMark: p.controlTag === Tags.header || headerLine || DOCUMENT_TYPE.test(text),
    signOff: p.controlTag === Tags.signature || SIGN_OFF.test(text),
    closing: p.controlTag === Tags.signature || END_OF_BODY.test(text),
    present: text !== '' || p.showsPlaceholder === true || isGuide(p),
    blank: text === '',
    unitLabel: candidate && UNIT_LABEL.test(text),
    allCaps: candidate && isAllCaps(p.text),
  };
}

/**
 * Paragraphs inside text quoted across paragraphs: from one that opens a quotation it does not close (“1. …)
 * to the one that closes it (… .” or ”.).
 */
function quotedParagraphs(summaries: readonly HeadingSummary[]): Set<number> {
  const inside = new Set<number>();
  let open = false;
  summaries.forEach((s, i) => {
    const starts = s.quoteStart && s.opens > s.closes;
    if (open || starts) inside.add(i);
    if (!open && starts) open = true;
    else if (open && s.closes > s.opens) open = false;
  });
  return inside;
}

/** Headings by style, list numbering or typed numbering (format-only headings are found separately). */
function structuralCandidate(p: Paragraph): CandidateData | null {
  const text = p.text;
  const lead = /^[\s\u00a0]*/u.exec(text)![0].length;
  if (!p.headingLevel) {
    const unit = legalUnitCandidate(p);
    if (unit) return unit;
  }
  if (p.headingLevel) {
    const listNumbering = p.isListItem && p.listString ? parseNumbering(p.listString, true) : null;
    const numbering = listNumbering ?? parseNumbering(text);
    const titleStart = listNumbering || !numbering ? lead : numbering.titleStart;
    return makeCandidate(text, numbering, titleStart, 'style', `style${p.headingLevel}`);
  }
  if (isBullet(text)) return null;
  if (p.isListItem && p.listString) {
    if (isBulletListString(p.listString)) return null;
    const numbering = parseNumbering(p.listString, true)!;
    return makeCandidate(text, numbering, lead, 'list', numbering.kind);
  }
  const numbering = parseNumbering(text);
  return numbering ? makeCandidate(text, numbering, numbering.titleStart, 'numbering', numbering.kind) : null;
}

function formatCandidate(p: Paragraph): CandidateData | null {
  const text = p.text.trim();
  if (text.length > 200 || /[.;,]$/u.test(text) || isBullet(text)) return null;
  if (DOCUMENT_TYPE.test(text) || HEADER_LINE.test(text) || SIGN_OFF.test(text)) return null;
  const lead = /^[\s\u00a0]*/u.exec(p.text)![0].length;
  if (isAllCaps(text)) return makeCandidate(p.text, null, lead, 'format', 'caps');
  if (isAllBold(p) && text.split(/\s+/u).length <= 30) return makeCandidate(p.text, null, lead, 'format', 'bold');
  return null;
}

/** Rank inside a family of kinds whose order is known; undefined across families. */
function rank(kind: string): { family: string; value: number } | undefined {
  if (kind === 'roman') return { family: 'numbered', value: 0 };
  if (kind === 'arabic') return { family: 'numbered', value: 1 };
  if (kind.startsWith('decimal')) return { family: 'numbered', value: Number(kind.slice(7)) };
  if (kind === 'letter') return { family: 'numbered', value: 50 };
  if (kind.startsWith('style')) return { family: 'style', value: Number(kind.slice(5)) };
  if (kind.startsWith('unit:')) return { family: 'numbered', value: UNIT_RANK[kind.slice(5)] };
  return undefined;
}

function deeperOrSame(a: string, b: string): boolean {
  const ra = rank(a);
  const rb = rank(b);
  return !!ra && !!rb && ra.family === rb.family && ra.value >= rb.value;
}

/**
 * Relative levels for a sequence of numbering kinds in document order (see the module comment): a kind seen
 * before returns to its level; a new kind opens under the current one, after closing kinds known to be deeper.
 */
export function relativeLevels(kinds: readonly string[]): number[] {
  const open: string[] = [];
  return kinds.map((kind) => {
    const at = open.indexOf(kind);
    if (at >= 0) {
      open.length = at + 1;
    } else {
      while (open.length > 0 && deeperOrSame(open[open.length - 1], kind)) open.pop();
      open.push(kind);
    }
    return open.length;
  });
}

function assignLevels(candidates: Candidate[]): void {
  const levels = relativeLevels(candidates.map((c) => c.kind));
  candidates.forEach((c, i) => (c.level = levels[i]));
}

function nextNonEmpty(summaries: readonly HeadingSummary[], from: number): number {
  for (let i = from; i < summaries.length; i++) if (summaries[i].present) return i;
  return summaries.length;
}

/** First paragraph after the last heading that closes the body ("Trên đây…", "Nơi nhận", the signature). */
function closingStart(summaries: readonly HeadingSummary[], after: number): number {
  for (let i = after + 1; i < summaries.length; i++) if (summaries[i].closing) return i;
  return summaries.length;
}

/** Drops numbered paragraphs that are body items, group by group (see the module comment). */
function dropBodyItems(summaries: readonly HeadingSummary[], candidates: Candidate[], bodyEnd: number): Candidate[] {
  const byParagraph = new Map(candidates.map((c) => [c.paragraph, c]));
  const groups = new Map<string, Candidate[]>();
  const parents: Candidate[] = [];
  const isItem = new Map<Candidate, boolean>();
  candidates.forEach((c) => {
    while (parents.length > 0 && parents[parents.length - 1].level >= c.level) parents.pop();
    const parent = parents[parents.length - 1];
    parents.push(c);
    const key = `${parent?.paragraph ?? -1}:${c.kind}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);

    const next = nextNonEmpty(summaries, c.paragraph + 1);
    const nextHeading = byParagraph.get(next);
    const noContent = next >= bodyEnd || (nextHeading !== undefined && nextHeading.level <= c.level);
    const title = c.title;
    // A numbered line with nothing under it that reads as a sentence is a list item (a khoản, a task), not a heading.
    const prose = title.length > 200 || /[.!?…;]$/u.test(title);
    isItem.set(c, c.source !== 'style' && noContent && prose);
  });
  const dropped = new Set<Candidate>();
  for (const members of groups.values()) {
    const items = members.filter((m) => isItem.get(m)).length;
    if (items * 2 < members.length || items === 0) continue;
    for (const m of members) if (m.source !== 'style') dropped.add(m);
  }
  // Under a body item (a khoản), its sub-items (điểm a, b) are body too.
  const ancestors: Candidate[] = [];
  return candidates.filter((c) => {
    while (ancestors.length > 0 && ancestors[ancestors.length - 1].level >= c.level) ancestors.pop();
    if (ancestors.some((a) => dropped.has(a))) dropped.add(c);
    ancestors.push(c);
    return !dropped.has(c);
  });
}

function collectCandidates(summaries: readonly HeadingSummary[]): Candidate[] {
  // Guidance still showing its placeholder is not the user's text; what the user typed inside a guidance control is.
  const quoted = quotedParagraphs(summaries);
  const structural: Candidate[] = [];
  summaries.forEach((s, i) => {
    if (s.usable && s.structural && !quoted.has(i)) structural.push(placed(i, s.structural));
  });

  // Unnumbered capitals or bold count only inside the body: after the header block and outside sign-off blocks.
  const structuralAt = new Set(structural.map((c) => c.paragraph));
  let bodyStart = summaries.findIndex((s, i) => structuralAt.has(i) || (s.usable && s.prose));
  if (bodyStart < 0) bodyStart = summaries.length;
  let headerBefore = false;
  for (let i = 0; i < bodyStart && !headerBefore; i++) headerBefore = summaries[i].headerMark;
  if (!headerBefore) bodyStart = 0;
  const format: Candidate[] = [];
  let inSignOff = false;
  summaries.forEach((s, i) => {
    if (s.signOff) inSignOff = true;
    else if (structuralAt.has(i) || s.prose) inSignOff = false;
    if (i < bodyStart || inSignOff || structuralAt.has(i) || !s.usable || quoted.has(i)) return;
    if (s.format) format.push(placed(i, s.format));
  });
  return [...structural, ...format].sort((a, b) => a.paragraph - b.paragraph);
}

function toHeading(c: Candidate): Heading {
  const { kind: _kind, ...heading } = c;
  return heading;
}

/** Where the body ends: the first closing paragraph after the last heading, else the end of the document. */
export function findBodyEnd(doc: DocumentModel, headings: readonly Heading[]): number {
  const last = headings.length > 0 ? headings[headings.length - 1].paragraph : -1;
  for (let i = last + 1; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (p.controlTag === Tags.signature || END_OF_BODY.test(p.text.trim())) return i;
  }
  return doc.paragraphs.length;
}

function bodyEndIn(summaries: readonly HeadingSummary[], headings: readonly Heading[]): number {
  return closingStart(summaries, headings.length > 0 ? headings[headings.length - 1].paragraph : -1);
}

/** "Chương II", "Mục 1", "Phần thứ nhất": a unit label whose name stands on the next line (NĐ 30, HD 05). */
const UNIT_LABEL = /^(Phần|Chương|Mục|Tiểu mục)\s+([IVXLC]+|\d+|thứ\s+\p{L}+)\.?$/iu;

/** The name line under a unit label belongs to the label's heading: one heading, not an empty one and its name. */
function mergeUnitNames(summaries: readonly HeadingSummary[], candidates: Candidate[]): Candidate[] {
  const labels = new Set(candidates.filter((c) => summaries[c.paragraph].unitLabel).map((c) => c.paragraph));
  if (labels.size === 0) return candidates;
  return candidates.filter((c) => {
    let previous = c.paragraph - 1;
    while (previous >= 0 && summaries[previous].blank) previous--;
    return !(labels.has(previous) && !labels.has(c.paragraph) && summaries[c.paragraph].allCaps);
  });
}

/** Every heading of the document, flat, in document order, with levels relative to this document. */
export function findHeadings(doc: DocumentModel): Heading[] {
  return findHeadingsIn(doc.paragraphs.map(summarizeForHeadings));
}

/** findHeadings from the paragraphs' summaries. */
export function findHeadingsIn(summaries: readonly HeadingSummary[]): Heading[] {
  const all = mergeUnitNames(summaries, collectCandidates(summaries));
  assignLevels(all);
  const bodyEnd = bodyEndIn(summaries, all);
  const kept = dropBodyItems(summaries, all, bodyEnd);
  assignLevels(kept);
  return kept.map(toHeading);
}

/** buildOutline from the paragraphs' summaries. */
export function buildOutlineIn(summaries: readonly HeadingSummary[], headings: readonly Heading[]): OutlineNode[] {
  return treeOf(headings, bodyEndIn(summaries, headings));
}

/** The headings as a tree; each node's `end` is the first paragraph after its content. */
export function buildOutline(doc: DocumentModel, headings: readonly Heading[]): OutlineNode[] {
  return treeOf(headings, findBodyEnd(doc, headings));
}

function treeOf(headings: readonly Heading[], bodyEnd: number): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  for (const h of headings) {
    const node: OutlineNode = { ...h, children: [], end: bodyEnd };
    while (open.length > 0 && open[open.length - 1].level >= h.level) open.pop()!.end = h.paragraph;
    (open.length > 0 ? open[open.length - 1].children : roots).push(node);
    open.push(node);
  }
  return roots;
}

export function extractOutline(doc: DocumentModel): OutlineNode[] {
  return buildOutline(doc, findHeadings(doc));
}

/** The tree in document order (pre-order). */
export function flattenOutline(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => [n, ...flattenOutline(n.children)]);
}
