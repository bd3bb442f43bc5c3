import { createDocument } from '../../../../src/core/model';
import { numberingSequence } from '../../../../src/core/rules/structure/numberingSequence';
import { runRules } from '../../../../src/core/runner';
import { ruleTester } from '../../../helpers/ruleTester';

const body = 'Nội dung của mục được viết đầy đủ ở đây.';
const bold = (text: string) => ({ text, font: { bold: true } });
const listItem = (listString: string, text: string) => ({ text, isListItem: true, listString });

ruleTester(numberingSequence, {
  valid: [
    {
      name: 'roman, arabic and letters in sequence',
      doc: [
        'I. KẾT QUẢ',
        '1. Lãnh đạo',
        body,
        '2. Chỉ đạo',
        'a) Ưu điểm',
        body,
        'b) Hạn chế',
        body,
        'II. NHIỆM VỤ',
        body,
      ],
    },
    {
      name: 'dash style throughout',
      doc: ['I- KẾT QUẢ', '1- Lãnh đạo', body, '2- Chỉ đạo', body, 'II- NHIỆM VỤ', body],
    },
    {
      name: 'decimal numbers under their parent',
      doc: ['1. Tình hình', body, '2. Kết quả', '2.1- Kinh tế', body, '2.2- Xã hội', body],
    },
    { name: 'numbering restarts under each parent', doc: ['I. A', '1. X', body, '2. Y', body, 'II. B', '1. Z', body] },
    {
      name: 'Word list numbering in sequence',
      doc: [listItem('I.', 'Kết quả'), body, listItem('II.', 'Hạn chế'), body],
    },
    { name: 'headings in plain bold have no numbers to check', doc: [bold('Kết quả'), body, bold('Hạn chế'), body] },
    { name: 'bullets are not numbering', doc: ['I. A', '- một', '- một', 'II. B', body] },
    { name: 'empty document', doc: [] },
  ],
  invalid: [
    {
      name: 'a group that does not start at one',
      doc: ['I. MỞ ĐẦU', '2. Lãnh đạo', body, '3. Chỉ đạo', body],
      findings: [{ paragraph: 1, text: '2.', messageId: 'gap' }],
    },
    {
      name: 'a roman number skipped: I, II, IV',
      doc: ['I. MỞ ĐẦU', body, 'II. KẾT QUẢ', body, 'IV. NHIỆM VỤ', body],
      findings: [{ paragraph: 4, text: 'IV.', messageId: 'gap' }],
    },
    {
      name: 'an arabic number repeated: 1, 2, 2',
      doc: ['1. Lãnh đạo', body, '2. Chỉ đạo', body, '2. Kiểm tra', body],
      findings: [{ paragraph: 4, text: '2.', messageId: 'repeated', suggestions: [] }],
    },
    {
      name: 'a letter skipped: a), c)',
      doc: ['1. Đánh giá', 'a) Ưu điểm', body, 'c) Hạn chế', body],
      findings: [{ paragraph: 3, text: 'c)', messageId: 'gap' }],
    },
    {
      name: 'numbers going backwards',
      doc: ['1. Một', body, '3. Ba', body, '2. Hai', body],
      findings: [
        { paragraph: 2, text: '3.', messageId: 'gap' },
        { paragraph: 4, text: '2.', messageId: 'backwards' },
      ],
    },
    {
      name: '"I." mixed with "II-" at one level: fixed to the majority style',
      doc: ['I. MỞ ĐẦU', body, 'II- KẾT QUẢ', body, 'III. NHIỆM VỤ', body],
      findings: [{ paragraph: 2, text: 'II-', messageId: 'mixedStyle', suggestions: ['II.'] }],
      output: ['I. MỞ ĐẦU', body, 'II. KẾT QUẢ', body, 'III. NHIỆM VỤ', body],
    },
    {
      name: 'mixed styles in Word list numbering: reported, no text fix (the number is not in the text)',
      doc: [listItem('I.', 'Mở đầu'), body, listItem('II-', 'Kết quả'), body, listItem('III.', 'Nhiệm vụ'), body],
      findings: [{ paragraph: 2, start: 0, text: 'Kết quả', messageId: 'mixedStyle', suggestions: ['II.'] }],
      output: ['Mở đầu', body, 'Kết quả', body, 'Nhiệm vụ', body],
    },
    {
      name: 'a decimal number under the wrong parent',
      doc: ['1. Tình hình', body, '2. Kết quả', '2.1- Kinh tế', body, '3.2- Xã hội', body],
      findings: [{ paragraph: 5, text: '3.2-', messageId: 'wrongParent' }],
    },
    {
      name: 'Word list numbering with a gap: the title is marked (the number is not in the text)',
      doc: [listItem('I.', 'Kết quả'), body, listItem('III.', 'Nhiệm vụ'), body],
      findings: [{ paragraph: 2, start: 0, text: 'Nhiệm vụ', messageId: 'gap' }],
    },
  ],
});

describe('numbering-sequence messages', () => {
  it('names what is missing', () => {
    const [gap] = runRules(createDocument(['I. A', body, 'II. B', body, 'V. E', body]), [numberingSequence]);
    expect(gap.message.vi).toBe('Đánh số “V.” bị nhảy cóc: thiếu III, IV.');
    const [letters] = runRules(createDocument(['1. A', 'a) x', body, 'e) y', body]), [numberingSequence]);
    expect(letters.data).toMatchObject({ missing: 'b, c, d, đ' });
  });
});
