/** Table-driven tests of each presentation rule: true positives and near misses that must not fire. */
import { checkDocument } from '../../../src/core/check';
import type { FormatEdit, PageSetupEdit } from '../../../src/core/edit';
import { createDocument, type DocumentModel } from '../../../src/core/model';
import { presentationRules } from '../../../src/core/rules/presentation';
import { bodyAlignment } from '../../../src/core/rules/presentation/bodyAlignment';
import { bodyFirstLineIndent } from '../../../src/core/rules/presentation/bodyFirstLineIndent';
import { bodyFontSize } from '../../../src/core/rules/presentation/bodyFontSize';
import { bodyLineSpacing } from '../../../src/core/rules/presentation/bodyLineSpacing';
import { bodyParagraphSpacing } from '../../../src/core/rules/presentation/bodyParagraphSpacing';
import { headerTypography } from '../../../src/core/rules/presentation/headerTypography';
import { pageNumbers } from '../../../src/core/rules/presentation/pageNumbers';
import { pageSetup } from '../../../src/core/rules/presentation/pageSetup';
import { presentationFont } from '../../../src/core/rules/presentation/presentationFont';
import { signatureTypography } from '../../../src/core/rules/presentation/signatureTypography';
import { runRules } from '../../../src/core/runner';
import { ruleTester } from '../../helpers/ruleTester';
import { edit, PARTY_BODY, partyReport, STATE_BODY, stateDecision, TODAY, withSection } from './documents';

const config = { today: TODAY };
const [P1, P2, P3, P4] = PARTY_BODY;
const [S1, S2, S3] = STATE_BODY;

describe('every presentation rule', () => {
  it.each(presentationRules.map((r) => [r.meta.id, r]))(
    '%s needs a capability, cites its source, speaks both languages',
    (_id, rule) => {
      expect(rule.meta.requires?.length).toBeGreaterThan(0);
      expect(rule.meta.source).toMatch(/HD 05|NĐ 30/);
      for (const m of Object.values(rule.meta.messages)) expect(m.vi && m.en).toBeTruthy();
    },
  );

  it('finds nothing on the well-presented Party and State documents', () => {
    for (const doc of [partyReport(), stateDecision()]) {
      const found = runRules(doc, presentationRules, config);
      expect(found.map((f) => `${f.ruleId}: ${f.message.vi}`)).toEqual([]);
    }
  });

  it('is listed as not evaluated on plain text, never as a pass', () => {
    const doc = createDocument(['ĐẢNG CỘNG SẢN VIỆT NAM', P1]);
    const result = checkDocument(doc, config);
    expect(result.findings.filter((f) => presentationRules.some((r) => r.meta.id === f.ruleId))).toEqual([]);
    const presentationIds = new Set(presentationRules.map((r) => r.meta.id));
    expect(
      result.notEvaluated
        .map((n) => n.ruleId)
        .filter((id) => presentationIds.has(id))
        .sort(),
    ).toEqual([...presentationIds].sort());
  });
});

ruleTester(presentationFont, {
  valid: [
    { doc: partyReport(), config },
    {
      name: '"Times New Roman Bold" is the same family',
      doc: edit(partyReport(), { [P1]: { font: { name: 'Times New Roman Bold' } } }),
      config,
    },
    {
      name: 'the office chose another font',
      doc: edit(
        partyReport(),
        Object.fromEntries(partyReport().paragraphs.map((p) => [p.text, { font: { name: 'Arial' } }])),
      ),
      config: { ...config, rules: { 'presentation-font': { options: { font: 'Arial' } } } },
    },
  ],
  invalid: [
    {
      name: 'two neighbouring Arial paragraphs: one finding',
      doc: edit(partyReport(), { [P2]: { font: { name: 'Arial' } }, [P3]: { font: { name: 'Arial' } } }),
      config,
      findings: [{ paragraph: 10, text: P2, messageId: 'font', severity: 'error' }],
    },
    {
      name: 'Arial separated by a correct paragraph: two findings',
      doc: edit(partyReport(), { [P1]: { font: { name: 'Arial' } }, [P3]: { font: { name: 'Arial' } } }),
      config,
      findings: [
        { paragraph: 9, messageId: 'font' },
        { paragraph: 11, messageId: 'font' },
      ],
    },
    {
      name: 'blue text',
      doc: edit(stateDecision(), { [S1]: { font: { color: '#2F5496' } } }),
      config,
      findings: [{ text: S1, messageId: 'color' }],
    },
  ],
});

