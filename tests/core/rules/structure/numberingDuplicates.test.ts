import { checkDocument, recheckDocument } from '../../../../src/core/check';
import type { Edit, InsertBlockEdit, ParagraphSpec } from '../../../../src/core/edit';
import type { Finding } from '../../../../src/core/finding';
import { createDocument, type DocumentModel } from '../../../../src/core/model';
import { findNumberingIssues } from '../../../../src/core/conformance/numbering';
import { extractOutline } from '../../../../src/core/outline/headings';
import { numberingSequence } from '../../../../src/core/rules/structure/numberingSequence';
import { runRules } from '../../../../src/core/runner';
import { applyInsertions } from '../../outline/applyInsertions';
import { itWithSeed, seed000 } from '../../outline/seeds';

const body = 'Nội dung của mục được viết đầy đủ ở đây, có số liệu và đánh giá cụ thể của đơn vị.';
const config = { templateId: 'bao-cao-tong-ket' };

/** A report from the generic template without its section I ("Kết quả thực hiện"): the rest is numbered I, II. */
const report = (): DocumentModel =>
  createDocument([
    'BÁO CÁO',
    'Kết quả công tác năm 2023',
    'I. ĐÁNH GIÁ CHUNG',
    '1. Ưu điểm',
    body,
    '2. Hạn chế, khuyết điểm',
    body,
    '3. Bài học kinh nghiệm',
    body,
    'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024',
    body,
  ]);

/**
 * The fix as it was built before it renumbered: the same insertion, its headings in Word's heading styles
 * (Heading 1 for a section, Heading 2 below), and no renumbering.
 */
function oldFix(fix: readonly Edit[]): Edit[] {
  return fix
    .filter((e) => e.kind !== 'replaceText')
    .map((e) =>
      e.kind !== 'insertBlock'
        ? e
        : ({
            ...e,
            items: (e.items as ParagraphSpec[]).map((i, k) =>
              i.placeholder ? i : { ...i, headingLevel: k === 0 ? 1 : 2 },
            ),
          } satisfies InsertBlockEdit),
    );
}

const missingSection = (findings: readonly Finding[]) =>
  findings.find((f) => f.ruleId === 'required-section' && f.fix?.some((e) => e.kind === 'insertBlock'))!;
const numbering = (findings: readonly Finding[]) => findings.filter((f) => f.ruleId === 'numbering-sequence');

describe('two sections with the same number', () => {
  it('are caught anywhere in a group, not only one after the other', () => {
    const doc = createDocument(['I. MỞ ĐẦU', body, 'II. KẾT QUẢ', body, 'III. HẠN CHẾ', body, 'II. NHIỆM VỤ', body]);
    const [finding] = runRules(doc, [numberingSequence]);
    expect(finding).toMatchObject({ paragraph: 6, messageId: 'duplicate', text: 'II.' });
    expect(finding.message.vi).toBe('Số “II.” trùng với mục “II. KẾT QUẢ” ở trên, cùng cấp; số đúng là IV.');
    const back = runRules(createDocument(['1. Một', body, '2. Hai', body, '1. Ba', body]), [numberingSequence]);
    expect(back.map((f) => [f.paragraph, f.messageId])).toEqual([[4, 'duplicate']]);
  });

  it('may start again after a table, and under another section', () => {
    const cell = { text: 'Ô bảng', cell: { table: 0, row: 0, cell: 0 } };
    const afterTable = createDocument(['1. Một', body, '2. Hai', body, cell, '1. Ba', body, '2. Bốn', body]);
    expect(runRules(afterTable, [numberingSequence])).toEqual([]);
    const perParent = createDocument(['I. A', '1. X', body, '2. Y', body, 'II. B', '1. Z', body, '2. T', body]);
    expect(runRules(perParent, [numberingSequence])).toEqual([]);
  });

  it('are caught when a heading in a Word heading style and a typed one sit at different outline levels', () => {
    const doc = createDocument([
      { text: 'I. TÌNH HÌNH CHUNG', headingLevel: 1 },
      { text: '1. Khái quát', headingLevel: 2 },
      body,
      'I. KẾT QUẢ',
      body,
      'II. NHIỆM VỤ',
      body,
    ]);
    const outline = extractOutline(doc);
    // The typed "I." is read under the styled sub-heading, so the tree alone sees no repeat.
    expect(outline).toHaveLength(1);
    const issues = findNumberingIssues(outline);
    expect(issues.map((i) => [i.kind, i.heading.paragraph])).toEqual([['duplicate', 3]]);
    // Typed "1." under each of two typed parts: different counters, nothing to report.
    const typed = createDocument([
      { text: 'PHẦN MỘT', headingLevel: 1 },
      '1. Một',
      body,
      { text: 'PHẦN HAI', headingLevel: 1 },
      '1. Hai',
      body,
    ]);
    expect(findNumberingIssues(extractOutline(typed))).toEqual([]);
  });
});

describe('the re-check after the "add missing section" fix', () => {
  it('reports the duplicate "I." the old fix made, and nothing after the renumbering fix', () => {
    const doc = report();
    const before = checkDocument(doc, config);
    expect(numbering(before.findings)).toEqual([]);
    const fix = missingSection(before.findings).fix!;
    expect(fix.some((e) => e.kind === 'replaceText')).toBe(true);

    const old = applyInsertions(doc, oldFix(fix));
    expect(old.paragraphs.filter((p) => /^I\. /.test(p.text))).toHaveLength(2);
    // recheckDocument runs the document rules (numbering-sequence among them) in full.
    const recheckOld = recheckDocument(before, old, config);
    expect(numbering(recheckOld.findings)).toMatchObject([
      {
        messageId: 'duplicate',
        text: 'I.',
        paragraph: old.paragraphs.findIndex((p) => p.text === 'I. ĐÁNH GIÁ CHUNG'),
      },
    ]);
    expect(numbering(recheckOld.findings)).toEqual(numbering(checkDocument(old, config).findings));

    const fixed = applyInsertions(doc, fix);
    const recheckNew = recheckDocument(before, fixed, config);
    expect(numbering(recheckNew.findings)).toEqual([]);
    expect(fixed.paragraphs.map((p) => p.text).filter((t) => /^[IV]+\. /.test(t))).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. ĐÁNH GIÁ CHUNG',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024',
    ]);
  });

  it('the fix says what it renumbers before it is applied', () => {
    const finding = missingSection(checkDocument(report(), config).findings);
    expect(finding.message.vi).toMatch(/Khi chèn, các mục sau nó được đánh lại số: I → II, II → III\.$/);
    expect(finding.suggestions).toEqual([]);
    expect(finding.bulkSafe).toBeUndefined();
  });

  itWithSeed(seed000)('on seed 000: the old fix leaves a duplicate the re-check reports; the new one does not', () => {
    const tpl = { templateId: 'nq23-tong-ket-20-nam' };
    const before = checkDocument(seed000!, tpl);
    const fix = missingSection(before.findings).fix!;
    const old = recheckDocument(before, applyInsertions(seed000!, oldFix(fix)), tpl);
    expect(numbering(old.findings).map((f) => [f.messageId, f.text])).toContainEqual(['duplicate', 'I.']);
    const fixed = recheckDocument(before, applyInsertions(seed000!, fix), tpl);
    expect(numbering(fixed.findings)).toEqual(numbering(before.findings));
  });
});
