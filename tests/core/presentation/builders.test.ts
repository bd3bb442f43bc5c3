/**
 * What the add-in inserts must pass its own presentation rules: the header, the signature block and the outline,
 * for each profile and rule set (Party HD 36 and HD 05, State NĐ 30), read back as a host would read them.
 */
import type { BlockItem, Edit, ParagraphSpec, TextFormat } from '../../../src/core/edit';
import { specText } from '../../../src/core/edit';
import {
  buildHeaderItems,
  buildSignatureItems,
  type HeaderInput,
  type SignatureInput,
} from '../../../src/core/header/build';
import type { DocumentModel, FontInfo, Paragraph, Profile } from '../../../src/core/model';
import { buildScaffold } from '../../../src/core/outline/scaffold';
import { presentationRules } from '../../../src/core/rules/presentation';
import { runRules } from '../../../src/core/runner';
import { getTemplate } from '../../../src/core/templates';

/** Unset properties read as the Normal style of a document set up for official writing: upright, black. */
function fontOf(format: TextFormat | undefined): FontInfo {
  return {
    name: format?.font ?? 'Times New Roman',
    size: format?.size ?? 14,
    bold: format?.bold ?? false,
    italic: format?.italic ?? false,
    underline: format?.underline ?? false,
    color: format?.color ?? '#000000',
  };
}

function specParagraph(spec: ParagraphSpec): Paragraph {
  const text = specText(spec);
  const runs = spec.runs?.reduce<{ offset: number; list: NonNullable<Paragraph['runs']> }>(
    (acc, run) => ({
      offset: acc.offset + run.text.length,
      list: [...acc.list, { start: acc.offset, length: run.text.length, font: fontOf(run.format ?? spec.format) }],
    }),
    { offset: 0, list: [] },
  ).list;
  return {
    text: spec.placeholder ? spec.placeholder.text : text,
    font: fontOf(spec.format),
    ...(runs ? { runs } : {}),
    alignment: spec.alignment ?? 'left',
    ...(spec.headingLevel ? { headingLevel: spec.headingLevel } : {}),
    ...(spec.placeholder ? { showsPlaceholder: true } : {}),
    format: {
      firstLineIndentMm: ((spec.firstLineIndent ?? 0) * 25.4) / 72,
      leftIndentMm: 0,
      rightIndentMm: 0,
      spaceBeforePt: 0,
      spaceAfterPt: spec.spaceAfter ?? 0,
      lineSpacing: { rule: 'multiple', value: 1 },
    },
  };
}

function asParagraphs(items: BlockItem[], firstTable: number): Paragraph[] {
  let table = firstTable;
  return items.flatMap((item) => {
    if (item.kind === 'paragraph') return [specParagraph(item)];
    const t = table++;
    return item.rows.flatMap((row, r) =>
      row.flatMap((cell, c) => cell.map((p) => ({ ...specParagraph(p), cell: { table: t, row: r, cell: c } }))),
    );
  });
}

const BODY: Record<Profile, Paragraph> = {
  party: {
    text: 'Nội dung văn bản được trình bày theo Hướng dẫn về thể thức và kỹ thuật trình bày văn bản của Đảng.',
    font: fontOf({ size: 14 }),
    alignment: 'justified',
    format: { firstLineIndentMm: 10, spaceBeforePt: 0, spaceAfterPt: 6, lineSpacing: { rule: 'exact', value: 19 } },
  },
  state: {
    text: 'Nội dung văn bản được trình bày theo Nghị định về công tác văn thư, căn đều hai lề, thụt đầu dòng 1 cm.',
    font: fontOf({ size: 14 }),
    alignment: 'justified',
    format: { firstLineIndentMm: 10, spaceBeforePt: 6, spaceAfterPt: 0, lineSpacing: { rule: 'multiple', value: 1 } },
  },
};

interface Case {
  name: string;
  header: HeaderInput;
  signature: Omit<SignatureInput, 'profile' | 'date'>;
  template: string;
}

const partySignature = {
  authority: 'T/M',
  authorityBody: 'Ban Thường vụ',
  office: 'Phó Bí thư',
  signer: 'Nguyễn Văn An',
  recipients: ['Ban Thường vụ Tỉnh uỷ', 'Các chi bộ trực thuộc'],
  archive: 'Văn phòng Đảng uỷ',
};
const stateSignature = {
  authority: 'KT.',
  authorityBody: 'Giám đốc',
  office: 'Phó Giám đốc',
  signer: 'Lê Văn Cường',
  recipients: ['UBND tỉnh', 'Các phòng thuộc Sở'],
  archive: 'VT, VP',
};

