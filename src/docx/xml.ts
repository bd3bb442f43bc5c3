import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** WordprocessingML namespaces: transitional (what Word writes) and strict. */
const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export function parseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'fatalError') throw new Error(message);
    },
  });
  return parser.parseFromString(text, 'text/xml');
}

/** True when `node` is the WordprocessingML element `w:<local>`. */
export function isW(node: unknown, local: string): boolean {
  const el = node as Element;
  return el?.nodeType === 1 && el.localName === local && W_NAMESPACES.has(el.namespaceURI ?? '');
}

export function isWordElement(node: unknown): boolean {
  const el = node as Element;
  return el?.nodeType === 1 && W_NAMESPACES.has(el.namespaceURI ?? '');
}

export function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

export function child(el: Element | null | undefined, local: string): Element | null {
  if (!el) return null;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, local)) return n as Element;
  return null;
}

export function children(el: Element | null | undefined, local: string): Element[] {
  return el ? elementChildren(el).filter((c) => isW(c, local)) : [];
}

/** A `w:`-namespaced attribute of a `w:` element (unprefixed as some generators write it, too). */
export function wAttr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  if (el.hasAttributeNS(el.namespaceURI, name)) return el.getAttributeNS(el.namespaceURI, name);
  return el.hasAttribute(name) ? el.getAttribute(name) : null;
}

/** `w:val` of the named child element, or null when the child is absent. */
export function childVal(el: Element | null | undefined, local: string): string | null {
  const c = child(el, local);
  return c ? (wAttr(c, 'val') ?? '') : null;
}

/** OOXML on/off property: present without w:val means on. */
export function onOff(el: Element | null | undefined, local: string): boolean | undefined {
  const c = child(el, local);
  if (!c) return undefined;
  const v = wAttr(c, 'val');
  return v === null || v === '' || !['0', 'false', 'off'].includes(v);
}
