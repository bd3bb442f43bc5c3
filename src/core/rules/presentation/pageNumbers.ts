import { formatNumber, presentationContext } from '../../presentation/helpers';
import { severityOf } from '../../presentation/settings';
import type { DocumentModel } from '../../model';
import type { Rule } from '../../rule';
import { anchor } from './pageSetup';

/** Roughly how many A4 pages of 14 pt text a document fills (characters and lines, whichever is more). */
export function estimatedPages(doc: DocumentModel): number {
  let chars = 0;
  let lines = 0;
  for (const p of doc.paragraphs) {
    chars += p.text.length;
    lines += Math.max(1, Math.ceil(p.text.length / 75));
  }
  return Math.max(chars / 2200, lines / 32);
}

/** Page numbers from page 2, centred in the top margin, hidden on page 1 (Party: 10 mm from the top edge). */
export const pageNumbers: Rule = {
  meta: {
    id: 'page-numbers',
    category: 'format',
    defaultSeverity: 'error',
    requires: ['pageNumbers'],
    description: { vi: 'Số trang', en: 'Page numbers' },
    messages: {
      missing: {
        vi: 'Văn bản nhiều trang chưa đánh số trang (số trang đặt giữa, phía trên, từ trang 2).',
        en: 'A multi-page document without page numbers (centred at the top, from page 2).',
      },
      place: {
        vi: 'Số trang phải đặt ở lề trên (phần đầu trang), không ở chân trang.',
        en: 'Page numbers go in the top margin (header), not the footer.',
      },
      alignment: { vi: 'Số trang phải căn giữa.', en: 'Page numbers are centred.' },
      firstPage: {
        vi: 'Không hiển thị số trang ở trang thứ nhất (chọn “Trang đầu khác”).',
        en: 'The first page shows no page number (“Different first page”).',
      },
      distance: {
        vi: 'Số trang cách mép trên {actual} mm, quy định {want} mm.',
        en: 'Page numbers are {actual} mm from the top edge; the rule is {want} mm.',
      },
    },
    source: 'HD 05-HD/VPTW mục IV.5; NĐ 30/2020/NĐ-CP Phụ lục I',
  },
  checkDocument(ctx) {
    const { settings, candidates } = presentationContext(ctx);
    const section = ctx.doc.sections?.[0];
    if (!section?.pageNumbers) return;
    const rule = (settings ?? candidates[0]).page.pageNumbers;
    const severity = severityOf(rule.confidence);
    const at = anchor(ctx, section);
    const numbers = section.pageNumbers;
    if (!numbers.present) {
      if (estimatedPages(ctx.doc) > 1.2) ctx.report({ ...at, messageId: 'missing', severity });
      return;
    }
    if (numbers.place && numbers.place !== rule.place) ctx.report({ ...at, messageId: 'place', severity });
    else if (numbers.alignment && numbers.alignment !== rule.alignment)
      ctx.report({ ...at, messageId: 'alignment', severity });
    if (rule.hiddenOnFirstPage && numbers.hiddenOnFirstPage === false)
      ctx.report({ ...at, messageId: 'firstPage', severity });
    const distance = settings && numbers.place === 'header' ? rule.headerDistanceMm : undefined;
    const actual = section.headerDistanceMm;
    if (distance && actual !== undefined && (actual < distance[0] - 1 || actual > distance[1] + 1)) {
      const want = actual < distance[0] ? distance[0] : distance[1];
      ctx.report({
        ...at,
        messageId: 'distance',
        data: { actual: formatNumber(actual), want: formatNumber(want) },
        severity: 'warning',
        fix: [
          { kind: 'setPageSetup', section: 0, expected: { headerDistanceMm: actual }, set: { headerDistanceMm: want } },
        ],
      });
    }
  },
};
