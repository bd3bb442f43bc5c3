/**
 * A small, strict, read-only XML parser for the .docx reader: it builds just the tree the reader walks (elements
 * with namespaces and attributes, text) several times faster than a full DOM, and without loading one (xmldom's
 * start-up alone is ~0.1 s per process and per worker). The tree can be edited (annotate, fix) and written back
 * (liteXmlWrite).
 *
 * Not well-formed input throws XmlSyntaxError with a one-line reason and a line:column, never the offending text
 * (a crafted tag name may carry terminal escapes). DTDs are refused before parsing (readDocx), and here too: no
 * entity other than the five predefined and character references is ever expanded.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export class XmlSyntaxError extends Error {
  constructor(reason: string, text: string, at: number) {
    let line = 1;
    let last = -1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      last = i;
    }
    super(`${reason} (${line}:${at - last})`);
    this.name = 'XmlSyntaxError';
  }
}

export interface LiteAttr {
  name: string;
  localName: string;
  prefix: string | null;
  namespaceURI: string | null;
  value: string;
}

/** What text and elements share: their place among their siblings. */
abstract class LiteChild {
  parentNode: LiteElement | null = null;
  nextSibling: LiteNode | null = null;
  previousSibling: LiteNode | null = null;
  constructor(readonly ownerDocument: LiteDocument) {}
}

export class LiteText extends LiteChild {
  readonly nodeType = 3;
  constructor(
    owner: LiteDocument,
    public data: string,
  ) {
    super(owner);
  }
  get textContent(): string {
    return this.data;
  }
  cloneNode(): LiteText {
    return new LiteText(this.ownerDocument, this.data);
  }
}

export type LiteNode = LiteElement | LiteText;

export class LiteElement extends LiteChild {
  readonly nodeType = 1;
  firstChild: LiteNode | null = null;
  lastChild: LiteNode | null = null;
  constructor(
    owner: LiteDocument,
    readonly tagName: string,
    readonly localName: string,
    readonly prefix: string | null,
    readonly namespaceURI: string | null,
    readonly attrs: LiteAttr[],
  ) {
    super(owner);
  }

  getAttribute(name: string): string | null {
    for (const a of this.attrs) if (a.name === name) return a.value;
    return null;
  }
  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }
  getAttributeNS(ns: string | null, local: string): string | null {
    const want = ns || null;
    for (const a of this.attrs) if (a.localName === local && a.namespaceURI === want) return a.value;
    return null;
  }
  hasAttributeNS(ns: string | null, local: string): boolean {
    return this.getAttributeNS(ns, local) !== null;
  }
  setAttribute(name: string, value: string): void {
    const a = this.attrs.find((x) => x.name === name);
    if (a) a.value = value;
    else this.attrs.push({ name, localName: name, prefix: null, namespaceURI: null, value });
  }
  setAttributeNS(ns: string | null, qname: string, value: string): void {
    const colon = qname.indexOf(':');
    const localName = colon < 0 ? qname : qname.slice(colon + 1);
    const prefix = colon < 0 ? null : qname.slice(0, colon);
    const namespaceURI = ns || null;
    const a = this.attrs.find((x) => x.localName === localName && x.namespaceURI === namespaceURI);
    if (a) a.value = value;
    else this.attrs.push({ name: qname, localName, prefix, namespaceURI, value });
  }

  /** Descendants (not this element) in document order whose namespace and local name match; "*" for any. */
  getElementsByTagNameNS(ns: string, local: string): LiteElement[] {
    const out: LiteElement[] = [];
    const walk = (el: LiteElement) => {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType !== 1) continue;
        if ((ns === '*' || n.namespaceURI === ns) && (local === '*' || n.localName === local)) out.push(n);
        walk(n);
      }
    };
    walk(this);
    return out;
  }

  get textContent(): string {
    let out = '';
    for (let n = this.firstChild; n; n = n.nextSibling) out += n.textContent;
    return out;
  }

  /** The children at this moment (a copy: removing one while going through them is safe). */
  get childNodes(): LiteNode[] {
    const out: LiteNode[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) out.push(n);
    return out;
  }

  /** Inserts `node` (taken out of where it was) before `ref`, or at the end when `ref` is null. */
  insertBefore<N extends LiteNode>(node: N, ref: LiteNode | null): N {
    if (ref && ref.parentNode !== this) throw new Error('insertBefore: not a child');
    if (node.parentNode) node.parentNode.removeChild(node);
    const prev = ref ? ref.previousSibling : this.lastChild;
    node.parentNode = this;
    node.previousSibling = prev;
    node.nextSibling = ref;
    if (prev) prev.nextSibling = node;
    else this.firstChild = node;
    if (ref) ref.previousSibling = node;
    else this.lastChild = node;
    return node;
  }
  appendChild<N extends LiteNode>(node: N): N {
    return this.insertBefore(node, null);
  }
  removeChild<N extends LiteNode>(node: N): N {
    if (node.parentNode !== this) throw new Error('removeChild: not a child');
    if (node.previousSibling) node.previousSibling.nextSibling = node.nextSibling;
    else this.firstChild = node.nextSibling;
    if (node.nextSibling) node.nextSibling.previousSibling = node.previousSibling;
    else this.lastChild = node.previousSibling;
    node.parentNode = node.previousSibling = node.nextSibling = null;
    return node;
  }
  replaceChild<N extends LiteNode>(node: N, old: LiteNode): LiteNode {
    this.insertBefore(node, old);
    return this.removeChild(old);
  }
  cloneNode(deep = false): LiteElement {
    const copy = new LiteElement(
      this.ownerDocument,
      this.tagName,
      this.localName,
      this.prefix,
      this.namespaceURI,
      this.attrs.map((a) => ({ ...a })),
    );
    if (deep) for (let n = this.firstChild; n; n = n.nextSibling) copy.appendChild(n.cloneNode(true));
    return copy;
  }
}

