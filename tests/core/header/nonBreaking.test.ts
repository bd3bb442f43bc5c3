import type { BlockItem } from '../../../src/core/edit';
import { specText } from '../../../src/core/edit';
import { checkDocument } from '../../../src/core/check';
import {
  analyzeDocument,
  buildHeaderEdit,
  buildSignatureEdit,
  detectProfile,
  parseNumberLine,
  parseSymbol,
  plainHyphens,
  symbolShape,
  type HeaderInput,
} from '../../../src/core/header';
import { createDocument, type Paragraph } from '../../../src/core/model';
import { headerRules } from '../../../src/core/rules/header';
import { documentSymbol } from '../../../src/core/rules/typo/documentSymbol';
import { runRules } from '../../../src/core/runner';
import { documentInfo } from '../../../src/cli/summary';
import { findHandTypedHeader } from '../../../src/taskpane/handHeader';
import { ruleTester } from '../../helpers/ruleTester';
import { TODAY } from './documents';

const NB = '\u2011';

describe('a non-breaking hyphen (U+2011) reads as "-"', () => {
  it('in the number line and its symbol', () => {
    const parsed = parseNumberLine(`Số 694${NB}CV/ĐUK`)!;
    expect(parsed).toMatchObject({ hasColon: false, symbol: '694-CV/ĐUK' });
    expect(parseSymbol('party', `23${NB}NQ/TW`, () => true)).toMatchObject({
      number: '23',
      typeAbbr: 'NQ',
      issuer: 'TW',
    });
    expect(parseSymbol('state', `15/QĐ${NB}UBND`, (a) => a === 'QĐ')).toMatchObject({ typeAbbr: 'QĐ', issuer: 'UBND' });
    expect([symbolShape(`12${NB}NQ/ĐU`), symbolShape(`12/QĐ${NB}UBND`)]).toEqual(['party', 'state']);
    // A draft's blank number before a non-breaking hyphen is still a number line.
    expect(parseNumberLine(`Số       ${NB}CV/ĐUK`)).not.toBeNull();
  });

  it('and Word’s own non-breaking hyphen character (U+001E) too; other dashes stay what they are', () => {
    expect(plainHyphens('23\u001eNQ/TW 5\u2010QĐ a–b')).toBe('23-NQ/TW 5-QĐ a–b');
  });

  it('a header typed with non-breaking hyphens is found, read and pre-filled like one with "-"', () => {
    const typed = (dash: string) => [
      'ĐẢNG BỘ TỈNH BẮC NINH',
      'TỈNH UỶ',
      '*',
      `Số 12${dash}BC/TU`,
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Bắc Ninh, ngày 05 tháng 3 năm 2026',
      'BÁO CÁO',
      'tổng kết công tác năm 2025',
      'Năm 2025, Tỉnh uỷ đã lãnh đạo toàn diện các mặt công tác và đạt nhiều kết quả quan trọng trên mọi lĩnh vực.',
    ];
    const plain = createDocument(typed('-'));
    const nb = createDocument(typed(NB));
    expect(detectProfile(nb)).toEqual(detectProfile(plain));
    expect(detectProfile(nb).profile).toBe('party');
    expect(findHandTypedHeader(nb)?.prefill).toEqual(findHandTypedHeader(plain)?.prefill);
    expect(findHandTypedHeader(nb)?.prefill).toMatchObject({ number: '12', issuerAbbr: 'TU', typeId: 'bao-cao' });
    const rules = (doc: typeof plain) => runRules(doc, headerRules, { today: TODAY }).map((f) => f.ruleId);
    expect(rules(nb)).toEqual(rules(plain));
  });

  describe('document-symbol rule', () => {
    ruleTester(documentSymbol, {
      valid: [`Nghị quyết số 45${NB}NQ/ĐU và Quyết định số 15/QĐ${NB}UBND.`],
      invalid: [
        {
          name: 'spaced: the fix closes the gap and keeps the non-breaking hyphen',
          doc: `Thực hiện Nghị quyết số 45 ${NB} NQ/ĐU.`,
          findings: [{ text: `45 ${NB} NQ/ĐU`, messageId: 'spaced', suggestions: [`45${NB}NQ/ĐU`] }],
        },
        {
          name: 'missing separator: the rest of the symbol keeps its non-breaking hyphen',
          doc: `Quyết định số 15 QĐ${NB}UBND.`,
          findings: [{ text: `15 QĐ${NB}UBND`, messageId: 'separator', suggestions: [`15/QĐ${NB}UBND`] }],
        },
      ],
    });
  });
});

