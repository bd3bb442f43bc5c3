import { createDocument } from '../../../../src/core/model';
import { needsFigures } from '../../../../src/core/rules/structure/needsFigures';
import { runRules } from '../../../../src/core/runner';
import { ruleTester } from '../../../helpers/ruleTester';

const nq23 = { templateId: 'nq23-tong-ket-20-nam' };
const heading = '1. Công tác lãnh đạo, chỉ đạo, quán triệt và triển khai thực hiện';
const vague =
  'Đảng ủy đã quán triệt Nghị quyết số 23-NQ/TW ngày 12/3/2003 đến toàn thể cán bộ, đảng viên trong năm 2022.';
const withCount = 'Đảng ủy đã tổ chức 03 hội nghị quán triệt Nghị quyết số 23-NQ/TW.';
const withRate = 'Đảng viên tham gia học tập đạt tỷ lệ 98,5%.';
const inWords = 'Đảng ủy đã tổ chức hai lần học tập Nghị quyết cho cán bộ, đảng viên.';

ruleTester(needsFigures, {
  valid: [
    { name: 'a count', doc: ['II- KẾT QUẢ 20 NĂM', heading, withCount, '2. Kết quả lãnh đạo', vague], config: nq23 },
    { name: 'a percentage', doc: ['II- KẾT QUẢ 20 NĂM', heading, vague, withRate], config: nq23 },
    { name: 'a number in words before a counting unit', doc: ['II- KẾT QUẢ 20 NĂM', heading, inWords], config: nq23 },
    {
      name: "an empty section is empty-section's finding",
      doc: ['II- KẾT QUẢ 20 NĂM', heading, '2. Kết quả lãnh đạo', vague],
      config: nq23,
    },
    {
      name: 'sections without the request need no figures',
      doc: ['III- ĐÁNH GIÁ CHUNG', '1. Ưu điểm', vague],
      config: nq23,
    },
    { name: 'empty document', doc: [], config: nq23 },
  ],
  invalid: [
    {
      name: 'only document numbers, dates and years',
      doc: ['II- KẾT QUẢ 20 NĂM', heading, vague, '2. Kết quả lãnh đạo', withCount],
      config: nq23,
      findings: [{ paragraph: 1, start: 3, text: heading.slice(3), messageId: 'noFigures' }],
    },
    {
      name: 'the numbers of items in a numbered list are not figures',
      doc: [
        'II- KẾT QUẢ 20 NĂM',
        heading,
        '1.1. Quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên và người lao động của cơ quan bằng nhiều hình thức phù hợp.',
        '1.2. Tổ chức học tập theo chuyên đề, gắn việc học tập Nghị quyết với thực hiện nhiệm vụ chính trị của cơ quan, đơn vị.',
      ],
      config: nq23,
      findings: [{ paragraph: 1, messageId: 'noFigures' }],
    },
  ],
});

describe('needs-figures message', () => {
  it('quotes what the outline asks for', () => {
    const [finding] = runRules(createDocument(['II- KẾT QUẢ 20 NĂM', heading, vague]), [needsFigures], nq23);
    expect(finding.message.vi).toBe(
      'Phần “Công tác lãnh đạo, chỉ đạo, quán triệt và triển khai thực hiện” chưa có số liệu cụ thể; đề cương (mục II.1) yêu cầu: nêu cụ thể hình thức và số lần tổ chức, số lượng, tỷ lệ đảng viên, quần chúng tham gia học tập',
    );
  });
});
