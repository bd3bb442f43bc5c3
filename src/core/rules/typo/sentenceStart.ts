import type { Rule, RuleContext } from '../../rule';
import * as chars from '../../vi/charClass';
import { isSyllable } from '../../vi/syllable';
import { infoOf, summaryOf, type ParagraphInfo } from './analysis';

// Local copies: a CommonJS build reads imported bindings through getters (per-character loop below).
const { classAt, classBefore, isSurrogatePairAt, LETTER, MARK, LOWERCASE_LETTER } = chars;
/** The paragraph's first word, after list markers and opening quotes (a bracketed line is an aside). */
const FIRST_WORD =
  /^[\s"“‘'\-–—•+*]*(?:(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}|\p{L})[.)][ \u00a0]+)?(\p{L}[\p{L}\p{M}]*)/u;
/** Abbreviations that end with a dot inside a sentence ("v.v. và", "tr. 5", "TS. Nguyễn"). */
const ABBREVIATION = /(?:^|[\s(])(?:v\.v|tr|tp|ths|ts|pgs|gs|đ\/c|đc|ô|bà|st|nxb|sđd|tlđd)$/iu;

const capitalise = (word: string) => word[0].toUpperCase() + word.slice(1);

interface Candidate {
  start: number;
  word: string;
  mark: string;
}

/** What one paragraph holds for the rule (a function of its text alone). */
interface Summary {
  /** The paragraph's first word, when it is a lower-case syllable (flagged after a finished sentence). */
  first: Candidate | null;
  /** Lower-case syllables after the end of a sentence inside the paragraph. */
  afterStop: Candidate[];
  /** Blank (nothing but spaces): the paragraph before it decides. */
  blank: boolean;
  /** Ends a sentence ("… thực hiện."), not with an ellipsis or dot leaders. */
  endsSentence: boolean;
}

const isSpace = (c: number) => c === 0x20 || c === 0xa0;
const widthAt = (text: string, i: number) => (isSurrogatePairAt(text, i) ? 2 : 1);

/**
 * A lower-case word after the end of a sentence ("thực hiện. trong thời gian"): the matches of
 * /(?<=[\p{L}\p{M}\d)”"])([.!?])[ \u00a0]+(\p{Ll}[\p{L}\p{M}]*)/gu, found with the character table (the regex's
 * lookbehind made it try every position).
 */
export function afterStopMatches(text: string): Array<{ at: number; end: number; mark: string; wordStart: number }> {
  const out: Array<{ at: number; end: number; mark: string; wordStart: number }> = [];
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue;
    const before = text.charCodeAt(at - 1);
    const fits =
      (before >= 0x30 && before <= 0x39) ||
      before === 0x29 ||
      before === 0x201d ||
      before === 0x22 ||
      (classBefore(text, at) & (LETTER | MARK)) !== 0;
    if (!fits) continue;
    let i = at + 1;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i === at + 1 || (classAt(text, i) & LOWERCASE_LETTER) === 0) continue;
    const wordStart = i;
    i += widthAt(text, i);
    while (i < text.length && classAt(text, i) & (LETTER | MARK)) i += widthAt(text, i);
    out.push({ at, end: i, mark: text[at], wordStart });
    at = i - 1;
  }
  return out;
}

function report(context: RuleContext, index: number, { start, word, mark }: Candidate, messageId: string): void {
  context.report({
    paragraph: index,
    start,
    length: word.length,
    messageId,
    data: { mark, replacement: capitalise(word) },
    fix: [{ start, length: word.length, replacement: capitalise(word) }],
  });
}

function summarise(info: ParagraphInfo): Summary {
  const text = info.text;
  const m = FIRST_WORD.exec(text);
  const word = m?.[1];
  const lower = word?.normalize('NFC');
  const first =
    m && word && lower && /^\p{Ll}/u.test(lower) && lower !== 'về' && isSyllable(lower)
      ? { start: m[0].length - word.length, word, mark: '' }
      : null;
  const afterStop: Candidate[] = [];
  for (const s of afterStopMatches(text)) {
    const { at, mark } = s;
    // The dot of the paragraph's own list number ("1. tăng cường") is judged with the paragraph above.
    if (m && at < m[0].length) continue;
    if (mark === '.' && ABBREVIATION.test(text.slice(Math.max(0, at - 6), at))) continue;
    // "1.5", "TP.HCM" and dot leaders never reach here; a lone letter before the dot is an initial.
    if (/(?:^|[\s.])\p{L}$/u.test(text.slice(Math.max(0, at - 2), at))) continue;
    const found = text.slice(s.wordStart, s.end);
    if (!isSyllable(found.normalize('NFC'))) continue;
    afterStop.push({ start: s.wordStart, word: found, mark });
  }
  const trimmed = text.trimEnd();
  return { first, afterStop, blank: trimmed === '', endsSentence: /[^./…][.!?]$/.test(trimmed) };
}

/**
 * A sentence or paragraph that starts in lower case. A paragraph counts only after one that ends a sentence
 * (a line may continue a title or a list item); left alone too: the Party trích yếu ("về việc …", HD 05), a
 * bracketed line, table cells, and words that are not Vietnamese syllables (units, codes, "iPhone").
 */
export const sentenceStart: Rule = {
  meta: {
    id: 'sentence-start-case',
    category: 'spelling',
    defaultSeverity: 'warning',
    description: { vi: 'Đầu câu không viết hoa', en: 'Sentence starts in lower case' },
    messages: {
      afterStop: {
        vi: 'Sau dấu “{mark}” bắt đầu câu mới: viết hoa “{replacement}”.',
        en: 'A new sentence starts after “{mark}”: capitalise “{replacement}”.',
      },
      paragraph: {
        vi: 'Đầu đoạn văn viết hoa: “{replacement}”.',
        en: 'Capitalise the start of the paragraph: “{replacement}”.',
      },
    },
    source: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục I (viết hoa vì phép đặt câu)',
    bulkSafe: true,
  },
  checkDocument(context) {
    const paragraphs = context.doc.paragraphs;
    let afterSentence = false;
    paragraphs.forEach((paragraph, index) => {
      const summary = summaryOf(infoOf(context, index), 'sentence-start', summarise);
      if (!paragraph.cell) {
        // Only after a finished sentence: otherwise the line may continue a title or a list split over lines.
        if (summary.first && afterSentence) report(context, index, summary.first, 'paragraph');
        for (const c of summary.afterStop) report(context, index, c, 'afterStop');
      }
      if (!summary.blank) afterSentence = summary.endsSentence;
    });
  },
};
