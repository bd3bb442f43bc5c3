import { presentationContext } from '../../presentation/helpers';
import { checkParts, signatureParts } from '../../presentation/parts';
import type { Rule } from '../../rule';

/** Size and weight of the signing lines, the signer's name, "Nơi nhận:" and its list, per profile and rule set. */
export const signatureTypography: Rule = {
  meta: {
    id: 'signature-typography',
    category: 'format',
    defaultSeverity: 'error',
    requires: ['fonts'],
    description: { vi: 'Cỡ chữ, kiểu chữ phần ký và nơi nhận', en: 'Signature and recipients typography' },
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
    checkParts(ctx, signatureParts(analysis));
  },
};
