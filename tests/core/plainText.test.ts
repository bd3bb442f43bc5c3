import { readFileSync } from 'fs';
import { join } from 'path';
import { readPlainText } from '../../src/core/plainText';

const seeds = join(__dirname, '../../../shared/seeds');
const seedAvailable = (() => {
  try {
    readFileSync(join(seeds, '000_e4afd91083a3c978.txt'));
    return true;
  } catch {
    return false;
  }
})();

describe('readPlainText', () => {
  it('splits on blank lines and joins wrapped lines of one paragraph', () => {
    const doc = readPlainText('Dòng một của một câu dài\ntiếp tục ở đây.\n\n- Gạch đầu dòng\n- Gạch thứ hai');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'Dòng một của một câu dài tiếp tục ở đây.',
      '- Gạch đầu dòng',
      '- Gạch thứ hai',
    ]);
  });

  it.each([
    ['a sentence stopped mid-way', 'Căn cứ vào chức năng, nhiệm vụ và quyền hạn của\n\ncơ quan, báo cáo như sau:'],
    ['the Party trích yếu under the number', 'Số 12-CV/ĐU\n\nvề việc chuẩn bị đại hội'],
    ['a lower-case line after a heading', 'I. KẾT QUẢ\n\nvà những hạn chế'],
  ])('keeps a blank line as a paragraph break: %s', (_, text) => {
    expect(readPlainText(text).paragraphs.map((p) => p.text)).toEqual(text.split('\n\n'));
  });

  it('keeps the number line and the trích yếu under it apart inside one block', () => {
    expect(readPlainText('Số 12-CV/ĐU\nvề việc chuẩn bị đại hội').paragraphs.map((p) => p.text)).toEqual([
      'Số 12-CV/ĐU',
      'về việc chuẩn bị đại hội',
    ]);
  });

  it.each([['---------------'], ['_______________'], ['-----'], ['*****']])(
    'keeps a drawn rule %s under the motto on a line of its own',
    (rule) => {
      const text = `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${rule}\nHà Nội, ngày 05 tháng 3 năm 2026`;
      expect(readPlainText(text).paragraphs.map((p) => p.text)).toEqual(text.split('\n'));
    },
  );

  it('keeps every line of a text never wrapped to a page (one paragraph per line)', () => {
    const long =
      'Luật này quy định về thành lập, hoạt động thư viện; quyền, nghĩa vụ và trách nhiệm của cơ quan, tổ chức, cá nhân trong hoạt động thư viện; quản lý nhà nước về thư viện và các hoạt động khác có liên quan';
    const text = ['Điều 1. Phạm vi điều chỉnh', long, 'Điều 2. Đối tượng áp dụng', long, '1. Thư viện', long].join(
      '\n',
    );
    expect(readPlainText(text).paragraphs.map((p) => p.text)).toEqual(text.split('\n'));
  });

  it('reads an extraction with a blank line after every line as single-spaced, a double gap as a break', () => {
    const lines = ['Căn cứ vào chức năng, nhiệm vụ và quyền hạn của', 'cơ quan, báo cáo như sau:', 'I. KẾT QUẢ'];
    const text = `${[...lines, 'Đã tổ chức các hội nghị quán triệt', 'trong toàn cơ quan.', 'Kết quả tốt.'].join('\n\n')}\n\n\nII. NHIỆM VỤ`;
    expect(readPlainText(text).paragraphs.map((p) => p.text)).toEqual([
      'Căn cứ vào chức năng, nhiệm vụ và quyền hạn của cơ quan, báo cáo như sau:',
      'I. KẾT QUẢ',
      'Đã tổ chức các hội nghị quán triệt trong toàn cơ quan.',
      'Kết quả tốt.',
      'II. NHIỆM VỤ',
    ]);
  });

  it('keeps a heading apart from the body that follows it', () => {
    const doc = readPlainText('1. Chỉ đạo, triển khai học tập Nghị quyết  \n\nCăn cứ vào Chương trình hành động.');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      '1. Chỉ đạo, triển khai học tập Nghị quyết',
      'Căn cứ vào Chương trình hành động.',
    ]);
  });

  it('keeps a numbered heading apart from the body line right under it', () => {
    const doc = readPlainText('1. Công tác chính trị\nĐã tổ chức 12 hội nghị.\n3. Công tác tổ chức\nKiện toàn chi bộ.');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      '1. Công tác chính trị',
      'Đã tổ chức 12 hội nghị.',
      '3. Công tác tổ chức',
      'Kiện toàn chi bộ.',
    ]);
  });

  it('reads Markdown emphasis as formatting and keeps a lone asterisk', () => {
    const doc = readPlainText('**ĐẢNG BỘ TỈNH\nĐẢNG ỦY KHỐI**\n\n*\n\n*V/v báo cáo\nNghị quyết*');
    expect(doc.paragraphs).toEqual([
      { text: 'ĐẢNG BỘ TỈNH', font: { bold: true } },
      { text: 'ĐẢNG ỦY KHỐI', font: { bold: true } },
      { text: '*' },
      { text: 'V/v báo cáo Nghị quyết', font: { italic: true } },
    ]);
  });

  (seedAvailable ? it : it.skip)('reads seed 000 into whole paragraphs, keeping in-line double spaces', () => {
    const doc = readPlainText(readFileSync(join(seeds, '000_e4afd91083a3c978.txt'), 'utf8'));
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe('BÁO CÁO');
    expect(texts).toContain('3. Công tác kiểm tra, giám sát sơ kết, tổng kết việc thực hiện Nghị quyết số 23-NQ/TW');
    expect(texts.find((t) => t.startsWith('- Công tác tuyên truyền'))).toMatch(
      /pháp luật của Nhà nước .* thường xuyên\.$/,
    );
    expect(texts).toContain('I. KẾT QUẢ 20 NĂM THỰC HIỆN NGHỊ QUYẾT SỐ 23-NQ/TW');
    expect(texts).toContain('b) Hạn chế và nguyên nhân của hạn chế');
    expect(texts.some((t) => t.includes('Mặt  trận Tổ quốc'))).toBe(true);
    expect(texts.slice(-3)).toEqual(['KT. CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA', 'Nguyễn Chí Hải']);
  });
});
