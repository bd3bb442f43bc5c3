import { XML_NS, type LiteDocument, type LiteElement, type LiteNode } from './liteXml';

/**
 * Writes a light tree back as XML: the prolog as it was read (the XML declaration), every element with the
 * qualified name and attributes it was read with, text escaped. An element or attribute whose prefix is not bound
 * to its namespace where it stands (one made by annotate or fix in a document that binds "w" otherwise, or not at
 * all) gets its own xmlns declaration, so the output always means what the tree means.
 */
export function serializeLite(doc: LiteDocument): string {
  const out: string[] = [doc.prolog];
  writeElement(doc.documentElement, null, out);
  return out.join('');
}

interface Scope {
  prefix: string;
  uri: string | null;
  parent: Scope | null;
}

function lookup(scope: Scope | null, prefix: string): string | null | undefined {
  for (let s = scope; s; s = s.parent) if (s.prefix === prefix) return s.uri;
  if (prefix === 'xml') return XML_NS;
  return prefix === '' ? null : undefined;
}

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
const escapeText = (s: string) => s.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
const escapeAttr = (s: string) => s.replace(/[&<"\t\n\r]/g, (c) => ATTR_ESCAPES[c]);

function writeElement(el: LiteElement, outer: Scope | null, out: string[]): void {
  let scope = outer;
  for (const a of el.attrs) {
    if (a.name === 'xmlns') scope = { prefix: '', uri: a.value || null, parent: scope };
    else if (a.prefix === 'xmlns') scope = { prefix: a.localName, uri: a.value || null, parent: scope };
  }
  let head = `<${el.tagName}`;
  const declare = (prefix: string, uri: string | null) => {
    head += prefix ? ` xmlns:${prefix}="${escapeAttr(uri ?? '')}"` : ` xmlns="${escapeAttr(uri ?? '')}"`;
    scope = { prefix, uri, parent: scope };
  };
  if (lookup(scope, el.prefix ?? '') !== el.namespaceURI) declare(el.prefix ?? '', el.namespaceURI);
  for (const a of el.attrs) {
    if (a.prefix && a.prefix !== 'xmlns' && a.prefix !== 'xml' && lookup(scope, a.prefix) !== a.namespaceURI)
      declare(a.prefix, a.namespaceURI);
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
