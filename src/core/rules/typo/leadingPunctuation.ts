import type { Rule } from '../../rule';

/**
 * A paragraph that opens with a mark that ends or joins clauses (", đồng thời …", ". Kết quả …"). List markers
 * ("- ", "+ ", "•"), quotes, brackets, an ellipsis or dot leaders ("……", "..."), the closing "./." and a mark
 * standing alone (a table cell holding ":") are not slips.
 */
const LEADING = /^[ \t\u00a0]*([,;:!?]|\.(?![./…]))(?=.*\p{L})/u;

export const leadingPunctuation: Rule = {
  meta: {
    id: 'leading-punctuation',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Đoạn văn mở đầu bằng dấu câu', en: 'Paragraph starts with punctuation' },
    messages: {
      leading: {
        vi: 'Đoạn văn mở đầu bằng dấu “{mark}”: có thể đoạn bị ngắt sai chỗ hoặc thừa dấu.',
        en: 'The paragraph starts with “{mark}”: it may have been split in the wrong place, or the mark is extra.',
      },
    },
    source: 'NĐ 30/2020/NĐ-CP, Phụ lục II, mục I (câu bắt đầu bằng chữ viết hoa)',
  },
  checkParagraph(paragraph, index, context) {
    const m = LEADING.exec(paragraph.text);
    if (!m) return;
    context.report({
      paragraph: index,
      start: m[0].length - 1,
      length: 1,
      messageId: 'leading',
      data: { mark: m[1] },
    });
  },
};