/** Inserted blocks as a host reads them back: a rule is an empty paragraph (its border is not text). */
function asDocument(items: BlockItem[], tableBase = 0): Paragraph[] {
  let tables = tableBase;
  return items.flatMap((item): Paragraph[] => {
    if (item.kind === 'paragraph') return [{ text: specText(item) }];
    const t = tables++;
    return item.rows.flatMap((row, r) =>
      row.flatMap((cell, c) => cell.map((p) => ({ text: specText(p), cell: { table: t, row: r, cell: c } }))),
    );
  });
}

const partyHeader: HeaderInput = {
  profile: 'party',
  superiorBody: 'Đảng bộ tỉnh Bình Định',
  issuingBody: 'Đảng uỷ Khối các cơ quan',
  issuerAbbr: 'ĐUK',
  typeId: 'bao-cao',
  number: '694',
  place: 'Bình Định',
  date: '2026-09-15',
  summary: 'kết quả công tác quý III',
};

function builtDocument(dash: 'built' | 'hyphen' | 'underscores'): Paragraph[] {
  const header = asDocument(buildHeaderEdit(partyHeader).items).map((p) => {
    if (dash === 'hyphen') return { ...p, text: plainHyphens(p.text) };
    // A header typed by hand draws the rule with underscores.
    if (dash === 'underscores' && p.cell?.cell === 1 && p.text === '') return { ...p, text: '_'.repeat(30) };
    return p;
  });
  const signature = buildSignatureEdit({
    profile: 'party',
    date: '2026-09-15',
    authority: 'T/M',
    authorityBody: 'Ban Thường vụ',
    office: 'Phó Bí thư',
    signer: 'Nguyễn Hữu Lộc',
    recipients: ['Ban Thường vụ Tỉnh uỷ'],
    archive: 'Văn phòng Đảng uỷ Khối',
  });
  return [
    ...header,
    {
      text: 'Quý III năm 2026, Đảng uỷ Khối đã lãnh đạo thực hiện tốt các nhiệm vụ chính trị và công tác xây dựng Đảng.',
    },
    ...asDocument(signature.items, 1),
  ];
}

describe('the header the builder inserts, checked', () => {
  it('the whole check finds nothing in it that the same header with plain hyphens does not', () => {
    const findings = (paragraphs: Paragraph[]) =>
      checkDocument(createDocument(paragraphs), { today: TODAY })
        .findings.filter((f) => f.paragraph < 12)
        .map((f) => `${f.ruleId}@${f.paragraph}`);
    const built = builtDocument('built');
    expect(built.some((p) => p.text.includes(NB))).toBe(true);
    expect(findings(built)).toEqual(findings(builtDocument('hyphen')));
  });

  it('the rule drawn as a line (an empty paragraph) or typed as underscores: the same parts are found', () => {
    const parts = (paragraphs: Paragraph[]) => {
      const { header } = analyzeDocument(createDocument(paragraphs));
      return [
        header.nationalTitle?.text,
        header.numberLine?.parsed.symbol,
        header.dateLine?.text,
        header.typeTitle?.text,
      ];
    };
    expect(parts(builtDocument('built'))).toEqual([
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '694-BC/ĐUK',
      'Bình Định, ngày 15 tháng 9 năm 2026',
      'BÁO CÁO',
    ]);
    expect(parts(builtDocument('underscores'))).toEqual(parts(builtDocument('built')));
    const ids = (paragraphs: Paragraph[]) =>
      runRules(createDocument(paragraphs), headerRules, { today: TODAY }).map((f) => f.ruleId);
    expect(ids(builtDocument('built'))).toEqual([]);
    expect(ids(builtDocument('underscores'))).toEqual([]);
  });

  it('the CLI summary shows the symbol with a plain hyphen', () => {
    const doc = createDocument(builtDocument('built'));
    expect(documentInfo(doc, checkDocument(doc, { today: TODAY })).number).toBe('694-BC/ĐUK');
  });
});
