import { dateOf, dayText, isRealDate, monthText } from '../../header/dates';
import type { Rule } from '../../rule';
import { headerContext } from './shared';

/** "<Địa danh>, ngày DD tháng M năm YYYY": a place, a comma, a real date, the leading-zero rule. */
export const headerDateLine: Rule = {
  meta: {
    id: 'header-date-line',
    category: 'format',
    defaultSeverity: 'error',
    description: { vi: 'Địa danh và ngày, tháng, năm ban hành đúng mẫu', en: 'Place and date follow the pattern' },
    messages: {
      noPlace: { vi: 'Thiếu địa danh trước ngày tháng.', en: 'The place name before the date is missing.' },
      comma: { vi: 'Giữa địa danh và ngày tháng có dấu phẩy.', en: 'A comma separates the place from the date.' },
      blankDate: { vi: 'Ngày tháng còn để trống (dự thảo).', en: 'The date is still blank (draft).' },
      lowerNgay: {
        vi: 'Sau địa danh, chữ “ngày” viết thường: “{expected}”.',
        en: 'After the place name, “ngày” is written in lower case: “{expected}”.',
      },
      invalidDate: { vi: '“{found}” không phải là ngày có thật.', en: '“{found}” is not a real date.' },
      leadingZero: {
        vi: 'Ngày dưới 10 và tháng dưới 3 phải thêm số 0 phía trước: “{expected}”.',
        en: 'Days below 10 and months below 3 take a leading zero: “{expected}”.',
      },
      extraZero: {
        vi: 'Chỉ ngày dưới 10 và tháng 01, 02 có số 0 phía trước: “{expected}”.',
        en: 'Only days below 10 and months 01, 02 take a leading zero: “{expected}”.',
      },
    },
    source: 'HD 05-HD/VPTW điểm 4.2.2; HD 36-HD/VPTW Phụ lục 3; NĐ 30/2020/NĐ-CP Phụ lục I',
  },
  checkDocument(ctx) {
    const line = headerContext(ctx).analysis.header.dateLine;
    if (!line) return;
    const p = line.parsed;
    const paragraph = line.paragraph;
    const base = line.start;
    if (!p.place) {
      ctx.report({ paragraph, start: base + p.phraseStart, length: 4, messageId: 'noPlace' });
    } else if (!p.comma) {
      const placeEnd = line.text.indexOf(p.place) + p.place.length;
      const gap = p.phraseStart - placeEnd;
      ctx.report({
        paragraph,
        start: base + placeEnd,
        length: gap,
        messageId: 'comma',
        fix: [{ start: base + placeEnd, length: gap, replacement: ', ' }],
      });
    }
    if (line.text.startsWith('N', p.phraseStart) && p.place) {
      const at = base + p.phraseStart;
      ctx.report({
        paragraph,
        start: at,
        length: 4,
        messageId: 'lowerNgay',
        data: { expected: 'ngày' },
        severity: 'warning',
        fix: [{ start: at, length: 1, replacement: 'n' }],
      });
    }
    const date = dateOf(p);
    const end = p.year.start + p.year.raw.length;
    if (!date) {
      const blank = [p.day.raw, p.month.raw, p.year.raw].some((raw) => !/\d/.test(raw));
      const found = line.text.slice(p.phraseStart, end);
      if (blank)
        ctx.report({
          paragraph,
          start: base + p.phraseStart,
          length: end - p.phraseStart,
          messageId: 'blankDate',
          severity: 'warning',
        });
      else
        ctx.report({
          paragraph,
          start: base + p.phraseStart,
          length: end - p.phraseStart,
          messageId: 'invalidDate',
          data: { found },
        });
      return;
    }
    if (!isRealDate(date)) {
      ctx.report({
        paragraph,
        start: base + p.phraseStart,
        length: end - p.phraseStart,
        messageId: 'invalidDate',
        data: { found: line.text.slice(p.phraseStart, end) },
      });
      return;
    }
    const day = dayText(date.day);
    const month = monthText(date.month);
    if (day === p.day.raw && month === p.month.raw) return;
    const missingZero = day.length > p.day.raw.length || month.length > p.month.raw.length;
    const spanStart = p.phraseStart;
    const spanEnd = p.month.start + p.month.raw.length;
    const expected =
      line.text.slice(spanStart, p.day.start) +
      day +
      line.text.slice(p.day.start + p.day.raw.length, p.month.start) +
      month;
    ctx.report({
      paragraph,
      start: base + spanStart,
      length: spanEnd - spanStart,
      messageId: missingZero ? 'leadingZero' : 'extraZero',
      data: { expected },
      fix: [{ start: base + spanStart, length: spanEnd - spanStart, replacement: expected }],
      // Older documents (HD 11, 2004) wrote "tháng 05": a superfluous zero is only a warning.
      ...(missingZero ? {} : { severity: 'warning' as const }),
    });
  },
};
