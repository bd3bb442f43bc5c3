import { strToU8, zipSync } from 'fflate';
import { DocxReadError, readDocx } from '../../src/docx';
import { buildDocx, p, r } from './buildDocx';

const texts = (bytes: Uint8Array) => readDocx(bytes).paragraphs.map((x) => x.text);

describe('readDocx text', () => {
  it('joins words split across runs and keeps paragraphs in order', () => {
    const doc = readDocx(buildDocx({ body: p(['Hà Nội, ngày', ' 05 t', 'háng 3']) + p('Sau') }), 'a.docx');
    expect(doc.paragraphs.map((x) => x.text)).toEqual(['Hà Nội, ngày 05 tháng 3', 'Sau']);
    expect(doc.meta).toEqual({ name: 'a.docx' });
  });

  it('renders tabs, manual line breaks, non-breaking hyphens and symbols as Word shows them', () => {
    const body =
      '<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:br w:type="page"/>' +
      '<w:t>NĐ</w:t><w:noBreakHyphen/><w:t>CP</w:t><w:softHyphen/><w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>';
    expect(texts(buildDocx({ body }))).toEqual(['A\tB\vCNĐ-CP•']);
  });

  it('skips tracked deletions and field codes, keeps insertions, hyperlinks and inline controls', () => {
    const body =
      '<w:p><w:r><w:t>của </w:t></w:r><w:del><w:r><w:delText>của </w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t>Đảng</w:t></w:r></w:ins><w:hyperlink><w:r><w:t> bộ</w:t></w:r></w:hyperlink>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> 7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:sdt><w:sdtContent><w:r><w:t>.</w:t></w:r></w:sdtContent></w:sdt></w:p>';
    expect(texts(buildDocx({ body }))).toEqual(['của Đảng bộ 7.']);
  });

  it('does not duplicate text boxes drawn in shapes', () => {
    const body =
      '<w:p><w:r><w:t>Trước</w:t></w:r><w:r><w:pict><w:p><w:r><w:t>hộp</w:t></w:r></w:p></w:pict></w:r></w:p>';
    expect(texts(buildDocx({ body }))).toEqual(['Trước']);
  });
});

describe('readDocx tables', () => {
  it('gives table, row and cell for paragraphs in cells, nested tables included', () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const nested = `<w:tbl><w:tr>${cell(p('N00'))}${cell(p('N01'))}</w:tr></w:tbl>`;
    const body =
      p('trước') +
      `<w:tbl><w:tr>${cell(p('A') + p('A2'))}${cell(p('B'))}</w:tr><w:tr>${cell(nested + p('C'))}</w:tr></w:tbl>` +
      p('sau');
    const doc = readDocx(buildDocx({ body }));
    expect(doc.paragraphs.map((x) => [x.text, x.cell ?? null])).toEqual([
      ['trước', null],
      ['A', { table: 0, row: 0, cell: 0 }],
      ['A2', { table: 0, row: 0, cell: 0 }],
      ['B', { table: 0, row: 0, cell: 1 }],
      ['N00', { table: 1, row: 0, cell: 0 }],
      ['N01', { table: 1, row: 0, cell: 1 }],
      ['C', { table: 0, row: 1, cell: 0 }],
      ['sau', null],
    ]);
  });
});

