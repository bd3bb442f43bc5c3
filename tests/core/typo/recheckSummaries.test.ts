/**
 * Document rules aggregate per-paragraph summaries kept with each paragraph's text: a re-check after one edit,
 * with an AnalysisCache, must report exactly what a full check of the edited document reports.
 */
import { createDocument, type DocumentModel } from '../../../src/core/model';
import { typoRules } from '../../../src/core/rules/typo';
import { AnalysisCache, runRules } from '../../../src/core/runner';

const PARAGRAPHS = [
  'I. KẾT QUẢ THỰC HIỆN',
  'Đảng ủy cơ quan lãnh đạo thực hiện nghị quyết. tăng cường hòa giải ở cơ sở, kỳ họp thứ nhất.',
  'Ban Chấp Hành Trung Ương và Đảng Ủy Khối chỉ đạo công tác hoà giải; học kì này thực hiện Các nhiệm vụ.',
  'Thực hiện khoản 2 Điều 5 và Khoản 3 điều 7 Luật Ngân sách nhà nước; Luật Ngân Sách Nhà nước năm 2015.',
  'Phát Huy Sức Mạnh Đại Đoàn Kết toàn dân; phát huy sức mạnh của khối đại đoàn kết.',
  'Đảng ủy Khối ban hành Nghị quyết số 12-NQ/ĐU, ngày 15/9/2024 về lý luận chính trị, lí luận và thực tiễn.',
];

const edit = (doc: DocumentModel, index: number, text: string): DocumentModel => {
  const paragraphs = doc.paragraphs.slice();
  paragraphs[index] = { ...paragraphs[index], text };
  return { ...doc, paragraphs };
};
const documentRuleIds = new Set(typoRules.filter((r) => r.checkDocument).map((r) => r.meta.id));
const ofDocumentRules = (fs: ReturnType<typeof runRules>) => fs.filter((f) => documentRuleIds.has(f.ruleId));

describe('typo document rules across re-checks', () => {
  it('report after an edit what a full check of the edited document reports', () => {
    const doc = createDocument([...PARAGRAPHS, ...PARAGRAPHS]);
    const cache = new AnalysisCache();
    const first = runRules(doc, typoRules, {}, { cache });
    expect(ofDocumentRules(first)).toEqual(ofDocumentRules(runRules(doc, typoRules)));
    const edits: Array<[number, string]> = [
      [2, 'Ban Chấp hành Trung ương và Đảng ủy Khối chỉ đạo công tác hòa giải; học kỳ này thực hiện các nhiệm vụ.'],
      [7, 'Đảng Ủy cơ quan lãnh đạo. Kỳ họp thứ hai hoà giải.'],
      [10, 'Phát huy sức mạnh đại đoàn kết toàn dân.'],
      [3, 'Thực hiện khoản 2 Điều 5.'],
    ];
    let current = doc;
    for (const [index, text] of edits) {
      current = edit(current, index, text);
      const rechecked = runRules(current, typoRules, {}, { cache, paragraphs: [index] });
      const full = runRules(current, typoRules);
      expect(ofDocumentRules(rechecked)).toEqual(ofDocumentRules(full));
      // The edit changes what the document rules find (otherwise the test would prove nothing).
      expect(ofDocumentRules(full)).not.toEqual(ofDocumentRules(runRules(doc, typoRules)));
    }
  });
});
