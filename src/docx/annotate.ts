import { openPackage } from './readDocx';
import { bodyParagraphs, boundaryAt, mainDocumentPath, paragraphPieces, resolvePart, sameText, W_NS } from './wordXml';
import { child, elementChildren } from './xml';
import { parseLiteXml as parseXml, type LiteDocument as Document, type LiteElement as Element } from './liteXml';
import { serializeLite } from './liteXmlWrite';
import { rewriteZip, type ZipLimits } from './zip';

/** One comment to anchor on a stretch of a paragraph (model offsets). */
export interface Annotation {
  paragraph: number;
  start: number;
  length: number;
  /** Comment paragraphs, e.g. the message then the suggested fix. */
  lines: string[];
}

export interface AnnotateOptions {
  author: string;
  initials: string;
  /** ISO date-time written on each comment. */
  date: string;
  /** The model's paragraph texts: where the document's text differs, a comment covers the whole paragraph. */
  paragraphTexts: readonly string[];
  limits?: ZipLimits;
}

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/** As Word starts every part it writes. */
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();
const serialize = (doc: Document) => serializeLite(doc);

/**
 * A copy of the .docx with each annotation as a Word comment anchored on its text. Runs are split only where
 * a comment starts or ends, each half keeping the run's properties; every part other than the main document,
 * comments.xml, its relationships and [Content_Types].xml is copied byte for byte.
 */
