import type { Rule } from '../../rule';
import { followsHd05, headerContext } from './shared';

/** HD 05: the content ends with "."; the "./." closing mark is not used. */
export const hd05ClosingMark: Rule = {
  meta: {
    id: 'hd05-closing-mark',
    category: 'format',
    defaultSeverity: 'warning',
    description: {
      vi: 'Kết thúc nội dung bằng dấu chấm, không dùng “./.” (HD 05)',
      en: 'Content ends with “.”, not “./.” (HD 05)',
    },
    messages: {
      closing: {
        vi: 'Văn bản của Đảng kết thúc nội dung bằng dấu chấm (.), không dùng “./.”.',
        en: 'Party documents end the content with “.”, not “./.”.',
      },
    },
    source: 'HD 05-HD/VPTW điểm 6.2.2',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    if (!followsHd05(ctx)) return;
    const { analysis } = headerContext(ctx);
    for (const line of analysis.lines.slice(analysis.bodyStart, analysis.bodyEnd)) {
      if (!line.text.endsWith('./.')) continue;
      const start = line.start + line.text.length - 3;
      ctx.report({
        paragraph: line.paragraph,
        start,
        length: 3,
        messageId: 'closing',
        fix: [{ start, length: 3, replacement: '.' }],
      });
    }
  },
};
