import type { Rule } from '../../rule';

/** "2021 -2026", "2024– 2025": a space on one side of the dash only, between two numbers. */
const NUMBER_RANGE = /(?<=\d)(?:( +)([-–—])(?=\d)|([-–—])( +)(?=\d))/g;
/** "kinh tế -xã hội", "Nguyễn Văn A- Chủ tịch": a space on one side of the dash only, between two words. */
const WORD_DASH = /(?<=[\p{L}\p{M}])(?:( +)([-–—])(?=\p{L})|([-–—])( +)(?=\p{L}))/gu;
/** A heading number before the dash ("I- Tình hình", Party style) or a list letter ("a- …"). */
const HEADING_BEFORE = /^[ \t]*(?:[IVXLC]+|\p{L})$/u;
/** The word before the dash is part of a code or symbol ("NQ/TW -"), which the symbol rule judges. */
const CODE_BEFORE = /[/\d][^\s/\d]*$/u;

/**
 * A dash with a space on one side only. Ranges of numbers close up ("2021-2026"); dashes between words keep a space
 * on each side, as in "kinh tế - xã hội" and "Độc lập - Tự do - Hạnh phúc".
 */
export const dashSpacing: Rule = {
  meta: {
    id: 'dash-spacing',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Dấu cách hai bên dấu gạch nối không cân', en: 'Uneven spacing around a dash' },
    messages: {
      range: {
        vi: 'Khoảng số “{text}” có dấu cách ở một bên dấu gạch: viết liền “{replacement}”.',
        en: 'The range “{text}” has a space on one side of the dash only: write “{replacement}”.',
      },
      words: {
        vi: 'Dấu gạch nối giữa hai từ cần dấu cách ở cả hai bên: “{replacement}”.',
        en: 'A dash between two words takes a space on both sides: “{replacement}”.',
      },
    },
    source: 'NĐ 30/2020/NĐ-CP, Phụ lục I (“Độc lập - Tự do - Hạnh phúc”); thông lệ trình bày',
    bulkSafe: true,
  },
  checkParagraph(paragraph, index, context) {
    const text = paragraph.text;
    if (!/[-–—]/.test(text)) return;
    for (const m of text.matchAll(NUMBER_RANGE)) {
      const dash = m[2] ?? m[3];
      const spaces = (m[1] ?? m[4]).length;
      const start = m.index!;
      const digitsBefore = /\d+$/.exec(text.slice(Math.max(0, start - 8), start))![0];
      const digitsAfter = /^\d+/.exec(text.slice(start + m[0].length, start + m[0].length + 8))![0];
      context.report({
        paragraph: index,
        start: start - digitsBefore.length,
        length: digitsBefore.length + m[0].length + digitsAfter.length,
        messageId: 'range',
        data: { text: `${digitsBefore}${m[0]}${digitsAfter}`, replacement: `${digitsBefore}${dash}${digitsAfter}` },
        fix: [{ start: m[1] ? start : start + 1, length: spaces, replacement: '' }],
      });
    }
    for (const m of text.matchAll(WORD_DASH)) {
      const start = m.index!;
      const before = text.slice(Math.max(0, start - 20), start);
      if (CODE_BEFORE.test(before) || (start <= 8 && HEADING_BEFORE.test(before))) continue;
      const dash = m[2] ?? m[3];
      context.report({
        paragraph: index,
        start,
        length: m[0].length,
        messageId: 'words',
        data: { replacement: ` ${dash} ` },
        fix: [{ start, length: m[0].length, replacement: ` ${dash} ` }],
      });
    }
  },
};
