import { XML_NS, type LiteDocument, type LiteElement, type LiteNode } from './liteXml';

/**
 * Writes a light tree back as XML: the prolog as it was read (the XML declaration), every element with the
 * qualified name and attributes it was read with, text escaped. An element or attribute whose prefix is not bound
 * to its namespace where it stands (one made by annotate or fix in a document that binds "w" otherwise, or not at
 * all) gets its own xmlns declaration, so the output always means what the tree means.
 */
export function serializeLite(doc: LiteDocument): string {
  const out: string[] = [doc.prolog];
  writeElement(doc.documentElement, TOP, out);
  return out.join('');
}

/** Prefix → namespace in scope; a new map only where an element declares namespaces (in Word, the root). */
type Scope = Map<string, string | null>;
const TOP: Scope = new Map<string, string | null>([
  ['', null],
  ['xml', XML_NS],
]);

// A raw CR would be read back as LF.
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<"\t\n\r]/;
const escapeText = (s: string) => (TEXT_SPECIAL.test(s) ? s.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]) : s);
const escapeAttr = (s: string) => (ATTR_SPECIAL.test(s) ? s.replace(/[&<"\t\n\r]/g, (c) => ATTR_ESCAPES[c]) : s);

function writeElement(el: LiteElement, outer: Scope, out: string[]): void {
  let scope = outer;
  for (const a of el.attrs) {
    const prefix = a.name === 'xmlns' ? '' : a.prefix === 'xmlns' ? a.localName : undefined;
    if (prefix === undefined) continue;
    if (scope === outer) scope = new Map(outer);
    scope.set(prefix, a.value || null);
  }
  let head = `<${el.tagName}`;
  const declare = (prefix: string, uri: string | null) => {
    // A prefix cannot be undeclared: one read unbound (the reader tolerates it) is written as it was.
    if (prefix && uri === null) return;
    head += prefix ? ` xmlns:${prefix}="${escapeAttr(uri ?? '')}"` : ` xmlns="${escapeAttr(uri ?? '')}"`;
    if (scope === outer) scope = new Map(outer);
    scope.set(prefix, uri);
  };
  if (scope.get(el.prefix ?? '') !== el.namespaceURI) declare(el.prefix ?? '', el.namespaceURI);
  for (const a of el.attrs) {
    if (a.prefix && a.prefix !== 'xmlns' && scope.get(a.prefix) !== a.namespaceURI) declare(a.prefix, a.namespaceURI);
    head += ` ${a.name}="${escapeAttr(a.value)}"`;
  }
  if (!el.firstChild) {
    out.push(`${head}/>`);
    return;
  }
  out.push(`${head}>`);
  for (let n: LiteNode | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out.push(escapeText(n.data));
    else writeElement(n, scope, out);
  }
  out.push(`</${el.tagName}>`);
}
