import lexiconData from '../../../src/core/data/lexicon/lexicon.json';
import { decodeLexicon, setLexicon } from '../../../src/core/lexicon';
import { checkDocument } from '../../../src/core/check';
import { createDocument } from '../../../src/core/model';
import { knownConfusion } from '../../../src/core/rules/typo/knownConfusion';
import { realWord } from '../../../src/core/rules/typo/realWord';
import { runRules } from '../../../src/core/runner';
import { ruleTester } from '../../helpers/ruleTester';

setLexicon(decodeLexicon(lexiconData.data));
afterAll(() => setLexicon(null));

ruleTester(realWord, {
  valid: [
    // The correct forms of the slips below.
    'Báo cáo kết quả thực hiện nhiệm vụ năm 2025.',
    'Tăng cường công tác kiểm tra, giám sát việc thực hiện nghị quyết.',
    'Đẩy mạnh cải cách hành chính trong toàn tỉnh.',
    'Cơ quan có thẩm quyền giải quyết khiếu nại theo quy định.',
    // Rare in legal text but right: an alternative one edit away must not win on frequency alone.
    'Người dân di tản khỏi vùng lũ.',
    'Hội nghị họp trong căn phòng nhỏ.',
    // A name: capitalised in mid-sentence.
    'Đồng chí Nguyễn Văn Thục, Phó Chủ tịch tỉnh, dự họp.',
    // Capitals: a heading tells nothing about case or names.
    'BÁO CÁO KẾT QUẢ THỤC HIỆN NHIỆM VỤ',
    // Written twice in one document: meant, not slipped.
    { name: 'written twice', doc: ['Kết quả thục hiện đợt một.', 'Kết quả thục hiện đợt hai.'] },
    // The office's own word list.
    { doc: 'Báo cáo kết quả thục hiện nhiệm vụ.', config: { exceptions: ['thục'] } },
    // The curated list (known-confusion) has this slip: it reports it, not this rule.
    'Tổ chức thực nhiện nghiêm túc các nội dung.',
  ],
  invalid: [
    {
      doc: 'Báo cáo kết quả thục hiện nhiệm vụ năm 2025.',
      findings: [{ text: 'thục', severity: 'error', suggestions: ['thực'] }],
      output: 'Báo cáo kết quả thực hiện nhiệm vụ năm 2025.',
    },
    {
      doc: 'Tăng cường công tác kiểm tra, giám xát việc thực hiện nghị quyết.',
      findings: [{ text: 'xát', severity: 'warning', messageId: 'realWord' }],
      output: 'Tăng cường công tác kiểm tra, giám sát việc thực hiện nghị quyết.',
    },
    {
      doc: 'Đẩy mạnh cải cách hành chinh trong toàn tỉnh.',
      findings: [{ text: 'chinh', severity: 'warning' }],
      output: 'Đẩy mạnh cải cách hành chính trong toàn tỉnh.',
    },
    {
      name: 'sound-alike initial d/gi',
      doc: 'Cơ quan có thẩm quyền dải quyết khiếu nại theo quy định.',
      findings: [{ text: 'dải', suggestions: ['giải'] }],
    },
    {
      name: 'a slip in a later paragraph',
      doc: ['Kính gửi: Ủy ban nhân dân tỉnh.', 'Tăng cường kiểm tra, giám xát việc thực hiện.'],
      findings: [{ paragraph: 1, text: 'xát', suggestions: ['sát'] }],
    },
  ],
});

describe('real-word without a lexicon', () => {
  const doc = createDocument(['Báo cáo kết quả thục hiện nhiệm vụ.']);
  it('does not run, and the check lists it as not evaluated (missing the lexicon)', () => {
    setLexicon(null);
    try {
      expect(runRules(doc, [realWord])).toEqual([]);
      expect(checkDocument(doc, {}, [realWord]).notEvaluated).toEqual([
        { ruleId: 'real-word', description: realWord.meta.description, missing: ['lexicon'] },
      ]);
    } finally {
      setLexicon(decodeLexicon(lexiconData.data));
    }
  });
  it('runs and is evaluated once the lexicon is there', () => {
    const result = checkDocument(doc, {}, [realWord]);
    expect(result.notEvaluated).toEqual([]);
    expect(result.findings.map((f) => f.text)).toEqual(['thục']);
  });
});

describe('real-word beside the curated list', () => {
  it('leaves a slip the curated list reports to it: one finding per span', () => {
    const findings = runRules(createDocument(['Tổ chức thực nhiện nghiêm túc các nội dung.']), [
      knownConfusion,
      realWord,
    ]);
    expect(findings.map((f) => f.ruleId)).toEqual(['known-confusion']);
  });
});
