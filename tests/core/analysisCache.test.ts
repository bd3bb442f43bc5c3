import fc from 'fast-check';
import { checkDocument, recheckDocument } from '../../src/core/check';
import { linesOf } from '../../src/core/header/parse';
import { documentLines } from '../../src/core/header/text';
import { createDocument, type DocumentModel, type Paragraph } from '../../src/core/model';
import type { Rule } from '../../src/core/rule';
import { allRules } from '../../src/core/rules';
import { AnalysisCache, runRules } from '../../src/core/runner';
import { Tags } from '../../src/core/tags';
import { getTemplate } from '../../src/core/templates';
import type { TemplateSection } from '../../src/core/templates/types';

/**
 * The analyses kept across checks (per-paragraph memos by text, document analyses by their inputs) must never
 * change a finding: a check over a warm cache, after any history of other documents, equals a check from scratch.
 * The documents are built from a real template (its headings, guidance lines, bracketed instructions, guidance
 * placeholders), so the template choice, the comparison, leftover guidance and the header analysis all run.
 */
const template = getTemplate('bao-cao-tong-ket')!;
const sections: TemplateSection[] = [];
const walk = (list: readonly TemplateSection[]) => list.forEach((s) => (sections.push(s), walk(s.children)));
walk(template.sections);

const POOL: Paragraph[] = [
  { text: 'ĐẢNG BỘ TỈNH BÌNH DƯƠNG' },
  { text: 'ĐẢNG CỘNG SẢN VIỆT NAM' },
  { text: 'Số 12-BC/TU' },
  { text: 'Bình Dương, ngày 5 tháng 3 năm 2024' },
  { text: 'BÁO CÁO' },
  { text: 'Tổng kết công tác năm 2023' },
  ...sections.map((s, i) => ({ text: `${['I', 'II', 'III', '1', '2', '3'][i % 6]}. ${s.title}` })),
  ...sections.map((s) => ({ text: s.title.toLocaleUpperCase('vi'), headingLevel: s.level })),
  ...sections.flatMap((s) => (s.guidance ?? []).map((text) => ({ text }))),
  ...sections.map((s) => ({
    text: s.guidance?.[0] ?? 'Nhập nội dung.',
    controlTag: Tags.guide(template.id, s.id),
    showsPlaceholder: true,
  })),
  { text: 'Đã tổ chức 12 hội nghị quán triệt với 1.250 lượt đảng viên tham gia, đạt 98 %.' },
  { text: 'Công tác kiểm tra, giám sát được tăng cường (nêu cụ thể số cuộc kiểm tra, giám sát) trong năm.' },
  { text: 'Các chi bộ thực hiện nghiêm túc chế độ sinh hoạt định kỳ, nội dung sinh hoạt có đổi mới.' },
  { text: '“1. Sửa đổi khoản 2 như sau:' },
  { text: 'Điều 1. Phạm vi điều chỉnh' },
  { text: '' },
  { text: 'Nơi nhận:' },
  { text: 'T/M BAN THƯỜNG VỤ' },
  { text: 'Nguyễn Văn A' },
];
const EXTRA = [' của của', ' mới', ' (nêu cụ thể)', '.', ' 15 %', 'hòa', '\n- dòng hai'];

const paragraph = fc.constantFrom(...POOL);
const documents = fc
  .array(paragraph, { minLength: 4, maxLength: 30 })
  .chain((ps) => fc.boolean().map((recorded) => createDocument(ps, recorded ? { templateId: template.id } : {})));

type Change =
  | { op: 'replace'; at: number; p: Paragraph }
  | { op: 'append'; at: number; extra: string }
  | { op: 'insert'; at: number; p: Paragraph }
  | { op: 'delete'; at: number };
const inPlace: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), p: paragraph }),
  fc.record({ op: fc.constant('append' as const), at: fc.nat(), extra: fc.constantFrom(...EXTRA) }),
);
const anyChange: fc.Arbitrary<Change> = fc.oneof(
  inPlace,
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), p: paragraph }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
);

