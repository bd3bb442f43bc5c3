import { applyTextEditsDetailed } from '../../../src/core/applyEdits';
import type { Edit, InsertBlockEdit, ParagraphSpec, TextEdit } from '../../../src/core/edit';
import { specText } from '../../../src/core/edit';
import { createDocument, type DocumentModel, type Paragraph } from '../../../src/core/model';
import { numberChanges } from '../../../src/core/outline/renumber';
import { buildInsertSection, buildRepair } from '../../../src/core/outline/scaffold';
import { numberingSequence } from '../../../src/core/rules/structure/numberingSequence';
import { runRules } from '../../../src/core/runner';
import type { NumberingStyle, OutlineTemplate, TemplateSection } from '../../../src/core/templates/types';
import { applyInsertions } from './applyInsertions';

const body =
  'Đơn vị đã triển khai đầy đủ các nhiệm vụ được giao, bảo đảm tiến độ và chất lượng theo kế hoạch đề ra từ đầu năm.';

function section(id: string, title: string, numbering: NumberingStyle, children: TemplateSection[] = []) {
  const level = id.split('.').length;
  return { id, title, level, numbering, required: true, children } satisfies TemplateSection;
}

function template(sections: TemplateSection[]): OutlineTemplate {
  return {
    id: 'thu-nghiem',
    name: { vi: 'Thử nghiệm', en: 'Test' },
    documentType: 'Báo cáo',
    profile: 'any',
    sections,
  };
}

/** Four top-level sections numbered I., II., III., IV. */
const roman = template([
  section('1', 'Tình hình chung của địa phương', 'roman-dot'),
  section('2', 'Kết quả đạt được trong năm', 'roman-dot', [
    section('2.1', 'Công tác tuyên truyền', 'arabic-dot'),
    section('2.2', 'Công tác kiểm tra', 'arabic-dot'),
  ]),
  section('3', 'Tồn tại và hạn chế', 'roman-dot'),
  section('4', 'Phương hướng năm tới', 'roman-dot'),
]);

const texts = (doc: DocumentModel) => doc.paragraphs.filter((p) => !p.controlTag).map((p) => p.text);
const textEdits = (edits: Edit[]) => edits.filter((e): e is TextEdit => e.kind === 'replaceText');
const insertedHeadings = (edits: Edit[]) =>
  edits
    .filter((e): e is InsertBlockEdit => e.kind === 'insertBlock')
    .flatMap((e) => e.items as ParagraphSpec[])
    .filter((i) => !i.placeholder)
    .map(specText);
const numberingFindings = (doc: DocumentModel) => runRules(doc, [numberingSequence]).map((f) => f.message.vi);