ruleTester(bodyFontSize, {
  valid: [
    { doc: stateDecision(), config },
    { name: 'State body at 13 pt', doc: edit(stateDecision(), { [S1]: { font: { size: 13 } } }), config },
    { name: 'Party body at 15 pt', doc: edit(partyReport(), { [P1]: { font: { size: 15 } } }), config },
    {
      name: 'an office range',
      doc: edit(partyReport(), { [P1]: { font: { size: 13 } } }),
      config: { ...config, rules: { 'body-font-size': { options: { min: 13, max: 15 } } } },
    },
  ],
  invalid: [
    {
      name: 'Party body at 13 pt (HD 05: 14–15)',
      doc: edit(partyReport(), { [P1]: { font: { size: 13 } }, [P2]: { font: { size: 13 } } }),
      config,
      findings: [{ paragraph: 9, messageId: 'body', severity: 'error' }],
    },
    {
      name: 'State body at 12 pt',
      doc: edit(stateDecision(), { [S3]: { font: { size: 12 } } }),
      config,
      findings: [{ text: S3, messageId: 'body' }],
    },
  ],
});

ruleTester(bodyAlignment, {
  valid: [
    { doc: partyReport(), config },
    {
      name: 'a centred title is not running text',
      doc: edit(partyReport(), { 'BÁO CÁO': { alignment: 'left' } }),
      config,
    },
    {
      name: 'a centred parenthetical note is not running text',
      doc: (() => {
        const doc = partyReport();
        const note = '(Kèm theo Báo cáo số 12-BC/ĐU ngày 03 tháng 6 năm 2026 của Đảng uỷ đặc khu Phú Quý)';
        doc.paragraphs.splice(9, 0, { ...doc.paragraphs[9], text: note, alignment: 'centered' });
        return doc;
      })(),
      config,
    },
  ],
  invalid: [
    {
      name: 'left-aligned body',
      doc: edit(partyReport(), { [P4]: { alignment: 'left' } }),
      config,
      findings: [{ text: P4, messageId: 'body' }],
    },
  ],
});

ruleTester(bodyFirstLineIndent, {
  valid: [
    { doc: stateDecision(), config },
    {
      name: '10.2 mm rounds to 1 cm',
      doc: edit(partyReport(), { [P1]: { format: { firstLineIndentMm: 10.2 } } }),
      config,
    },
  ],
  invalid: [
    {
      name: 'no indent',
      doc: edit(stateDecision(), { [S2]: { format: { firstLineIndentMm: 0 } } }),
      config,
      findings: [{ text: S2, messageId: 'body' }],
    },
    {
      name: '2 cm',
      doc: edit(partyReport(), { [P1]: { format: { firstLineIndentMm: 20 } } }),
      config,
      findings: [{ text: P1, messageId: 'body' }],
    },
  ],
});

ruleTester(bodyParagraphSpacing, {
  valid: [
    { doc: stateDecision(), config },
    {
      name: '3 pt before and 3 after',
      doc: edit(partyReport(), { [P1]: { format: { spaceBeforePt: 3, spaceAfterPt: 3 } } }),
      config,
    },
  ],
  invalid: [
    {
      name: 'no space between paragraphs',
      doc: edit(partyReport(), { [P1]: { format: { spaceAfterPt: 0 } }, [P2]: { format: { spaceAfterPt: 4 } } }),
      config,
      findings: [
        {
          paragraph: 9,
          messageId: 'body',
          data: { actual: '0', min: '6', from: 10, to: 11, count: 2, span: '10–11' },
        } as never,
      ],
    },
  ],
});

const dated2025 = (doc: DocumentModel): DocumentModel => {
  const date = doc.paragraphs.find((p) => p.text.startsWith('Phú Quý, ngày'))!;
  date.text = 'Phú Quý, ngày 03 tháng 6 năm 2025';
  return doc;
};