export class LiteDocument {
  documentElement!: LiteElement;
  /** Everything before the root element as written (the XML declaration), put back when serializing. */
  prolog = '';
  createElementNS(ns: string | null, qname: string): LiteElement {
    const colon = qname.indexOf(':');
    return new LiteElement(
      this,
      qname,
      colon < 0 ? qname : qname.slice(colon + 1),
      colon < 0 ? null : qname.slice(0, colon),
      ns || null,
      [],
    );
  }
  createTextNode(data: string): LiteText {
    return new LiteText(this, data);
  }
}

// XML 1.0 names, ASCII fast path plus the non-ASCII letters the specification allows (no controls, no spaces).
const NAME =
  // eslint-disable-next-line no-misleading-character-class -- U+200C/U+200D are name characters in XML 1.0
  /^[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][\w.\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*$/;
const TAG_NAME = /[^\s/>]+/y;
const ATTRIBUTE = /[\t\n\r ]+([^\s=/>]+)[\t\n\r ]*=[\t\n\r ]*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /[\t\n\r ]*(\/?)>/y;
const END_TAG = /<\/([^\s>]+)[\t\n\r ]*>/y;
const ENTITY = /&([^;&\s<]*);?/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

interface Scope {
  prefixes: Map<string, string>;
  parent: Scope | null;
}

function lookup(scope: Scope | null, prefix: string): string | null {
  for (let s = scope; s; s = s.parent) {
    const uri = s.prefixes.get(prefix);
    if (uri !== undefined) return uri === '' ? null : uri;
  }
  if (prefix === 'xml') return XML_NS;
  if (prefix === 'xmlns') return XMLNS_NS;
  return null;
}

function decode(raw: string, text: string, at: number): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(ENTITY, (whole, name: string, offset: number) => {
    if (!whole.endsWith(';')) throw new XmlSyntaxError('unterminated entity reference', text, at + offset);
    const named = PREDEFINED[name];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? parseInt(name.slice(1), 10)
        : NaN;
    if (
      !(code >= 0x9 && code <= 0x10ffff) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd)
    )
      throw new XmlSyntaxError('undefined entity', text, at + offset);
    return String.fromCodePoint(code);
  });
}

function splitName(qname: string, text: string, at: number): [prefix: string | null, local: string] {
  const colon = qname.indexOf(':');
  if (colon < 0) {
    if (!NAME.test(qname)) throw new XmlSyntaxError('invalid name', text, at);
    return [null, qname];
  }
  const prefix = qname.slice(0, colon);
  const local = qname.slice(colon + 1);
  if (!NAME.test(prefix) || !NAME.test(local)) throw new XmlSyntaxError('invalid name', text, at);
  return [prefix, local];
}

