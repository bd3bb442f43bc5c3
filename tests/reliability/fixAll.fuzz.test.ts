/**
 * "Sửa tất cả" as the pane does it — every bulk-safe fix of every rule in one batch — on generated documents:
 * it never throws, never edits outside what a finding shows, and repeated rounds settle (rules never undo each
 * other's fixes). Bounded so CI stays fast.
 */
import fc from 'fast-check';
import { applyTextEditsDetailed } from '../../src/core/applyEdits';
import { checkDocument } from '../../src/core/check';
import type { TextEdit } from '../../src/core/edit';
import type { Finding } from '../../src/core/finding';
import { createDocument, type DocumentModel } from '../../src/core/model';

const PIECES = [
  'của',
  'của của',
  'Đảng',
  'đảng ủy',
  'Ủy ban nhân dân',
  'hoà',
  'hòa',
  'thực hiện',
  'kết quả',
  'năm 2026',
  'TiÕng ViÖt',
  'cu\u0309a',
  ' ',
  '  ',
  '\u00a0',
  '\u200b',
  '\u00ad',
  ',',
  ' ,',
  '.',
  '..',
  '( ',
  ' )',
  '“',
  '”',
  '-',
  ' - ',
  '1.',
  'I.',
  'a)',
  'Số: 12-BC/ĐU',
  'V/v',
  'Kính gửi:',
  'Nơi nhận:',
  '*',
  '\v',
];
const paragraph = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));
const documents = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((ps) => createDocument(ps));

const bulkEdits = (findings: readonly Finding[]): TextEdit[] =>
  findings
    .filter((f) => f.bulkSafe)
    .flatMap((f) => (f.fix ?? []).filter((e): e is TextEdit => e.kind === 'replaceText'));

function fixAll(doc: DocumentModel): { doc: DocumentModel; applied: number } {
  const { doc: fixed, applied } = applyTextEditsDetailed(doc, bulkEdits(checkDocument(doc).findings));
  return { doc: fixed, applied: applied.length };
}

describe('fix-all on generated documents', () => {
  it('edits only inside the text its findings show', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        for (const f of checkDocument(doc).findings.filter((x) => x.bulkSafe)) {
          for (const e of (f.fix ?? []).filter((x): x is TextEdit => x.kind === 'replaceText')) {
            if (e.paragraph !== f.paragraph) continue;
            // An insertion may sit at either edge of what the finding shows.
            expect(e.start).toBeGreaterThanOrEqual(f.start);
            expect(e.start + e.length).toBeLessThanOrEqual(f.start + f.length);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('settles within six rounds and never undoes a fix: no two rules fight over a text', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        let current = doc;
        const seen = new Set([JSON.stringify(current.paragraphs.map((p) => p.text))]);
        // One fix can reveal the next (a zero-width space hides a doubled dot, whose fix leaves a missing space, whose
        // fix starts a sentence in lower case): a chain, not a fight.
        for (let round = 0; round < 6; round++) {
          const next = fixAll(current);
          if (next.applied === 0) return;
          const key = JSON.stringify(next.doc.paragraphs.map((p) => p.text));
          // Coming back to an earlier text means two rules fight over it.
          expect(seen.has(key)).toBe(false);
          seen.add(key);
          current = next.doc;
        }
        expect(fixAll(current).applied).toBe(0);
      }),
      { numRuns: 150 },
    );
  });
});
