/** Presentation read from .docx: inheritance of fonts and paragraph layout, sections, page numbers; a LibreOffice file. */
import { readFileSync } from 'fs';
import path from 'path';
import { runRules } from '../../src/core/runner';
import { presentationRules } from '../../src/core/rules/presentation';
import { readDocx } from '../../src/docx';
import { buildDocx, p, r } from './buildDocx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Formatting only in styles.xml: docDefaults → Normal → Body → Loose, and a character style. */
const INHERITED_STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/><w:spacing w:line="380" w:lineRule="exact"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Loose"><w:name w:val="Loose"/><w:basedOn w:val="Body"/>' +
  '<w:pPr><w:spacing w:before="240" w:line="360" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="26"/><w:color w:val="1F4E79"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>';

const LONG =
  'Nội dung văn bản được dàn đều hai lề, thụt đầu dòng một xăng-ti-mét và giãn dòng đúng 19 pt theo hướng dẫn.';

describe('readDocx: presentation through style inheritance only', () => {
  const doc = readDocx(
    buildDocx({
      styles: INHERITED_STYLES,
      body:
        p(LONG, '<w:pStyle w:val="Body"/>') +
        p(LONG, '<w:pStyle w:val="Loose"/>') +
        `<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr>${r('Đậm ')}<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>chữ</w:t></w:r></w:p>`,
    }),
  );

  it('an inherited 14 pt counts as 14 pt, and layout comes from the style chain', () => {
    const [body, loose, mixed] = doc.paragraphs;
    expect(body.font).toMatchObject({ name: 'Times New Roman', size: 14, bold: false });
    expect(body.alignment).toBe('justified');
    expect(body.format).toEqual({
      firstLineIndentMm: 10,
      leftIndentMm: 0,
      rightIndentMm: 0,
      spaceBeforePt: 0,
      spaceAfterPt: 6,
      lineSpacing: { rule: 'exact', value: 19 },
    });
    // The child style keeps the parent's indent and alignment, overrides spacing, size and colour.
    expect(loose.font).toMatchObject({ size: 13, color: '#1F4E79' });
    expect(loose.format).toMatchObject({
      firstLineIndentMm: 10,
      spaceBeforePt: 12,
      lineSpacing: { rule: 'multiple', value: 1.5 },
    });
    expect(loose.alignment).toBe('justified');
    expect(mixed.runs?.map((x) => x.font.bold)).toEqual([false, true]);
    expect(doc.capabilities).toEqual({ fonts: true, paragraphFormat: true, pageSetup: false, pageNumbers: true });
  });

  it('the rules see the inherited values: only the child style offends', () => {
    const found = runRules(doc, presentationRules, { profile: 'party', today: '2026-11-22' });
    expect(found.map((f) => `${f.ruleId}@${f.paragraph}`).sort()).toEqual(
      ['body-font-size@1', 'body-line-spacing@1', 'presentation-font@1'].sort(),
    );
  });
});

describe('readDocx: direct paragraph formatting wins over styles', () => {
  it('hanging indents, automatic spacing and "at least" line spacing', () => {
    const doc = readDocx(
      buildDocx({
        styles: INHERITED_STYLES,
        body: p(
          LONG,
          '<w:pStyle w:val="Body"/><w:ind w:left="720" w:hanging="360"/><w:spacing w:beforeAutospacing="1" w:after="0" w:line="320" w:lineRule="atLeast"/>',
        ),
      }),
    );
    expect(doc.paragraphs[0].format).toEqual({
      firstLineIndentMm: -6.35,
      leftIndentMm: 12.7,
      rightIndentMm: 0,
      spaceBeforePt: 14,
      spaceAfterPt: 0,
      lineSpacing: { rule: 'atLeast', value: 16 },
    });
  });
});

