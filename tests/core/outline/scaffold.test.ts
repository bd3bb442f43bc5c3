import type { Edit, InsertBlockEdit, ParagraphSpec } from '../../../src/core/edit';
import { specText } from '../../../src/core/edit';
import { createDocument, type DocumentModel } from '../../../src/core/model';
import { findHeadings } from '../../../src/core/outline/headings';
import { matchTemplate } from '../../../src/core/outline/match';
import { buildInsertSection, buildRepair, buildScaffold, sectionNumberPaths } from '../../../src/core/outline/scaffold';
import { Tags } from '../../../src/core/tags';
import { flattenSections, getTemplate } from '../../../src/core/templates';
import { applyInsertions } from './applyInsertions';
import { itWithSeed, seed000 } from './seeds';

const nq23 = getTemplate('nq23-tong-ket-20-nam')!;
const generic = getTemplate('bao-cao-tong-ket')!;

const inserts = (edits: Edit[]) => edits.filter((e): e is InsertBlockEdit => e.kind === 'insertBlock');
/** Every inserted paragraph that is not a guidance placeholder is a heading (styled or not). */
const headingTexts = (edit: InsertBlockEdit) =>
  (edit.items as ParagraphSpec[]).filter((i) => !i.placeholder).map((i) => specText(i));

describe('buildScaffold on an empty document', () => {
  const empty = createDocument(['']);
  const edits = buildScaffold(empty, nq23);

  it('inserts the whole outline in one block at the start and records the template', () => {
    expect(edits).toHaveLength(2);
    const [block, meta] = edits;
    expect(block).toMatchObject({ kind: 'insertBlock', position: { at: 'start' } });
    expect(block).not.toHaveProperty('tag');
    expect(meta).toEqual({ kind: 'setMeta', templateId: nq23.id });
    expect(headingTexts(block as InsertBlockEdit)).toHaveLength(flattenSections(nq23.sections).length);
  });

  it('writes numbered headings with Word heading levels and the profile typography', () => {
    const items = (edits[0] as InsertBlockEdit).items as ParagraphSpec[];
    const headings = items.filter((i) => i.headingLevel);
    expect(headings[0]).toMatchObject({
      text: 'I- TÌNH HÌNH TRIỂN KHAI NGHỊ QUYẾT SỐ 23-NQ/TW',
      headingLevel: 1,
      format: { font: 'Times New Roman', size: 14, bold: true },
    });
    expect(headings[1]).toMatchObject({ text: expect.stringMatching(/^1\. Khái quát tình hình/), headingLevel: 2 });
    expect(headings.find((h) => specText(h).startsWith('2.3- '))).toMatchObject({ headingLevel: 3 });
    expect(headings.map((h) => specText(h).split(' ')[0])).toEqual([
      'I-',
      '1.',
      '2.',
      'II-',
      '1.',
      '2.',
      '2.1-',
      '2.2-',
      '2.3-',
      '2.4-',
      '2.5-',
      '2.6-',
      'III-',
      '1.',
      '2.',
      '3.',
      'IV-',
    ]);
  });

  it('puts the guidance under its heading as a tagged placeholder', () => {
    const items = (edits[0] as InsertBlockEdit).items as ParagraphSpec[];
    const at = items.findIndex((i) => specText(i).startsWith('1. Công tác lãnh đạo'));
    const guide = items[at + 1];
    expect(guide.headingLevel).toBeUndefined();
    expect(guide.placeholder?.tag).toBe(Tags.guide(nq23.id, 'II.1'));
    expect(guide.placeholder?.text.split('\n')).toHaveLength(4);
    expect(guide.placeholder?.text).toMatch(/^- Việc tổ chức quán triệt.*số lần tổ chức/);
    // A section with sub-sections and no guidance of its own gets no placeholder.
    const kq = items.findIndex((i) => specText(i).startsWith('2. Kết quả lãnh đạo'));
    expect(items[kq + 1].headingLevel).toBe(3);
  });

  it('gives a document whose outline is the template, and a second run changes nothing', () => {
    const after = applyInsertions(empty, edits);
    expect(matchTemplate(after, nq23).missing).toEqual([]);
    expect(findHeadings(after).map((h) => h.level)).toEqual(flattenSections(nq23.sections).map((s) => s.section.level));
    expect(buildScaffold(after, nq23)).toEqual([]);
    expect(buildRepair(after, nq23)).toEqual([]);
  });

  it('writes the chosen numbering style', () => {
    const dot = buildScaffold(empty, nq23, { numbering: 'dot' });
    const texts = headingTexts(dot[0] as InsertBlockEdit);
    expect(texts[0]).toMatch(/^I\. /);
    expect(texts.find((t) => t.startsWith('2.1'))).toMatch(/^2\.1\. /);
    expect(texts[1]).toMatch(/^1\. /);
  });

  it('inserts at the cursor when asked', () => {
    expect(buildScaffold(empty, generic, { position: 'selection' })[0]).toMatchObject({
      position: { at: 'selection' },
    });
  });
});

