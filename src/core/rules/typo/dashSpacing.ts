import type { Rule } from '../../rule';
import * as chars from '../../vi/charClass';
import * as tok from '../../vi/tokenize';
import { hasMarks } from './analysis';

const { classAt, classBefore, LETTER, MARK } = chars;

const isDash = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2014;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** A dash with spaces on one side only: the spaces, the dash, and which side the spaces are on. */
interface OneSided {
  /** Offset of the match (the first space, or the dash). */
  index: number;
  /** The matched text: the spaces and the dash. */
  text: string;
  dash: string;
  spaces: number;
  spacesBefore: boolean;
}

/**
 * The matches, in order, of /(?<=B)(?:( +)([-–—])(?=A)|([-–—])( +)(?=A))/g: a space on one side of the dash only,
 * between a character that passes `before` (the one just before the match) and one that passes `after`. Found
 * from the dashes (the regex's lookbehind made it try every position of every paragraph).
 */
export function oneSidedDashes(
  text: string,
  before: (text: string, i: number) => boolean,
  after: (text: string, i: number) => boolean,
): OneSided[] {
  const out: OneSided[] = [];
  for (let d = 0; d < text.length; d++) {
    if (!isDash(text.charCodeAt(d))) continue;
    if (text.charCodeAt(d - 1) === 0x20) {
      let p = d - 1;
      while (p > 0 && text.charCodeAt(p - 1) === 0x20) p--;
      if (p > 0 && before(text, p) && after(text, d + 1))
        out.push({ index: p, text: text.slice(p, d + 1), dash: text[d], spaces: d - p, spacesBefore: true });
      continue;
    }
    let q = d + 1;
    while (q < text.length && text.charCodeAt(q) === 0x20) q++;
    if (q > d + 1 && before(text, d) && after(text, q))
      out.push({ index: d, text: text.slice(d, q), dash: text[d], spaces: q - d - 1, spacesBefore: false });
  }
  return out;
}

/** "2021 -2026", "2024– 2025": a space on one side of the dash only, between two numbers. */
export const digitBefore = (text: string, i: number) => isDigit(text.charCodeAt(i - 1));
export const digitAt = (text: string, i: number) => isDigit(text.charCodeAt(i));
/** "kinh tế -xã hội", "Nguyễn Văn A- Chủ tịch": a space on one side of the dash only, between two words. */
export const letterOrMarkBefore = (text: string, i: number) => (classBefore(text, i) & (LETTER | MARK)) !== 0;
export const letterAt = (text: string, i: number) => (classAt(text, i) & LETTER) !== 0;
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
    if (!hasMarks(context, index, tok.M_DASH)) return;
    const text = paragraph.text;
    for (const m of oneSidedDashes(text, digitBefore, digitAt)) {
      const { dash, spaces } = m;
      const start = m.index;
      const digitsBefore = /\d+$/.exec(text.slice(Math.max(0, start - 8), start))![0];
      const digitsAfter = /^\d+/.exec(text.slice(start + m.text.length, start + m.text.length + 8))![0];
      context.report({
        paragraph: index,
        start: start - digitsBefore.length,
        length: digitsBefore.length + m.text.length + digitsAfter.length,
        messageId: 'range',
        data: { text: `${digitsBefore}${m.text}${digitsAfter}`, replacement: `${digitsBefore}${dash}${digitsAfter}` },
        fix: [{ start: m.spacesBefore ? start : start + 1, length: spaces, replacement: '' }],
      });
    }
    for (const m of oneSidedDashes(text, letterOrMarkBefore, letterAt)) {
      const start = m.index;
      const before = text.slice(Math.max(0, start - 20), start);
      if (CODE_BEFORE.test(before) || (start <= 8 && HEADING_BEFORE.test(before))) continue;
      const dash = m.dash;
      context.report({
        paragraph: index,
        start,
        length: m.text.length,
        messageId: 'words',
        data: { replacement: ` ${dash} ` },
        fix: [{ start, length: m.text.length, replacement: ` ${dash} ` }],
      });
    }
  },
};
