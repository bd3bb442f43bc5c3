import { applyTextEditsDetailed } from '../../../src/core/applyEdits';
import type { Edit, ParagraphSpec } from '../../../src/core/edit';
import { specText } from '../../../src/core/edit';
import type { DocumentModel, Paragraph } from '../../../src/core/model';

/**
 * Applies insertions (and renumbering text edits) to a model the way a host would: every edit is checked against
 * the document as it was read, text edits are made, then insertions in the order given. Headings keep their level
 * and font, guidance placeholders read as their placeholder text inside a tagged control. Throws on a stale
 * position or text, so a test notices edits that state the wrong expected text.
 */
export function applyInsertions(doc: DocumentModel, edits: readonly Edit[], selection = 0): DocumentModel {
  for (const edit of edits) {
    const p = edit.kind === 'insertBlock' ? edit.position : undefined;
    if (
      p &&
      (p.at === 'afterParagraph' || p.at === 'beforeParagraph') &&
      doc.paragraphs[p.paragraph]?.text !== p.expected
    )
      throw new Error(`stale position ${JSON.stringify(p)}`);
  }
  const text = applyTextEditsDetailed(doc, edits);
  if (text.stale.length) throw new Error(`stale text edit ${JSON.stringify(text.stale[0])}`);
  const paragraphs = text.doc.paragraphs.map((p) => ({ ...p }));
  const meta = { ...doc.meta };
  for (const edit of edits) {
    if (edit.kind === 'setMeta') {
      if (edit.templateId) meta.templateId = edit.templateId;
      continue;
    }
    if (edit.kind === 'replaceText') continue;
    if (edit.kind !== 'insertBlock') throw new Error('only insertions and text edits expected');
    const items = edit.items.map((item) => {
      if (item.kind !== 'paragraph') throw new Error('only paragraphs expected');
      return toParagraph(item);
    });
    const p = edit.position;
    let at: number;
    if (p.at === 'start') at = 0;
    else if (p.at === 'end') at = paragraphs.length;
    else if (p.at === 'selection') at = selection;
    else if (p.at === 'replaceParagraphs') throw new Error('replaceParagraphs is not used by outline insertions');
    else at = p.at === 'afterParagraph' ? p.paragraph + 1 : p.paragraph;
    paragraphs.splice(at, 0, ...items);
  }
  return { paragraphs, meta };
}

function toParagraph(spec: ParagraphSpec): Paragraph {
  if (spec.placeholder)
    return { text: spec.placeholder.text, controlTag: spec.placeholder.tag, showsPlaceholder: true };
  const p: Paragraph = { text: specText(spec) };
  if (spec.headingLevel) p.headingLevel = spec.headingLevel;
  if (spec.format?.bold !== undefined) p.font = { bold: spec.format.bold };
  return p;
}
