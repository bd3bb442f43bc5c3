import { parseSymbol } from '../../header/numberLine';
import type { Rule } from '../../rule';
import { followsHd05, headerContext } from './shared';

/** HD 05 writes Quy định as "QĐ"; "QĐi" (CV 3294-CV/VPTW/nb, 2019) was repealed. Older documents keep QĐi. */
export const hd05QuyDinhSymbol: Rule = {
  meta: {
    id: 'hd05-quy-dinh-symbol',
    category: 'format',
    defaultSeverity: 'warning',
    description: { vi: 'Quy định ký hiệu là “QĐ” (HD 05)', en: 'Quy định is abbreviated “QĐ” (HD 05)' },
    messages: {
      qdi: {
        vi: 'Từ 27/5/2026 ký hiệu Quy định là “QĐ”, không còn “QĐi”.',
        en: 'Since 27/5/2026 Quy định is abbreviated “QĐ”, no longer “QĐi”.',
      },
    },
    source: 'HD 05-HD/VPTW điểm 3.1.2.a; Phần III.1 (bãi bỏ CV 3294-CV/VPTW/nb)',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    if (!followsHd05(ctx)) return;
    const line = headerContext(ctx).analysis.header.numberLine;
    if (!line) return;
    const parts = parseSymbol('party', line.parsed.symbol, () => true);
    if (parts?.typeAbbr !== 'QĐi') return;
    const start = line.start + line.parsed.prefixLength + parts.typeStart;
    ctx.report({
      paragraph: line.paragraph,
      start,
      length: 3,
      messageId: 'qdi',
      fix: [{ start, length: 3, replacement: 'QĐ' }],
    });
  },
};