const headerPart = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}">${inner}</w:hdr>`;
const footerPart = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="${W}">${inner}</w:ftr>`;
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' +
  '<Relationship Id="rH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>' +
  '<Relationship Id="rF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>';

describe('readDocx: sections and page numbers', () => {
  const sectPr = (inner: string) => `<w:sectPr xmlns:r="${R}">${inner}</w:sectPr>`;
  const doc = readDocx(
    buildDocx({
      styles: INHERITED_STYLES,
      body:
        p('Trang dọc') +
        `<w:p><w:pPr>${sectPr(
          '<w:headerReference w:type="default" r:id="rH1"/><w:headerReference w:type="first" r:id="rH2"/>' +
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567"/><w:titlePg/>',
        )}</w:pPr></w:p>` +
        p('Bảng ngang') +
        sectPr(
          '<w:footerReference w:type="default" r:id="rF1"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720"/>',
        ),
      extra: {
        'word/_rels/document.xml.rels': RELS,
        'word/header1.xml': headerPart(
          '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
        ),
        'word/header2.xml': headerPart('<w:p/>'),
        'word/footer1.xml': footerPart(
          '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:fldSimple w:instr="NUMPAGES"/></w:p>',
        ),
      },
    }),
  );

  it('reads paper, orientation and margins in millimetres, per section', () => {
    expect(doc.sections).toHaveLength(2);
    expect(doc.sections![0]).toMatchObject({
      firstParagraph: 0,
      paperWidthMm: 210.01,
      paperHeightMm: 297,
      orientation: 'portrait',
      marginTopMm: 20,
      marginRightMm: 15.01,
      marginLeftMm: 30,
      headerDistanceMm: 10,
    });
    expect(doc.sections![1]).toMatchObject({ firstParagraph: 2, orientation: 'landscape', marginLeftMm: 20 });
    expect(doc.capabilities?.pageSetup).toBe(true);
  });

  it('finds the PAGE field, its alignment, and that page 1 hides it; inherits headers; NUMPAGES is not a page number', () => {
    expect(doc.sections![0].pageNumbers).toEqual({
      present: true,
      place: 'header',
      alignment: 'centered',
      hiddenOnFirstPage: true,
    });
    // The second section has no header reference of its own: it keeps the first section's header.
    expect(doc.sections![1].pageNumbers).toMatchObject({ present: true, place: 'header', hiddenOnFirstPage: false });
  });
});

describe('readDocx on a file LibreOffice wrote (lo-state.fodt converted with libreoffice --headless --convert-to docx)', () => {
  const doc = readDocx(new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', 'lo-state.docx'))));

  it('reads fonts through its styles and its page setup', () => {
    const [title, date, body1, , loose] = doc.paragraphs;
    expect(title.font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true });
    expect(date.font).toMatchObject({ size: 14, italic: true });
    expect(body1).toMatchObject({ styleName: 'Body Text', alignment: 'justified' });
    expect(body1.format).toMatchObject({ firstLineIndentMm: 10, spaceBeforePt: 6 });
    expect(loose.font?.size).toBe(12);
    expect(loose.format?.lineSpacing).toEqual({ rule: 'multiple', value: 2 });
    // LibreOffice writes the ODF header area into Word's top margin: 2 cm + the header's height.
    expect(doc.sections![0]).toMatchObject({ paperWidthMm: 210.01, marginLeftMm: 30, marginRightMm: 14.99 });
    expect(doc.sections![0].pageNumbers).toMatchObject({ present: true, place: 'header', alignment: 'centered' });
  });

  it('the State rules flag the two faults of the loose paragraph, the top margin and the number on page 1', () => {
    const found = runRules(doc, presentationRules, { profile: 'state', today: '2026-11-22' });
    expect(found.map((f) => `${f.ruleId}@${f.paragraph}:${f.messageId}`).sort()).toEqual(
      ['body-font-size@4:body', 'body-line-spacing@4:body', 'page-setup@0:margins', 'page-numbers@0:firstPage'].sort(),
    );
  });
});
