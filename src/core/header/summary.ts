import type { LocalizedText } from '../i18n';
import type { RuleSetId } from './ruleSet';

/** A trích yếu the rule set prefers, with why; shown next to the field, applied only when the user asks. */
export interface SummarySuggestion {
  text: string;
  reason: LocalizedText;
  source: string;
}

const VV = /^V\s*\/\s*v\.?(?![\p{L}])\s*/iu;
const VE_VIEC = /^về\s+việc(?![\p{L}])\s*/iu;

/**
 * What a công văn's trích yếu should start with under each rule set:
 * - HD 05 (Party, from 27/5/2026): "về việc …" written out, no "V/v" (điểm 5.2.3: "Số 686-CV/VPTU / về việc chuẩn
 *   bị hội nghị …"; Phụ lục 2 gives the same example).
 * - HD 36 (Party, before 27/5/2026): the guide sets nothing (its example has neither form): no suggestion.
 * - NĐ 30 (State): "V/v …" (Phụ lục I, công văn).
 * Returns undefined when the text already fits or the rule set says nothing.
 */
export function summarySuggestion(ruleSet: RuleSetId, summary: string): SummarySuggestion | undefined {
  const text = summary.trim();
  if (!text) return undefined;
  const bare = text.replace(VV, '').replace(VE_VIEC, '');
  if (!bare) return undefined;
  if (ruleSet === 'hd05') {
    if (VE_VIEC.test(text) && !VV.test(text)) return undefined;
    const vv = VV.test(text);
    return {
      text: `về việc ${bare}`,
      reason: vv
        ? {
            vi: 'HD 05 ghi trích yếu công văn là “về việc …”, không viết tắt “V/v”.',
            en: 'HD 05 writes a công văn summary as “về việc …”, not the abbreviation “V/v”.',
          }
        : {
            vi: 'HD 05 ghi trích yếu công văn bắt đầu bằng “về việc …”.',
            en: 'HD 05 starts a công văn summary with “về việc …”.',
          },
      source: 'HD 05-HD/VPTW điểm 5.2.3',
    };
  }
  if (ruleSet === 'nd30') {
    if (VV.test(text) && /^V\/v /u.test(text)) return undefined;
    return {
      text: `V/v ${bare}`,
      reason: {
        vi: 'Nghị định 30 ghi trích yếu công văn sau chữ viết tắt “V/v”.',
        en: 'Decree 30 writes a công văn summary after the abbreviation “V/v”.',
      },
      source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I',
    };
  }
  return undefined;
}
