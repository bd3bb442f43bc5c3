import { properNameCase } from '../../../src/core/rules/typo/properNames';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(properNameCase, {
  valid: [
    'Nghị quyết của Ban Chấp hành Trung ương Đảng, Bộ Chính trị và Ban Bí thư.',
    'Ủy ban nhân dân tỉnh Sơn La; Uỷ ban nhân dân huyện (new tone style).',
    'Ban Thường vụ Tỉnh ủy, Đảng ủy Khối các cơ quan và Thủ tướng Chính phủ.',
    'Bộ Lao động - Thương binh và Xã hội; Bộ Công Thương.',
    { name: 'generic uses in lower case', doc: 'Các đảng ủy cơ sở, ban thường vụ cấp ủy, tổ chức phi chính phủ.' },
    { name: 'a forced capital at a sentence start', doc: 'Ban thường vụ cấp uỷ có trách nhiệm báo cáo.' },
    { name: 'capitals lines', doc: ['BAN THƯỜNG VỤ', 'T/M BAN CHẤP HÀNH ĐẢNG BỘ'] },
    { name: 'a different word after the same first word', doc: 'Nơi lãnh đạo Bộ công tác.' },
    'Thủ đô Hà Nội và Thành phố Hồ Chí Minh.',
  ],
  invalid: [
    {
      doc: 'Hội nghị Ban Chấp Hành Trung Ương lần thứ 8.',
      findings: [{ text: 'Ban Chấp Hành Trung Ương', severity: 'warning', suggestions: ['Ban Chấp hành Trung ương'] }],
      output: 'Hội nghị Ban Chấp hành Trung ương lần thứ 8.',
    },
    {
      name: 'Ban Thường vụ as a body’s name',
      doc: 'Hôm nay, Ban thường vụ Tỉnh ủy họp.',
      findings: [{ text: 'Ban thường vụ', suggestions: ['Ban Thường vụ'] }],
      output: 'Hôm nay, Ban Thường vụ Tỉnh ủy họp.',
    },
    {
      doc: 'Ý kiến của Đảng Uỷ Khối và Ủy Ban Nhân Dân tỉnh.',
      findings: [{ text: 'Đảng Uỷ Khối' }, { text: 'Ủy Ban Nhân Dân', suggestions: ['Ủy ban nhân dân'] }],
      output: 'Ý kiến của Đảng uỷ Khối và Ủy ban nhân dân tỉnh.',
    },
    {
      name: 'a name with no generic reading is held to its form in lower case too',
      doc: 'Làm việc tại thành phố Hồ Chí Minh.',
      findings: [{ text: 'thành phố Hồ Chí Minh', suggestions: ['Thành phố Hồ Chí Minh'] }],
      output: 'Làm việc tại Thành phố Hồ Chí Minh.',
    },
    {
      name: 'a dash inside the name',
      doc: 'Gửi Bộ Lao động - Thương Binh và Xã Hội.',
      findings: [{ text: 'Bộ Lao động - Thương Binh và Xã Hội' }],
      output: 'Gửi Bộ Lao động - Thương binh và Xã hội.',
    },
    {
      name: 'not excused at a sentence start when the rest is wrong',
      doc: 'Bộ Chính Trị kết luận.',
      findings: [{ text: 'Bộ Chính Trị' }],
      output: 'Bộ Chính trị kết luận.',
    },
  ],
});
