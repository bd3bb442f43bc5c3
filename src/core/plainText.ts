import type { DocumentModel, Paragraph } from './model';

/**
 * Reads UTF-8 plain text (already decoded) into the model: blank lines always separate paragraphs. Text extracted
 * from PDFs or page layouts breaks lines mid-sentence; inside a block such a line break is joined when the text
 * before it clearly continues (no closing punctuation, next line starts in lower case or continues a number or
 * name). Text that was never wrapped to a page (web transcriptions: one paragraph per line) keeps every line.
 */
export function readPlainText(input: string, name?: string): DocumentModel {
  const raw = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Extraction that puts a blank line after every line carries no paragraph breaks in its single blank lines.
  const text = isDoubleSpaced(raw) ? raw.replace(/\n[ \t\u00a0]*\n(?![ \t\u00a0]*\n)/g, '\n') : raw;
  const blocks = text
    .split(/\n[ \t\u00a0]*\n/)
    .filter((raw) => raw.trim() !== '')
    .map(readEmphasis)
    .map((b) => ({
      ...b,
      lines: b.text
        .split('\n')
        .map(trimLineEnd)
        .filter((l) => l.trim() !== ''),
    }))
    .filter((b) => b.lines.length > 0);

  const width = typicalLineWidth(text);
  const wrapped = isPageWrapped(text);
  const paragraphs: Paragraph[] = [];
  let lastLine = '';
  for (const { lines, font } of blocks) {
    // Lines inside one block are joined when they continue; a line starting with a bullet/number starts anew.
    let current: Paragraph | null = null;
    lines.forEach((rawLine) => {
      const line = rawLine.replace(/^\s+/, '');
      if (current && wrapped && continues(lastLine, line, width)) {
        current.text = joinLines(current.text, line);
      } else {
        if (current) paragraphs.push(current);
        current = font ? { text: line, font } : { text: line };
      }
      lastLine = line;
    });
    if (current) paragraphs.push(current);
  }
  return { paragraphs, meta: name ? { name } : {} };
}

/**
 * Text exported from Word sometimes keeps Markdown emphasis: a block wrapped in ** is bold, in * italic; inline
 * ** pairs are dropped. A lone "*" (the Party header's asterisk) is text.
 */
function readEmphasis(block: string): { text: string; font?: Paragraph['font'] } {
  const trimmed = block.trim();
  let text = block;
  let font: Paragraph['font'] | undefined;
  if (/^\*\*[^*][\s\S]*[^*]\*\*$/.test(trimmed)) {
    text = trimmed.slice(2, -2);
    font = { bold: true };
  } else if (/^\*[^*\s][\s\S]*[^*\s]\*$/.test(trimmed)) {
    text = trimmed.slice(1, -1);
    font = { italic: true };
  }
  text = text.replace(/\*\*([^*\n]+)\*\*/g, '$1');
  return font ? { text, font } : { text };
}

function trimLineEnd(line: string): string {
  return line.replace(/[ \t\u00a0]+$/, '');
}

function joinLines(a: string, b: string): string {
  return `${a} ${b}`;
}

const ITEM_START = /^(?:[-–•+*]\s|[IVXLC]+[.-]\s|\d+(?:\.\d+)*[.)-]\s|[a-zđ]\)\s)/u;
const SENTENCE_END = /[.!?:;…"”)]$|\/\.$/u;
const UPPER_START = /^\p{Lu}/u;
/** The number line stands alone ("Số 12-CV/ĐU" then "về việc …" are two lines of the header). */
const NUMBER_LINE = /^(?:(?:Luật|Pháp lệnh|Lệnh|Nghị quyết)\s+số\s*:|Số(?:\s*:|\s+[\d.…_]))/u;
/** Lines that start a part of the header or closing block, never the rest of the line above. */
const HEADER_START = new RegExp(`${NUMBER_LINE.source}|^(?:V\\/v(?![\\p{L}])|Kính\\s+(?:gửi|trình)|Nơi\\s+nhận)`, 'u');

/** Nearly every line is followed by a blank line: the blank lines are line breaks, not paragraph breaks. */
function isDoubleSpaced(text: string): boolean {
  const gaps = text.match(/\S[^\n]*\n(?:[ \t\u00a0]*\n)*(?=[ \t\u00a0]*\S)/g) ?? [];
  if (gaps.length < 6) return false;
  const tight = gaps.filter((g) => !/\n[ \t\u00a0]*\n/.test(g)).length;
  return tight <= gaps.length * 0.05;
}

const isRule = (line: string) => /^[\s_\-–—‒=*]{3,}$/u.test(line) && /[_\-–—‒=*]{3}/u.test(line);

/**
 * Text wrapped to a page has no line much longer than a page is wide; a web transcription or a text export of a
 * Word file has whole paragraphs on one line, so its line breaks are paragraph breaks.
 */
function isPageWrapped(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const long = lines.filter((l) => l.trim().length > 180).length;
  return long < Math.max(2, lines.length * 0.02);
}

/** Within a block, a line break is kept before an item start, after a finished sentence or heading, or before a
 * capitalised line when the line above stopped short. */
function continues(previous: string, line: string, width: number): boolean {
  if (ITEM_START.test(line)) return false;
  // A drawn rule ("-----", "____") under the motto or a body name is a line of its own, as is a header line.
  if (isRule(previous) || isRule(line) || NUMBER_LINE.test(previous) || HEADER_START.test(line)) return false;
  if (SENTENCE_END.test(previous)) return false;
  if (isAllCaps(previous)) return false;
  // A trích yếu "V/v …" is wrapped short on purpose; its next line continues it.
  if (/^V\/v\s/u.test(previous)) return true;
  // A capitalised line after a line that stopped short (not the page width, not on a connector) starts anew.
  if (UPPER_START.test(line)) return wrapsOn(previous, width);
  return true;
}

/** The line filled the page width, or ends on a word that cannot end a sentence or heading. */
function wrapsOn(line: string, width: number): boolean {
  const lastWord = /[\p{L}]+$/u.exec(line)?.[0] ?? '';
  return CONNECTORS.has(lastWord) || line.length >= width * 0.85;
}

/** Words that cannot end a Vietnamese sentence or heading: a line ending on one continues. */
const CONNECTORS = new Set(
  'của và về với các những cho để là trong nhằm tại theo từ đến do bởi mà thì được bị ở hoặc hay như cùng giữa trên dưới sau trước khi'.split(
    ' ',
  ),
);

/** The width of a full line in this text (90th percentile of line lengths), to tell wrapped lines from short ones. */
function typicalLineWidth(text: string): number {
  const lengths = text
    .split('\n')
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  return Math.max(70, lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 0);
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}