describe('buildScaffold after a header', () => {
  it('goes after the tagged header block, before the first paragraph outside it', () => {
    const doc = createDocument([
      { text: 'ĐẢNG BỘ TỈNH', controlTag: Tags.header, cell: { table: 0, row: 0, cell: 0 } },
      { text: 'BÁO CÁO', controlTag: Tags.header },
      { text: 'tổng kết công tác năm 2026', controlTag: Tags.header },
      { text: '-----', controlTag: Tags.header },
      '',
    ]);
    const [block] = buildScaffold(doc, generic);
    expect(block).toMatchObject({ position: { at: 'beforeParagraph', paragraph: 4, expected: '' } });
    const after = applyInsertions(doc, buildScaffold(doc, generic));
    expect(after.paragraphs.slice(0, 4)).toEqual(doc.paragraphs.slice(0, 4));
    expect(after.paragraphs[4].text).toBe('I- KẾT QUẢ THỰC HIỆN');
    expect(buildScaffold(after, generic)).toEqual([]);
  });

  it('falls back to the "-----" line of an untagged header', () => {
    const doc = createDocument(['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO', 'kết quả', '-----', 'Mở đầu.']);
    expect(buildScaffold(doc, generic)[0]).toMatchObject({
      position: { at: 'afterParagraph', paragraph: 3, expected: '-----' },
    });
  });

  it('goes after the table when the header ends inside a cell', () => {
    const doc = createDocument([
      { text: 'ĐẢNG BỘ', controlTag: Tags.header, cell: { table: 0, row: 0, cell: 0 } },
      { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', controlTag: Tags.header, cell: { table: 0, row: 0, cell: 1 } },
      '',
    ]);
    expect(buildScaffold(doc, generic)[0]).toMatchObject({
      position: { at: 'beforeParagraph', paragraph: 2, expected: '' },
    });
  });

  it('goes to the end when nothing follows the header block', () => {
    const doc = createDocument([{ text: 'BÁO CÁO', controlTag: Tags.header }]);
    expect(buildScaffold(doc, generic)[0]).toMatchObject({ position: { at: 'end' } });
  });
});

describe('buildRepair', () => {
  const body = 'Nội dung đã viết của đơn vị, không được di chuyển hay xoá khi bổ sung phần còn thiếu.';
  const partial = (): DocumentModel =>
    createDocument([
      'I. KẾT QUẢ THỰC HIỆN',
      body,
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      body,
      '3. Bài học kinh nghiệm',
      body,
      'Trên đây là báo cáo của chi bộ.',
    ]);

  it("inserts only the missing required sections, each after the previous sibling's content", () => {
    const doc = partial();
    const edits = buildRepair(doc, generic);
    expect(inserts(edits).map((e) => [e.position, headingTexts(e)])).toEqual([
      [{ at: 'afterParagraph', paragraph: 6, expected: body }, ['III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP']],
      [{ at: 'afterParagraph', paragraph: 4, expected: body }, ['2. Hạn chế, khuyết điểm và nguyên nhân']],
    ]);
    // The optional "Kiến nghị, đề xuất" is left out; the document's "I." style is used for the new "III.".
    const after = applyInsertions(doc, edits);
    expect(after.paragraphs.filter((p) => !p.controlTag).map((p) => p.text)).toEqual(
      [...doc.paragraphs.map((p) => p.text)].flatMap((t, i) =>
        i === 4
          ? [t, '2. Hạn chế, khuyết điểm và nguyên nhân']
          : i === 6
            ? [t, 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP']
            : [t],
      ),
    );
    expect(buildRepair(after, generic)).toEqual([]);
  });

  it('inserts before the next present sibling when no earlier one is there', () => {
    const doc = createDocument([
      'Mở đầu báo cáo.',
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      body,
      '2. Hạn chế',
      body,
      '3. Bài học kinh nghiệm',
      body,
      'III. NHIỆM VỤ',
      body,
    ]);
    const [first] = inserts(buildRepair(doc, generic));
    expect(first.position).toEqual({ at: 'afterParagraph', paragraph: 0, expected: 'Mở đầu báo cáo.' });
    expect(headingTexts(first)).toEqual(['I. KẾT QUẢ THỰC HIỆN']);
  });

  it('builds the fix for one missing section, with its missing parent', () => {
    const doc = partial();
    expect(buildInsertSection(doc, generic, 'II.1')).toEqual([]);
    const edits = buildInsertSection(doc, nq23, 'II.2.3');
    expect(inserts(edits)).toHaveLength(1);
    expect(headingTexts(inserts(edits)[0])).toEqual([
      '2. Kết quả lãnh đạo thực hiện những chủ trương và giải pháp chủ yếu',
      '2.3- Việc phát huy vai trò của chính quyền nhà nước trong việc thực hiện chính sách đại đoàn kết toàn dân tộc',
    ]);
    expect(buildInsertSection(doc, nq23, 'nope')).toEqual([]);
  });

  it('follows styled headings with Word heading levels relative to them', () => {
    const doc = createDocument([
      { text: 'II- ĐÁNH GIÁ CHUNG', headingLevel: 2 },
      { text: '1. Ưu điểm', headingLevel: 3 },
      body,
    ]);
    const edits = buildRepair(doc, generic);
    const hanChe = inserts(edits)
      .flatMap((e) => e.items as ParagraphSpec[])
      .find((i) => specText(i).includes('Hạn chế'));
    expect(hanChe?.headingLevel).toBe(3);
  });

  itWithSeed(seed000)('completes seed 000 against the outline of 001 without touching its text', () => {
    const edits = buildRepair(seed000!, nq23);
    const blocks = inserts(edits);
    expect(blocks.length).toBeLessThanOrEqual(4);
    const after = applyInsertions(seed000!, edits);
    // Existing text stays, except the numbers of the sections after the new "I." (I → II, II → III, III → IV).
    const renumbered = (t: string) =>
      t.replace(/^(III|II|I)\. /, (_, n: string) => `${{ I: 'II', II: 'III', III: 'IV' }[n]}. `);
    const original = seed000!.paragraphs.map((p) => p.text);
    const expected = original.map((t) => (/^(I|II|III)\. [A-ZĐ]/.test(t) ? renumbered(t) : t));
    expect(expected.filter((t, i) => t !== original[i])).toHaveLength(3);
    const kept = after.paragraphs.map((p) => p.text).filter((t) => expected.includes(t));
    expect(kept).toEqual(expected);
    expect(matchTemplate(after, nq23).missing).toEqual([]);
    expect(buildRepair(after, nq23)).toEqual([]);
    // Section I goes before "I. KẾT QUẢ…", after the opening paragraphs, numbered in the document's "I." style.
    const first = after.paragraphs.findIndex((p) => /^I\. TÌNH HÌNH/.test(p.text));
    expect(after.paragraphs[first - 1].text).toMatch(/^Căn cứ vào chức năng/);
    // I (no guidance of its own), then 1. and 2. each with its placeholder; then the old "I." renumbered.
    expect(after.paragraphs[first + 5].text).toMatch(/^II\. KẾT QUẢ/);
  });

  itWithSeed(seed000)('adds nothing required to seed 000 for the generic report template', () => {
    expect(buildRepair(seed000!, generic)).toEqual([]);
    const scaffold = buildScaffold(seed000!, generic);
    expect(inserts(scaffold).map(headingTexts)).toEqual([['IV. KIẾN NGHỊ, ĐỀ XUẤT']]);
    const position = inserts(scaffold)[0].position;
    expect(position.at === 'afterParagraph' && seed000!.paragraphs[position.paragraph + 1].text).toMatch(
      /^Trên đây là/,
    );
  });
});

describe('sectionNumberPaths', () => {
  it('carries the numbers above a decimal section', () => {
    const paths = sectionNumberPaths(nq23.sections);
    expect(paths.get('II.2.3')).toEqual([2, 3]);
    expect(paths.get('III.2')).toEqual([2]);
    const deep = sectionNumberPaths([
      {
        id: '1',
        title: 'A',
        level: 1,
        numbering: 'arabic-dot',
        required: true,
        children: [
          {
            id: '1.1',
            title: 'B',
            level: 2,
            numbering: 'decimal-dot',
            required: true,
            children: [{ id: '1.1.2', title: 'C', level: 3, numbering: 'decimal-dot', required: true, children: [] }],
          },
        ],
      },
    ]);
    expect(deep.get('1.1.2')).toEqual([1, 1, 1]);
  });
});
