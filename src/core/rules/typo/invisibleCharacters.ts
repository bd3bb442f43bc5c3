import type { Rule, RuleContext } from '../../rule';
import { legacyRuns } from './legacyEncoding';
import * as tok from '../../vi/tokenize';
import { hasMarks } from './analysis';

/** Zero-width characters, BOM, direction marks, soft hyphens; a no-break space between two words. */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u202A-\u202E]+|[\u00A0\u202F](?=\p{L})/gu;
const ANY_CANDIDATE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u202A-\u202E\u00A0\u202F]/;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/**
 * In TCVN3 text shown as Unicode, U+00AD is the letter ư ("ng­êi" is "người"): deleting it would lose a letter
 * and stop the conversion. The legacy-encoding detector decides, from the font or from the text itself; once a
 * paragraph of the document reads as TCVN3, a soft hyphen between letters anywhere in it is left to conversion.
 */
function isLegacyLetter(context: RuleContext, index: number, at: number): boolean {
  if (legacyRuns(context, index).some((r) => r.start <= at && at < r.end)) return true;
  const text = context.doc.paragraphs[index].text;
  const betweenLetters = LETTER_OR_MARK.test(text[at - 1] ?? '') || LETTER_OR_MARK.test(text[at + 1] ?? '');
  return betweenLetters && documentHasTcvn3(context);
}

function documentHasTcvn3(context: RuleContext): boolean {
  return context.memo('typo.invisible.tcvn3', () =>
    context.doc.paragraphs.some((_, i) => legacyRuns(context, i).some((r) => r.encoding === 'tcvn3')),
  );
}

/**
 * One warning per document for invisible characters (at the first one, with the count), the others as
 * information: the fix of each is bulk-safe, so "fix all of this kind" cleans the whole document at once.
 */
export const invisibleCharacters: Rule = {
  meta: {
    id: 'invisible-characters',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Ký tự ẩn trong văn bản', en: 'Invisible characters in the text' },
    messages: {
      invisible: {
        vi: 'Có ký tự ẩn ({code}): làm sai tìm kiếm, đếm từ và ngắt dòng. Cả văn bản có {count} chỗ; “Sửa tất cả” xoá hết.',
        en: 'Invisible character ({code}): breaks search, word count and line breaking. {count} in the document; “Fix all” removes them.',
      },
      noBreakSpace: {
        vi: 'Dấu cách không ngắt ({code}) giữa hai từ; nên dùng dấu cách thường.',
        en: 'No-break space ({code}) between words; use a normal space.',
      },
    },
    bulkSafe: true,
  },
  checkDocument(context) {
    const found: Array<{ index: number; start: number; value: string; noBreak: boolean }> = [];
    context.doc.paragraphs.forEach((paragraph, index) => {
      const text = paragraph.text;
      if (!hasMarks(context, index, tok.M_INVISIBLE) || !ANY_CANDIDATE.test(text)) return;
      for (const m of text.matchAll(INVISIBLE)) {
        const start = m.index!;
        const value = m[0];
        if (
          value.includes('\u00AD') &&
          [...value].some((c, i) => c === '\u00AD' && isLegacyLetter(context, index, start + i))
        )
          continue;
        // Emoji sequences are joined by ZWJ on purpose.
        if (
          value === '\u200D' &&
          (PICTOGRAPH.test(text[start - 1] ?? '') || PICTOGRAPH.test(text.slice(start + 1, start + 3)))
        )
          continue;
        const noBreak = value === '\u00A0' || value === '\u202F';
        // A no-break space is only wrong between two words (not after a number: "20\u00a0năm" is deliberate).
        if (noBreak && !LETTER_OR_MARK.test(text[start - 1] ?? '')) continue;
        found.push({ index, start, value, noBreak });
      }
    });
    const hidden = found.filter((f) => !f.noBreak).length;
    let first = true;
    for (const { index, start, value, noBreak } of found) {
      const code = [...value]
        .map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'))
        .join(' ');
      context.report({
        paragraph: index,
        start,
        length: value.length,
        messageId: noBreak ? 'noBreakSpace' : 'invisible',
        data: noBreak ? { code } : { code, count: hidden },
        fix: [{ start, length: value.length, replacement: noBreak ? ' ' : '' }],
        ...(noBreak || !first ? { severity: 'info' as const } : {}),
      });
      if (!noBreak) first = false;
    }
  },
};
