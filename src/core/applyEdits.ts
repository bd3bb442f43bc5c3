import type { Edit, TextEdit } from './edit';
import type { DocumentModel } from './model';

export interface TextApplyResult {
  doc: DocumentModel;
  applied: TextEdit[];
  stale: TextEdit[];
}

/**
 * Applies text edits to a model copy: per paragraph from the end backwards so earlier offsets stay valid.
 * An edit whose expected text is no longer there, or that overlaps one already applied, is returned as stale.
 */
export function applyTextEditsDetailed(doc: DocumentModel, edits: readonly Edit[]): TextApplyResult {
  const textEdits = edits.filter((e): e is TextEdit => e.kind === 'replaceText');
  const paragraphs = doc.paragraphs.map((p) => ({ ...p }));
  const applied: TextEdit[] = [];
  const stale: TextEdit[] = [];
  const byParagraph = new Map<number, TextEdit[]>();
  for (const e of textEdits) {
    const list = byParagraph.get(e.paragraph) ?? [];
    list.push(e);
    byParagraph.set(e.paragraph, list);
  }
  for (const [index, list] of byParagraph) {
    const p = paragraphs[index];
    if (!p) {
      stale.push(...list);
      continue;
    }
    let floor = Infinity;
    for (const e of [...list].sort((a, b) => b.start - a.start || b.length - a.length)) {
      const current = p.text.slice(e.start, e.start + e.length);
      if (current !== e.expected || e.start + e.length > floor) {
        stale.push(e);
        continue;
      }
      p.text = p.text.slice(0, e.start) + e.replacement + p.text.slice(e.start + e.length);
      floor = e.start;
      applied.push(e);
    }
  }
  return { doc: { ...doc, paragraphs }, applied, stale };
}

export function applyTextEdits(doc: DocumentModel, edits: readonly Edit[]): DocumentModel {
  return applyTextEditsDetailed(doc, edits).doc;
}
