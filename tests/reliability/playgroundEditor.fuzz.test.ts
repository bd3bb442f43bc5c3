/** @jest-environment jsdom */
/**
 * The playground editor against the model, on generated documents: loading keeps every character (line breaks,
 * odd spaces, combining marks, formatted runs), and any batch of text edits through the host gives exactly what
 * the core's applyTextEdits gives on the model. Bounded so CI stays fast.
 */
import fc from 'fast-check';
import { applyTextEditsDetailed } from '../../src/core/applyEdits';
import type { TextEdit } from '../../src/core/edit';
import { createDocument, type Paragraph } from '../../src/core/model';
import { PlaygroundHost } from '../../src/playground/PlaygroundHost';

const PIECES = ['của', 'Đảng', ' ', '  ', '\u00a0', '\u200b', 'cu\u0309a', '\n', '.', '“', '”', '(', ')', 'a', 'ư'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));
const paragraph: fc.Arbitrary<Paragraph> = fc
  .tuple(text, fc.boolean(), fc.nat())
  .map(([t, bold, cut]) =>
    bold && t.length > 1
      ? {
          text: t,
          font: { bold: null },
          runs: [{ start: 0, length: 1 + (cut % (t.length - 1)), font: { bold: true } }],
        }
      : { text: t },
  );
const documents = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((ps) => createDocument(ps));

function host(): PlaygroundHost {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  return new PlaygroundHost(root);
}

describe('playground editor on generated documents', () => {
  it('reads back every character it was loaded with', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        const h = host();
        h.load(doc);
        expect((await h.read()).paragraphs.map((p) => p.text)).toEqual(doc.paragraphs.map((p) => p.text));
      }),
      { numRuns: 150 },
    );
  });

  it('carries out text edits exactly as the model does, refusing the same stale ones', async () => {
    const withEdits = documents.chain((doc) => {
      const edit = fc
        .tuple(fc.nat(doc.paragraphs.length - 1), fc.nat(), fc.nat(), text, fc.boolean())
        .map(([p, a, b, replacement, wrong]): TextEdit => {
          const t = doc.paragraphs[p].text;
          const start = t.length ? a % (t.length + 1) : 0;
          const length = (b % (t.length - start + 1)) | 0;
          const expected = t.slice(start, start + length);
          return {
            kind: 'replaceText',
            paragraph: p,
            start,
            length,
            expected: wrong ? `${expected}x` : expected,
            replacement,
          };
        });
      return fc.tuple(fc.constant(doc), fc.array(edit, { maxLength: 4 }));
    });
    await fc.assert(
      fc.asyncProperty(withEdits, async ([doc, edits]) => {
        const h = host();
        h.load(doc);
        const model = applyTextEditsDetailed(doc, edits);
        const result = await h.apply(edits);
        expect(result.applied).toBe(model.applied.length);
        expect(result.stale).toEqual(model.stale.map((e) => edits.indexOf(e)).sort((a, b) => a - b));
        expect((await h.read()).paragraphs.map((p) => p.text)).toEqual(model.doc.paragraphs.map((p) => p.text));
      }),
      { numRuns: 150 },
    );
  });
});
