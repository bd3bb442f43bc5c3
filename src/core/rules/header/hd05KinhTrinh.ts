import type { Rule } from '../../rule';
import { followsHd05, headerContext } from './shared';

/** HD 05: a tờ trình names its recipients after "Kính trình" (HD 36 practice: "Kính gửi"). */
export const hd05KinhTrinh: Rule = {
  meta: {
    id: 'hd05-kinh-trinh',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Tờ trình dùng “Kính trình” (HD 05)', en: 'A tờ trình uses “Kính trình” (HD 05)' },
    messages: {
      kinhTrinh: {
        vi: 'Tờ trình của Đảng dùng “Kính trình:”, không dùng “Kính gửi:”.',
        en: 'A Party tờ trình uses “Kính trình:”, not “Kính gửi:”.',
      },
    },
    source: 'HD 05-HD/VPTW điểm 9.2.4',
  },
  checkDocument(ctx) {
    if (!followsHd05(ctx)) return;
    const { header } = headerContext(ctx).analysis;
    const label = header.recipientsLabel;
    if (!label || label.label !== 'Kính gửi' || header.typeTitle?.type.id !== 'to-trinh') return;
    const m = /^Kính\s+gửi/u.exec(label.text)!;
    ctx.report({
      paragraph: label.paragraph,
      start: label.start,
      length: m[0].length,
      messageId: 'kinhTrinh',
      fix: [{ start: label.start, length: m[0].length, replacement: 'Kính trình' }],
    });
  },
};
