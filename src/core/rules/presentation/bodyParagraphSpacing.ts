import { checkBodyRuns, numberOption } from '../../presentation/bodyRule';
import { formatNumber } from '../../presentation/helpers';
import type { Rule } from '../../rule';

/** At least 6 pt between paragraphs (space before plus after); option `minPt`. */
export const bodyParagraphSpacing: Rule = {
  meta: {
    id: 'body-paragraph-spacing',
    category: 'format',
    defaultSeverity: 'error',
    requires: ['paragraphFormat'],
    description: { vi: 'Khoảng cách giữa các đoạn tối thiểu 6 pt', en: 'At least 6 pt between paragraphs' },
    messages: {
      body: {
        vi: 'Khoảng cách giữa các đoạn {actual} pt, quy định tối thiểu {min} pt (đoạn {span}).',
        en: 'Space between paragraphs is {actual} pt; the rule is at least {min} pt (paragraphs {span}).',
      },
    },
    source: 'HD 05-HD/VPTW điểm 6.2.2; NĐ 30/2020/NĐ-CP Phụ lục I',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    checkBodyRuns(ctx, 'prose', (doc, i, settings, options) => {
      const p = doc.paragraphs[i];
      const before = p.format?.spaceBeforePt;
      const after = p.format?.spaceAfterPt;
      if (typeof before !== 'number' || typeof after !== 'number') return null;
      const min = numberOption(options, 'minPt') ?? settings.body.spacingPt.min;
      if (before + after >= min) return null;
      return {
        fix: {
          kind: 'setFormat',
          paragraph: i,
          expectedText: p.text,
          expected: { format: { spaceAfterPt: after } },
          set: { format: { spaceAfterPt: min - before } },
        },
        data: { actual: formatNumber(before + after), min: formatNumber(min) },
        confidence: settings.body.spacingPt.confidence,
      };
    });
  },
};
