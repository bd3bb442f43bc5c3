import { doubleSpace } from '../../../src/core/rules/typo/doubleSpace';
import { spaceBeforePunctuation } from '../../../src/core/rules/typo/spaceBeforePunctuation';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(doubleSpace, {
  valid: [
    'Mặt trận Tổ quốc',
    '  thụt đầu dòng bằng dấu cách',
    'dấu cách cuối dòng  ',
    'a\t\tb',
    { name: 'a blank date in a draft', doc: 'Hà Nội, ngày      tháng      năm 2026' },
    { name: 'a blank number in a draft', doc: 'Số:      /QĐ-UBND' },
    { name: 'a blank Party number', doc: 'Số      -BC/ĐU' },
    { name: 'two spaces left for the day', doc: 'Lâm Đồng, ngày  tháng  năm 2026' },
  ],
  invalid: [
    { doc: 'Mặt  trận Tổ quốc', findings: [{ text: '  ', start: 3 }], output: 'Mặt trận Tổ quốc' },
    { doc: 'cơ quan,   Thanh tra', findings: [{ text: '   ' }], output: 'cơ quan, Thanh tra' },
    {
      name: 'a filled-in date with a doubled space is a slip',
      doc: 'Hà Nội, ngày 05  tháng 3 năm 2026',
      findings: [{ start: 15 }],
      output: 'Hà Nội, ngày 05 tháng 3 năm 2026',
    },
    { name: 'two spaces after "năm" before the year', doc: 'ngày 05 tháng 3 năm  2026', findings: [{ start: 19 }] },
    {
      name: 'no-break space mixed in',
      doc: 'kinh tế \u00a0xã hội',
      findings: [{ start: 7 }],
      output: 'kinh tế xã hội',
    },
  ],
});

ruleTester(spaceBeforePunctuation, {
  valid: [
    'kinh tế - xã hội',
    'các tổ chức ( đoàn thể )',
    'lúc 7 :30',
    'phiên bản .NET',
    'tôn giáo ...',
    'gửi Sở Nội vụ tổng hợp./.',
  ],
  invalid: [
    {
      doc: 'dẫn đến khó thực hiện .',
      findings: [{ text: ' .', messageId: 'spaceBefore' }],
      output: 'dẫn đến khó thực hiện.',
    },
    { doc: 'Hạn chế : chưa kịp thời', findings: [{ text: ' :' }], output: 'Hạn chế: chưa kịp thời' },
    {
      doc: 'công nhân , nông dân ; trí thức',
      findings: [{ text: ' ,' }, { text: ' ;' }],
      output: 'công nhân, nông dân; trí thức',
    },
    { doc: 'thật sao ?', findings: [{ text: ' ?' }], output: 'thật sao?' },
  ],
});