export function annotateDocx(
  bytes: Uint8Array,
  annotations: readonly Annotation[],
  options: AnnotateOptions,
): Uint8Array {
  const pkg = openPackage(bytes, options.limits);
  const mainPath = mainDocumentPath(pkg);
  const dir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${dir}_rels/${mainPath.slice(dir.length)}.rels`;
  const doc = parseXml(decoder.decode(pkg.get(mainPath)!));
  const body = child(doc.documentElement, 'body');
  if (!body) return bytes;
  const paragraphs = bodyParagraphs(body);

  const rels = pkg.get(relsPath);
  const relsDoc = parseXml(rels ? decoder.decode(rels) : `${DECLARATION}<Relationships xmlns="${REL_NS}"/>`);
  const existing = elementChildren(relsDoc.documentElement).find((r) => r.getAttribute('Type') === COMMENTS_TYPE);
  const commentsPath = existing ? resolvePart(dir, existing.getAttribute('Target') ?? '') : `${dir}comments.xml`;
  const commentsBytes = pkg.get(commentsPath);
  const comments = parseXml(
    commentsBytes ? decoder.decode(commentsBytes) : `${DECLARATION}<w:comments xmlns:w="${W_NS}"/>`,
  );
  let nextId =
    Math.max(-1, ...elementChildren(comments.documentElement).map((c) => Number(c.getAttributeNS(W_NS, 'id')) || 0)) +
    1;

  const byParagraph = new Map<number, Annotation[]>();
  for (const a of annotations) byParagraph.set(a.paragraph, [...(byParagraph.get(a.paragraph) ?? []), a]);
  for (const [index, list] of byParagraph) {
    const p = paragraphs[Math.min(index, paragraphs.length - 1)];
    if (!p) continue;
    const { text } = paragraphPieces(p);
    const trusted = index < paragraphs.length && sameText(text, options.paragraphTexts[index] ?? '');
    const ranges = list.map((a) => {
      const start = trusted ? Math.min(a.start, text.length) : 0;
      const end = trusted ? Math.min(a.start + a.length, text.length) : text.length;
      return { a, start, end };
    });
    for (const r of ranges) {
      // A comment never cuts an equation: it then covers the whole paragraph.
      if (!boundaryAt(p, r.start) || !boundaryAt(p, r.end)) {
        r.start = 0;
        r.end = text.length;
      }
    }
    for (const r of ranges) {
      const id = String(nextId++);
      anchor(doc, p, r.start, r.end, id);
      comments.documentElement.appendChild(commentElement(comments, id, r.a.lines, options));
    }
  }

  const parts = new Map<string, Uint8Array>([
    [mainPath, encoder.encode(serialize(doc))],
    [commentsPath, encoder.encode(serialize(comments))],
  ]);
  if (!existing) {
    const ids = new Set(elementChildren(relsDoc.documentElement).map((r) => r.getAttribute('Id')));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const rel = relsDoc.createElementNS(REL_NS, 'Relationship');
    rel.setAttribute('Id', `rId${n}`);
    rel.setAttribute('Type', COMMENTS_TYPE);
    rel.setAttribute('Target', commentsPath.slice(dir.length));
    relsDoc.documentElement.appendChild(rel);
    parts.set(relsPath, encoder.encode(serialize(relsDoc)));
  }
  const ctBytes = pkg.get('[Content_Types].xml');
  if (ctBytes) {
    const ct = parseXml(decoder.decode(ctBytes));
    const partName = `/${commentsPath}`;
    const has = elementChildren(ct.documentElement).some(
      (o) => o.localName === 'Override' && o.getAttribute('PartName')?.toLowerCase() === partName.toLowerCase(),
    );
    if (!has) {
      const override = ct.createElementNS(CT_NS, 'Override');
      override.setAttribute('PartName', partName);
      override.setAttribute('ContentType', COMMENTS_CT);
      ct.documentElement.appendChild(override);
      parts.set('[Content_Types].xml', encoder.encode(serialize(ct)));
    }
  }
  return rewriteZip(pkg.archive, parts);
}

/** commentRangeStart before the first run of the stretch, commentRangeEnd and the reference run after its last. */
function anchor(doc: Document, p: Element, start: number, end: number, id: string): void {
  const marker = (name: string) => {
    const el = doc.createElementNS(W_NS, `w:${name}`);
    el.setAttributeNS(W_NS, 'w:id', id);
    return el;
  };
  const reference = doc.createElementNS(W_NS, 'w:r');
  reference.appendChild(marker('commentReference'));
  const { pieces } = paragraphPieces(p);
  const first = pieces.find((x) => x.start >= start && (x.length > 0 || x.start === end));
  const rangeStart = marker('commentRangeStart');
  if (first && first.start <= end) first.el.parentNode!.insertBefore(rangeStart, first.el);
  else p.appendChild(rangeStart);
  const last = end > start ? [...pieces].reverse().find((x) => x.length > 0 && x.start + x.length === end) : undefined;
  const rangeEnd = marker('commentRangeEnd');
  if (last) last.el.parentNode!.insertBefore(rangeEnd, last.el.nextSibling);
  else rangeStart.parentNode!.insertBefore(rangeEnd, rangeStart.nextSibling);
  rangeEnd.parentNode!.insertBefore(reference, rangeEnd.nextSibling);
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters being removed
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function commentElement(doc: Document, id: string, lines: readonly string[], options: AnnotateOptions): Element {
  const w = (name: string) => doc.createElementNS(W_NS, `w:${name}`);
  const comment = w('comment');
  comment.setAttributeNS(W_NS, 'w:id', id);
  comment.setAttributeNS(W_NS, 'w:author', options.author);
  comment.setAttributeNS(W_NS, 'w:date', options.date);
  comment.setAttributeNS(W_NS, 'w:initials', options.initials);
  lines.forEach((line, i) => {
    const p = w('p');
    if (i === 0) {
      const ref = w('r');
      ref.appendChild(w('annotationRef'));
      p.appendChild(ref);
    }
    const r = w('r');
    const t = w('t');
    t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
    // Characters XML 1.0 cannot carry (control codes a document may hold) are left out of the comment.
    t.appendChild(doc.createTextNode(line.replace(NOT_XML, '')));
    r.appendChild(t);
    p.appendChild(r);
    comment.appendChild(p);
  });
  return comment;
}