/** Parses a whole XML document; throws XmlSyntaxError when it is not well-formed. */
export function parseLiteXml(input: string): LiteDocument {
  const unmarked = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // XML reads every line break as one LF.
  const text = unmarked.indexOf('\r') < 0 ? unmarked : unmarked.replace(/\r\n?/g, '\n');
  const doc = new LiteDocument();
  const n = text.length;
  let root: LiteElement | null = null;
  let current: LiteElement | null = null;
  let scope: Scope | null = null;
  const scopes: Array<Scope | null> = [];
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const raw = text.slice(i, end);
      if (current) current.appendChild(new LiteText(doc, decode(raw, text, i)));
      else if (raw.trim() !== '') throw new XmlSyntaxError('text outside the root element', text, i);
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      END_TAG.lastIndex = lt;
      const m = END_TAG.exec(text);
      if (!m || !current || m[1] !== current.tagName) throw new XmlSyntaxError('mismatched end tag', text, lt);
      current = current.parentNode;
      scope = scopes.pop() ?? null;
      i = END_TAG.lastIndex;
    } else if (next === 0x3f /* ? */) {
      const close = text.indexOf('?>', lt + 2);
      if (close < 0) throw new XmlSyntaxError('unterminated processing instruction', text, lt);
      i = close + 2;
    } else if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const close = text.indexOf('-->', lt + 4);
        if (close < 0) throw new XmlSyntaxError('unterminated comment', text, lt);
        i = close + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        if (close < 0 || !current) throw new XmlSyntaxError('misplaced or unterminated CDATA', text, lt);
        current.appendChild(new LiteText(doc, text.slice(lt + 9, close)));
        i = close + 3;
      } else throw new XmlSyntaxError('DTD or declaration not allowed', text, lt);
    } else {
      TAG_NAME.lastIndex = lt + 1;
      const nameMatch = TAG_NAME.exec(text);
      if (!nameMatch) throw new XmlSyntaxError('invalid tag', text, lt);
      const tagName = nameMatch[0];
      let at = TAG_NAME.lastIndex;
      const raw: Array<[string, string, number]> = [];
      let declared: Map<string, string> | null = null;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const a = ATTRIBUTE.exec(text);
        if (!a) break;
        const value = decode((a[2] ?? a[3]).replace(/[\t\n\r]/g, ' '), text, at);
        const name = a[1];
        if (name === 'xmlns') (declared ??= new Map()).set('', value);
        else if (name.startsWith('xmlns:')) (declared ??= new Map()).set(name.slice(6), value);
        raw.push([name, value, at]);
        at = ATTRIBUTE.lastIndex;
      }
      TAG_END.lastIndex = at;
      const close = TAG_END.exec(text);
      if (!close) throw new XmlSyntaxError('malformed start tag', text, lt);
      const elementScope: Scope | null = declared ? { prefixes: declared, parent: scope } : scope;
      const [prefix, local] = splitName(tagName, text, lt + 1);
      const attrs: LiteAttr[] = [];
      for (const [name, value, where] of raw) {
        const [p, l] = splitName(name, text, where);
        const ns = p === null ? (name === 'xmlns' ? XMLNS_NS : null) : lookup(elementScope, p);
        for (const other of attrs)
          if (other.name === name) throw new XmlSyntaxError('duplicate attribute', text, where);
        attrs.push({ name, localName: l, prefix: p, namespaceURI: ns, value });
      }
      const el = new LiteElement(doc, tagName, local, prefix, lookup(elementScope, prefix ?? ''), attrs);
      if (current) current.appendChild(el);
      else if (root) throw new XmlSyntaxError('more than one root element', text, lt);
      else {
        root = el;
        doc.prolog = text.slice(0, lt);
      }
      if (close[1] !== '/') {
        scopes.push(scope);
        scope = elementScope;
        current = el;
      }
      i = TAG_END.lastIndex;
    }
  }
  if (current) throw new XmlSyntaxError(`unclosed element`, text, n);
  if (!root) throw new XmlSyntaxError('no root element', text, n);
  doc.documentElement = root;
  return doc;
}
