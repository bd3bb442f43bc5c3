import fc from 'fast-check';
import { changesSince, checkDocument, recheckDocument } from '../../src/core/check';
import { createDocument, type DocumentModel, type Paragraph } from '../../src/core/model';

/** Pieces that make paragraph and document rules fire: slips, brackets across paragraphs, headings, blanks. */
const FRAGMENTS = [
  'của',
  'của của',
  'Đoàn kết',
  'hoà',
  'hòa',
  'uỷ ban',
  'ủy ban',
  'UBND',
  '23-NQ/TW',
  'cơng',
  'na9m',
  'TiÕng',
  '  ',
  ' ',
  ' ,',
  '..',
  '(',
  ')',
  '“',
  '”',
  '\u200b',
  'cu\u0309a',
  'Nhân dân',
  'kết quả',
];
const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join(' ').trim());
const paragraph: fc.Arbitrary<Paragraph> = fc.oneof(
  { weight: 6, arbitrary: text.map((t) => ({ text: t })) },
  { weight: 1, arbitrary: fc.constant({ text: '' }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('I. KẾT QUẢ', 'II. HẠN CHẾ', '1. Ưu điểm', 'III. NHIỆM VỤ'),
        fc.integer({ min: 1, max: 2 }),
      )
      .map(([t, headingLevel]) => ({ text: t, headingLevel })),
  },
);
const documents = fc.array(paragraph, { minLength: 1, maxLength: 14 }).map((ps) => createDocument(ps));

type Change =
  | { op: 'replace'; at: number; p: Paragraph }
  | { op: 'insert'; at: number; p: Paragraph }
  | { op: 'delete'; at: number; count: number }
  | { op: 'append'; at: number; extra: string };
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), p: paragraph }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), p: paragraph }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('append' as const), at: fc.nat(), extra: fc.constantFrom(...FRAGMENTS) }),
);

function edit(doc: DocumentModel, changes: readonly Change[]): DocumentModel {
  const ps = [...doc.paragraphs];
  for (const c of changes) {
    const at = c.at % (ps.length + 1);
    if (c.op === 'insert') ps.splice(at, 0, c.p);
    else if (at >= ps.length) continue;
    else if (c.op === 'replace') ps[at] = c.p;
    else if (c.op === 'delete') ps.splice(at, c.count);
    else ps[at] = { ...ps[at], text: ps[at].text + c.extra };
  }
  return { ...doc, paragraphs: ps };
}

describe('recheckDocument', () => {
  it('gives exactly the findings, summary and basis of a full check, after any edits', () => {
    fc.assert(
      fc.property(documents, fc.array(change, { minLength: 1, maxLength: 4 }), (doc, changes) => {
        const before = checkDocument(doc);
        const after = edit(doc, changes);
        expect(recheckDocument(before, after)).toEqual(checkDocument(after));
      }),
      { numRuns: 200 },
    );
  });

  it('matches a full check over a chain of edits, each re-check building on the last', () => {
    fc.assert(
      fc.property(documents, fc.array(change, { minLength: 2, maxLength: 6 }), (doc, changes) => {
        let current = doc;
        let result = checkDocument(doc);
        for (const c of changes) {
          current = edit(current, [c]);
          result = recheckDocument(result, current);
        }
        expect(result).toEqual(checkDocument(current));
      }),
      { numRuns: 80 },
    );
  });

  it('carries findings of untouched paragraphs to their new place after an insertion above them', () => {
    const doc = createDocument(['Mở đầu', 'Báo cáo của của đơn vị']);
    const before = checkDocument(doc);
    const moved = createDocument(['Mở đầu', 'Đoạn mới', 'Báo cáo của của đơn vị']);
    const after = recheckDocument(before, moved);
    const dup = after.findings.find((f) => f.ruleId === 'duplicated-word')!;
    expect(dup.paragraph).toBe(2);
    expect(dup.fix?.every((e) => e.kind === 'replaceText' && e.paragraph === 2)).toBe(true);
  });
});

describe('changesSince', () => {
  it('names the paragraphs that changed and maps the others to their old index', () => {
    const before = checkDocument(createDocument(['a', 'b', 'c', 'd']));
    expect(changesSince(before, createDocument(['a', 'b', 'c', 'd'])).changed).toEqual([]);
    expect(changesSince(before, createDocument(['a', 'B', 'c', 'D']))).toMatchObject({
      changed: [1, 3],
      oldIndex: [0, -1, 2, -1],
    });
    expect(changesSince(before, createDocument(['a', 'x', 'b', 'c', 'd']))).toMatchObject({
      changed: [1],
      oldIndex: [0, -1, 1, 2, 3],
    });
    expect(changesSince(before, createDocument(['a', 'd']))).toMatchObject({ changed: [], removedAt: [1] });
  });

  it('sees a change of formatting, not only of text', () => {
    const before = checkDocument(createDocument(['a', 'b']));
    expect(changesSince(before, createDocument(['a', { text: 'b', headingLevel: 1 }])).changed).toEqual([1]);
  });
});