describe('readDocx content controls', () => {
  it('reports this add-in’s tags and placeholders, ignores foreign tags', () => {
    const sdt = (tag: string, inner: string, placeholder = false) =>
      `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/>${placeholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const body =
      sdt('thethuc:header', `<w:tbl><w:tr><w:tc>${p('ĐẢNG BỘ')}</w:tc></w:tr></w:tbl>`) +
      sdt('thethuc:guide:bc:I', p('Nêu kết quả…'), true) +
      sdt('other:thing', p('ngoài')) +
      sdt('thethuc:signature', sdt('other', p('T/M')));
    const doc = readDocx(buildDocx({ body }));
    expect(doc.paragraphs.map((x) => [x.text, x.controlTag ?? null, x.showsPlaceholder ?? false])).toEqual([
      ['ĐẢNG BỘ', 'thethuc:header', false],
      ['Nêu kết quả…', 'thethuc:guide:bc:I', true],
      ['ngoài', null, false],
      ['T/M', 'thethuc:signature', false],
    ]);
    expect(doc.paragraphs[0].cell).toEqual({ table: 0, row: 0, cell: 0 });
  });
});

const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Muc2"><w:name w:val="Mục 2"/><w:basedOn w:val="Heading2"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Outline3"><w:name w:val="Đề mục riêng"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>' +
  '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>';

describe('readDocx styles and formatting', () => {
  const style = (id: string) => `<w:pStyle w:val="${id}"/>`;

  it('finds heading levels from built-in names, basedOn chains and outline levels', () => {
    const body =
      p('A', style('Heading1')) +
      p('B', style('Muc2')) +
      p('C', style('Outline3')) +
      p('D', style('Body')) +
      p('E') +
      p('F', style('Missing'));
    const doc = readDocx(buildDocx({ body, styles: STYLES }));
    expect(doc.paragraphs.map((x) => [x.styleName, x.headingLevel ?? null])).toEqual([
      ['Heading 1', 1],
      ['Mục 2', 2],
      ['Đề mục riêng', 3],
      ['Body Text', null],
      ['Normal', null],
      ['Normal', null],
    ]);
  });

  it('reads alignment from the paragraph, then its style chain, defaulting to left', () => {
    const body =
      p('a', '<w:jc w:val="right"/>') + p('b', style('Heading1')) + p('c', style('Muc2')) + p('d', style('Outline3'));
    expect(readDocx(buildDocx({ body, styles: STYLES })).paragraphs.map((x) => x.alignment)).toEqual([
      'right',
      'centered',
      'justified',
      'left',
    ]);
  });

  it('resolves fonts through defaults, paragraph style, character style and direct formatting', () => {
    const body =
      `<w:p><w:pPr>${style('Heading1')}</w:pPr>${r('TIÊU ĐỀ')}</w:p>` +
      `<w:p>${r('thường ')}${r('đậm', '<w:rStyle w:val="Strong"/>')}${r(' nghiêng', '<w:i/><w:sz w:val="26"/>')}</w:p>` +
      `<w:p>${r('Arial', '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:u w:val="single"/>')}</w:p>` +
      `<w:p><w:pPr>${style('Heading2')}</w:pPr>${r('không đậm', '<w:b w:val="0"/>')}</w:p>`;
    const [heading, mixed, arial, notBold] = readDocx(buildDocx({ body, styles: STYLES })).paragraphs;
    expect(heading.font).toEqual({ name: 'Times New Roman', size: 13, bold: true, italic: false, underline: false });
    expect(mixed.font).toEqual({ name: 'Times New Roman', size: null, bold: null, italic: null, underline: false });
    expect(mixed.runs).toEqual([
      {
        start: 0,
        length: 7,
        font: { name: 'Times New Roman', size: 14, bold: false, italic: false, underline: false },
      },
      { start: 7, length: 3, font: { name: 'Times New Roman', size: 14, bold: true, italic: false, underline: false } },
      {
        start: 10,
        length: 8,
        font: { name: 'Times New Roman', size: 13, bold: false, italic: true, underline: false },
      },
    ]);
    expect(arial.font).toEqual({ name: 'Arial', size: 14, bold: false, italic: false, underline: true });
    expect(notBold.font).toMatchObject({ bold: false, italic: true });
  });

  it('resolves theme fonts from the document theme', () => {
    const theme =
      '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme>' +
      '<a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Times New Roman"/></a:minorFont>' +
      '</a:fontScheme></a:themeElements></a:theme>';
    const styles =
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:rPrDefault></w:docDefaults>';
    const body =
      p('thân') + `<w:p>${r('tiêu đề', '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>')}</w:p>`;
    const doc = readDocx(buildDocx({ body, styles, extra: { 'word/theme/theme1.xml': theme } }));
    expect(doc.paragraphs.map((x) => x.font?.name)).toEqual(['Times New Roman', 'Cambria']);
  });

  it('merges adjacent runs with the same formatting', () => {
    const doc = readDocx(buildDocx({ body: p(['Hà Nội, ngày', ' 05 t', 'háng 3']), styles: STYLES }));
    expect(doc.paragraphs[0].runs).toHaveLength(1);
    expect(doc.paragraphs[0].runs![0]).toMatchObject({ start: 0, length: 23 });
  });
});

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

const NUMBERING =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2-')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '\uF0B7')}${lvl(1, 'bullet', '-')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>' +
  '<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
  '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>';

const item = (text: string, numId: number, ilvl = 0) =>
  p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

describe('readDocx list numbering', () => {
  const lists = (body: string) =>
    readDocx(buildDocx({ body, numbering: NUMBERING })).paragraphs.map((x) => [
      x.text,
      x.listString ?? null,
      x.isListItem ?? false,
    ]);

  it('draws roman, decimal and letter numbers with counters per level and restarts of deeper levels', () => {
    const body =
      item('KẾT QUẢ', 1) +
      item('Chỉ đạo', 1, 1) +
      item('ý', 1, 2) +
      item('ý', 1, 2) +
      item('Kết quả', 1, 1) +
      item('ý', 1, 2) +
      p('thân bài') +
      item('ĐÁNH GIÁ', 1) +
      item('Ưu điểm', 1, 1);
    expect(lists(body)).toEqual([
      ['KẾT QUẢ', 'I.', true],
      ['Chỉ đạo', '1.', true],
      ['ý', 'a)', true],
      ['ý', 'b)', true],
      ['Kết quả', '2.', true],
      ['ý', 'a)', true],
      ['thân bài', null, false],
      ['ĐÁNH GIÁ', 'II.', true],
      ['Ưu điểm', '1.', true],
    ]);
  });

  it('fills multi-level texts such as "%1.%2-" and draws bullets', () => {
    const body =
      item('1', 2) +
      item('1.1', 2, 1) +
      item('1.2', 2, 1) +
      item('2', 2) +
      item('2.1', 2, 1) +
      item('•', 3) +
      item('-', 3, 1);
    expect(lists(body).map((x) => x[1])).toEqual(['1.', '1.1-', '1.2-', '2.', '2.1-', '•', '-']);
  });

  it('continues a definition shared by several lists and restarts where a list overrides the start', () => {
    const body =
      item('a', 2) + item('b', 2) + item('c', 5) + item('I', 1) + item('II', 1) + item('again', 4) + item('next', 4);
    expect(lists(body).map((x) => x[1])).toEqual(['1.', '2.', '3.', 'I.', 'II.', 'I.', 'II.']);
  });

  it('takes numbering from the paragraph style and ignores numId 0', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="ListHeading"><w:name w:val="List Heading"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
    const body =
      p('một', '<w:pStyle w:val="ListHeading"/>') +
      p('hai', '<w:pStyle w:val="ListHeading"/>') +
      p('không', '<w:pStyle w:val="ListHeading"/><w:numPr><w:numId w:val="0"/></w:numPr>');
    const doc = readDocx(buildDocx({ body, styles, numbering: NUMBERING }));
    expect(doc.paragraphs.map((x) => x.listString ?? null)).toEqual(['1.', '2.', null]);
  });
});

describe('readDocx bad input', () => {
  const codeOf = (bytes: Uint8Array) => {
    try {
      readDocx(bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(DocxReadError);
      return (e as DocxReadError).code;
    }
    throw new Error('expected readDocx to throw');
  };
  const ole = (extra: string) => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    Array.from(extra).forEach((c, i) => (bytes[600 + i * 2] = c.charCodeAt(0)));
    return bytes;
  };

  it('names legacy .doc files and encrypted files', () => {
    expect(codeOf(ole('WordDocument'))).toBe('legacy-doc');
    expect(codeOf(ole('EncryptedPackage'))).toBe('encrypted');
    expect(() => readDocx(ole('WordDocument'))).toThrow(/Tệp \.doc \(Word 97–2003\) không được hỗ trợ.*\.docx/);
  });

  it('rejects files that are not zips, zips without a Word document and damaged XML', () => {
    expect(codeOf(strToU8('Tổng kết 20 năm'))).toBe('not-zip');
    expect(codeOf(new Uint8Array(0))).toBe('not-zip');
    expect(codeOf(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBe('not-word');
    expect(codeOf(zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') }))).toBe('corrupt');
    const truncated = buildDocx({ body: p('x') }).slice(0, 200);
    expect(codeOf(truncated)).toBe('corrupt');
  });

  it('gives the message in both languages', () => {
    try {
      readDocx(ole('WordDocument'));
    } catch (e) {
      const err = e as DocxReadError;
      expect(err.messageIn('en')).toMatch(/Word 97–2003.*not supported/);
      expect(err.messageIn('vi')).toMatch(/lưu thành \.docx/);
    }
    expect.assertions(2);
  });
});
