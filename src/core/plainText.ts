import type { DocumentModel, Paragraph } from './model';

/**
 * Reads UTF-8 plain text (already decoded) into the model: blank lines separate paragraphs. Text extracted from
 * PDFs or page layouts breaks lines mid-sentence and leaves blank lines at page breaks; such a break is joined
 * when the text before it clearly continues (no closing punctuation, next line starts in lower case or
 * continues a number or name).
 */
export function readPlainText(input: string, name?: string): DocumentModel {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Two or more blank lines in a row are a real gap, never a page-break artefact inside a paragraph.
  const blocks = text
    .split(/\n(?=[ \t\u00a0]*\n)/)
    .map((raw) => ({ raw: raw.replace(/^[ \t\u00a0]*\n/, ''), gap: /^[ \t\u00a0]*\n[ \t\u00a0]*$/.test(raw) }))
    .reduce<Array<{ text: string; hardBreak: boolean }>>((acc, { raw, gap }) => {
      if (gap || raw.trim() === '') {
        if (acc.length) acc[acc.length - 1].hardBreak = true;
        return acc;
      }
      acc.push({ text: raw, hardBreak: false });
      return acc;
    }, [])
    .map((b, i, all) => ({ ...readEmphasis(b.text), hardBreakBefore: i > 0 && all[i - 1].hardBreak }))
    .map((b) => ({
      ...b,
      lines: b.text
        .split('\n')
        .map(trimLineEnd)
        .filter((l) => l.trim() !== ''),
    }))
    .filter((b) => b.lines.length > 0);

  const width = typicalLineWidth(text);
  const paragraphs: Paragraph[] = [];
  let lastLine = '';
  for (const { lines, font, hardBreakBefore } of blocks) {
    // Lines inside one block are joined when they continue; a line starting with a bullet/number starts anew.
    let current: Paragraph | null = null;
    lines.forEach((rawLine, i) => {
      const line = rawLine.replace(/^\s+/, '');
      const previous = paragraphs[paragraphs.length - 1];
      if (
        i === 0 &&
        previous &&
        !hardBreakBefore &&
        !font &&
        !previous.font &&
        continuesAcrossBlank(lastLine, line, width)
      ) {
        current = paragraphs.pop()!;
        current.text = joinLines(current.text, line);
      } else if (current && continues(lastLine, line, width)) {
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

/** Within a block, a line break is kept only before an item start or after a finished sentence or heading. */
function continues(previous: string, line: string, width: number): boolean {
  if (ITEM_START.test(line)) return false;
  if (SENTENCE_END.test(previous)) return false;
  if (isAllCaps(previous)) return false;
  // A short numbered line followed by a capitalised one is a heading and its first body line.
  if (ITEM_START.test(previous) && UPPER_START.test(line)) return wrapsOn(previous, width);
  return true;
}

/** The line filled the page width, or ends on a word that cannot end a sentence or heading. */
function wrapsOn(line: string, width: number): boolean {
  const lastWord = /[\p{L}]+$/u.exec(line)?.[0] ?? '';
  return CONNECTORS.has(lastWord) || line.length >= width * 0.85;
}

/**
 * Across a blank line (a page-extraction artefact in long paragraphs), join only when the previous paragraph
 * stops mid-sentence: no final punctuation, not in capitals, and the next line starts in lower case, or in
 * capitals after a line that filled the page width or ends on a word that cannot end a sentence.
 */
function continuesAcrossBlank(previous: string, next: string, width: number): boolean {
  const last = previous.trimEnd();
  if (SENTENCE_END.test(last) || isAllCaps(last)) return false;
  if (ITEM_START.test(next) || isAllCaps(next)) return false;
  if (/^(Nơi nhận|Kính gửi)/u.test(next)) return false;
  if (!UPPER_START.test(next)) return true;
  return wrapsOn(last, width);
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
