/**
 * Every rule: a fix edits only what its finding shows (the edited range equals or lies inside the flagged
 * range; an insertion may sit at either end of it). A fix that reaches past what the user was shown can remove
 * text the user never saw flagged (issue: "V/v" flagged, four characters replaced).
 */
import fc from 'fast-check';
import type { TextEdit } from '../../src/core/edit';
import { createDocument, type Paragraph } from '../../src/core/model';
import { allRules } from '../../src/core/rules';
import { runRules } from '../../src/core/runner';
import {
  partyCongVan,
  partyQuyDinh,
  partyReport,
  partyToTrinh,
  stateCongVan,
  stateDecision,
  TODAY,
} from './header/documents';

const BASES = [partyCongVan, partyQuyDinh, partyReport, partyToTrinh, stateCongVan, stateDecision];

/** Small damage of the kinds the rules look for, applied to one paragraph. */
const MUTATIONS: Array<(text: string) => string> = [
  (t) => t.replace(' ', '  '),
  (t) => t.replace(':', ''),
  (t) => t.replace('Số:', 'Số'),
  (t) => t.replace(/^Số (\d)/u, 'Số: $1'),
  (t) => t.replace('về việc', 'V/v'),
  (t) => t.replace('V/v ', 'V/v'),
  (t) => t.replace(/\.$/u, './.'),
  (t) => t.replace(/\.$/u, ''),
  (t) => t.replace(/;$/u, '.'),
  (t) => t.replace(/^- /u, ''),
  (t) => t.replace(' ', '\u00a0'),
  (t) => t.replace(' ', ' \u200b'),
  (t) => t.normalize('NFD'),
  (t) => t.replace(/(\p{L}+)/u, '$1 $1'),
  (t) => t.replace('tháng 9', 'tháng 09'),
  (t) => t.replace(/ngày 0(\d)/u, 'ngày $1'),
  (t) => t.replace('T/M', 'TM.'),
  (t) => t.replace('TM.', 'TM'),
  (t) => t.replace('KT.', 'K.T'),
  (t) => t.replace(',', ' ,'),
  (t) => t.replace('(', '( '),
  (t) => t.replace('hòa', 'hoà'),
  (t) => t.replace('-BC/', '-BCA/'),
  (t) => t.toLocaleUpperCase('vi'),
];

const documents = fc
  .tuple(
    fc.constantFrom(...BASES),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MUTATIONS)), { minLength: 1, maxLength: 6 }),
  )
  .map(([base, changes]) => {
    const paragraphs: Paragraph[] = base().map((text) => ({ text }));
    // Each change lands on the first paragraph from `at` on that it actually changes.
    for (const [at, mutate] of changes) {
      const n = paragraphs.length;
      const p = [...Array(n).keys()].map((i) => paragraphs[(at + i) % n]).find((q) => mutate(q.text) !== q.text);
      if (p) p.text = mutate(p.text);
    }
    return createDocument(paragraphs);
  });

describe('every rule: a fix stays inside what its finding shows', () => {
  it('edits only the flagged range', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        for (const f of runRules(doc, allRules, { today: TODAY })) {
          for (const e of (f.fix ?? []).filter((x): x is TextEdit => x.kind === 'replaceText')) {
            const where = `${f.ruleId}/${f.messageId} «${f.text}» edits ${e.paragraph}:${e.start}+${e.length}`;
            expect({ where, paragraph: e.paragraph }).toEqual({ where, paragraph: f.paragraph });
            expect({ where, inside: e.start >= f.start && e.start + e.length <= f.start + f.length }).toEqual({
              where,
              inside: true,
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
