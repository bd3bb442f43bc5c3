import type { Rule } from '../../rule';
import { legacyEncodingOf } from './legacyEncoding';

/** Zero-width characters, BOM, direction marks, soft hyphens; a no-break space between two words. */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u202A-\u202E]+|[\u00A0\u202F](?=\p{L})/gu;
const ANY_CANDIDATE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u202A-\u202E\u00A0\u202F]/;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

export const invisibleCharacters: Rule = {
  meta: {
    id: 'invisible-characters',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Ký tự ẩn trong văn bản', en: 'Invisible characters in the text' },
    messages: {
      invisible: {
        vi: 'Có ký tự ẩn ({code}): làm sai tìm kiếm, đếm từ và ngắt dòng.',
        en: 'Invisible character ({code}): breaks search, word count and line breaking.',
      },
      noBreakSpace: {
        vi: 'Dấu cách không ngắt ({code}) giữa hai từ; nên dùng dấu cách thường.',
        en: 'No-break space ({code}) between words; use a normal space.',
      },
    },
    bulkSafe: true,
  },
  checkParagraph(paragraph, index, context) {
    const text = paragraph.text;
    if (!ANY_CANDIDATE.test(text)) return;
    // In TCVN3 text U+00AD is the letter ư; legacy-encoding converts it.
    const legacy = legacyEncodingOf(paragraph) !== null;
    for (const m of text.matchAll(INVISIBLE)) {
      const start = m.index!;
      const value = m[0];
      if (legacy && value.includes('\u00AD')) continue;
      // Emoji sequences are joined by ZWJ on purpose.
      if (
        value === '\u200D' &&
        (PICTOGRAPH.test(text[start - 1] ?? '') || PICTOGRAPH.test(text.slice(start + 1, start + 3)))
      )
        continue;
      const noBreak = value === '\u00A0' || value === '\u202F';
      // A no-break space is only wrong between two words (not after a number: "20\u00a0năm" is deliberate).
      if (noBreak && !LETTER_OR_MARK.test(text[start - 1] ?? '')) continue;
      context.report({
        paragraph: index,
        start,
        length: value.length,
        messageId: noBreak ? 'noBreakSpace' : 'invisible',
        data: {
          code: [...value].map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' '),
        },
        fix: [{ start, length: value.length, replacement: noBreak ? ' ' : '' }],
        ...(noBreak ? { severity: 'info' as const } : {}),
      });
    }
  },
};