/** The document after the change, and the paragraph it edited in place (if that is what it did). */
function apply(doc: DocumentModel, c: Change): { doc: DocumentModel; edited?: number } {
  const ps = [...doc.paragraphs];
  const at = c.at % (ps.length + (c.op === 'insert' ? 1 : 0));
  if (c.op === 'insert') ps.splice(at, 0, c.p);
  else if (c.op === 'delete') {
    if (ps.length > 1) ps.splice(at, 1);
  } else if (c.op === 'replace') ps[at] = c.p;
  else ps[at] = { ...ps[at], text: ps[at].text + c.extra };
  const edited = c.op === 'replace' || c.op === 'append' ? at : undefined;
  return { doc: { ...doc, paragraphs: ps }, ...(edited !== undefined ? { edited } : {}) };
}

describe('AnalysisCache across checks', () => {
  it('never changes findings: a warm cache after any edits gives the findings of a cold check', () => {
    fc.assert(
      fc.property(documents, fc.array(anyChange, { minLength: 1, maxLength: 5 }), (doc, changes) => {
        const cache = new AnalysisCache();
        let current = doc;
        expect(runRules(current, allRules, {}, { cache })).toEqual(runRules(current, allRules));
        for (const c of changes) {
          current = apply(current, c).doc;
          expect(runRules(current, allRules, {}, { cache })).toEqual(runRules(current, allRules));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('re-checks told which paragraphs changed give the findings, summary and basis of a full check', () => {
    fc.assert(
      fc.property(documents, fc.array(inPlace, { minLength: 1, maxLength: 5 }), (doc, changes) => {
        let current = doc;
        let result = checkDocument(doc);
        for (const c of changes) {
          const next = apply(current, c);
          result = recheckDocument(result, next.doc, {}, allRules, { changed: [next.edited!] });
          current = next.doc;
          expect(result).toEqual(checkDocument(current));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('re-checks without a hint, after insertions and deletions, match a full check', () => {
    fc.assert(
      fc.property(documents, fc.array(anyChange, { minLength: 1, maxLength: 4 }), (doc, changes) => {
        let current = doc;
        let result = checkDocument(doc);
        for (const c of changes) {
          current = apply(current, c).doc;
          result = recheckDocument(result, current);
        }
        expect(result).toEqual(checkDocument(current));
      }),
      { numRuns: 40 },
    );
  });
});

describe('RuleContext.memoDocument', () => {
  const probe = (calls: string[]): Rule => ({
    meta: {
      id: 'probe',
      category: 'structure',
      defaultSeverity: 'info',
      description: { vi: 'p', en: 'p' },
      messages: { m: { vi: '{n}', en: '{n}' } },
    },
    checkDocument(context) {
      const deps = context.doc.paragraphs.slice(0, 2).map((p) => p.text);
      const n = context.memoDocument!('probe:first-two', deps, () => (calls.push(deps.join('|')), deps.length));
      // Asked twice in one check: computed once.
      context.memoDocument!('probe:first-two', deps, () => (calls.push('again'), -1));
      context.report({ paragraph: 0, start: 0, length: 0, messageId: 'm', data: { n } });
    },
  });

  it('reuses the previous check’s value while the inputs are the same (strings by value), else computes it', () => {
    const calls: string[] = [];
    const cache = new AnalysisCache();
    const run = (texts: string[]) => runRules(createDocument(texts), [probe(calls)], {}, { cache });
    run(['a', 'b', 'c']);
    run(['a', 'b', 'changed']);
    run(['a', ['b'].join(''), 'c']);
    expect(calls).toEqual(['a|b']);
    run(['a', 'B', 'c']);
    expect(calls).toEqual(['a|b', 'a|B']);
    // Without a cache each check computes it once.
    runRules(createDocument(['a', 'B']), [probe(calls)]);
    expect(calls).toEqual(['a|b', 'a|B', 'a|B']);
  });
});

describe('linesOf', () => {
  it('splits like documentLines, whatever was split before', () => {
    const text = fc
      .array(fc.constantFrom('Kính gửi:', '  ', 'a', '\n', '\v', '\u2028', ' – ', 'T/M'), { maxLength: 8 })
      .map((parts) => parts.join(''));
    const para = fc.record({ text, cell: fc.option(fc.constant({ table: 0, row: 1, cell: 2 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(para, { maxLength: 8 }), (ps) => {
        const doc = createDocument(ps.map((p) => (p.cell ? p : { text: p.text })));
        expect(linesOf(doc)).toEqual(documentLines(doc));
        expect(linesOf(doc)).toEqual(documentLines(doc));
      }),
      { numRuns: 200 },
    );
  });
});
