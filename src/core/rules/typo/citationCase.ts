import type { Rule } from '../../rule';
import { infoOf, isSentenceStart, summaryOf, type ParagraphInfo } from './analysis';

/** "khoản 2", "điểm a", "khoản này" take lower case; "Điều 5", "Chương II" a capital (NĐ 30 Phụ lục II, V.7). */
const CITATION = /(?<![\p{L}\p{M}])(khoản|điểm|điều|chương)(?= (?:\d+|[a-zđ]\)?|này|[IVXLC]+)(?![\p{L}\p{M}\d]))/giu;
/** "điều" and "chương" cite only before a number ("chương trình", "điều kiện" never match). */
const NUMBERED = /^ (?:\d+|[IVXLC]+)(?![\p{L}\p{M}\d])/u;
/** "các điều 7, 8" names several articles and is written in lower case in legal texts. */
const PLURAL_BEFORE = /(?:^|\s)các $/u;
const LOWER_WANTED = new Set(['khoản', 'điểm']);

interface Citation {
  paragraph: number;
  start: number;
  word: string;
  /** Written as the rule wants. */
  right: boolean;
}

const NONE: Array<Omit<Citation, 'paragraph'>> = [];

/** The citations of one paragraph (a function of its text alone). */
function citationsIn(info: ParagraphInfo): Array<Omit<Citation, 'paragraph'>> {
  const text = info.text;
  if (!/[kKđĐcC]/.test(text)) return NONE;
  const out: Array<Omit<Citation, 'paragraph'>> = [];
  for (const m of text.matchAll(CITATION)) {
    const word = m[1];
    const at = m.index!;
    const key = word.toLowerCase();
    const capital = word[0] !== key[0];
    if (isSentenceStart(text, at)) continue;
    if (!LOWER_WANTED.has(key)) {
      if (!NUMBERED.test(text.slice(at + word.length, at + word.length + 12))) continue;
      if (PLURAL_BEFORE.test(text.slice(Math.max(0, at - 5), at))) continue;
    }
    out.push({ start: at, word, right: LOWER_WANTED.has(key) ? !capital : capital });
  }
  return out.length ? out : NONE;
}

const flip = (word: string) =>
  (word[0] === word[0].toUpperCase() ? word[0].toLowerCase() : word[0].toUpperCase()) + word.slice(1);

/**
 * Citations of parts of a document written two ways in one document ("tại Khoản 1" … "tại khoản 2"): the ones that
 * break NĐ 30 Phụ lục II, mục V.7 are flagged. A document consistent throughout is left alone: legal texts issued
 * before that rule, or under the rules for legal documents, write "Khoản" with a capital.
 */
export const citationCase: Rule = {
  meta: {
    id: 'citation-case',
    category: 'spelling',
    defaultSeverity: 'warning',
    description: {
      vi: 'Viết hoa khi viện dẫn điều, khoản, điểm không thống nhất',
      en: 'Cited articles, clauses and points capitalised two ways',
    },
    messages: {
      lower: {
        vi: 'Khi viện dẫn, “khoản”, “điểm” viết thường (văn bản đang viết cả hai cách): “{replacement}”.',
        en: 'When citing, “khoản” and “điểm” are lower case (the document writes both): “{replacement}”.',
      },
      upper: {
        vi: 'Khi viện dẫn, “Điều”, “Chương” viết hoa (văn bản đang viết cả hai cách): “{replacement}”.',
        en: 'When citing, “Điều” and “Chương” take a capital (the document writes both): “{replacement}”.',
      },
    },
    source: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục V.7',
    bulkSafe: true,
  },
  checkDocument(context) {
    const found: Citation[] = [];
    /** Per word (lower case): seen right (bit 1) and wrong (bit 2). */
    const seen = new Map<string, number>();
    const paragraphs = context.doc.paragraphs;
    for (let index = 0; index < paragraphs.length; index++) {
      for (const c of summaryOf(infoOf(context, index), 'citation-case', citationsIn)) {
        found.push({ ...c, paragraph: index });
        seen.set(c.word.toLowerCase(), (seen.get(c.word.toLowerCase()) ?? 0) | (c.right ? 1 : 2));
      }
    }
    for (const c of found) {
      if (c.right || seen.get(c.word.toLowerCase()) !== 3) continue;
      const replacement = flip(c.word);
      context.report({
        paragraph: c.paragraph,
        start: c.start,
        length: c.word.length,
        messageId: LOWER_WANTED.has(c.word.toLowerCase()) ? 'lower' : 'upper',
        data: { replacement },
        fix: [{ start: c.start, length: c.word.length, replacement }],
      });
    }
  },
};
