import { DOMParser, type Element as DomElement, type Node as DomNode } from '@xmldom/xmldom';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { readFileSync } from 'fs';
import path from 'path';
import { parseLiteXml, type LiteElement, type LiteNode } from '../../src/docx/liteXml';
import { serializeLite } from '../../src/docx/liteXmlWrite';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** What a full DOM sees: names, namespaces, attributes (sorted, xmlns left out) and text. */
type Shape = { ns: string | null; name: string; attrs: string[]; kids: Array<Shape | string> };
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
    if (a.name !== 'xmlns' && a.prefix !== 'xmlns') attrs.push(`${a.namespaceURI ?? ''}|${a.localName}=${a.value}`);
  }
  return { ns: el.namespaceURI, name: el.localName!, attrs: attrs.sort(), kids };
}
const dom = (text: string) => domShape(new DOMParser().parseFromString(text, 'text/xml').documentElement!);

describe('serializeLite', () => {
  it('writes every XML part of a LibreOffice document back to XML a full parser reads the same', () => {
    const parts = unzipSync(readFileSync(path.join(__dirname, 'fixtures', 'lo-state.docx')));
    for (const name of Object.keys(parts).filter((p) => /\.(xml|rels)$/.test(p))) {
      const text = new TextDecoder().decode(parts[name]);
      const written = serializeLite(parseLiteXml(text));
      expect([name, dom(written)]).toEqual([name, dom(text)]);
      if (text.startsWith('<?xml')) expect(written.slice(0, 40)).toBe(text.replace(/\r\n?/g, '\n').slice(0, 40));
    }
  });

  it('escapes text and attribute values so they read back unchanged', () => {
    fc.assert(
      fc.property(
        fc
          .stringOf(
            fc.oneof(fc.constantFrom('\r\n', '\r', '\n', '\t', '&', '<', '>', '"', "'", ']]>', ' '), fc.fullUnicode()),
          )
          // eslint-disable-next-line no-control-regex -- characters XML cannot carry at all
          .map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')),
        (value) => {
          const doc = parseLiteXml(`<w:t xmlns:w="${W}"/>`);
          doc.documentElement.setAttributeNS(W, 'w:val', value);
          doc.documentElement.appendChild(doc.createTextNode(value));
          const back = parseLiteXml(serializeLite(doc)).documentElement;
          expect(back.getAttributeNS(W, 'val')).toBe(value);
          expect(back.textContent).toBe(value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('declares a namespace where an added element or attribute would otherwise mean something else', () => {
    const doc = parseLiteXml('<x:document xmlns:x="urn:other" xmlns:w="urn:not-word"><x:body/></x:document>');
    const body = doc.documentElement.firstChild as LiteElement;
    const comment = doc.createElementNS(W, 'w:comment');
    comment.setAttributeNS(W, 'w:id', '3');
    body.appendChild(comment);
    const plain = doc.createElementNS(null, 'Relationship');
    body.appendChild(plain);
    const read = dom(serializeLite(doc));
    const added = (read.kids[0] as Shape).kids as Shape[];
    expect(added[0]).toEqual({ ns: W, name: 'comment', attrs: [`${W}|id=3`], kids: [] });
    expect(added[1]).toMatchObject({ ns: null, name: 'Relationship' });
  });
});

describe('editing a light tree', () => {
  it('keeps children and sibling links consistent through any sequence of inserts, moves and removals', () => {
    type Op = { kind: 'insert' | 'remove' | 'replace' | 'move'; at: number; other: number };
    const op = fc.record({
      kind: fc.constantFrom<Op['kind']>('insert', 'remove', 'replace', 'move'),
      at: fc.nat(20),
      other: fc.nat(20),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const doc = parseLiteXml('<r><a/><b/><c/></r>');
        const root = doc.documentElement;
        const model: string[] = ['a', 'b', 'c'];
        let made = 0;
        for (const o of ops) {
          const kids = root.childNodes as LiteElement[];
          const ref = kids.length ? kids[o.at % kids.length] : null;
          if (o.kind === 'insert' || !ref) {
            const name = `n${made++}`;
            root.insertBefore(doc.createElementNS(null, name), ref);
            model.splice(ref ? model.indexOf(ref.tagName) : model.length, 0, name);
          } else if (o.kind === 'remove') {
            root.removeChild(ref);
            model.splice(model.indexOf(ref.tagName), 1);
          } else if (o.kind === 'replace') {
            const name = `n${made++}`;
            root.replaceChild(doc.createElementNS(null, name), ref);
            model[model.indexOf(ref.tagName)] = name;
          } else {
            const moved = kids[o.other % kids.length];
            if (moved === ref) continue;
            root.insertBefore(moved, ref);
            model.splice(model.indexOf(moved.tagName), 1);
            model.splice(model.indexOf(ref.tagName), 0, moved.tagName);
          }
        }
        const forward = root.childNodes.map((n) => (n as LiteElement).tagName);
        const backward: string[] = [];
        for (let n: LiteNode | null = root.lastChild; n; n = n.previousSibling)
          backward.unshift((n as LiteElement).tagName);
        expect(forward).toEqual(model);
        expect(backward).toEqual(model);
        expect(root.childNodes.every((n) => n.parentNode === root)).toBe(true);
        expect(dom(serializeLite(doc)).kids.map((k) => (k as Shape).name)).toEqual(model);
      }),
      { numRuns: 200 },
    );
  });

  it('copies an element deeply without tying the copy to the original', () => {
    const doc = parseLiteXml(`<w:r xmlns:w="${W}"><w:rPr><w:b w:val="1"/></w:rPr><w:t>x</w:t></w:r>`);
    const rPr = doc.documentElement.firstChild as LiteElement;
    const copy = rPr.cloneNode(true);
    (copy.firstChild as LiteElement).setAttributeNS(W, 'w:val', '0');
    expect((rPr.firstChild as LiteElement).getAttributeNS(W, 'val')).toBe('1');
    expect(copy.parentNode).toBeNull();
    expect(serializeLite({ ...doc, prolog: '', documentElement: copy } as typeof doc)).toBe(
      `<w:rPr xmlns:w="${W}"><w:b w:val="0"/></w:rPr>`,
    );
  });
});
