import { createDocument } from '../../../../src/core/model';
import { leftoverGuidance } from '../../../../src/core/rules/structure/leftoverGuidance';
import { runRules } from '../../../../src/core/runner';
import { Tags } from '../../../../src/core/tags';
import { ruleTester } from '../../../helpers/ruleTester';

const nq23 = { templateId: 'nq23-tong-ket-20-nam' };
const body =
  'Đảng ủy đã tổ chức 03 hội nghị quán triệt cho 120 đảng viên, đạt tỷ lệ 98%, bảo đảm mọi cán bộ nắm vững tinh thần Nghị quyết.';
const awareness =
  '- Đánh giá về việc nâng cao nhận thức của cán bộ, đảng viên và quần chúng về phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh.';
const instruction = '(nêu cụ thể hình thức và số lần tổ chức, số lượng, tỷ lệ đảng viên, quần chúng tham gia học tập)';
const placeholder = (sectionId: string, text = '') => ({
  text,
  controlTag: Tags.guide('nq23-tong-ket-20-nam', sectionId),
  showsPlaceholder: true,
});

ruleTester(leftoverGuidance, {
  valid: [
    {
      name: 'written content',
      doc: ['II- KẾT QUẢ 20 NĂM THỰC HIỆN NGHỊ QUYẾT', '1. Công tác lãnh đạo, chỉ đạo', body],
      config: nq23,
    },
    {
      name: 'a guidance line kept as a lead-in with content under it',
      doc: ['1. Công tác lãnh đạo, chỉ đạo, quán triệt và triển khai thực hiện', awareness, body, '2. Kết quả', body],
      config: nq23,
    },
    {
      name: 'a guidance control the writer has filled in',
      doc: [
        '1. Công tác lãnh đạo',
        { text: body, controlTag: Tags.guide('nq23-tong-ket-20-nam', 'II.1'), showsPlaceholder: false },
      ],
      config: nq23,
    },
    {
      name: 'a short topic of the guidance reused as a label',
      doc: ['2.1- Định hướng chính sách', '- Phát triển các thành phần kinh tế.', '2.2- Giai cấp', body],
      config: nq23,
    },
    { name: 'empty document', doc: [], config: nq23 },
  ],
  invalid: [
    {
      name: 'a guidance placeholder still showing',
      doc: [
        '1. Công tác lãnh đạo, chỉ đạo, quán triệt và triển khai thực hiện',
        placeholder('II.1', 'Việc tổ chức quán triệt …'),
        '2. Kết quả',
        body,
      ],
      config: nq23,
      findings: [{ paragraph: 1, start: 0, text: 'Việc tổ chức quán triệt …', messageId: 'placeholder' }],
    },
    {
      name: 'a placeholder is found without any template chosen (its tag names the template)',
      doc: [placeholder('III.3')],
      findings: [{ paragraph: 0, messageId: 'placeholder' }],
    },
    {
      name: 'a guidance line copied in with nothing written under it',
      doc: [
        '1. Công tác lãnh đạo, chỉ đạo, quán triệt và triển khai thực hiện',
        awareness,
        '2. Kết quả lãnh đạo',
        body,
      ],
      config: nq23,
      findings: [{ paragraph: 1, start: 0, text: awareness, messageId: 'copiedLine' }],
    },
    {
      name: 'the bracketed instruction left in a written paragraph: removed by the fix',
      doc: [
        '1. Công tác lãnh đạo',
        `- Việc tổ chức quán triệt và học tập Nghị quyết ${instruction}: đã tổ chức 03 hội nghị.`,
      ],
      config: nq23,
      findings: [{ paragraph: 1, text: instruction, messageId: 'instruction' }],
      output: ['1. Công tác lãnh đạo', '- Việc tổ chức quán triệt và học tập Nghị quyết: đã tổ chức 03 hội nghị.'],
    },
  ],
});

describe('leftover-guidance message', () => {
  it('names the section of the placeholder', () => {
    const [finding] = runRules(createDocument([placeholder('III.3')]), [leftoverGuidance]);
    expect(finding.message.vi).toBe('Phần “Bài học kinh nghiệm” còn lời hướng dẫn, chưa viết nội dung.');
  });
});
