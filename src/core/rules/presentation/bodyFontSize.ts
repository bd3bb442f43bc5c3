import { clamp, checkBodyRuns, numberOption } from '../../presentation/bodyRule';
import { fontEdit, fontsIn, formatNumber } from '../../presentation/helpers';
import type { Rule } from '../../rule';

/** Body text 14–15 pt (Party) or 13–14 pt (State); options `min`/`max` override. */
export const bodyFontSize: Rule = {
  meta: {
    id: 'body-font-size',
    category: 'format',
    defaultSeverity: 'error',
    requires: ['fonts'],
    description: { vi: 'Cỡ chữ phần nội dung', en: 'Body text size' },
    messages: {
      body: {
        vi: 'Cỡ chữ nội dung {actual} pt, quy định {range} pt (đoạn {span}).',
        en: 'Body text is {actual} pt; the rule is {range} pt (paragraphs {span}).',
      },
    },
    source: 'HD 05-HD/VPTW Phụ lục 2 (14–15 pt); NĐ 30/2020/NĐ-CP Phụ lục I (13–14 pt)',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    checkBodyRuns(ctx, 'all', (doc, i, settings, options) => {
      const min = numberOption(options, 'min') ?? settings.body.size.min;
      const max = numberOption(options, 'max') ?? settings.body.size.max;
      const sizes = fontsIn(doc.paragraphs[i])
        .map((f) => f.size)
        .filter((s): s is number => typeof s === 'number');
      const wrong = sizes.find((s) => s < min || s > max);
      if (wrong === undefined) return null;
      // Keep a size the paragraph already uses correctly; otherwise the nearest allowed one.
      const target = sizes.find((s) => s >= min && s <= max) ?? clamp(wrong, min, max);
      return {
        fix: fontEdit(doc, i, { size: target }),
        data: {
          actual: formatNumber(wrong),
          range: min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`,
        },
        confidence: settings.body.size.confidence,
      };
    });
  },
};
