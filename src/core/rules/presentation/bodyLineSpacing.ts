import { checkBodyRuns, clamp, numberOption } from '../../presentation/bodyRule';
import { fontsIn, formatNumber } from '../../presentation/helpers';
import type { ParagraphFormat } from '../../model';
import type { Rule } from '../../rule';

/**
 * Line spacing: Party (HD 05) exactly 18–22 pt; State (NĐ 30) single to 1.5 lines. Spacing given one way is
 * converted to the other with the font size (a single line of Times New Roman is about 1.15 × its size).
 * Options: `minPt`/`maxPt` or `minLines`/`maxLines`.
 */
export const bodyLineSpacing: Rule = {
  meta: {
    id: 'body-line-spacing',
    category: 'format',
    defaultSeverity: 'error',
    requires: ['paragraphFormat', 'fonts'],
    description: { vi: 'Khoảng cách giữa các dòng', en: 'Line spacing' },
    messages: {
      body: {
        vi: 'Khoảng cách dòng {actual}, quy định {range} (đoạn {span}).',
        en: 'Line spacing is {actualEn}; the rule is {rangeEn} (paragraphs {span}).',
      },
    },
    source: 'HD 05-HD/VPTW điểm 6.2.2 (18–22 pt); NĐ 30/2020/NĐ-CP Phụ lục I (dòng đơn đến 1,5 dòng)',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    checkBodyRuns(ctx, 'prose', (doc, i, settings, options) => {
      const p = doc.paragraphs[i];
      const spacing = p.format?.lineSpacing;
      if (!spacing) return null;
      const sizes = fontsIn(p)
        .map((f) => f.size)
        .filter((s): s is number => typeof s === 'number');
      const size = sizes.length ? Math.max(...sizes) : 14;
      const single = size * settings.tolerance.lineHeightEm;
      const pt =
        spacing.rule === 'exact'
          ? spacing.value
          : spacing.rule === 'atLeast'
            ? Math.max(spacing.value, single)
            : spacing.value * single;
      const rule = settings.body.lineSpacing;
      const minPt = numberOption(options, 'minPt') ?? rule.minPt;
      const maxPt = numberOption(options, 'maxPt') ?? rule.maxPt;
      let set: NonNullable<ParagraphFormat['lineSpacing']>;
      let range: string;
      let rangeEn: string;
      if (minPt !== undefined && maxPt !== undefined) {
        if (pt >= minPt - 0.05 && pt <= maxPt + 0.05) return null;
        set = { rule: 'exact', value: Math.round(clamp(pt, minPt, maxPt) * 2) / 2 };
        range = `${formatNumber(minPt)}–${formatNumber(maxPt)} pt`;
        rangeEn = `${minPt}–${maxPt} pt`;
      } else {
        const minLines = numberOption(options, 'minLines') ?? rule.minLines ?? 1;
        const maxLines = numberOption(options, 'maxLines') ?? rule.maxLines ?? 1.5;
        const lines = pt / single;
        if (lines >= minLines - 0.01 && lines <= maxLines + 0.01) return null;
        set = { rule: 'multiple', value: Math.round(clamp(lines, minLines, maxLines) * 20) / 20 };
        range = `${formatNumber(minLines)}–${formatNumber(maxLines)} dòng`;
        rangeEn = `${minLines}–${maxLines} lines`;
      }
      const lines = spacing.rule === 'multiple';
      const actual = `${formatNumber(spacing.value)} ${lines ? 'dòng' : 'pt'}`;
      const actualEn = `${spacing.value} ${lines ? 'lines' : 'pt'}`;
      return {
        fix: {
          kind: 'setFormat',
          paragraph: i,
          expectedText: p.text,
          expected: { format: { lineSpacing: spacing } },
          set: { format: { lineSpacing: set } },
        },
        data: { actual, range, actualEn, rangeEn },
        confidence: rule.confidence,
      };
    });
  },
};
