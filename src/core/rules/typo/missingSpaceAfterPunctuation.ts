import type { Rule } from '../../rule';
import { HEADING_NUMBER } from './headingNumberSpace';
import * as tok from '../../vi/tokenize';
import { hasMarks } from './analysis';

const CANDIDATE = /[,;:.!?](?=\p{L})/gu;
const WORD_BEFORE = /[\p{L}\p{M}\p{N}]*$/u;
const WORD_AFTER = /^[\p{L}\p{M}\p{N}]*/u;
/** A chunk that is a web address, e-mail or file name keeps its dots. */
const ADDRESS = /:\/\/|@|^www\.|\.(?:vn|com|net|org|gov|edu|info|io|int|docx?|xlsx?|pdf|html?|txt)\b/i;
const PLAIN_ASCII_LOWER = /^[a-z0-9]+$/;

/** "xã.Trong", "1.Về" → a space after the mark; numbers, dates, codes (TP.HCM, T.Ư, 23-NQ/TW), addresses excepted. */
export const missingSpaceAfterPunctuation: Rule = {
  meta: {
    id: 'missing-space-after-punctuation',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Thiếu dấu cách sau dấu câu', en: 'Missing space after punctuation' },
    messages: { missingSpace: { vi: 'Thiếu dấu cách sau dấu “{mark}”.', en: 'Missing space after “{mark}”.' } },
    bulkSafe: true,
  },
  checkParagraph(paragraph, index, context) {
    if (!hasMarks(context, index, tok.M_MARK_BEFORE_LETTER)) return;
    const text = paragraph.text;
    // A heading number run into its text ("1.Về") is heading-number-space's finding.
    const heading = HEADING_NUMBER.exec(text);
    const headingMark = heading ? heading[0].length - 1 : -1;
    for (const m of text.matchAll(CANDIDATE)) {
      const at = m.index!;
      if (at === headingMark) continue;
      const mark = text[at];
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at))![0];
      const after = WORD_AFTER.exec(text.slice(at + 1, at + 31))![0];
      if (!before || after.length < 2) continue;
      const chunkStart = text.lastIndexOf(' ', at) + 1;
      const chunkEnd = text.indexOf(' ', at);
      if (ADDRESS.test(text.slice(chunkStart, chunkEnd < 0 ? undefined : chunkEnd))) continue;
      if (mark === '.' || mark === ',') {
        const letterBefore = /\p{L}/u.test(before);
        // Abbreviations keep their dot: TP.HCM, Tp.Hồ Chí Minh, ThS.Nguyễn, T.Ư, v.v.
        if (letterBefore && /^\p{Lu}/u.test(before) && before.length <= 3) continue;
        if (letterBefore && before.length === 1) continue;
        if (/^\p{Lu}[\p{Lu}\d]*$/u.test(before) && /^\p{Lu}/u.test(after)) continue;
        if (PLAIN_ASCII_LOWER.test(before) && PLAIN_ASCII_LOWER.test(after)) continue;
        // A file or record code: "01.TCCB".
        if (/^\d+$/.test(before) && /^\p{Lu}{2,}$/u.test(after)) continue;
      }
      const start = at - before.length;
      context.report({
        paragraph: index,
        start,
        length: before.length + 1 + after.length,
        messageId: 'missingSpace',
        data: { mark },
        fix: [{ start: at + 1, length: 0, replacement: ' ' }],
      });
    }
  },
};
