/** Helpers over WordprocessingML elements (the light tree of liteXml, or any DOM with the same members). */

/** WordprocessingML namespaces: transitional (what Word writes) and strict. */
const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** What the helpers read of an element: both trees have it. */
export interface XmlElementLike {
  nodeType: number;
  localName: string | null;
  namespaceURI: string | null;
  firstChild: unknown;
  getAttribute(name: string): string | null;
  getAttributeNS(ns: string | null, local: string): string | null;
  hasAttribute(name: string): boolean;
  hasAttributeNS(ns: string | null, local: string): boolean;
}

interface Sibling {
  nodeType: number;
  nextSibling: unknown;
}

/** True when `node` is the WordprocessingML element `w:<local>`. */
export function isW(node: unknown, local: string): boolean {
  const el = node as XmlElementLike;
  return el?.nodeType === 1 && el.localName === local && W_NAMESPACES.has(el.namespaceURI ?? '');
}

export function isWordElement(node: unknown): boolean {
  const el = node as XmlElementLike;
  return el?.nodeType === 1 && W_NAMESPACES.has(el.namespaceURI ?? '');
}

export function elementChildren<E extends XmlElementLike>(el: E): E[] {
  const out: E[] = [];
  for (let n = el.firstChild as Sibling | null; n; n = n.nextSibling as Sibling | null)
    if (n.nodeType === 1) out.push(n as unknown as E);
  return out;
}

export function child<E extends XmlElementLike>(el: E | null | undefined, local: string): E | null {
  if (!el) return null;
  for (let n = el.firstChild as Sibling | null; n; n = n.nextSibling as Sibling | null)
    if (isW(n, local)) return n as unknown as E;
  return null;
}

export function children<E extends XmlElementLike>(el: E | null | undefined, local: string): E[] {
  return el ? elementChildren(el).filter((c) => isW(c, local)) : [];
}

/** A `w:`-namespaced attribute of a `w:` element (unprefixed as some generators write it, too). */
export function wAttr(el: XmlElementLike | null | undefined, name: string): string | null {
  if (!el) return null;
  if (el.hasAttributeNS(el.namespaceURI, name)) return el.getAttributeNS(el.namespaceURI, name);
  return el.hasAttribute(name) ? el.getAttribute(name) : null;
}

/** `w:val` of the named child element, or null when the child is absent. */
export function childVal(el: XmlElementLike | null | undefined, local: string): string | null {
  const c = child(el, local);
  return c ? (wAttr(c, 'val') ?? '') : null;
}

/** OOXML on/off property: present without w:val means on. */
export function onOff(el: XmlElementLike | null | undefined, local: string): boolean | undefined {
  const c = child(el, local);
  if (!c) return undefined;
  const v = wAttr(c, 'val');
  return v === null || v === '' || !['0', 'false', 'off'].includes(v);
}
