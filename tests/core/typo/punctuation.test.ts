import { missingSpaceAfterPunctuation } from '../../../src/core/rules/typo/missingSpaceAfterPunctuation';
import { repeatedPunctuation } from '../../../src/core/rules/typo/repeatedPunctuation';
import { spaceInsideBrackets } from '../../../src/core/rules/typo/spaceInsideBrackets';
import { unbalancedBrackets } from '../../../src/core/rules/typo/unbalancedBrackets';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(missingSpaceAfterPunctuation, {
  valid: [
    'Ngày 04/10/2022, tỷ lệ đạt 3,5% và 1.000 người.',
    'T/M BAN THƯỜNG VỤ; K/T CHÁNH VĂN PHÒNG; V/v báo cáo',
    'Số 694-CV/ĐUK và Nghị quyết số 23-NQ/TW',
    'Tại TP.HCM và Tp.Hồ Chí Minh, T.Ư Đoàn',
    'Xem https://thuvienphapluat.vn/van-ban hoặc gửi thư tới vanthu@binhdinh.gov.vn',
    'gửi Sở Nội vụ tổng hợp./.',
    'lúc 8:30 sáng, tệp baocao.docx',
    'các tôn giáo, v.v.',
  ],
  invalid: [
    {
      doc: 'trên địa bàn xã.Trong thời gian tới',
      findings: [{ text: 'xã.Trong', messageId: 'missingSpace' }],
      output: 'trên địa bàn xã. Trong thời gian tới',
    },
    { doc: 'Xem mục 1.Về công tác', findings: [{ text: '1.Về' }], output: 'Xem mục 1. Về công tác' },
    { doc: 'Kính gửi:Các chi bộ', findings: [{ text: 'gửi:Các' }], output: 'Kính gửi: Các chi bộ' },
    {
      doc: 'công nhân,nông dân;trí thức',
      findings: [{ text: 'nhân,nông' }, { text: 'dân;trí' }],
      output: 'công nhân, nông dân; trí thức',
    },
  ],
});

ruleTester(spaceInsideBrackets, {
  valid: ['(đoàn thể)', '“dân biết, dân làm”', 'a) Ưu điểm', '"Dân biết, dân bàn"'],
  invalid: [
    {
      doc: 'các tổ chức ( đoàn thể )',
      findings: [
        { text: '( ', messageId: 'afterOpening' },
        { text: ' )', messageId: 'beforeClosing' },
      ],
      output: 'các tổ chức (đoàn thể)',
    },
    { doc: 'phương châm “ dân biết ”', findings: [{ text: '“ ' }, { text: ' ”' }], output: 'phương châm “dân biết”' },
    { doc: 'phương châm " dân biết "', findings: [{ start: 12 }, { start: 22 }], output: 'phương châm "dân biết"' },
  ],
});

ruleTester(repeatedPunctuation, {
  valid: [
    'tôn giáo...',
    'tổng hợp./.',
    'Thật sao?!',
    'a, b; c: d.',
    'Họ và tên: ……..…..',
    'ngày ….. tháng ….. năm …..',
    'Chức vụ\t..\t',
  ],
  invalid: [
    { doc: 'công nhân,, nông dân', findings: [{ text: ',,' }], output: 'công nhân, nông dân' },
    { doc: 'thực hiện tốt..', findings: [{ text: '..' }], output: 'thực hiện tốt.' },
    { doc: 'Nơi nhận::', findings: [{ text: '::' }], output: 'Nơi nhận:' },
  ],
});

ruleTester(unbalancedBrackets, {
  valid: [
    'a) Ưu điểm và nguyên nhân (của ưu điểm)',
    'gồm: a) công nhân; b) nông dân; 2) trí thức',
    '“Dân biết, dân làm” và "dân kiểm tra"',
    '[xem (Phụ lục 1)]',
    {
      name: 'a bracket closed in the next paragraph (a line broken with Enter) is balanced',
      doc: ['(Kèm theo Nghị định số 30/2020/NĐ-CP', '', 'ngày 05 tháng 3 năm 2020 của Chính phủ)'],
    },
    {
      name: 'a quoted amendment spanning several khoản',
      doc: [
        'Điều 9 được sửa đổi, bổ sung như sau:',
        '“1. Nội dung thông tin được thu thập gồm:',
        'a) Họ, chữ đệm và tên khai sinh;',
        'b) Ngày, tháng, năm sinh.',
        '2. Thông tin được cập nhật kịp thời.”.',
        'Điều 10. Hiệu lực thi hành',
      ],
    },
    { name: 'a list marker inside an opening quote', doc: ['“a) Phù hợp với mục đích sử dụng đất;”;'] },
  ],
  invalid: [
    { doc: 'Nghị quyết (số 23-NQ/TW', findings: [{ text: '(', messageId: 'unclosed' }] },
    { doc: 'Nghị quyết số 23-NQ/TW) đã', findings: [{ text: ')', messageId: 'unopened' }] },
    { doc: 'phương châm “dân biết, dân làm', findings: [{ text: '“', messageId: 'unclosed' }] },
    { doc: 'phương châm "dân biết', findings: [{ text: '"' }] },
    { doc: '[xem (Phụ lục 1]', findings: [{ text: '(', messageId: 'unclosed' }] },
    {
      name: 'the next paragraph closing another kind of bracket does not balance it',
      doc: ['(Kèm theo Nghị định', 'ngày 05/3/2020]'],
      findings: [
        { paragraph: 0, text: '(', messageId: 'unclosed' },
        { paragraph: 1, text: ']', messageId: 'unopened' },
      ],
    },
    {
      name: 'a quotation opened in an amendment and never closed in the document is still reported',
      doc: [
        'Điều 9 được sửa đổi như sau:',
        '“1. Nội dung thông tin được thu thập gồm:',
        'a) Họ và tên;',
        'Điều 10. Hiệu lực',
      ],
      findings: [{ paragraph: 1, text: '“', messageId: 'unclosed' }],
    },
    {
      name: 'a closing quotation with no opening one before it is still reported',
      doc: ['Điều 9. Phạm vi', 'Luật này quy định về cư trú.”'],
      findings: [{ paragraph: 1, text: '”', messageId: 'unopened' }],
    },
  ],
});
