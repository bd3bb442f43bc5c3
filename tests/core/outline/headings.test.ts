import { createDocument, type Paragraph } from '../../../src/core/model';
import { extractOutline, findHeadings, flattenOutline, relativeLevels } from '../../../src/core/outline/headings';
import { Tags } from '../../../src/core/tags';
import { itWithSeed, seed000 } from './seeds';

const prose = (words = 'Nội dung báo cáo trình bày kết quả cụ thể') =>
  `${words}, được viết thành câu dài như một đoạn văn bình thường của phần thân văn bản hành chính.`;

const summary = (paragraphs: Array<Paragraph | string>) =>
  findHeadings(createDocument(paragraphs)).map((h) => [h.paragraph, h.level, h.title]);

describe('findHeadings', () => {
  it('reads typed numbering with levels in order of appearance', () => {
    expect(
      summary([
        'I. KẾT QUẢ',
        '1. Công tác lãnh đạo',
        prose(),
        'a) Ưu điểm',
        prose(),
        'b) Hạn chế',
        prose(),
        'II. NHIỆM VỤ',
        prose(),
      ]),
    ).toEqual([
      [0, 1, 'KẾT QUẢ'],
      [1, 2, 'Công tác lãnh đạo'],
      [3, 3, 'Ưu điểm'],
      [5, 3, 'Hạn chế'],
      [7, 1, 'NHIỆM VỤ'],
    ]);
  });

  it('gives relative levels: a document using only "1." and "a)" starts at level 1', () => {
    expect(summary(['1. Kết quả', 'a) Ưu điểm', prose(), '2. Nhiệm vụ', prose()]).map((h) => h[1])).toEqual([1, 2, 1]);
  });

  it('puts arabic under roman even when letters came first', () => {
    expect(relativeLevels(['roman', 'letter', 'arabic', 'letter', 'roman'])).toEqual([1, 2, 2, 3, 1]);
    expect(relativeLevels(['style1', 'style3', 'style2'])).toEqual([1, 2, 2]);
  });

  it('records numbering, title offset and source', () => {
    const [h] = findHeadings(createDocument(['  2.1- Xây dựng chính sách', prose()]));
    expect(h).toEqual({
      paragraph: 0,
      level: 1,
      numbering: { raw: '2.1-', style: 'decimal-dash', value: 1 },
      titleStart: 7,
      title: 'Xây dựng chính sách',
      source: 'numbering',
    });
  });

  it('uses Word heading styles, whatever their text', () => {
    const doc = createDocument([
      { text: 'Kết quả', headingLevel: 1 },
      { text: prose() },
      { text: 'Ưu điểm', headingLevel: 2 },
      { text: prose() },
      { text: 'Nhiệm vụ', headingLevel: 1 },
    ]);
    expect(findHeadings(doc).map((h) => [h.level, h.title, h.source])).toEqual([
      [1, 'Kết quả', 'style'],
      [2, 'Ưu điểm', 'style'],
      [1, 'Nhiệm vụ', 'style'],
    ]);
  });

  it('reads Word list numbering from listString, not from the text', () => {
    const doc = createDocument([
      { text: 'ĐÁNH GIÁ CHUNG', isListItem: true, listString: 'II.' },
      { text: 'Ưu điểm', isListItem: true, listString: '1.' },
      { text: prose() },
      { text: 'Một ý gạch đầu dòng', isListItem: true, listString: '•' },
    ]);
    expect(findHeadings(doc).map((h) => [h.level, h.numbering?.raw, h.titleStart, h.title, h.source])).toEqual([
      [1, 'II.', 0, 'ĐÁNH GIÁ CHUNG', 'list'],
      [2, '1.', 0, 'Ưu điểm', 'list'],
    ]);
  });

  it('never takes "- " bullets, table cells or this add-in\'s header for headings', () => {
    const doc = createDocument([
      { text: 'ĐẢNG BỘ TỈNH', controlTag: Tags.header },
      { text: 'I. MỘT', cell: { table: 0, row: 0, cell: 0 } },
      '- KẾT QUẢ ĐẠT ĐƯỢC',
      '- 1. Không phải đề mục',
      'I. KẾT QUẢ',
      prose(),
    ]);
    expect(summary(doc.paragraphs)).toEqual([[4, 1, 'KẾT QUẢ']]);
  });

  it('treats long numbered paragraphs without content of their own as body items, by sibling group', () => {
    const doc = createDocument([
      'III. NHIỆM VỤ VÀ GIẢI PHÁP',
      `1. ${prose('Tăng cường tuyên truyền, quán triệt chủ trương của Đảng')}`,
      `2. ${prose('Tiếp tục triển khai thực hiện Kết luận số 57-KL/TW')}`,
      '3. Tập trung phát triển kinh tế - xã hội.',
      'Trên đây là báo cáo của đơn vị.',
    ]);
    expect(summary(doc.paragraphs)).toEqual([[0, 1, 'NHIỆM VỤ VÀ GIẢI PHÁP']]);
  });

  it('keeps short numbered headings and long ones that have content', () => {
    const long = `2. ${prose('Việc mở rộng và đa dạng hóa các hình thức tập hợp cán bộ, đoàn viên')}`;
    expect(summary(['1. Ngắn gọn', prose(), long, '- ý thứ nhất', '- ý thứ hai']).map((h) => h[0])).toEqual([0, 2]);
  });

  it('finds unnumbered capitals and bold in the body, not in the header or signature', () => {
    const doc = createDocument([
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'BÁO CÁO',
      'Thực hiện kế hoạch của cấp trên, chi bộ báo cáo như sau:',
      'KẾT QUẢ ĐẠT ĐƯỢC',
      prose(),
      { text: 'Hạn chế và nguyên nhân', font: { bold: true } },
      prose(),
      'Nơi nhận:',
      '- Lưu VP.',
      { text: 'T/M BAN THƯỜNG VỤ', font: { bold: true } },
      { text: 'BÍ THƯ', font: { bold: true } },
    ]);
    expect(summary(doc.paragraphs)).toEqual([
      [3, 1, 'KẾT QUẢ ĐẠT ĐƯỢC'],
      [5, 2, 'Hạn chế và nguyên nhân'],
    ]);
  });

  it('takes capitals as headings from the start when the document has no header', () => {
    expect(summary(['KẾT QUẢ', prose(), 'NHIỆM VỤ', prose()]).map((h) => h[0])).toEqual([0, 2]);
  });

  itWithSeed(seed000)('finds the outline of seed 000 (a real unit report)', () => {
    const headings = findHeadings(seed000!);
    const firstWords = (t: string) => t.split(' ').slice(0, 3).join(' ');
    expect(headings.map((h) => `${h.level} ${h.numbering?.raw} ${firstWords(h.title)}`)).toEqual([
      '1 I. KẾT QUẢ 20',
      '2 1. Chỉ đạo, triển',
      '2 2. Cụ thể hóa',
      '2 3. Công tác kiểm',
      '1 II. ĐÁNH GIÁ CHUNG',
      '2 1. Ưu điểm, hạn',
      '3 a) Ưu điểm và',
      '3 b) Hạn chế và',
      '2 2. Bài học kinh',
      '1 III. NHIỆM VỤ VÀ',
    ]);
    // The six long numbered tasks under III are its content, not sub-headings.
    expect(headings[headings.length - 1].paragraph).toBe(31);
  });
});

