import { sentenceStart } from '../../../src/core/rules/typo/sentenceStart';
import { titleCase } from '../../../src/core/rules/typo/titleCase';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(sentenceStart, {
  valid: [
    'Kết quả đạt được. Trong thời gian tới, cần tiếp tục.',
    { name: 'abbreviations and initials', doc: 'Các nội dung v.v. và TS. Nguyễn Văn An, tr. 5; C. Mác.' },
    { name: 'a number or code after the stop', doc: 'Năm 2024. 12 xã đạt chuẩn. iPhone. km2.' },
    { name: 'a title split over lines', doc: ['(Kèm theo Nghị định số 30/2020/NĐ-CP', 'ngày 05 tháng 3 năm 2020)'] },
    { name: 'a list introduced by a colon', doc: ['Gồm các nội dung sau:', '- tuyên truyền;', '- vận động.'] },
    { name: 'the Party trích yếu', doc: ['BÁO CÁO.', 'về việc tổng kết công tác năm 2026'] },
    { name: 'a bracketed aside', doc: ['Số tiền: 500.000 đồng.', '(bằng chữ: năm trăm nghìn đồng)'] },
    { name: 'after dot leaders in a form', doc: ['Hội đồng ..........', 'đã họp để xem xét.'] },
    { name: 'an ellipsis', doc: 'Các nội dung khác... và những việc cần làm.' },
  ],
  invalid: [
    {
      doc: 'Kết quả đạt được. trong thời gian tới, cần tiếp tục! các cấp uỷ vào cuộc.',
      findings: [
        { text: 'trong', messageId: 'afterStop', severity: 'warning' },
        { text: 'các', messageId: 'afterStop' },
      ],
      output: 'Kết quả đạt được. Trong thời gian tới, cần tiếp tục! Các cấp uỷ vào cuộc.',
    },
    {
      name: 'a paragraph after a finished sentence',
      doc: ['Hội nghị đã thành công tốt đẹp.', 'các đồng chí cần quán triệt.'],
      findings: [{ text: 'các', paragraph: 1, messageId: 'paragraph' }],
      output: ['Hội nghị đã thành công tốt đẹp.', 'Các đồng chí cần quán triệt.'],
    },
    {
      name: 'after a list marker',
      doc: ['Kết quả như sau.', '1. tăng cường công tác.'],
      findings: [{ text: 'tăng', paragraph: 1 }],
      output: ['Kết quả như sau.', '1. Tăng cường công tác.'],
    },
  ],
});

ruleTester(titleCase, {
  valid: [
    { name: 'names of people and places', doc: 'Đồng chí Nguyễn Thị Minh Khai về thăm Bà Rịa Vũng Tàu.' },
    {
      name: 'names and titles that start with a function-like word',
      doc: 'Không quân Hoa Kỳ; truyện Một nửa Ranma; Hiến Từ Tuyên Thánh hoàng hậu; Phạm A Song.',
    },
    {
      name: 'a name of a body from the table',
      doc: ['Bộ Công Thương báo cáo.', 'Sản xuất công thương nghiệp của bộ công an.'],
    },
    {
      name: 'a run with no evidence',
      doc: 'Đại Hội Đồng Cổ Đông họp.',
    },
    'Bộ Lao động - Thương binh và Xã hội; theo Quyết định số 12 và Bằng khen của Thủ tướng.',
    { name: 'capitals lines', doc: 'PHÁT HUY SỨC MẠNH ĐẠI ĐOÀN KẾT' },
    {
      name: 'a function word opening a quotation or sentence',
      doc: 'Khẩu hiệu “Của dân, do dân”. Các đồng chí: Các nội dung.',
    },
  ],
  invalid: [
    {
      name: 'a Title Case run whose pairs are written in lower case elsewhere',
      doc: ['Phát Huy Sức Mạnh Đại Đoàn Kết', 'Cần phát huy sức mạnh của khối đại đoàn kết toàn dân.'],
      findings: [{ text: 'Phát Huy Sức Mạnh Đại Đoàn Kết', messageId: 'run', severity: 'warning' }],
    },
    {
      name: 'a Title Case run starting with a function word in mid-sentence',
      doc: 'Giá vé không bao Gồm Các Chi Phí khác.',
      findings: [{ text: 'Gồm Các Chi Phí', messageId: 'run' }],
    },
    {
      name: 'a Title Case run holding a function word',
      doc: 'Nâng Cao Chất Lượng Của Tổ Chức Đảng',
      findings: [{ text: 'Nâng Cao Chất Lượng Của Tổ Chức Đảng', messageId: 'run' }],
    },
    {
      name: 'a capital function word in mid-sentence',
      doc: 'Nâng cao chất lượng Của tổ chức đảng và Được giao nhiệm vụ.',
      findings: [
        { text: 'Của', messageId: 'word', suggestions: ['của'] },
        { text: 'Được', suggestions: ['được'] },
      ],
      output: 'Nâng cao chất lượng của tổ chức đảng và được giao nhiệm vụ.',
    },
  ],
});
