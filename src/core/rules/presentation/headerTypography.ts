import { presentationContext } from '../../presentation/helpers';
import { checkParts, headerParts } from '../../presentation/parts';
import type { Rule } from '../../rule';

/** Size, weight, slant, underline and case of each header part, per profile and rule set. */
export const headerTypography: Rule = {
  meta: {
    id: 'header-typography',
    category: 'format',
    defaultSeverity: 'error',
    requires: ['fonts'],
    description: { vi: 'Cỡ chữ, kiểu chữ phần đầu văn bản', en: 'Header typography' },
    messages: {
      part: {
        vi: '{partVi}: {problemsVi} — theo {ruleSet}.',
        en: '{partEn}: {problemsEn} — per {ruleSet}.',
      },
    },
    source: 'HD 05-HD/VPTW Phụ lục 2; HD 36-HD/VPTW Phụ lục 3; NĐ 30/2020/NĐ-CP Phụ lục I',
    bulkSafe: true,
  },
  checkDocument(ctx) {
    const { analysis, profile } = presentationContext(ctx);
    if (!profile || analysis.appendix) return;
    checkParts(ctx, headerParts(analysis, profile));
  },
};
