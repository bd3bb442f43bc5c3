import type { Rule } from '../../rule';

/**
 * A heading or list number at the start of a paragraph run into its text: "II.Kết quả", "1.Về", "2.1.Nội dung",
 * "a)Tổ chức", "I.VIẾT HOA". The text after it must start a word (a capital then a lower-case letter, or two words
 * in capitals), so codes such as "II.HCM" or "1.5" are left alone.
 */
export const HEADING_NUMBER =
  /^[ \t]*((?:[IVX]{1,5}|\d{1,3}(?:\.\d{1,3}){0,4}|[a-zđ])[.)])(?=\p{Lu}\p{Ll}|\p{Lu}{2,} \p{Lu})/u;

export const headingNumberSpace: Rule = {
  meta: {
    id: 'heading-number-space',
    category: 'format',
    defaultSeverity: 'warning',
    description: {
      vi: 'Thiếu dấu cách sau số thứ tự đề mục',
      en: 'Missing space after a heading number',
    },
    messages: {
      missing: {
        vi: 'Thiếu dấu cách sau số thứ tự “{number}”.',
        en: 'Missing space after the number “{number}”.',
      },
    },
    source: 'NĐ 30/2020/NĐ-CP, Phụ lục I (trình bày phần, mục, khoản, điểm)',
    bulkSafe: true,
  },
  checkParagraph(paragraph, index, context) {
    const m = HEADING_NUMBER.exec(paragraph.text);
    if (!m) return;
    const start = m[0].length - m[1].length;
    context.report({
      paragraph: index,
      start,
      length: m[1].length + 1,
      messageId: 'missing',
      data: { number: m[1] },
      fix: [{ start: m[0].length, length: 0, replacement: ' ' }],
    });
  },
};
