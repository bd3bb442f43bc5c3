import { checkBodyRuns, clamp, numberOption } from '../../presentation/bodyRule';
import { formatNumber } from '../../presentation/helpers';
import type { Rule } from '../../rule';

/** First line indented about 1 cm (Party "khoảng 10 mm"; State 1 or 1.27 cm); options `minMm`/`maxMm`. */
export const bodyFirstLineIndent: Rule = {
  meta: {
    id: 'body-first-line-indent',
    category: 'format',
    defaultSeverity: 'error',
    requires: ['paragraphFormat'],
    description: { vi: 'Thụt đầu dòng 1–1,27 cm', en: 'First-line indent 1–1.27 cm' },
    messages: {
      body: {
        vi: 'Thụt đầu dòng {actual} mm, quy định {min}–{max} mm (đoạn {span}).',
        en: 'First-line indent is {actual} mm; the rule is {min}–{max} mm (paragraphs {span}).',
      },
    },
    source: 'HD 05-HD/VPTW điểm 6.2.2; NĐ 30/2020/NĐ-CP Phụ lục I',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    checkBodyRuns(ctx, 'prose', (doc, i, settings, options) => {
      const p = doc.paragraphs[i];
      const actual = p.format?.firstLineIndentMm;
      if (typeof actual !== 'number') return null;
      const min = numberOption(options, 'minMm') ?? settings.body.firstLineIndentMm.min;
      const max = numberOption(options, 'maxMm') ?? settings.body.firstLineIndentMm.max;
      const tolerance = settings.tolerance.indentMm;
      if (actual >= min - tolerance && actual <= max + tolerance) return null;
      return {
        fix: {
          kind: 'setFormat',
          paragraph: i,
          expectedText: p.text,
          expected: { format: { firstLineIndentMm: actual } },
          set: { format: { firstLineIndentMm: clamp(actual, min, max) } },
        },
        data: { actual: formatNumber(actual), min: formatNumber(min), max: formatNumber(max) },
        confidence: settings.body.firstLineIndentMm.confidence,
      };
    });
  },
};
