import { compareOutline, countStates, flattenStatuses } from '../../../src/core/conformance/compareOutline';
import { createDocument, type Paragraph } from '../../../src/core/model';
import { Tags } from '../../../src/core/tags';
import { getTemplate } from '../../../src/core/templates';

const generic = getTemplate('bao-cao-tong-ket')!;
const body =
  'Trong năm, cơ quan đã triển khai đầy đủ các nhiệm vụ được giao, bảo đảm tiến độ và chất lượng theo kế hoạch đề ra từ đầu năm.';

function states(paragraphs: Array<string | Paragraph>) {
  const comparison = compareOutline(createDocument(paragraphs), generic);
  return Object.fromEntries(flattenStatuses(comparison.sections).map((s) => [s.label, `${s.state}@${s.paragraph}`]));
}

describe('compareOutline', () => {
  it('finds each section whatever its numbering, case or wording variant', () => {
    expect(
      states([
        'I- Kết quả đạt được',
        body,
        'II. ĐÁNH GIÁ',
        'a) Những ưu điểm',
        body,
        'b) Tồn tại, hạn chế',
        body,
        'c) Bài học',
        body,
        'III. NHIỆM VỤ VÀ GIẢI PHÁP',
        body,
        'IV. KIẾN NGHỊ',
        body,
      ]),
    ).toEqual({
      I: 'present@0',
      II: 'present@2',
      'II.1': 'present@3',
      'II.2': 'present@5',
      'II.3': 'present@7',
      III: 'present@9',
      IV: 'present@11',
    });
  });

  it('places a missing section before the next section that is there', () => {
    const s = states([
      'I. KẾT QUẢ THỰC HIỆN',
      body,
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      body,
      '2. Bài học kinh nghiệm',
      body,
      'III. NHIỆM VỤ',
      body,
    ]);
    expect(s['II.2']).toBe('missing@5');
    expect(s.IV).toBe('missing@9');
  });

  it('marks a section placed before one the template puts ahead of it', () => {
    const s = states(['I. NHIỆM VỤ, GIẢI PHÁP', body, 'II. KẾT QUẢ THỰC HIỆN', body]);
    expect([s.I, s.III]).toEqual(['present@2', 'out-of-order@0']);
  });

  it('reads headings in plain bold and headings numbered by Word lists', () => {
    const bold = (text: string): Paragraph => ({ text, font: { bold: true } });
    const list = (listString: string, text: string): Paragraph => ({ text, isListItem: true, listString });
    expect(states([bold('Kết quả thực hiện'), body, bold('Hạn chế'), body])).toMatchObject({
      I: 'present@0',
      'II.2': 'present@2',
    });
    expect(states([list('I.', 'Kết quả thực hiện'), body, list('1.', 'Ưu điểm'), body])).toMatchObject({
      I: 'present@0',
      'II.1': 'present@2',
    });
  });

  it('reads Word heading styles, with or without typed numbers', () => {
    const styled = (text: string, headingLevel: number): Paragraph => ({
      text,
      headingLevel,
      styleName: `Heading ${headingLevel}`,
    });
    expect(
      states([styled('Kết quả thực hiện', 1), body, styled('Đánh giá chung', 1), styled('2. Hạn chế', 2), body]),
    ).toMatchObject({
      I: 'present@0',
      II: 'present@2',
      'II.1': 'missing@3',
      'II.2': 'present@3',
    });
  });

  it('counts a scaffolded section whose guidance control is still there as present', () => {
    const guide = { text: '', controlTag: Tags.guide(generic.id, 'II.3'), showsPlaceholder: true };
    expect(states(['I. KẾT QUẢ THỰC HIỆN', body, guide])['II.3']).toBe('present@2');
  });

  it('gives every section as missing in an empty document, with a score of 0', () => {
    const comparison = compareOutline(createDocument([]), generic);
    expect(comparison.score).toBe(0);
    expect(countStates(comparison.sections)).toEqual({ total: 7, present: 0, missing: 7, outOfOrder: 0 });
    expect(flattenStatuses(comparison.sections).every((s) => s.paragraph === 0)).toBe(true);
  });
});
