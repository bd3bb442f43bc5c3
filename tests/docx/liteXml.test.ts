import { DOMParser, type Element as DomElement, type Node as DomNode } from '@xmldom/xmldom';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { readFileSync } from 'fs';
import path from 'path';
import { parseLiteXml, XmlSyntaxError, type LiteElement, type LiteNode } from '../../src/docx/liteXml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The tree as plain data: names, namespaces, attributes (sorted) and text, adjacent text joined. */
type Shape = { ns: string | null; name: string; attrs: string[]; kids: Array<Shape | string> };

function liteShape(el: LiteElement): Shape {
  const kids: Array<Shape | string> = [];
  for (let n: LiteNode | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) kids.push(liteShape(n));
    else if (typeof kids[kids.length - 1] === 'string') kids[kids.length - 1] += n.data;
    else kids.push(n.data);
  }
  const attrs = el.attrs.map((a) => `${a.namespaceURI ?? ''}|${a.localName}=${a.value}`).sort();
  return { ns: el.namespaceURI, name: el.localName, attrs, kids };
}

function domShape(el: DomElement): Shape {
  const kids: Array<Shape | string> = [];
  for (let n: DomNode | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) kids.push(domShape(n as DomElement));
    else if (n.nodeType === 3 || n.nodeType === 4) {
      const data = (n as unknown as { data: string }).data;
      if (typeof kids[kids.length - 1] === 'string') kids[kids.length - 1] += data;
      else kids.push(data);
    }
  }
  const attrs: string[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    attrs.push(`${a.namespaceURI ?? ''}|${a.localName}=${a.value}`);
  }
  return { ns: el.namespaceURI, name: el.localName!, attrs: attrs.sort(), kids };
}

const dom = (text: string) => domShape(new DOMParser().parseFromString(text, 'text/xml').documentElement!);
const lite = (text: string) => liteShape(parseLiteXml(text).documentElement);

describe('parseLiteXml', () => {
  it('builds the same tree as xmldom for every XML part of a LibreOffice document', () => {
    const parts = unzipSync(readFileSync(path.join(__dirname, 'fixtures', 'lo-state.docx')));
    const xmlParts = Object.keys(parts).filter((p) => /\.(xml|rels)$/.test(p));
    expect(xmlParts).toContain('word/document.xml');
    for (const name of xmlParts) {
      const text = new TextDecoder().decode(parts[name]);
      expect([name, lite(text)]).toEqual([name, dom(text)]);
    }
  });

  it('resolves namespaces: prefixes, the default namespace, redeclaration, undeclaring, xml:', () => {
    const root = parseLiteXml(
      `<?xml version="1.0"?><w:document xmlns:w="${W}" xmlns="urn:d"><w:body><x a="1" w:b="2" xml:space="preserve">` +
        `<w:p xmlns:w="urn:other"/><y xmlns=""/></x></w:body></w:document>`,
    ).documentElement;
    expect([root.localName, root.prefix, root.namespaceURI]).toEqual(['document', 'w', W]);
    const x = root.getElementsByTagNameNS('urn:d', 'x')[0];
    expect(x.getAttributeNS(null, 'a')).toBe('1');
    expect(x.getAttributeNS(W, 'b')).toBe('2');
    expect(x.getAttribute('w:b')).toBe('2');
    expect(x.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'space')).toBe('preserve');
    expect(x.hasAttributeNS(W, 'a')).toBe(false);
    expect(root.getElementsByTagNameNS('urn:other', 'p')).toHaveLength(1);
    expect(root.getElementsByTagNameNS('*', 'y')[0].namespaceURI).toBeNull();
  });

  it('decodes entities and character references, keeps CDATA as text, skips comments and instructions', () => {
    const t = parseLiteXml(
      '<t a="&lt;&#x1EA1;&#7841;&quot;&apos;">x &amp; y<!-- no --><?pi z?><![CDATA[<b>&amp;</b>]]>&gt;&#128512;</t>',
    ).documentElement;
    expect(t.getAttribute('a')).toBe('<ạạ"\'');
    expect(t.textContent).toBe('x & y<b>&amp;</b>>😀');
  });

  it('normalises line breaks and tabs in attribute values as XML does', () => {
    const text = '<t a="1\n2\t3"/>';
    expect(parseLiteXml(text).documentElement.getAttribute('a')).toBe('1 2 3');
    expect(lite(text)).toEqual(dom(text));
  });

  it.each([
    ['an unclosed element', '<w:document xmlns:w="x"><w:body>'],
    ['a mismatched end tag', '<a><b></a></b>'],
    ['a control character in a tag name', '<w:document xmlns:w="x"><w:body><w:p\u001b[31m\u0007></w:body>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['an unterminated entity', '<a>AT&T</a>'],
    ['a character reference to NUL', '<a>&#0;</a>'],
    ['"<" in an attribute value', '<a x="<"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['attributes without a space between them', '<a x="1"y="2"/>'],
    ['text after the root', '<a/>tail'],
    ['two roots', '<a/><b/>'],
    ['an empty document', '  '],
    ['a DTD', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['an unterminated comment', '<a><!-- </a>'],
    ['CDATA outside the root', '<![CDATA[x]]><a/>'],
  ])('refuses %s with a one-line reason that quotes none of the text', (_name, text) => {
    let error: unknown;
    try {
      parseLiteXml(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlSyntaxError);
    const message = (error as Error).message;
    expect(message).toMatch(/\(\d+:\d+\)$/);
    // eslint-disable-next-line no-control-regex -- the point: no control character reaches a terminal
    expect(message).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it('agrees with xmldom on generated trees (names, namespaces, attributes, escaped text)', () => {
    const name = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_.-]{0,6}$/);
    const value = fc
      .string({ maxLength: 8 })
      // eslint-disable-next-line no-control-regex -- characters XML cannot carry at all
      .map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, ''));
    const escape = (s: string) =>
      s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\r/g, '&#13;');
    type Tree = { name: string; prefixed: boolean; attrs: Array<[string, string]>; kids: Array<Tree | string> };
    const { tree } = fc.letrec((tie) => ({
      tree: fc.record({
        name,
        prefixed: fc.boolean(),
        attrs: fc.uniqueArray(fc.tuple(name, value), { maxLength: 3, selector: ([n]) => n }),
        kids: fc.array(fc.oneof({ depthSize: 'small' }, value, tie('tree')), { maxLength: 4 }),
      }),
    }));
    const write = (t: Tree): string =>
      `<${t.prefixed ? 'w:' : ''}${t.name}${t.attrs.map(([n, v]) => ` ${n}="${escape(v)}"`).join('')}>` +
      t.kids.map((k) => (typeof k === 'string' ? escape(k) : write(k))).join('') +
      `</${t.prefixed ? 'w:' : ''}${t.name}>`;
    fc.assert(
      fc.property(tree as fc.Arbitrary<Tree>, (t) => {
        const text = `<root xmlns:w="${W}" xmlns="urn:d">${write(t)}</root>`;
        expect(lite(text)).toEqual(dom(text));
      }),
      { numRuns: 300 },
    );
  });
});
