import { createDocument } from '../../../../src/core/model';
import { sectionOrder } from '../../../../src/core/rules/structure/sectionOrder';
import { runRules } from '../../../../src/core/runner';
import { ruleTester } from '../../../helpers/ruleTester';

const generic = { templateId: 'bao-cao-tong-ket' };
const body =
  'Trong năm, cơ quan đã triển khai đầy đủ các nhiệm vụ được giao, bảo đảm tiến độ và chất lượng theo kế hoạch đề ra từ đầu năm.';
const bold = (text: string) => ({ text, font: { bold: true } });

const inOrder = [
  'I. KẾT QUẢ THỰC HIỆN',
  body,
  'II. ĐÁNH GIÁ CHUNG',
  '1. Ưu điểm',
  body,
  '2. Hạn chế',
  body,
  '3. Bài học kinh nghiệm',
  body,
  'III. NHIỆM VỤ, GIẢI PHÁP',
  body,
];
const tasksFirst = [
  'I. KẾT QUẢ THỰC HIỆN',
  body,
  'II. NHIỆM VỤ, GIẢI PHÁP',
  body,
  'III. ĐÁNH GIÁ CHUNG',
  '1. Ưu điểm',
  body,
  '2. Hạn chế',
  body,
  '3. Bài học kinh nghiệm',
  body,
];

ruleTester(sectionOrder, {
  valid: [
    { name: 'sections in the order of the template', doc: inOrder, config: generic },
    {
      name: 'missing sections are not an order problem',
      doc: ['I. KẾT QUẢ THỰC HIỆN', body, 'II. NHIỆM VỤ, GIẢI PHÁP', body],
      config: generic,
    },
    { name: 'empty document', doc: [], config: generic },
  ],
  invalid: [
    {
      name: 'tasks placed before the assessment',
      doc: tasksFirst,
      config: generic,
      findings: [{ paragraph: 2, start: 4, text: 'NHIỆM VỤ, GIẢI PHÁP', messageId: 'after' }],
    },
    {
      name: 'two sub-sections swapped, headings in plain bold',
      doc: [
        'BÁO CÁO',
        body,
        bold('KẾT QUẢ THỰC HIỆN'),
        body,
        bold('ĐÁNH GIÁ CHUNG'),
        bold('Hạn chế'),
        body,
        bold('Ưu điểm'),
        body,
      ],
      config: generic,
      findings: [{ paragraph: 5, text: 'Hạn chế', messageId: 'after' }],
    },
  ],
});

describe('section-order message', () => {
  it('says where the outline puts the section', () => {
    const [finding] = runRules(createDocument(tasksFirst), [sectionOrder], generic);
    expect(finding.message.vi).toBe(
      'Phần “Phương hướng, nhiệm vụ, giải pháp” (mục III của đề cương) không đúng thứ tự: đề cương đặt phần này sau “II.3. Bài học kinh nghiệm”.',
    );
  });
});
