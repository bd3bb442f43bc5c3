import { createDocument } from '../../../../src/core/model';
import { findHeadings } from '../../../../src/core/outline/headings';
import { runRules } from '../../../../src/core/runner';
import { structureRules } from '../../../../src/core/rules/structure';

/** A decree laid out as NĐ 30 prescribes: unit labels with their names below, articles, khoản and điểm. */
const decree = createDocument([
  { text: 'Chương I', headingLevel: 1 },
  { text: 'QUY ĐỊNH CHUNG', headingLevel: 1 },
  { text: 'Điều 1. Phạm vi điều chỉnh', headingLevel: 2 },
  'Nghị định này quy định về công tác văn thư và quản lý nhà nước về công tác văn thư.',
  { text: 'Điều 2. Giải thích từ ngữ', headingLevel: 2 },
  { text: 'Văn bản đi là tất cả các loại văn bản do cơ quan, tổ chức ban hành.', isListItem: true, listString: '1.' },
  { text: 'Văn bản đến là tất cả các loại văn bản do cơ quan, tổ chức nhận được.', isListItem: true, listString: '2.' },
  { text: 'Bản sao văn bản gồm các hình thức sau:', isListItem: true, listString: '3.' },
  { text: 'sao y;', isListItem: true, listString: 'a)' },
  { text: 'trích sao.', isListItem: true, listString: 'b)' },
  { text: 'Chương II', headingLevel: 1 },
  { text: 'VĂN BẢN HÀNH CHÍNH', headingLevel: 1 },
  { text: 'Điều 3. Thể thức văn bản', headingLevel: 2 },
  'Thể thức văn bản hành chính được thực hiện theo quy định tại Phụ lục I Nghị định này.',
]);

describe('legal text (chương, điều, khoản, điểm)', () => {
  it('keeps unit labels with their names as one heading and khoản/điểm as body', () => {
    expect(findHeadings(decree).map((h) => decree.paragraphs[h.paragraph].text)).toEqual([
      'Chương I',
      'Điều 1. Phạm vi điều chỉnh',
      'Điều 2. Giải thích từ ngữ',
      'Chương II',
      'Điều 3. Thể thức văn bản',
    ]);
  });

  it('reports no empty section and no numbering gap', () => {
    const findings = runRules(decree, structureRules).filter((f) => /empty-section|numbering-sequence/.test(f.ruleId));
    expect(findings.map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });

  it('still reports a report heading with nothing under it', () => {
    const report = createDocument([
      'I. KẾT QUẢ',
      'Đơn vị đã tổ chức 12 hội nghị quán triệt, 95% đảng viên tham gia.',
      'II. HẠN CHẾ',
      'III. NHIỆM VỤ',
      'Tiếp tục tổ chức thực hiện.',
    ]);
    const empty = runRules(report, structureRules).filter((f) => f.ruleId === 'empty-section');
    expect(empty.map((f) => f.text)).toEqual(['HẠN CHẾ']);
  });
});

/** A law as published on the web: unit labels typed, no heading styles, khoản and điểm under every Điều. */
const law = createDocument([
  'Chương I',
  'NHỮNG QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Luật này quy định về thành lập, hoạt động thư viện.',
  'Điều 2. Giải thích từ ngữ',
  '1. Thư viện là thiết chế văn hóa, thông tin, giáo dục, khoa học.',
  '2. Thư viện số là thư viện có tài nguyên thông tin được xử lý dưới dạng số.',
  'Điều 3. Chính sách của Nhà nước',
  '1. Nhà nước đầu tư cho thư viện công lập các nội dung sau đây:',
  'a) Ưu tiên đầu tư cho Thư viện Quốc gia Việt Nam;',
  'b) Hiện đại hóa thư viện.',
  '2. Nhà nước hỗ trợ đầu tư các nội dung sau đây:',
  'a) Cung cấp dịch vụ sự nghiệp công;',
  'b) Hợp tác quốc tế về thư viện.',
  'Mục 1. MẠNG LƯỚI THƯ VIỆN',
  'Điều 4. Sửa đổi, bổ sung một số điều của Luật Lưu trữ',
  'Điều 5 được sửa đổi, bổ sung như sau:',
  '“Điều 5. Các hành vi bị nghiêm cấm',
  '1. Chiếm đoạt, hủy hoại tài liệu lưu trữ.',
  '3. Làm giả tài liệu lưu trữ.',
  '3. Sử dụng tài liệu lưu trữ vào mục đích trái pháp luật.”.',
  '3. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2020.',
]);

const numberingAndEmpty = (doc: ReturnType<typeof createDocument>) =>
  runRules(doc, structureRules)
    .filter((f) => /empty-section|numbering-sequence/.test(f.ruleId))
    .map((f) => `${f.ruleId}: ${doc.paragraphs[f.paragraph].text}`);

describe('legal text typed as plain paragraphs', () => {
  it('restarts khoản and điểm under each Điều, reads quoted amendment text as content', () => {
    expect(numberingAndEmpty(law).filter((f) => !f.includes('Luật này có hiệu lực'))).toEqual([]);
  });

  it('still flags a real gap in the numbered headings under one Điều (true positive)', () => {
    const gap = createDocument([
      'Điều 1. Phạm vi điều chỉnh',
      '1. Đối tượng',
      'Luật này áp dụng đối với cơ quan, tổ chức, cá nhân Việt Nam.',
      '3. Phạm vi',
      'Luật này quy định về thành lập, hoạt động thư viện.',
      'Điều 2. Giải thích từ ngữ',
      '1. Thư viện',
      'Thư viện là thiết chế văn hóa, thông tin, giáo dục, khoa học.',
    ]);
    expect(numberingAndEmpty(gap)).toEqual(['numbering-sequence: 3. Phạm vi']);
  });

  it('does not take "Điều 5 được sửa đổi …" in running text for an article heading', () => {
    const headings = findHeadings(law).map((h) => law.paragraphs[h.paragraph].text);
    expect(headings).not.toContain('Điều 5 được sửa đổi, bổ sung như sau:');
    expect(headings).toContain('Điều 4. Sửa đổi, bổ sung một số điều của Luật Lưu trữ');
  });
});

describe('numbering around a table', () => {
  const cell = (text: string, row: number) => ({ text, cell: { table: 0, row, cell: 0 } });
  const list = (...n: string[]) => n.flatMap((x) => [`${x}. Công việc số ${x}`, 'Đã hoàn thành đúng hạn.']);

  it('lets a list start again at 1 after a table', () => {
    const doc = createDocument([
      'I. KẾT QUẢ',
      ...list('1', '2'),
      cell('Chỉ tiêu', 0),
      cell('95%', 1),
      ...list('1', '2'),
    ]);
    expect(numberingAndEmpty(doc)).toEqual([]);
  });

  it('still flags 1., 2., 2., 4. (true positive)', () => {
    const doc = createDocument(['I. KẾT QUẢ', ...list('1', '2', '2', '4')]);
    expect(numberingAndEmpty(doc)).toEqual([
      'numbering-sequence: 2. Công việc số 2',
      'numbering-sequence: 4. Công việc số 4',
    ]);
  });
});
