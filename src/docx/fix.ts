import type { TextEdit } from '../core/edit';
import { openPackage } from './readDocx';
import {
  bodyParagraphs,
  boundaryAt,
  mainDocumentPath,
  paragraphPieces,
  sameText,
  shallowCopy,
  textElement,
} from './wordXml';
import { child } from './xml';
import { parseLiteXml, type LiteElement as Element } from './liteXml';
import { serializeLite } from './liteXmlWrite';
import { rewriteZip, type ZipLimits } from './zip';

export interface DocxFixResult {
  bytes: Uint8Array;
  applied: TextEdit[];
  /** Edits not applied: the text differs from what they expect, they overlap another, or touch an equation. */
  skipped: TextEdit[];
}

/**
 * Applies text edits to a copy of a .docx. Each edit's stretch is cut out of its runs and the replacement written
 * into the first of them, so it keeps the formatting of the text it replaces and the runs around it are
 * untouched; an edit whose expected text is not exactly there, or whose paragraph reads differently from the
 * model it was computed on, is skipped. Every part but the main document is copied byte for byte.
 */
export function fixDocx(
  bytes: Uint8Array,
  edits: readonly TextEdit[],
  paragraphTexts: readonly string[],
  limits?: ZipLimits,
): DocxFixResult {
  const pkg = openPackage(bytes, limits);
  const mainPath = mainDocumentPath(pkg);
  const doc = parseLiteXml(new TextDecoder('utf-8').decode(pkg.get(mainPath)!));
  const body = child(doc.documentElement, 'body');
  const paragraphs = body ? bodyParagraphs(body) : [];
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  const byParagraph = new Map<number, TextEdit[]>();
  for (const e of edits) byParagraph.set(e.paragraph, [...(byParagraph.get(e.paragraph) ?? []), e]);

  for (const [index, list] of byParagraph) {
    const p = paragraphs[index];
    if (!p || !sameText(paragraphPieces(p).text, paragraphTexts[index] ?? '')) {
      skipped.push(...list);
      continue;
    }
    // From the end backwards, so earlier offsets stay valid; an edit overlapping one already made is skipped.
    let floor = Infinity;
    for (const e of [...list].sort((a, b) => b.start - a.start || b.length - a.length)) {
      const end = e.start + e.length;
      if (end > floor || paragraphPieces(p).text.slice(e.start, end) !== e.expected || !apply(p, e)) {
        skipped.push(e);
        continue;
      }
      floor = e.start;
      applied.push(e);
    }
  }
  if (!applied.length) return { bytes, applied, skipped };
  const xml = new TextEncoder().encode(serializeLite(doc));
  return { bytes: rewriteZip(pkg.archive, new Map([[mainPath, xml]])), applied, skipped };
}

function apply(p: Element, e: TextEdit): boolean {
  const end = e.start + e.length;
  if (!boundaryAt(p, e.start) || !boundaryAt(p, end)) return false;
  const { pieces } = paragraphPieces(p);
  const inside = pieces.filter((x) => x.length > 0 && x.start >= e.start && x.start + x.length <= end);
  if (inside.some((x) => x.atomic)) return false;
  if (inside.length === 0) {
    // An insertion: a new run with the properties of the text just before it (or just after, at the start).
    const before = [...pieces].reverse().find((x) => x.length > 0 && x.start + x.length === e.start);
    const after = pieces.find((x) => x.length > 0 && x.start === e.start);
    const model = before ?? after;
    if (!model || model.atomic || !e.replacement) return false;
    const run = shallowCopy(model.el);
    const rPr = child(model.el, 'rPr');
    if (rPr) run.appendChild(rPr.cloneNode(true));
    run.appendChild(textElement(run, e.replacement));
    const parent = model.el.parentNode!;
    parent.insertBefore(run, before ? model.el.nextSibling : model.el);
    return true;
  }
  const [first, ...rest] = inside.map((x) => x.el);
  for (const r of rest) r.parentNode!.removeChild(r);
  if (!e.replacement) {
    first.parentNode!.removeChild(first);
    return true;
  }
  const rPr = child(first, 'rPr');
  for (const node of first.childNodes) if (node !== rPr) first.removeChild(node);
  first.appendChild(textElement(first, e.replacement));
  return true;
}
