import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { DocxReadError, readDocx } from '../../src/docx';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'shared', 'fixtures', 'nd30');
const describeIfFixtures = existsSync(FIXTURES) ? describe : describe.skip;
const cache = new Map<string, ReturnType<typeof readDocx>>();
const read = (file: string) => {
  if (!cache.has(file)) cache.set(file, readDocx(new Uint8Array(readFileSync(path.join(FIXTURES, file))), file));
  return cache.get(file)!;
};

describeIfFixtures('readDocx on the real files of Nghị định 30/2020/NĐ-CP', () => {
  it('reads the State header of the decree from its table, with words split across runs joined', () => {
    const doc = read('30_2020_ND_CP.docx');
    const header = doc.paragraphs.filter((p) => p.cell?.table === 0 && p.text.trim() !== '' && !/^_+$/.test(p.text));
    expect(header.map((p) => p.text)).toEqual([
      'CHÍNH PHỦ',
      'Số: 30/2020/NĐ-CP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 05 tháng 3 năm 2020',
    ]);
    expect(header.map((p) => p.cell!.cell)).toEqual([0, 0, 1, 1, 1]);
    const date = header[4];
    expect(date.font).toMatchObject({ name: 'Times New Roman', size: 14, italic: true, bold: false });
    expect(header[2].alignment).toBe('centered');
  });

  it('reads the decree body after the header, in order', () => {
    const texts = read('30_2020_ND_CP.docx').paragraphs.map((p) => p.text.trim());
    const title = texts.indexOf('NGHỊ ĐỊNH');
    expect(title).toBeGreaterThan(texts.indexOf('Hà Nội, ngày 05 tháng 3 năm 2020'));
    expect(texts[title + 1]).toBe('Về công tác văn thư');
    expect(texts.indexOf('Chương I')).toBeGreaterThan(title);
  });

  it('reads every appendix without error', () => {
    const appendices = readdirSync(FIXTURES).filter((f) => /^Phuluc\d\.docx$/.test(f));
    expect(appendices.length).toBe(6);
    for (const file of appendices) {
      const doc = read(file);
      expect(doc.paragraphs.length).toBeGreaterThan(20);
      expect(doc.paragraphs[0].text).toMatch(/^Phụ lục [IV]+$/);
    }
  });

  it('numbers the rows of the abbreviation table in Phụ lục III with Word list numbering', () => {
    const doc = read('Phuluc3.docx');
    const numbered = doc.paragraphs.filter((p) => p.cell?.table === 0 && p.isListItem);
    expect(numbered.slice(0, 3).map((p) => p.listString)).toEqual(['1.', '2.', '3.']);
  });

  it('refuses the legacy .doc with the clear message', () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'Phuluc2.doc')));
    expect(() => readDocx(bytes)).toThrow(DocxReadError);
    expect(() => readDocx(bytes)).toThrow(
      'Tệp .doc (Word 97–2003) không được hỗ trợ: hãy mở bằng Word và lưu thành .docx.',
    );
  });
});
