import type { Rule } from '../../rule';
import { followsHd05, headerContext } from './shared';

/** A Party công văn's trích yếu reads "về việc …": "V/v" is State style (HD 05 điểm 5.2.3 example). */
export const hd05CongVanVv: Rule = {
  meta: {
    id: 'hd05-cong-van-vv',
    category: 'format',
    defaultSeverity: 'warning',
    description: {
      vi: 'Trích yếu công văn của Đảng không dùng “V/v” (HD 05)',
      en: 'Party công văn summary without “V/v” (HD 05)',
    },
    messages: {
      vv: {
        vi: 'Trích yếu công văn của Đảng viết “về việc …”, không viết tắt “V/v”.',
        en: 'A Party công văn summary reads “về việc …”, not “V/v”.',
      },
    },
    source: 'HD 05-HD/VPTW điểm 5.2.3 và Phụ lục 2',
  },
  checkDocument(ctx) {
    if (!followsHd05(ctx)) return;
    const line = headerContext(ctx).analysis.header.congVanSummary;
    const m = line && /^V\/v\s*/u.exec(line.text);
    if (!line || !m) return;
    ctx.report({
      paragraph: line.paragraph,
      start: line.start,
      length: 3,
      messageId: 'vv',
      // The fix edits exactly the flagged "V/v", adding a space only when none followed it.
      fix: [{ start: line.start, length: 3, replacement: m[0].length > 3 ? 'về việc' : 'về việc ' }],
    });
  },
};
