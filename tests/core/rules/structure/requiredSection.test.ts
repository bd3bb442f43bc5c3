import { createDocument, type Paragraph } from '../../../../src/core/model';
import { requiredSection } from '../../../../src/core/rules/structure/requiredSection';
import { runRules } from '../../../../src/core/runner';
import { ruleTester } from '../../../helpers/ruleTester';

const generic = { templateId: 'bao-cao-tong-ket' };
const plan = { templateId: 'ke-hoach' };
const body =
  'Trong năm, cơ quan đã triển khai đầy đủ các nhiệm vụ được giao, bảo đảm tiến độ và chất lượng theo kế hoạch đề ra từ đầu năm.';
const bold = (text: string): Paragraph => ({ text, font: { bold: true } });
const listItem = (listString: string, text: string): Paragraph => ({ text, isListItem: true, listString });

/** A report with every section of the generic template, with one part left out. */
function report(leaveOut?: string): string[] {
  const parts: Array<[string, string[]]> = [
    ['head', ['BÁO CÁO', 'Kết quả công tác năm 2023']],
    ['I', ['I. KẾT QUẢ THỰC HIỆN', body]],
    ['II', ['II. ĐÁNH GIÁ CHUNG']],
    ['II.1', ['1. Ưu điểm', body]],
    ['II.2', ['2. Hạn chế, khuyết điểm', body]],
    ['II.3', ['3. Bài học kinh nghiệm', body]],
    ['III', ['III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024', body]],
  ];
  return parts.filter(([id]) => id !== leaveOut && !(leaveOut === 'II' && id.startsWith('II.'))).flatMap(([, p]) => p);
}

