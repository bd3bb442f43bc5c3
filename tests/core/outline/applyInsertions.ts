import type { Edit, ParagraphSpec } from '../../../src/core/edit';
import { specText } from '../../../src/core/edit';
import type { DocumentModel, Paragraph } from '../../../src/core/model';

/**
 * Applies insertions to a model the way a host would, in the order given: headings keep their level and font,
 * guidance placeholders read as their placeholder text inside a tagged control. Throws on a stale position, so
 * a test notices edits that state the wrong expected text.
 */
export function applyInsertions(doc: DocumentModel, edits: readonly Edit[], selection = 0): DocumentModel {
  const paragraphs = doc.paragraphs.map((p) => ({ ...p }));
  const meta = { ...doc.meta };
  for (const edit of edits) {
    if (edit.kind === 'setMeta') {
      if (edit.templateId) meta.templateId = edit.templateId;
      continue;
    }
    if (edit.kind !== 'insertBlock') throw new Error('only insertions expected');
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
    else {
      if (paragraphs[p.paragraph]?.text !== p.expected) throw new Error(`stale position ${JSON.stringify(p)}`);
      at = p.at === 'afterParagraph' ? p.paragraph + 1 : p.paragraph;
    }
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