describe('extractOutline', () => {
  it('builds the tree with each section ending at the next heading of its level or above', () => {
    const doc = createDocument([
      'I. A',
      '1. B',
      prose(),
      '2. C',
      prose(),
      'II. D',
      prose(),
      'Trên đây là báo cáo.',
      'Nơi nhận:',
    ]);
    const outline = extractOutline(doc);
    expect(outline.map((n) => [n.title, n.end, n.children.map((c) => [c.title, c.end])])).toEqual([
      [
        'A',
        5,
        [
          ['B', 3],
          ['C', 5],
        ],
      ],
      ['D', 7, []],
    ]);
    expect(flattenOutline(outline).map((n) => n.title)).toEqual(['A', 'B', 'C', 'D']);
  });

  itWithSeed(seed000)("ends seed 000's last section before the closing sentence", () => {
    const outline = extractOutline(seed000!);
    const last = outline[outline.length - 1];
    expect(seed000!.paragraphs[last.end].text).toMatch(/^Trên đây là báo cáo/);
  });
});

describe('findHeadings in scaffolded documents', () => {
  const guide = Tags.guide('t', 'I');
  it('skips guidance placeholders but reads what the user typed inside a guidance control', () => {
    const doc = createDocument([
      { text: 'I- KẾT QUẢ', headingLevel: 1 },
      { text: '1. Nêu kết quả cụ thể', controlTag: guide, showsPlaceholder: true },
      { text: 'II- NHIỆM VỤ', headingLevel: 1 },
      { text: 'a) Nhiệm vụ trọng tâm', controlTag: Tags.guide('t', 'II') },
      { text: prose(), controlTag: Tags.guide('t', 'II') },
    ]);
    expect(summary(doc.paragraphs)).toEqual([
      [0, 1, 'KẾT QUẢ'],
      [2, 1, 'NHIỆM VỤ'],
      [3, 2, 'Nhiệm vụ trọng tâm'],
    ]);
  });
});
