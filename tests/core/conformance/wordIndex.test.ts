import fc from 'fast-check';
import { containmentOfWords, similarityOfWords } from '../../../src/core/conformance/text';
import { LineIndex } from '../../../src/core/conformance/wordIndex';

const COPIED = 0.9;
const word = fc.constantFrom('bao', 'cao', 'ket', 'qua', 'nghi', 'quyet', 'dang', 'vien', 'to', 'chuc', 'xa', 'hoi');
const line = fc.array(word, { minLength: 1, maxLength: 14 });

/** A paragraph near a line: the line with a few words dropped, changed or added. */
const nearCopy = (lines: string[][]) =>
  fc
    .tuple(
      fc.nat(lines.length - 1),
      fc.array(fc.tuple(fc.nat(20), fc.oneof(word, fc.constant('moi'))), { maxLength: 3 }),
    )
    .map(([n, edits]) => {
      const words = [...lines[n]];
      for (const [at, w] of edits) words.splice(at % (words.length + 1), at % 3 === 0 ? 1 : 0, w);
      return words;
    });

describe('LineIndex', () => {
  it('computes the same LCS as the string comparison', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), line, (lines, paragraph) => {
        const index = new LineIndex(lines, COPIED);
        const ids = index.ids(paragraph);
        lines.forEach((l, n) => {
          expect(index.lcs(ids, index.lines[n])).toBe(Math.round(containmentOfWords(paragraph, l) * paragraph.length));
        });
      }),
    );
  });

  it('never misses a line the paragraph copies (prefix filtering is exact)', () => {
    const minShare = COPIED / (2 - COPIED);
    fc.assert(
      fc.property(
        fc
          .array(line, { minLength: 1, maxLength: 8 })
          .chain((lines) => fc.tuple(fc.constant(lines), fc.oneof(line, nearCopy(lines)))),
        ([lines, paragraph]) => {
          const index = new LineIndex(lines, minShare);
          const candidates = new Set(index.candidates(index.ids(paragraph)));
          lines.forEach((l, n) => {
            const copied = similarityOfWords(paragraph, l) >= COPIED;
            if (copied) expect(candidates.has(n)).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds a line copied without its rarest word', () => {
    const lines = [
      ['mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'],
      ['hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'],
    ];
    // "mot" is the first line's only word of its own: a copy without it must still be found.
    const paragraph = lines[0].slice(1);
    expect(similarityOfWords(paragraph, lines[0])).toBeGreaterThanOrEqual(COPIED);
    const index = new LineIndex(lines, COPIED / (2 - COPIED));
    expect(index.candidates(index.ids(paragraph))).toEqual([0, 1]);
  });

  it('gives words no line has an id that matches nothing', () => {
    const index = new LineIndex([['bao', 'cao']], COPIED);
    const ids = index.ids(['khac', 'bao', 'cao']);
    expect(ids[0]).toBe(-1);
    expect(index.lcs(ids, index.lines[0])).toBe(2);
  });
});