ruleTester(bodyLineSpacing, {
  valid: [
    { doc: partyReport(), config },
    {
      name: 'Party exactly 22 pt',
      doc: edit(partyReport(), { [P1]: { format: { lineSpacing: { rule: 'exact', value: 22 } } } }),
      config,
    },
    {
      name: 'State 1.5 lines',
      doc: edit(stateDecision(), { [S1]: { format: { lineSpacing: { rule: 'multiple', value: 1.5 } } } }),
      config,
    },
    {
      name: 'State exactly 17 pt',
      doc: edit(stateDecision(), { [S1]: { format: { lineSpacing: { rule: 'exact', value: 17 } } } }),
      config,
    },
  ],
  invalid: [
    {
      name: 'Party single spacing (≈16 pt)',
      doc: edit(partyReport(), { [P1]: { format: { lineSpacing: { rule: 'multiple', value: 1 } } } }),
      config,
      findings: [{ text: P1, messageId: 'body', severity: 'error' }],
    },
    {
      name: 'Party 1.5 lines (≈24 pt)',
      doc: edit(partyReport(), { [P2]: { format: { lineSpacing: { rule: 'multiple', value: 1.5 } } } }),
      config,
      findings: [{ text: P2, messageId: 'body' }],
    },
    {
      name: 'State double spacing',
      doc: edit(stateDecision(), { [S1]: { format: { lineSpacing: { rule: 'multiple', value: 2 } } } }),
      config,
      findings: [{ text: S1, messageId: 'body' }],
    },
    {
      name: 'Party under HD 36 (unconfirmed range): a warning at most',
      doc: dated2025(edit(partyReport(), { [P1]: { format: { lineSpacing: { rule: 'exact', value: 14 } } } })),
      config,
      findings: [{ text: P1, severity: 'warning' }],
    },
  ],
});

