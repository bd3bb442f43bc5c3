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
    { name: 'generic and specific: đảng ủy', doc: ['Các đảng ủy cơ sở thực hiện.', 'Ý kiến của Đảng ủy Khối.'] },
    {
      name: 'generic and specific: nhà nước',
      doc: ['Xây dựng nhà nước pháp quyền, chi ngân sách nhà nước.', 'Chính sách do Nhà nước ban hành, của Nhà nước.'],
    },
    {
      name: 'generic and specific: trung ương after different words',
      doc: ['Tỉnh, thành phố trực thuộc trung ương.', 'Nghị quyết của Trung ương.'],
    },
    { name: 'a capital and a verb are not one name', doc: ['Bộ Công an phối hợp.', 'nơi lãnh đạo Bộ công tác.'] },
  ],
  invalid: [
    {
      doc: ['Ý kiến của Nhân dân, đời sống Nhân dân.', 'đối thoại với nhân dân.'],
      findings: [{ text: 'nhân dân', paragraph: 1, severity: 'info', messageId: 'rule' }],
      output: ['Ý kiến của Nhân dân, đời sống Nhân dân.', 'đối thoại với Nhân dân.'],
    },
    {
      name: 'the same phrase both ways: majority wins when no rule applies',
      doc: ['Các tỉnh, thành phố trực thuộc Trung ương; thành phố trực thuộc Trung ương.', 'trực thuộc trung ương.'],
      findings: [{ text: 'trung ương', paragraph: 1, messageId: 'inconsistent' }],
      output: ['Các tỉnh, thành phố trực thuộc Trung ương; thành phố trực thuộc Trung ương.', 'trực thuộc Trung ương.'],
    },
    {
      name: 'the rule wins over the majority',
      doc: ['Hộ gia đình được nhà nước giao đất.', 'Theo quy định của nhà nước.', 'Chính sách của Nhà nước.'],
      findings: [
        { text: 'nhà nước', paragraph: 0, messageId: 'rule' },
        { text: 'nhà nước', paragraph: 1, messageId: 'rule' },
      ],
      output: ['Hộ gia đình được Nhà nước giao đất.', 'Theo quy định của Nhà nước.', 'Chính sách của Nhà nước.'],
    },
    {
      name: 'the name of a law capitalises its first syllable',
      doc: ['Theo Luật Ngân sách nhà nước.', 'Theo Luật ngân sách nhà nước và Luật ngân sách nhà nước.'],
      findings: [
        { text: 'Luật ngân', paragraph: 1, messageId: 'rule' },
        { text: 'Luật ngân', paragraph: 1, messageId: 'rule' },
      ],
      output: ['Theo Luật Ngân sách nhà nước.', 'Theo Luật Ngân sách nhà nước và Luật Ngân sách nhà nước.'],
    },
    {
      name: 'second word of a two-word name',
      doc: ['Hội Cựu chiến binh tỉnh họp.', 'Ý kiến của Hội Cựu chiến binh và Hội cựu chiến binh.'],
      findings: [{ text: 'Hội cựu', paragraph: 1 }],
      output: ['Hội Cựu chiến binh tỉnh họp.', 'Ý kiến của Hội Cựu chiến binh và Hội Cựu chiến binh.'],
    },
  ],
});
