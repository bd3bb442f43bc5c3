import { parseLiteXml, type LiteElement as Element } from './liteXml';
import { child, elementChildren, isW, isWordElement, wAttr } from './xml';

/**
 * Writing into document.xml at the model's offsets: paragraphs are found in the order the reader gives them
 * (tables, content controls and insertions included) and a paragraph's text is mapped back onto its runs the way
 * the reader builds it, so "paragraph 12, offset 30" names the same letter in both.
 */

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MATH_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/math';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The body's paragraphs in reading order, as BodyReader numbers them. */
export function bodyParagraphs(body: Element): Element[] {
  const out: Element[] = [];
  const block = (container: Element) => {
    for (const el of elementChildren(container)) {
      if (isW(el, 'p')) out.push(el);
      else if (isW(el, 'tbl')) {
        for (const tr of wrapped(el, 'tr')) for (const tc of wrapped(tr, 'tc')) block(tc);
      } else if (isW(el, 'sdt')) block(child(el, 'sdtContent') ?? el);
      else if (isW(el, 'customXml') || isW(el, 'ins') || isW(el, 'moveTo')) block(el);
    }
  };
  block(body);
  return out;
}

function wrapped(container: Element, local: string): Element[] {
  const out: Element[] = [];
  for (const el of elementChildren(container)) {
    if (isW(el, local)) out.push(el);
    else if (isW(el, 'sdt')) out.push(...wrapped(child(el, 'sdtContent') ?? el, local));
    else if (isW(el, 'customXml')) out.push(...wrapped(el, local));
  }
  return out;
}

/** A stretch of the paragraph's text: a run (splittable) or an equation (kept whole). */
export interface Piece {
  el: Element;
  start: number;
  length: number;
  atomic: boolean;
}

const INLINE_CONTAINERS = ['hyperlink', 'ins', 'moveTo', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo'];

export function paragraphPieces(p: Element): { text: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let text = '';
  const inline = (container: Element) => {
    for (const el of elementChildren(container)) {
      if (isW(el, 'r')) {
        const t = runText(el);
        pieces.push({ el, start: text.length, length: t.length, atomic: false });
        text += t;
      } else if (isW(el, 'sdt')) inline(child(el, 'sdtContent') ?? el);
      else if (isW(el, 'del') || isW(el, 'moveFrom')) continue;
      else if (isWordElement(el) && INLINE_CONTAINERS.includes(el.localName ?? '')) inline(el);
      else if (el.namespaceURI === MATH_NS && (el.localName === 'oMath' || el.localName === 'oMathPara')) {
        const t = Array.from(el.getElementsByTagNameNS(MATH_NS, 't'))
          .map((x) => x.textContent ?? '')
          .join('');
        if (t) {
          pieces.push({ el, start: text.length, length: t.length, atomic: true });
          text += t;
        }
      }
    }
  };
  inline(p);
  return { text, pieces };
}

/** The text one child of a run contributes, as the reader reads it. */
function itemText(el: Element): string {
  if (!isWordElement(el)) return '';
  switch (el.localName) {
    case 't':
      return el.textContent ?? '';
    case 'tab':
    case 'ptab':
      return '\t';
    case 'br': {
      const type = wAttr(el, 'type');
      return type === 'page' || type === 'column' ? '' : '\v';
    }
    case 'cr':
      return '\v';
    case 'noBreakHyphen':
      return '-';
    case 'sym':
      // One character; which one the reader shows does not matter for offsets.
      return Number.isFinite(parseInt(wAttr(el, 'char') ?? '', 16)) ? SYMBOL : '';
    default:
      return '';
  }
}

/** Stands for a w:sym character when comparing with the model's text. */
export const SYMBOL = '\ufffc';

function runText(r: Element): string {
  return elementChildren(r).map(itemText).join('');
}

/** The mapped text is the model's paragraph text (symbols aside): offsets can be trusted. */
export function sameText(mapped: string, model: string): boolean {
  if (mapped.length !== model.length) return false;
  for (let i = 0; i < mapped.length; i++) if (mapped[i] !== model[i] && mapped[i] !== SYMBOL) return false;
  return true;
}

export function textElement(owner: Element, text: string): Element {
  const t = owner.ownerDocument.createElementNS(W_NS, 'w:t');
  if (/^\s|\s$/.test(text)) t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
  t.appendChild(owner.ownerDocument.createTextNode(text));
  return t;
}

/**
 * Splits a run at `offset` (0 < offset < its length) into two runs with the same properties; returns the right
 * half, inserted just after the left. Only a w:t is ever cut in two; every other child stays whole.
 */
export function splitRun(run: Element, offset: number): Element {
  const right = shallowCopy(run);
  const rPr = child(run, 'rPr');
  if (rPr) right.appendChild(rPr.cloneNode(true));
  let at = 0;
  const moving: Element[] = [];
  for (const el of elementChildren(run)) {
    if (el === rPr) continue;
    const length = itemText(el).length;
    if (at >= offset) moving.push(el);
    else if (at + length > offset) {
      // Only a w:t is longer than one character.
      const text = el.textContent ?? '';
      const cut = offset - at;
      run.replaceChild(textElement(run, text.slice(0, cut)), el);
      moving.push(textElement(run, text.slice(cut)));
    }
    at += length;
  }
  for (const el of moving) right.appendChild(el);
  run.parentNode!.insertBefore(right, run.nextSibling);
  return right;
}

/** The element with its attributes, no children. */
export function shallowCopy(el: Element): Element {
  return el.cloneNode(false);
}

/**
 * Makes `offset` fall on a run boundary; returns false when it falls inside an equation, which is never cut.
 * The paragraph's pieces are recomputed by the caller afterwards.
 */
export function boundaryAt(p: Element, offset: number): boolean {
  const { pieces } = paragraphPieces(p);
  const inside = pieces.find((x) => x.start < offset && offset < x.start + x.length);
  if (!inside) return true;
  if (inside.atomic) return false;
  splitRun(inside.el, offset - inside.start);
  return true;
}

/** The main document part named by the package relationships (word/document.xml as Word writes it). */
export function mainDocumentPath(pkg: { get(path: string): Uint8Array | undefined }): string {
  const rels = pkg.get('_rels/.rels');
  if (rels) {
    const root = parseLiteXml(new TextDecoder('utf-8').decode(rels)).documentElement;
    const main = elementChildren(root).find((r) => /\/officeDocument$/.test(r.getAttribute('Type') ?? ''));
    const target = main?.getAttribute('Target');
    if (target) return resolvePart('', target);
  }
  return 'word/document.xml';
}

export function resolvePart(baseDir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}
