import type { Rule } from '../../rule';
import { isSyllable } from '../../vi/syllable';

/** A lower-case word after the end of a sentence: "thực hiện. trong thời gian". */
const AFTER_STOP = /(?<=[\p{L}\p{M}\d)”"])([.!?])[ \u00a0]+(\p{Ll}[\p{L}\p{M}]*)/gu;
/** The paragraph's first word, after list markers and opening quotes (a bracketed line is an aside). */
const FIRST_WORD =
  /^[\s"“‘'\-–—•+*]*(?:(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}|\p{L})[.)][ \u00a0]+)?(\p{L}[\p{L}\p{M}]*)/u;
/** Abbreviations that end with a dot inside a sentence ("v.v. và", "tr. 5", "TS. Nguyễn"). */
const ABBREVIATION = /(?:^|[\s(])(?:v\.v|tr|tp|ths|ts|pgs|gs|đ\/c|đc|ô|bà|st|nxb|sđd|tlđd)$/iu;

const capitalise = (word: string) => word[0].toUpperCase() + word.slice(1);

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
    let previous = '';
    paragraphs.forEach((paragraph, index) => {
      const text = paragraph.text;
      const report = (start: number, word: string, messageId: string, mark = '') =>
        context.report({
          paragraph: index,
          start,
          length: word.length,
          messageId,
          data: { mark, replacement: capitalise(word) },
          fix: [{ start, length: word.length, replacement: capitalise(word) }],
        });
      if (!paragraph.cell) {
        const m = FIRST_WORD.exec(text);
        const word = m?.[1];
        // Only after a finished sentence: otherwise the line may continue a title or a list split over lines.
        const afterSentence = /[^./…][.!?]$/.test(previous);
        const lower = word?.normalize('NFC');
        if (m && word && lower && afterSentence && /^\p{Ll}/u.test(lower) && lower !== 'về' && isSyllable(lower))
          report(m[0].length - word.length, word, 'paragraph');
        for (const s of text.matchAll(AFTER_STOP)) {
          const word = s[2];
          const at = s.index!;
          // The dot of the paragraph's own list number ("1. tăng cường") is judged with the paragraph above.
          if (m && at < m[0].length) continue;
          if (s[1] === '.' && ABBREVIATION.test(text.slice(Math.max(0, at - 6), at))) continue;
          // "1.5", "TP.HCM" and dot leaders never reach here; a lone letter before the dot is an initial.
          if (/(?:^|[\s.])\p{L}$/u.test(text.slice(Math.max(0, at - 2), at))) continue;
          if (!isSyllable(word.normalize('NFC'))) continue;
          report(at + s[0].length - word.length, word, 'afterStop', s[1]);
        }
      }
      const trimmed = text.trimEnd();
      if (trimmed) previous = trimmed;
    });
  },
};
