import { bracketSpacing } from '../../../src/core/rules/typo/bracketSpacing';
import { dashSpacing } from '../../../src/core/rules/typo/dashSpacing';
import { headingNumberSpace } from '../../../src/core/rules/typo/headingNumberSpace';
import { leadingPunctuation } from '../../../src/core/rules/typo/leadingPunctuation';
import { missingSpaceAfterPunctuation } from '../../../src/core/rules/typo/missingSpaceAfterPunctuation';
import { quoteStyle } from '../../../src/core/rules/typo/quoteStyle';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(dashSpacing, {
  valid: [
    'Nhiệm kỳ 2021 - 2026 và giai đoạn 2021-2025, 2024–2025.',
    'Phát triển kinh tế - xã hội; Độc lập - Tự do - Hạnh phúc.',
    'Bộ Lao động – Thương binh và Xã hội; Căm-pu-chi-a; Mát-xcơ-va.',
    { name: 'a symbol is the symbol rule’s business', doc: 'Thông tư số 17/2003/TTLT-LĐTBXH- TWĐTNCSHCM' },
    { name: 'list markers at the start', doc: ['- Nội dung thứ nhất;', '-Nội dung thứ hai;', '+ Ý phụ'] },
    { name: 'minus sign before a number', doc: 'Nhiệt độ từ -5 đến 10 độ.' },
    { name: 'Party heading numbers', doc: ['I- Tình hình chung', 'IV- Phương hướng', 'a- Nội dung'] },
  ],
  invalid: [
    {
      name: 'year range, space before the dash',
      doc: 'Nhiệm kỳ 2021 -2026.',
      findings: [{ text: '2021 -2026', messageId: 'range', severity: 'warning' }],
      output: 'Nhiệm kỳ 2021-2026.',
    },
    {
      name: 'range with an en dash, space after it',
      doc: 'Năm học 2024– 2025.',
      findings: [{ text: '2024– 2025', messageId: 'range' }],
      output: 'Năm học 2024–2025.',
    },
    {
      name: 'compound with one space',
      doc: 'Tình hình kinh tế -xã hội và an ninh- quốc phòng.',
      findings: [
        { text: ' -', messageId: 'words' },
        { text: '- ', messageId: 'words' },
      ],
      output: 'Tình hình kinh tế - xã hội và an ninh - quốc phòng.',
    },
    {
      name: 'name and title',
      doc: 'Đồng chí Nguyễn Văn An- Bí thư Đảng uỷ.',
      findings: [{ text: '- ' }],
      output: 'Đồng chí Nguyễn Văn An - Bí thư Đảng uỷ.',
    },
  ],
});

ruleTester(headingNumberSpace, {
  valid: [
    'II. Kết quả thực hiện',
    '1. Về công tác chính trị',
    'a) Tổ chức thực hiện',
    { name: 'abbreviations and numbers', doc: ['TP.HCM là đô thị lớn.', 'II.HCM', '1.5 lần', 'C.Mác và Ph.Ăngghen'] },
    { name: 'not at the start of the paragraph', doc: 'Theo mục II.Kết quả của báo cáo' },
  ],
  invalid: [
    {
      doc: 'II.Kết quả thực hiện',
      findings: [{ text: 'II.K', messageId: 'missing', severity: 'warning' }],
      output: 'II. Kết quả thực hiện',
    },
    { doc: '2.1.Nội dung', findings: [{ text: '2.1.N' }], output: '2.1. Nội dung' },
    { doc: 'b)Tổ chức', findings: [{ text: 'b)T' }], output: 'b) Tổ chức' },
    { doc: 'I.VIẾT HOA VÌ PHÉP ĐẶT CÂU', findings: [{ text: 'I.V' }], output: 'I. VIẾT HOA VÌ PHÉP ĐẶT CÂU' },
  ],
});

describe('missing-space-after-punctuation leaves heading numbers to heading-number-space', () => {
  ruleTester(missingSpaceAfterPunctuation, {
    valid: ['1.Về công tác', 'Hồ sơ số 01.TCCB'],
    invalid: [{ doc: '1. Về xã.Trong năm', findings: [{ text: 'xã.Trong' }] }],
  });
});

ruleTester(leadingPunctuation, {
  valid: [
    '- Nội dung',
    '+ Ý phụ',
    '• Ý khác',
    '“Điều 5 được sửa đổi như sau',
    '(1) Kết quả',
    '...',
    '……………',
    './.',
    { name: 'a colon alone in a table cell', doc: ':' },
    '...và các nội dung khác',
  ],
  invalid: [
    { doc: ', đồng thời triển khai', findings: [{ text: ',', messageId: 'leading', severity: 'warning' }] },
    { doc: '. Kết quả đạt được', findings: [{ text: '.' }] },
    { doc: '  ; các cấp uỷ', findings: [{ text: ';', start: 2 }] },
  ],
});

ruleTester(bracketSpacing, {
  valid: [
    'Ủy ban nhân dân (UBND) tỉnh và “Nhà nước” ban hành.',
    { name: 'list markers', doc: ['a)Tổ chức', '1)Nội dung'] },
    'Điểm a) khoản 2; (các) đơn vị.',
    '(UBND), (HĐND).',
  ],
  invalid: [
    {
      doc: 'Ủy ban nhân dân(UBND)tỉnh',
      findings: [
        { text: 'n(', messageId: 'beforeOpening' },
        { text: ')t', messageId: 'afterClosing' },
      ],
      output: 'Ủy ban nhân dân (UBND) tỉnh',
    },
    {
      doc: 'gọi là“Nhà nước”ban hành',
      findings: [{ text: 'à“' }, { text: '”b' }],
      output: 'gọi là “Nhà nước” ban hành',
    },
  ],
});

ruleTester(quoteStyle, {
  valid: [
    { name: 'curly only', doc: ['Phong trào “Đền ơn đáp nghĩa”.', 'Cụm từ “Sở Tư pháp”.'] },
    { name: 'straight only', doc: ['Phong trào "Đền ơn đáp nghĩa".', 'Cụm từ "Sở Tư pháp".'] },
    'no quotes at all',
  ],
  invalid: [
    {
      name: 'straight pair in a curly document',
      doc: ['Phong trào “Đền ơn đáp nghĩa”, “Uống nước nhớ nguồn”.', 'Cụm từ "Sở Tư pháp".'],
      findings: [
        { text: '"', paragraph: 1, messageId: 'mixed', severity: 'info' },
        { text: '"', paragraph: 1 },
      ],
      output: ['Phong trào “Đền ơn đáp nghĩa”, “Uống nước nhớ nguồn”.', 'Cụm từ “Sở Tư pháp”.'],
    },
    {
      name: 'an odd straight quote is reported without a fix',
      doc: ['“A” và “B”.', 'Cụm từ "Sở Tư pháp” bị lẫn.'],
      findings: [{ text: '"', paragraph: 1 }],
      output: ['“A” và “B”.', 'Cụm từ "Sở Tư pháp” bị lẫn.'],
    },
    {
      name: 'curly minority in a straight document',
      doc: ['"A", "B", "C".', 'phong trào “D”'],
      findings: [{ text: '“' }, { text: '”' }],
      output: ['"A", "B", "C".', 'phong trào "D"'],
    },
  ],
});