describe('inserting a section renumbers the sections after it', () => {
  const doc = () =>
    createDocument([
      'I. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM',
      '1. Công tác tuyên truyền',
      body,
      '2. Công tác kiểm tra',
      body,
      'II. TỒN TẠI VÀ HẠN CHẾ',
      body,
      'III. PHƯƠNG HƯỚNG NĂM TỚI',
      body,
    ]);

  it('inserts "I." above the old "I." and makes the old I, II, III into II, III, IV; sub-numbers stay', () => {
    const edits = buildInsertSection(doc(), roman, '1');
    expect(insertedHeadings(edits)).toEqual(['I. TÌNH HÌNH CHUNG CỦA ĐỊA PHƯƠNG']);
    expect(numberChanges(edits).map((c) => `${c.from} → ${c.to}`)).toEqual(['I → II', 'II → III', 'III → IV']);
    const after = applyInsertions(doc(), edits);
    expect(texts(after)).toEqual([
      'I. TÌNH HÌNH CHUNG CỦA ĐỊA PHƯƠNG',
      'II. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM',
      '1. Công tác tuyên truyền',
      body,
      '2. Công tác kiểm tra',
      body,
      'III. TỒN TẠI VÀ HẠN CHẾ',
      body,
      'IV. PHƯƠNG HƯỚNG NĂM TỚI',
      body,
    ]);
    // Typed like its siblings, without a Word heading style that would make it a level of its own.
    const heading = (edits[0] as InsertBlockEdit).items[0] as ParagraphSpec;
    expect(heading.headingLevel).toBeUndefined();
    expect(heading.format?.bold).toBe(true);
    expect(numberingFindings(after)).toEqual([]);
    expect(buildRepair(after, roman)).toEqual([]);
  });

  it('states each heading’s text from its number on, so a heading changed since is refused', () => {
    const edits = buildInsertSection(doc(), roman, '1');
    expect(textEdits(edits)[0]).toEqual({
      kind: 'replaceText',
      paragraph: 0,
      start: 0,
      length: 'I. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM'.length,
      expected: 'I. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM',
      replacement: 'II. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM',
    });
    const edited = doc();
    edited.paragraphs[5] = { text: 'II. TỒN TẠI, HẠN CHẾ' };
    const outcome = applyTextEditsDetailed(edited, edits);
    expect(outcome.stale.map((e) => e.paragraph)).toEqual([5]);
    expect(outcome.applied.map((e) => e.paragraph).sort()).toEqual([0, 7]);
  });

  it('renumbers only the sections after the insertion, and stops at one already numbered higher', () => {
    const middle = createDocument([
      'I. TÌNH HÌNH CHUNG CỦA ĐỊA PHƯƠNG',
      body,
      'II. TỒN TẠI VÀ HẠN CHẾ',
      body,
      'III. PHƯƠNG HƯỚNG NĂM TỚI',
      body,
    ]);
    const edits = buildInsertSection(middle, roman, '2');
    expect(insertedHeadings(edits)[0]).toBe('II. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM');
    expect(numberChanges(edits).map((c) => [c.paragraph, c.from, c.to])).toEqual([
      [2, 'II', 'III'],
      [4, 'III', 'IV'],
    ]);

    // A writer who left room for the section: nothing to renumber.
    const gap = createDocument([
      'I. TÌNH HÌNH CHUNG CỦA ĐỊA PHƯƠNG',
      body,
      'III. TỒN TẠI VÀ HẠN CHẾ',
      body,
      'IV. PHƯƠNG HƯỚNG NĂM TỚI',
      body,
    ]);
    const fill = buildInsertSection(gap, roman, '2');
    expect(insertedHeadings(fill)[0]).toBe('II. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM');
    expect(textEdits(fill)).toEqual([]);
  });

  it('keeps the punctuation the document uses ("I-") and changes only the numerals', () => {
    const dashed = createDocument(['I- KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM', body, 'II- TỒN TẠI VÀ HẠN CHẾ', body]);
    const after = applyInsertions(dashed, buildInsertSection(dashed, roman, '1'));
    expect(texts(after)).toEqual([
      'I- TÌNH HÌNH CHUNG CỦA ĐỊA PHƯƠNG',
      'II- KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM',
      body,
      'III- TỒN TẠI VÀ HẠN CHẾ',
      body,
    ]);
  });

  it('renumbers Arabic numbers', () => {
    const arabic = template([
      section('1', 'Tình hình chung của địa phương', 'arabic-dot'),
      section('2', 'Tồn tại và hạn chế', 'arabic-dot'),
      section('3', 'Phương hướng năm tới', 'arabic-dot'),
    ]);
    const doc = createDocument(['1. Tồn tại và hạn chế', body, '2. Phương hướng năm tới', body]);
    const after = applyInsertions(doc, buildInsertSection(doc, arabic, '1'));
    expect(texts(after)).toEqual([
      '1. TÌNH HÌNH CHUNG CỦA ĐỊA PHƯƠNG',
      '2. Tồn tại và hạn chế',
      body,
      '3. Phương hướng năm tới',
      body,
    ]);
    expect(numberingFindings(after)).toEqual([]);
  });

  it('renumbers letters in the Vietnamese order (d → đ)', () => {
    const letters = template([
      section('1', 'Kết quả đạt được trong năm', 'arabic-dot', [
        section('1.1', 'Về kinh tế', 'letter-paren'),
        section('1.2', 'Về văn hoá', 'letter-paren'),
        section('1.3', 'Về xã hội', 'letter-paren'),
        section('1.4', 'Về quốc phòng', 'letter-paren'),
        section('1.5', 'Về an ninh', 'letter-paren'),
      ]),
    ]);
    const doc = createDocument([
      '1. Kết quả đạt được trong năm',
      'a) Về văn hoá',
      body,
      'b) Về xã hội',
      body,
      'c) Về quốc phòng',
      body,
      'd) Về an ninh',
      body,
    ]);
    const edits = buildInsertSection(doc, letters, '1.1');
    expect(insertedHeadings(edits)).toEqual(['a) Về kinh tế']);
    expect(numberChanges(edits).map((c) => `${c.from} → ${c.to}`)).toEqual(['a → b', 'b → c', 'c → d', 'd → đ']);
    expect(numberingFindings(applyInsertions(doc, edits))).toEqual([]);
  });

  it('renumbers "1.1." numbers under their section, and carries a renumbered section’s number into them', () => {
    const decimal = template([
      section('1', 'Tình hình chung của địa phương', 'roman-dot'),
      section('2', 'Kết quả đạt được trong năm', 'roman-dot', [
        section('2.1', 'Công tác tuyên truyền', 'decimal-dot'),
        section('2.2', 'Công tác kiểm tra', 'decimal-dot'),
        section('2.3', 'Công tác khen thưởng', 'decimal-dot'),
      ]),
    ]);
    // The section before "1.1." is missing: the sub-sections move up one.
    const doc = createDocument([
      'I. TÌNH HÌNH CHUNG CỦA ĐỊA PHƯƠNG',
      body,
      'II. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM',
      '2.1. Công tác kiểm tra',
      body,
      '2.2. Công tác khen thưởng',
      body,
    ]);
    const edits = buildInsertSection(doc, decimal, '2.1');
    expect(insertedHeadings(edits)).toEqual(['2.1. Công tác tuyên truyền']);
    expect(numberChanges(edits).map((c) => `${c.from} → ${c.to}`)).toEqual(['2.1 → 2.2', '2.2 → 2.3']);

    // The section above is missing: "I." becomes "II.", and its "1.1.", "1.2." become "2.1.", "2.2.".
    const top = createDocument([
      'I. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM',
      '1.1. Công tác tuyên truyền',
      body,
      '1.2. Công tác kiểm tra',
      body,
      '1.3. Công tác khen thưởng',
      body,
    ]);
    const after = applyInsertions(top, buildInsertSection(top, decimal, '1'));
    expect(texts(after)).toEqual([
      'I. TÌNH HÌNH CHUNG CỦA ĐỊA PHƯƠNG',
      'II. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM',
      '2.1. Công tác tuyên truyền',
      body,
      '2.2. Công tác kiểm tra',
      body,
      '2.3. Công tác khen thưởng',
      body,
    ]);
    expect(numberingFindings(after)).toEqual([]);
  });

  it('numbers the sub-sections inserted with a section after the number it takes', () => {
    const doc = createDocument(['I. TÌNH HÌNH CHUNG CỦA ĐỊA PHƯƠNG', body, 'II. TỒN TẠI VÀ HẠN CHẾ', body]);
    const decimalChildren = template([
      section('1', 'Tình hình chung của địa phương', 'roman-dot'),
      section('5', 'Kết quả đạt được trong năm', 'roman-dot', [section('5.1', 'Công tác tuyên truyền', 'decimal-dot')]),
      section('3', 'Tồn tại và hạn chế', 'roman-dot'),
    ]);
    expect(insertedHeadings(buildInsertSection(doc, decimalChildren, '5'))).toEqual([
      'II. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM',
      '2.1. Công tác tuyên truyền',
    ]);
  });

  it('leaves Word’s list numbering to Word: no number in the text, nothing to renumber', () => {
    const item = (listString: string, text: string): Paragraph => ({ text, isListItem: true, listString });
    const doc = createDocument([
      item('I.', 'KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM'),
      item('1.', 'Công tác tuyên truyền'),
      body,
      item('2.', 'Công tác kiểm tra'),
      body,
      item('II.', 'TỒN TẠI VÀ HẠN CHẾ'),
      body,
      item('III.', 'PHƯƠNG HƯỚNG NĂM TỚI'),
      body,
    ]);
    const edits = buildInsertSection(doc, roman, '1');
    expect(insertedHeadings(edits)).toHaveLength(1);
    expect(textEdits(edits)).toEqual([]);
    expect(texts(applyInsertions(doc, edits)).slice(1)).toEqual(doc.paragraphs.map((p) => p.text));
  });

  it('renumbers once for several sections inserted into one list (the repair)', () => {
    const doc = createDocument([
      'I. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM',
      '1. Công tác tuyên truyền',
      body,
      '2. Công tác kiểm tra',
      body,
    ]);
    const edits = buildRepair(doc, roman);
    const after = applyInsertions(doc, edits);
    expect(texts(after).filter((t) => /^[IV]+\. /.test(t))).toEqual([
      'I. TÌNH HÌNH CHUNG CỦA ĐỊA PHƯƠNG',
      'II. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM',
      'III. TỒN TẠI VÀ HẠN CHẾ',
      'IV. PHƯƠNG HƯỚNG NĂM TỚI',
    ]);
    expect(numberingFindings(after)).toEqual([]);
  });
});
