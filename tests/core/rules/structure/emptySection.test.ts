import { emptySection } from '../../../../src/core/rules/structure/emptySection';
import { Tags } from '../../../../src/core/tags';
import { ruleTester } from '../../../helpers/ruleTester';

const body = 'Nội dung của mục được viết đầy đủ ở đây.';
const bold = (text: string) => ({ text, font: { bold: true } });
const listItem = (listString: string, text: string) => ({ text, isListItem: true, listString });

ruleTester(emptySection, {
  valid: [
    { name: 'every heading has content', doc: ['I. KẾT QUẢ', body, 'II. NHIỆM VỤ', body] },
    {
      name: 'a heading whose content is its sub-sections',
      doc: ['I. ĐÁNH GIÁ', '1. Ưu điểm', body, '2. Hạn chế', body],
    },
    {
      name: 'a guidance placeholder still showing is left to leftover-guidance',
      doc: ['I. KẾT QUẢ', { text: '', controlTag: Tags.guide('t', 'I'), showsPlaceholder: true }, 'II. NHIỆM VỤ', body],
    },
    { name: 'bold headings with content', doc: [bold('Kết quả'), body, bold('Nhiệm vụ'), body] },
    {
      name: 'Word list headings with content',
      doc: [listItem('1.', 'Kết quả'), body, listItem('2.', 'Nhiệm vụ'), body],
    },
    { name: 'empty document', doc: [] },
    {
      name: 'numbered khoản written as sentences are content, not empty headings',
      doc: [
        'I. KẾT QUẢ',
        '1. Đơn vị đã hoàn thành kế hoạch.',
        '2. Thời hạn tạm trú tối đa là 02 năm;',
        'II. NHIỆM VỤ',
        body,
      ],
    },
    {
      name: 'a lead-in ending in a colon and form fields are not headings',
      doc: [
        'I. THÔNG TIN',
        '1. Họ và tên: ……………',
        '2. Đơn vị công tác: ____',
        '3. Gồm các nội dung sau:',
        'II. NHIỆM VỤ',
        body,
      ],
    },
    {
      name: 'names in a list are not sections',
      doc: ['I. THÀNH PHẦN', bold('Nguyễn Văn An'), bold('Trần Thị Bình'), 'II. NHIỆM VỤ', body],
    },
  ],
  invalid: [
    {
      name: 'a heading followed straight by the next heading of the same level',
      doc: ['I. KẾT QUẢ', 'II. NHIỆM VỤ', body],
      findings: [{ paragraph: 0, start: 3, text: 'KẾT QUẢ', messageId: 'empty' }],
    },
    {
      name: 'a sub-section with nothing before the next upper heading',
      doc: ['I. ĐÁNH GIÁ', '1. Ưu điểm', body, '2. Hạn chế', 'II. NHIỆM VỤ', body],
      findings: [{ paragraph: 3, text: 'Hạn chế' }],
    },
    {
      name: 'blank paragraphs are not content',
      doc: ['I. KẾT QUẢ', '  ', '', 'II. NHIỆM VỤ', body],
      findings: [{ paragraph: 0, text: 'KẾT QUẢ' }],
    },
    {
      name: 'plain bold headings',
      doc: [bold('Kết quả'), bold('Nhiệm vụ'), body],
      findings: [{ paragraph: 0, start: 0, text: 'Kết quả' }],
    },
    {
      name: 'Word list numbering: the title is the whole text',
      doc: [listItem('1.', 'Kết quả'), listItem('2.', 'Nhiệm vụ'), body],
      findings: [{ paragraph: 0, start: 0, text: 'Kết quả' }],
    },
    {
      name: 'the last section, with only the closing lines after it',
      doc: ['I. KẾT QUẢ', body, 'II. NHIỆM VỤ', 'Nơi nhận:', '- Như trên;'],
      findings: [{ paragraph: 2, text: 'NHIỆM VỤ' }],
    },
  ],
});