ruleTester(requiredSection, {
  valid: [
    { name: 'a report with every required section', doc: report(), config: generic },
    {
      name: 'strengths and shortcomings under one heading, the others under other numbering',
      doc: [
        'I. KẾT QUẢ THỰC HIỆN',
        body,
        'II. ĐÁNH GIÁ',
        '1. Ưu điểm, hạn chế và nguyên nhân',
        body,
        'a) Bài học',
        body,
        'III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU',
        body,
      ],
      config: generic,
    },
    {
      name: 'headings in plain bold',
      doc: [
        'BÁO CÁO',
        body,
        bold('KẾT QUẢ THỰC HIỆN'),
        body,
        bold('ĐÁNH GIÁ CHUNG'),
        bold('Ưu điểm'),
        body,
        bold('Hạn chế'),
        body,
        bold('Bài học kinh nghiệm'),
        body,
        bold('NHIỆM VỤ, GIẢI PHÁP'),
        body,
      ],
      config: generic,
    },
    {
      name: 'headings numbered by Word lists',
      doc: [
        listItem('I.', 'Kết quả thực hiện'),
        body,
        listItem('II.', 'Đánh giá chung'),
        listItem('1.', 'Ưu điểm'),
        body,
        listItem('2.', 'Hạn chế'),
        body,
        listItem('3.', 'Bài học kinh nghiệm'),
        body,
        listItem('III.', 'Nhiệm vụ, giải pháp'),
        body,
      ],
      config: generic,
    },
    { name: 'a section the template does not require (IV. Kiến nghị) may be left out', doc: report(), config: generic },
    { name: 'no template and nothing to compare: the empty document', doc: [] },
  ],
  invalid: [
    {
      name: 'lessons learnt missing: an error at the place it belongs, with "insert it"',
      doc: report('II.3'),
      config: generic,
      findings: [{ paragraph: 9, start: 0, text: '', messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'the whole assessment missing: one finding naming its sub-sections',
      doc: report('II'),
      config: generic,
      findings: [{ paragraph: 4, messageId: 'missingWithChildren', severity: 'error' }],
    },
    {
      name: 'shortcomings missing from a report whose headings are plain bold',
      doc: [
        'BÁO CÁO',
        body,
        bold('KẾT QUẢ THỰC HIỆN'),
        body,
        bold('ĐÁNH GIÁ CHUNG'),
        bold('Ưu điểm'),
        body,
        bold('Bài học kinh nghiệm'),
        body,
        bold('NHIỆM VỤ, GIẢI PHÁP'),
        body,
      ],
      config: generic,
      findings: [{ paragraph: 7, messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'tasks missing from a report numbered by Word lists: before the closing lines',
      doc: [
        listItem('I.', 'Kết quả thực hiện'),
        body,
        listItem('II.', 'Đánh giá chung'),
        listItem('1.', 'Ưu điểm'),
        body,
        listItem('2.', 'Hạn chế'),
        body,
        listItem('3.', 'Bài học kinh nghiệm'),
        body,
        'Nơi nhận:',
        '- Lưu: VT.',
      ],
      config: generic,
      findings: [{ paragraph: 9, messageId: 'missing', severity: 'error' }],
    },
    {
      name: 'a section a plan template requires: a warning, not an error, at the end of the body',
      doc: ['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', body, 'II. NỘI DUNG', body],
      config: plan,
      findings: [{ paragraph: 4, start: body.length, messageId: 'missing', severity: 'warning' }],
    },
  ],
});

describe('required-section details', () => {
  it('names the section and its number in the outline', () => {
    const [finding] = runRules(createDocument(report('II.3')), [requiredSection], generic);
    expect(finding.message).toEqual({
      vi: 'Thiếu phần “Bài học kinh nghiệm” (mục II.3 của đề cương).',
      en: 'Missing section “Bài học kinh nghiệm” (item II.3 of the outline).',
    });
  });

  it('offers to insert the section where the template puts it, before the next section', () => {
    const doc = createDocument(report('II.3'));
    const [finding] = runRules(doc, [requiredSection], generic);
    const insert = finding.fix?.find((e) => e.kind === 'insertBlock');
    expect(insert).toBeDefined();
    if (insert?.kind !== 'insertBlock') throw new Error('no insertion');
    expect(insert.position).toEqual({ at: 'afterParagraph', paragraph: 8, expected: body });
    expect(insert.items[0]).toMatchObject({ kind: 'paragraph', text: '3. Bài học kinh nghiệm' });
  });

  it('lists the sub-sections of a missing section', () => {
    const [finding] = runRules(createDocument(report('II')), [requiredSection], generic);
    expect(finding.message.vi).toBe('Thiếu phần “Đánh giá chung” (mục II của đề cương, gồm các mục II.1, II.2, II.3).');
  });

  it('the empty document checked against a chosen template: every required section, at the start, no crash', () => {
    const findings = runRules(createDocument([]), [requiredSection], generic);
    const byLabel = findings
      .map((f) => [f.data?.label, f.paragraph, f.severity])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byLabel).toEqual([
      ['I', 0, 'warning'],
      ['II', 0, 'error'],
      ['III', 0, 'error'],
    ]);
  });

  it('a report that matches no template is warned of its four core sections, before the closing lines', () => {
    const doc = createDocument(['BÁO CÁO', 'Về một việc', 'I. TÌNH HÌNH CHUNG', body, 'Nơi nhận:']);
    const findings = runRules(doc, [requiredSection]);
    expect(findings.map((f) => [f.messageId, f.paragraph, f.severity, f.message.vi])).toEqual([
      ['missingCore', 4, 'warning', 'Báo cáo thiếu phần “Ưu điểm”.'],
      ['missingCore', 4, 'warning', 'Báo cáo thiếu phần “Hạn chế”.'],
      ['missingCore', 4, 'warning', 'Báo cáo thiếu phần “Bài học kinh nghiệm”.'],
      ['missingCore', 4, 'warning', 'Báo cáo thiếu phần “Nhiệm vụ”.'],
    ]);
    expect(findings[0].message.en).toBe('The report has no “Strengths” section.');
  });

  it('the same report checked against a template the user chose: the core sections are errors', () => {
    const doc = createDocument(['BÁO CÁO', 'Về một việc', 'I. TÌNH HÌNH CHUNG', body, 'Nơi nhận:']);
    const core = runRules(doc, [requiredSection], generic).filter((f) => f.messageId !== 'missing');
    expect(core.length).toBeGreaterThan(0);
    expect(core.every((f) => f.severity === 'error')).toBe(true);
  });

  it('a template picked automatically gives warnings only, and nothing when the match is weak', () => {
    const full = report('II.3');
    const chosen = runRules(createDocument(full), [requiredSection], generic);
    const auto = runRules(createDocument(full), [requiredSection]);
    expect(chosen.some((f) => f.severity === 'error')).toBe(true);
    expect(auto.length).toBeGreaterThan(0);
    expect(auto.every((f) => f.severity !== 'error')).toBe(true);
    // A weak likeness (two generic headings of a report) is no template to hold a document to.
    const weak = createDocument(['I. TÌNH HÌNH', body, 'II. KIẾN NGHỊ', body]);
    expect(runRules(weak, [requiredSection]).filter((f) => f.messageId !== 'missingCore')).toEqual([]);
  });

  it('a law or decree gets no report outline at all', () => {
    const law = createDocument([
      'LUẬT',
      'THƯ VIỆN',
      'Chương I',
      'NHỮNG QUY ĐỊNH CHUNG',
      'Điều 1. Phạm vi điều chỉnh',
      'Luật này quy định về kết quả, ưu điểm, hạn chế của hoạt động thư viện.',
      'Điều 2. Nhiệm vụ',
      body,
    ]);
    expect(runRules(law, [requiredSection])).toEqual([]);
  });

  it('a short report with no headings and no template is not held to the core sections', () => {
    expect(
      runRules(createDocument(['BÁO CÁO', 'Về việc tiếp công dân', body, 'Nơi nhận:']), [requiredSection]),
    ).toEqual([]);
  });
});

describe('required-section: a section found at any heading level', () => {
  it('counts "1. Về kết quả thực hiện" under "I. …" as the template’s top-level section', () => {
    const doc = createDocument([
      'BÁO CÁO',
      'Kết quả công tác năm 2023',
      'I. TÌNH HÌNH VÀ KẾT QUẢ',
      '1. Về kết quả thực hiện',
      body,
      '2. Đánh giá chung',
      'a) Ưu điểm',
      body,
      'b) Hạn chế, khuyết điểm',
      body,
      'c) Bài học kinh nghiệm',
      body,
      'II. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP',
      body,
    ]);
    expect(runRules(doc, [requiredSection], generic).map((f) => f.message.vi)).toEqual([]);
  });

  it('still reports the section when no heading at any level matches it (true positive)', () => {
    const doc = createDocument([
      'BÁO CÁO',
      'Kết quả công tác năm 2023',
      'I. TÌNH HÌNH',
      '1. Về kết quả thực hiện',
      body,
      'II. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP',
      body,
    ]);
    const missing = runRules(doc, [requiredSection], generic).map((f) => f.message.vi);
    expect(missing.some((m) => m.includes('Đánh giá chung'))).toBe(true);
  });
});