ruleTester(headerTypography, {
  valid: [
    { doc: partyReport(), config },
    { doc: stateDecision(), config },
    { name: 'Party type name at 15 pt', doc: edit(partyReport(), { 'BÁO CÁO': { font: { size: 15 } } }), config },
    { name: 'State issuer at 12 pt', doc: edit(stateDecision(), { 'TỈNH LÂM ĐỒNG': { font: { size: 12 } } }), config },
  ],
  invalid: [
    {
      name: 'Party title at 14 pt, not bold',
      doc: edit(partyReport(), { 'ĐẢNG CỘNG SẢN VIỆT NAM': { font: { size: 14, bold: false } } }),
      config,
      findings: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', messageId: 'part', severity: 'error' }],
    },
    {
      name: 'Party superior body in bold',
      doc: edit(partyReport(), { 'ĐẢNG BỘ TỈNH LÂM ĐỒNG': { font: { bold: true } } }),
      config,
      findings: [{ text: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG' }],
    },
    {
      name: 'date line upright',
      doc: edit(stateDecision(), { 'Lâm Đồng, ngày 05 tháng 02 năm 2026': { font: { italic: false } } }),
      config,
      findings: [{ text: 'Lâm Đồng, ngày 05 tháng 02 năm 2026' }],
    },
    {
      name: 'State issuer at 14 pt (NĐ 30: 12–13)',
      doc: edit(stateDecision(), { 'TỈNH LÂM ĐỒNG': { font: { size: 14 } } }),
      config,
      findings: [{ text: 'TỈNH LÂM ĐỒNG' }],
    },
  ],
});

ruleTester(signatureTypography, {
  valid: [
    { doc: partyReport(), config },
    { doc: stateDecision(), config },
  ],
  invalid: [
    {
      name: 'Party office in bold (HD 05: not bold)',
      doc: edit(partyReport(), { 'BÍ THƯ': { font: { bold: true } } }),
      config,
      findings: [{ text: 'BÍ THƯ', severity: 'error' }],
    },
    {
      name: 'State office not bold',
      doc: edit(stateDecision(), { 'PHÓ CHỦ TỊCH': { font: { bold: false } } }),
      config,
      findings: [{ text: 'PHÓ CHỦ TỊCH' }],
    },
    {
      name: 'Party "Nơi nhận:" not underlined',
      doc: edit(partyReport(), { 'Nơi nhận:': { font: { underline: false } } }),
      config,
      findings: [{ text: 'Nơi nhận:' }],
    },
    {
      name: 'State list at 12 pt: one finding for the list',
      doc: edit(stateDecision(), { '- Như Điều 3;': { font: { size: 12 } }, '- Lưu: VT, NC.': { font: { size: 12 } } }),
      config,
      findings: [{ text: '- Như Điều 3;' }],
    },
  ],
});

ruleTester(pageSetup, {
  valid: [
    { doc: stateDecision(), config },
    { name: 'State top margin 25 mm', doc: withSection(stateDecision(), { marginTopMm: 25 }), config },
    { name: 'Word rounds 2 cm to 20.01 mm', doc: withSection(partyReport(), { marginLeftMm: 30.01 }), config },
    {
      name: 'a landscape section holding a table of content',
      doc: (() => {
        const doc = withSection(partyReport(), { orientation: 'landscape', paperWidthMm: 297, paperHeightMm: 210 });
        doc.paragraphs.splice(10, 0, { ...doc.paragraphs[9], text: 'Số liệu', cell: { table: 2, row: 0, cell: 0 } });
        return doc;
      })(),
      config,
    },
  ],
  invalid: [
    {
      name: 'Letter paper',
      doc: withSection(stateDecision(), { paperWidthMm: 215.9, paperHeightMm: 279.4 }),
      config,
      findings: [{ messageId: 'paper', paragraph: 0 }],
    },
    {
      name: 'Party top margin 25 mm (HD 05: 20 mm) and left 20 mm',
      doc: withSection(partyReport(), { marginTopMm: 25, marginLeftMm: 20 }),
      config,
      findings: [{ messageId: 'margins', severity: 'error' }],
    },
    {
      name: 'landscape without a table',
      doc: withSection(partyReport(), { orientation: 'landscape', paperWidthMm: 297, paperHeightMm: 210 }),
      config,
      findings: [{ messageId: 'orientation', severity: 'warning' }],
    },
  ],
});

const longParty = () => {
  const doc = partyReport();
  const extra = Array.from({ length: 40 }, () => ({ ...doc.paragraphs[9] }));
  doc.paragraphs.splice(9, 0, ...extra);
  return doc;
};

ruleTester(pageNumbers, {
  valid: [
    { doc: longParty(), config },
    {
      name: 'a one-page document needs none',
      doc: withSection(partyReport(), { pageNumbers: { present: false } }),
      config,
    },
  ],
  invalid: [
    {
      name: 'a long document without page numbers',
      doc: withSection(longParty(), { pageNumbers: { present: false } }),
      config,
      findings: [{ messageId: 'missing' }],
    },
    {
      name: 'numbers in the footer',
      doc: withSection(longParty(), {
        pageNumbers: { present: true, place: 'footer', alignment: 'centered', hiddenOnFirstPage: true },
      }),
      config,
      findings: [{ messageId: 'place' }],
    },
    {
      name: 'shown on the first page, right-aligned',
      doc: withSection(longParty(), {
        pageNumbers: { present: true, place: 'header', alignment: 'right', hiddenOnFirstPage: false },
      }),
      config,
      findings: [{ messageId: 'alignment' }, { messageId: 'firstPage' }],
    },
    {
      name: 'Party header distance 12.7 mm (HD 05: 10 mm from the top edge)',
      doc: withSection(longParty(), { headerDistanceMm: 12.7 }),
      config,
      findings: [{ messageId: 'distance', severity: 'warning' }],
    },
  ],
});

describe('fixes state what they expect', () => {
  it('a font fix per paragraph of the run, with the current values', () => {
    const doc = edit(partyReport(), { [P1]: { font: { size: 13 } }, [P2]: { font: { size: 16 } } });
    const [finding] = runRules(doc, [bodyFontSize], config);
    expect(finding.fix).toEqual<FormatEdit[]>([
      {
        kind: 'setFormat',
        paragraph: 9,
        expectedText: P1,
        expected: { font: { size: 13 } },
        set: { font: { size: 14 } },
      },
      {
        kind: 'setFormat',
        paragraph: 10,
        expectedText: P2,
        expected: { font: { size: 16 } },
        set: { font: { size: 15 } },
      },
    ]);
  });

  it('a header fix covers only the wrong properties, over the line', () => {
    const doc = edit(partyReport(), { 'ĐẢNG CỘNG SẢN VIỆT NAM': { font: { size: 14, bold: false } } });
    const [finding] = runRules(doc, [headerTypography], config);
    expect(finding.message.vi).toBe(
      'Tiêu đề / Quốc hiệu: cỡ 14 pt (quy định 15 pt), chưa in đậm — theo HD 05-HD/VPTW (27/5/2026).',
    );
    expect(finding.fix).toEqual([
      {
        kind: 'setFormat',
        paragraph: 4,
        range: { start: 0, length: 22 },
        expectedText: 'ĐẢNG CỘNG SẢN VIỆT NAM',
        expected: { font: { size: 14, bold: false } },
        set: { font: { size: 15, bold: true } },
      },
    ]);
  });

  it('margins are moved to the nearest allowed value', () => {
    const doc = withSection(stateDecision(), { marginTopMm: 30, marginRightMm: 10 });
    const [finding] = runRules(doc, [pageSetup], config);
    expect(finding.fix).toEqual<PageSetupEdit[]>([
      {
        kind: 'setPageSetup',
        section: 0,
        expected: { marginTopMm: 30, marginRightMm: 10 },
        set: { marginTopMm: 25, marginRightMm: 15 },
      },
    ]);
  });
});
