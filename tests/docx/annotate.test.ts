import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { checkDocument } from '../../src/core/check';
import { readDocx } from '../../src/docx';
import { annotateDocx, type Annotation } from '../../src/docx/annotate';
import { fixDocx } from '../../src/docx/fix';
import { buildDocx, p, r } from './buildDocx';

const OPTIONS = { author: 'Thể thức', initials: 'TT', date: '2026-11-22T08:00:00Z' };

function annotate(bytes: Uint8Array, annotations: Annotation[]) {
  const doc = readDocx(bytes);
  const out = annotateDocx(bytes, annotations, { ...OPTIONS, paragraphTexts: doc.paragraphs.map((x) => x.text) });
  const parts = unzipSync(out);
  return { out, parts, xml: strFromU8(parts['word/document.xml']), comments: strFromU8(parts['word/comments.xml']) };
}

/** The text between a comment's range markers, read from the XML in document order. */
function commented(xml: string, id: string): string {
  const from = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const to = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThanOrEqual(from);
  return [...xml.slice(from, to).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('annotateDocx', () => {
  const bold = '<w:b/>';
  const bytes = buildDocx({
    body: p('Mở đầu.') + `<w:p>${r('Báo cáo của ')}${r('của Đảng', bold)}${r(' uỷ.')}</w:p>`,
  });

  it('anchors each comment on exactly the flagged text, across runs, keeping each half-run’s formatting', () => {
    // "của của" spans the end of run 1 and the start of the bold run 2.
    const { xml, comments, out } = annotate(bytes, [
      { paragraph: 1, start: 8, length: 7, lines: ['Lỗi: Từ “của” bị lặp lại.', 'Đề xuất: «của»'] },
      { paragraph: 0, start: 0, length: 2, lines: ['Gợi ý: thử'] },
    ]);
    expect(commented(xml, '0')).toBe('của của');
    expect(commented(xml, '1')).toBe('Mở');
    expect(comments).toContain('w:author="Thể thức"');
    expect(comments).toContain('Đề xuất: «của»');
    // The bold run was cut after "của": both halves are still bold, the plain text is still plain.
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><\/w:rPr><w:t[^>]*>của<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/);
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><\/w:rPr><w:t[^>]*> Đảng<\/w:t><\/w:r>/);
    // The project's reader sees the same text and formatting as before.
    const before = readDocx(bytes);
    const after = readDocx(out);
    expect(after.paragraphs.map((x) => x.text)).toEqual(before.paragraphs.map((x) => x.text));
    expect(after.paragraphs[1].runs).toEqual(before.paragraphs[1].runs);
  });

  it('writes the relationship and the content type once, and keeps every other part byte for byte', () => {
    const { parts } = annotate(bytes, [{ paragraph: 0, start: 0, length: 2, lines: ['x'] }]);
    const rels = strFromU8(parts['word/_rels/document.xml.rels']);
    expect(rels.match(/relationships\/comments"/g)).toHaveLength(1);
    expect(rels).toContain('Target="comments.xml"');
    const types = strFromU8(parts['[Content_Types].xml']);
    expect(types).toContain('PartName="/word/comments.xml"');
    expect(types).toContain('wordprocessingml.comments+xml');
    // Every part keeps or gets the XML declaration Word writes.
    for (const name of [
      'word/comments.xml',
      'word/document.xml',
      '[Content_Types].xml',
      'word/_rels/document.xml.rels',
    ])
      expect([name, strFromU8(parts[name]).startsWith('<?xml version="1.0"')]).toEqual([name, true]);
    const original = unzipSync(bytes);
    expect(parts['_rels/.rels']).toEqual(original['_rels/.rels']);
  });

  it('appends to existing comments with fresh ids when annotated twice', () => {
    const once = annotate(bytes, [{ paragraph: 0, start: 0, length: 2, lines: ['một'] }]).out;
    const doc = readDocx(once);
    const twice = annotateDocx(once, [{ paragraph: 1, start: 0, length: 3, lines: ['hai'] }], {
      ...OPTIONS,
      paragraphTexts: doc.paragraphs.map((x) => x.text),
    });
    const parts = unzipSync(twice);
    const comments = strFromU8(parts['word/comments.xml']);
    expect(comments.match(/<w:comment /g)).toHaveLength(2);
    expect(comments).toContain('w:id="0"');
    expect(comments).toContain('w:id="1"');
    expect(strFromU8(parts['word/_rels/document.xml.rels']).match(/relationships\/comments"/g)).toHaveLength(1);
  });

  it('anchors a point finding (length 0) and one at the end of a paragraph', () => {
    const { xml } = annotate(bytes, [
      { paragraph: 0, start: 7, length: 0, lines: ['cuối đoạn'] },
      { paragraph: 1, start: 4, length: 0, lines: ['giữa'] },
    ]);
    expect(xml).toContain('<w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/>');
    expect(commented(xml, '1')).toBe('');
  });

  it('covers the whole paragraph when the document text no longer matches the model', () => {
    const doc = readDocx(bytes);
    const texts = doc.paragraphs.map((x) => x.text);
    texts[1] = 'something else';
    const out = annotateDocx(bytes, [{ paragraph: 1, start: 3, length: 2, lines: ['x'] }], {
      ...OPTIONS,
      paragraphTexts: texts,
    });
    expect(commented(strFromU8(unzipSync(out)['word/document.xml']), '0')).toBe('Báo cáo của của Đảng uỷ.');
  });

  const ND30 = path.join(__dirname, '..', '..', '..', 'shared', 'fixtures', 'nd30', 'Phuluc1.docx');
  (existsSync(ND30) ? it : it.skip)('annotates a real Word file with every finding, readable by the reader', () => {
    const original = new Uint8Array(readFileSync(ND30));
    const doc = readDocx(original);
    const findings = checkDocument(doc, { today: '2026-11-22' }).findings;
    const { out, comments } = annotate(
      original,
      findings.map((f) => ({ paragraph: f.paragraph, start: f.start, length: f.length, lines: [f.message.vi] })),
    );
    expect(comments.match(/<w:comment /g)?.length ?? 0).toBe(findings.length);
    expect(readDocx(out).paragraphs.map((x) => x.text)).toEqual(doc.paragraphs.map((x) => x.text));
  });
});

describe('fixDocx', () => {
  it('replaces only the edited stretch, keeping the formatting of the runs around it', () => {
    const bytes = buildDocx({ body: `<w:p>${r('Báo cáo của ', '<w:i/>')}${r('của Đảng  uỷ.', '<w:b/>')}</w:p>` });
    const doc = readDocx(bytes);
    const text = doc.paragraphs[0].text;
    const result = fixDocx(
      bytes,
      [
        { kind: 'replaceText', paragraph: 0, start: 8, length: 8, expected: 'của của ', replacement: 'của ' },
        { kind: 'replaceText', paragraph: 0, start: 20, length: 2, expected: '  ', replacement: ' ' },
        { kind: 'replaceText', paragraph: 0, start: 0, length: 3, expected: 'XXX', replacement: 'Y' },
      ],
      [text],
    );
    expect(result.applied).toHaveLength(2);
    expect(result.skipped).toHaveLength(1);
    const after = readDocx(result.bytes).paragraphs[0];
    expect(after.text).toBe('Báo cáo của Đảng uỷ.');
    // Italic "Báo cáo ", then the replacement in the italic run it started in, then bold " Đảng uỷ."
    expect(after.runs?.map((x) => [after.text.slice(x.start, x.start + x.length), x.font.italic, x.font.bold])).toEqual(
      [
        ['Báo cáo của ', true, false],
        ['Đảng uỷ.', false, true],
      ],
    );
  });

  it('inserts with the formatting of the text before, and skips an edit whose paragraph changed', () => {
    const bytes = buildDocx({ body: `<w:p>${r('Hà Nội,ngày', '<w:b/>')}</w:p>` + p('Khác') });
    const result = fixDocx(
      bytes,
      [
        { kind: 'replaceText', paragraph: 0, start: 7, length: 0, expected: '', replacement: ' ' },
        { kind: 'replaceText', paragraph: 1, start: 0, length: 1, expected: 'K', replacement: 'k' },
      ],
      ['Hà Nội,ngày', 'Không phải đoạn này'],
    );
    expect(result.applied).toHaveLength(1);
    const para = readDocx(result.bytes).paragraphs[0];
    expect(para.text).toBe('Hà Nội, ngày');
    expect(para.font?.bold).toBe(true);
  });
});
