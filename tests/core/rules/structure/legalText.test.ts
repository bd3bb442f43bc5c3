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
