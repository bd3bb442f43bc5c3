import type { Rule } from '../../rule';
import { followsHd05, headerContext } from './shared';

const CAN_CU = /^[-–]?\s*(Căn cứ|Theo đề nghị|Xét đề nghị|Theo đề xuất|Xét)(?![\p{L}])/u;

/** HD 05: each căn cứ "- …;", the last one ends with "." (pre-2026 practice ended it with ","). */
export const hd05LastCanCu: Rule = {
  meta: {
    id: 'hd05-last-can-cu',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Căn cứ cuối cùng kết thúc bằng dấu chấm (HD 05)', en: 'The last căn cứ ends with “.” (HD 05)' },
    messages: {
      lastCanCu: {
        vi: 'Căn cứ cuối cùng kết thúc bằng dấu chấm (.).',
        en: 'The last căn cứ ends with a full stop.',
      },
    },
    source: 'HD 05-HD/VPTW điểm 6.2.3',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    if (!followsHd05(ctx)) return;
    const { analysis } = headerContext(ctx);
    const body = analysis.lines.slice(analysis.bodyStart, analysis.bodyEnd).filter((l) => l.text !== '');
    let last = -1;
    while (last + 1 < body.length && CAN_CU.test(body[last + 1].text) && !body[last + 1].text.endsWith(':')) last++;
    if (last < 0) return;
    const line = body[last];
    const end = line.start + line.text.length;
    const lastChar = line.text.charAt(line.text.length - 1);
    if (lastChar === '.') return;
    const fix = /[,;]/.test(lastChar)
      ? { start: end - 1, length: 1, replacement: '.' }
      : { start: end, length: 0, replacement: '.' };
    ctx.report({ paragraph: line.paragraph, start: end - 1, length: 1, messageId: 'lastCanCu', fix: [fix] });
  },
};
