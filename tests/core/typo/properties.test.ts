import fc from 'fast-check';
import { applyTextEditsDetailed } from '../../../src/core/applyEdits';
import type { TextEdit } from '../../../src/core/edit';
import type { Finding } from '../../../src/core/finding';
import { createDocument, type DocumentModel } from '../../../src/core/model';
import { typoRules } from '../../../src/core/rules/typo';
import { runRules } from '../../../src/core/runner';

/** Fragments that make the typo rules fire: slips, codes, punctuation, odd spaces, decomposed and legacy text. */
const FRAGMENTS = [
  'của',
  'Của',
  'và',
  'Đoàn',
  'đoàn',
  'kết',
  'người',
  'hoà',
  'hòa',
  'ủy',
  'uỷ',
  'Nhân',
  'nhân',
  'dân',
  'cơng',
  'tòch',
  'hòan',
  'qúa',
  'nổ',
  'lực',
  'thực',
  'nhiện',
  'đề',
  'cán',
  'bộ',
  'dung',
  'cụ',
  'thể',
  'UBND',
  '23-NQ/TW',
  'T/M',
  'TP.HCM',
  'Washington',
  'củaAndy',
  'na9m',
  'TiÕng',
  'ViÖt',
  'Tieáng',
  'Vieät',
  'xã',
  'Trong',
  'cu\u0309a',
  'to\u0302\u0309ng',
  ' ',
  ' ',
  ' ',
  '  ',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u00ad',
  '\v',
  '.',
  ',',
  ';',
  ':',
  '?',
  '!',
  '..',
  ',,',
  './.',
  '...',
  '(',
  ')',
  '“',
  '”',
  '"',
  '[',
  ']',
  '-',
  ' - ',
  '1.',
  '04/10/2022',
  '20',
  'a)',
  'km',
];
const paragraphText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).map((parts) => parts.join(''));
const documents = fc.array(paragraphText, { minLength: 1, maxLength: 3 }).map((ps) => createDocument(ps));
const anyText = fc
  .array(fc.fullUnicodeString({ maxLength: 40 }), { minLength: 1, maxLength: 3 })
  .map((ps) => createDocument(ps));
const styles = fc.constantFrom<'new' | 'old' | 'auto' | undefined>('new', 'old', 'auto', undefined);

/** Findings like `f` (same rule, message and text): a fix must leave fewer of them (a triple "và và và" has two). */
const countLike = (doc: DocumentModel, f: Finding, toneStyle?: 'new' | 'old' | 'auto') =>
  runRules(
    doc,
    typoRules.filter((r) => r.meta.id === f.ruleId),
    { toneStyle },
  ).filter((g) => g.messageId === f.messageId && g.text === f.text).length;

describe('typo rules: properties', () => {
  it('never throw, on slips or on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.oneof(documents, anyText), styles, (doc, toneStyle) => {
        runRules(doc, typoRules, { toneStyle });
      }),
      { numRuns: 300 },
    );
  });

  it('report ranges inside their paragraph, with text equal to the slice', () => {
    fc.assert(
      fc.property(fc.oneof(documents, anyText), (doc) => {
        for (const f of runRules(doc, typoRules)) {
          const text = doc.paragraphs[f.paragraph].text;
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.length).toBeGreaterThanOrEqual(0);
          expect(f.start + f.length).toBeLessThanOrEqual(text.length);
          expect(f.text).toBe(text.slice(f.start, f.start + f.length));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fixes apply cleanly, remove their finding and touch nothing outside their range', () => {
    fc.assert(
      fc.property(documents, styles, (doc, toneStyle) => {
        for (const f of runRules(doc, typoRules, { toneStyle })) {
          const edits = (f.fix ?? []).filter((e): e is TextEdit => e.kind === 'replaceText');
          if (!edits.length) continue;
          const { doc: fixed, stale } = applyTextEditsDetailed(doc, edits);
          expect(stale).toEqual([]);
          expect(countLike(fixed, f, toneStyle)).toBeLessThan(countLike(doc, f, toneStyle));
          doc.paragraphs.forEach((p, i) => {
            const mine = edits.filter((e) => e.paragraph === i);
            if (!mine.length) return expect(fixed.paragraphs[i].text).toBe(p.text);
            const from = Math.min(...mine.map((e) => e.start));
            const to = Math.max(...mine.map((e) => e.start + e.length));
            expect(fixed.paragraphs[i].text.slice(0, from)).toBe(p.text.slice(0, from));
            expect(fixed.paragraphs[i].text.slice(fixed.paragraphs[i].text.length - (p.text.length - to))).toBe(
              p.text.slice(to),
            );
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
