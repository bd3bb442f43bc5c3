import { capitalizationConsistency } from '../../../src/core/rules/typo/capitalizationConsistency';
import { toneStyleMix } from '../../../src/core/rules/typo/toneStyleMix';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(toneStyleMix, {
  valid: [
    { name: 'all new style', doc: ['Tỉnh uỷ chỉ đạo công nghiệp hoá.', 'Đảng uỷ khoá mới.'] },
    { name: 'all old style', doc: ['Tỉnh ủy chỉ đạo công nghiệp hóa.', 'Đảng ủy khóa mới.'] },
    { name: 'no word where the styles differ', doc: ['hoàn thành, quyết định'] },
  ],
  invalid: [
    {
      name: 'minority flagged, fixed to the majority',
      doc: ['Tỉnh uỷ, Đảng uỷ, công nghiệp hoá.', 'Trung ương Đảng khóa IX'],
      findings: [{ text: 'khóa', paragraph: 1, messageId: 'mixed', severity: 'info', suggestions: ['khoá'] }],
      output: ['Tỉnh uỷ, Đảng uỷ, công nghiệp hoá.', 'Trung ương Đảng khoá IX'],
    },
    {
      name: 'office preference applies even without mixing',
      doc: 'Ủy ban nhân dân và Thủy lợi',
      config: { toneStyle: 'new' },
      findings: [{ text: 'Ủy', messageId: 'preferred' }, { text: 'Thủy' }],
      output: 'Uỷ ban nhân dân và Thuỷ lợi',
    },
  ],
});

ruleTester(capitalizationConsistency, {
  valid: [
    { name: 'consistent', doc: ['Đảng ủy chỉ đạo.', 'Ý kiến của Đảng ủy và Nhân dân, vì Nhân dân.'] },
    {
      name: 'sentence starts and capitals lines do not count',
      doc: ['Nhân dân tin tưởng.', 'NHÂN DÂN', 'vì nhân dân, cho nhân dân'],
    },
    {
      name: 'names of bodies keep their lower-case "nhân dân" (both tone styles)',
      doc: [
        'Ý kiến của Nhân dân được Ủy ban nhân dân tỉnh và Hội đồng nhân dân xã tiếp thu.',
        'Uỷ ban nhân dân huyện, vì Nhân dân.',
      ],
    },
  ],
  invalid: [
    {
      doc: ['Ý kiến của Nhân dân, đời sống Nhân dân.', 'đối thoại với nhân dân.'],
      findings: [{ text: 'nhân dân', paragraph: 1, severity: 'info', suggestions: ['Nhân dân'] }],
      output: ['Ý kiến của Nhân dân, đời sống Nhân dân.', 'đối thoại với Nhân dân.'],
    },
    {
      name: 'second word of a name',
      doc: ['Ban Thường vụ Đảng ủy họp.', 'Ý kiến của Đảng Ủy và Đảng ủy.'],
      findings: [{ text: 'Đảng Ủy', paragraph: 1 }],
      output: ['Ban Thường vụ Đảng ủy họp.', 'Ý kiến của Đảng ủy và Đảng ủy.'],
    },
  ],
});