const party = (date: string, typeId: string, extra: Partial<HeaderInput> = {}): HeaderInput => ({
  profile: 'party',
  superiorBody: 'Đảng bộ tỉnh Lâm Đồng',
  issuingBody: 'Đảng uỷ đặc khu Phú Quý',
  issuerAbbr: 'ĐU',
  typeId,
  number: '12',
  place: 'Phú Quý',
  date,
  summary: 'kết quả công tác tháng 5',
  ...extra,
});
const state = (typeId: string, extra: Partial<HeaderInput> = {}): HeaderInput => ({
  profile: 'state',
  superiorBody: 'UBND tỉnh Lâm Đồng',
  issuingBody: 'Sở Nội vụ',
  issuerAbbr: 'SNV',
  unitAbbr: 'VP',
  typeId,
  number: '5',
  place: 'Lâm Đồng',
  date: '2026-02-05',
  summary: 'Về việc tổ chức hội nghị',
  ...extra,
});
const recipients = { recipients: ['Ban Thường vụ Tỉnh uỷ', 'Văn phòng Tỉnh uỷ'] };

const CASES: Case[] = [
  {
    name: 'Party báo cáo, HD 36',
    header: party('2025-03-10', 'bao-cao'),
    signature: partySignature,
    template: 'bao-cao-tong-ket',
  },
  {
    name: 'Party báo cáo, HD 05',
    header: party('2026-09-15', 'bao-cao'),
    signature: partySignature,
    template: 'bao-cao-tong-ket',
  },
  {
    name: 'Party công văn, HD 36',
    header: party('2025-03-10', 'cong-van', recipients),
    signature: { ...partySignature, nhuTren: true },
    template: 'cong-van',
  },
  {
    name: 'Party công văn, HD 05',
    header: party('2026-09-15', 'cong-van', recipients),
    signature: { ...partySignature, nhuTren: true },
    template: 'cong-van',
  },
  {
    name: 'Party tờ trình, HD 05',
    header: party('2026-09-15', 'to-trinh', recipients),
    signature: { ...partySignature, nhuTren: true },
    template: 'cong-van',
  },
  { name: 'State quyết định, NĐ 30', header: state('quyet-dinh'), signature: stateSignature, template: 'nghi-quyet' },
  {
    name: 'State công văn, NĐ 30',
    header: state('cong-van', { recipients: ['Các phòng thuộc Sở'] }),
    signature: { ...stateSignature, nhuTren: true },
    template: 'cong-van',
  },
];

function inserted(edits: Edit[]): BlockItem[] {
  return edits.flatMap((e) => (e.kind === 'insertBlock' ? e.items : []));
}

describe('the builders produce what the presentation rules require', () => {
  it.each(CASES.map((c) => [c.name, c]))('%s', (_name, c) => {
    const profile = c.header.profile;
    const header = asParagraphs(buildHeaderItems(c.header), 0);
    const base: DocumentModel = { paragraphs: [...header, BODY[profile]], meta: {} };
    const template = getTemplate(c.template)!;
    const outline = asParagraphs(inserted(buildScaffold(base, template, { profile })), 1);
    const signature = asParagraphs(
      buildSignatureItems({ ...c.signature, profile, date: c.header.date }),
      1 + outline.filter((p) => p.cell).length,
    );
    const doc: DocumentModel = {
      paragraphs: [...header, ...outline, BODY[profile], ...signature],
      meta: {},
      capabilities: { fonts: true, paragraphFormat: true },
    };
    const findings = runRules(doc, presentationRules, { today: '2026-11-22' });
    expect(findings.map((f) => `${f.ruleId} @${f.paragraph} “${f.text}”: ${f.message.vi}`)).toEqual([]);
    // The rules did look at the parts: breaking one is caught.
    const title = doc.paragraphs.findIndex(
      (p) => p.text === (profile === 'party' ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    );
    const broken = structuredClone(doc);
    broken.paragraphs[title].font = { ...broken.paragraphs[title].font, size: 10 };
    expect(runRules(broken, presentationRules, { today: '2026-11-22' }).map((f) => f.ruleId)).toEqual([
      'header-typography',
    ]);
  });
});
