/**
 * Well-presented Party (HD 05) and State (NĐ 30) documents with every font, paragraph format and page setup
 * written out by hand from the sources (HD 05 Phụ lục 2, NĐ 30 Phụ lục I), and helpers to break one property.
 */
import type {
  DocumentModel,
  FontInfo,
  Paragraph,
  ParagraphFormat,
  SectionInfo,
  TableCellPosition,
} from '../../../src/core/model';

export const TODAY = '2026-11-22';

const font = (size: number, extra: Partial<FontInfo> = {}): FontInfo => ({
  name: 'Times New Roman',
  size,
  bold: false,
  italic: false,
  underline: false,
  color: '#000000',
  ...extra,
});
const tight: ParagraphFormat = {
  firstLineIndentMm: 0,
  leftIndentMm: 0,
  rightIndentMm: 0,
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  lineSpacing: { rule: 'multiple', value: 1 },
};
const partyBody: ParagraphFormat = {
  ...tight,
  firstLineIndentMm: 10,
  spaceAfterPt: 6,
  lineSpacing: { rule: 'exact', value: 19 },
};
const stateBody: ParagraphFormat = { ...tight, firstLineIndentMm: 12.7, spaceBeforePt: 6 };

const cell = (table: number, c: number): TableCellPosition => ({ table, row: 0, cell: c });
const line = (text: string, f: FontInfo, at?: TableCellPosition): Paragraph => ({
  text,
  font: f,
  alignment: 'centered',
  format: tight,
  ...(at ? { cell: at } : {}),
});
const left = (text: string, f: FontInfo, at: TableCellPosition): Paragraph => ({
  ...line(text, f, at),
  alignment: 'left',
});
const body = (text: string, size: number, format: ParagraphFormat): Paragraph => ({
  text,
  font: font(size),
  alignment: 'justified',
  format,
});

export const PARTY_BODY = [
  'Trong tháng, Đảng uỷ đặc khu đã lãnh đạo, chỉ đạo hoàn thành các nhiệm vụ chính trị đề ra, giữ vững ổn định.',
  'Công tác xây dựng Đảng được chú trọng; các chi bộ duy trì nền nếp sinh hoạt, nâng cao chất lượng sinh hoạt.',
  'Công tác kiểm tra, giám sát được thực hiện theo kế hoạch, kịp thời phát hiện và chấn chỉnh các hạn chế.',
  'Trong tháng tới, Đảng uỷ tập trung lãnh đạo thực hiện các nhiệm vụ trọng tâm đã được Ban Thường vụ thống nhất.',
];

const a4 = (margins: [number, number, number, number], headerDistanceMm: number): SectionInfo => ({
  firstParagraph: 0,
  paperWidthMm: 210,
  paperHeightMm: 297,
  orientation: 'portrait',
  marginTopMm: margins[0],
  marginBottomMm: margins[1],
  marginLeftMm: margins[2],
  marginRightMm: margins[3],
  headerDistanceMm,
  footerDistanceMm: 12.7,
  pageNumbers: { present: true, place: 'header', alignment: 'centered', hiddenOnFirstPage: true },
});

const ALL = { fonts: true, paragraphFormat: true, pageSetup: true, pageNumbers: true };

export function partyReport(): DocumentModel {
  return {
    meta: {},
    capabilities: { ...ALL },
    sections: [a4([20, 20, 30, 15], 10)],
    paragraphs: [
      line('ĐẢNG BỘ TỈNH LÂM ĐỒNG', font(14), cell(0, 0)),
      line('ĐẢNG UỶ ĐẶC KHU PHÚ QUÝ', font(14, { bold: true }), cell(0, 0)),
      line('*', font(14), cell(0, 0)),
      line('Số 12-BC/ĐU', font(14), cell(0, 0)),
      line('ĐẢNG CỘNG SẢN VIỆT NAM', font(15, { bold: true }), cell(0, 1)),
      line('Phú Quý, ngày 03 tháng 6 năm 2026', font(14, { italic: true }), cell(0, 1)),
      line('BÁO CÁO', font(16, { bold: true })),
      line('kết quả công tác tháng 5 năm 2026', font(14, { bold: true })),
      line('-----', font(14)),
      ...PARTY_BODY.map((t) => body(t, 14, partyBody)),
      left('Nơi nhận:', font(14, { underline: true }), cell(1, 0)),
      left('- Ban Thường vụ Tỉnh uỷ;', font(12), cell(1, 0)),
      left('- Các đồng chí đảng uỷ viên;', font(12), cell(1, 0)),
      left('- Lưu Văn phòng Đảng uỷ.', font(12), cell(1, 0)),
      line('T/M ĐẢNG UỶ', font(14, { bold: true }), cell(1, 1)),
      line('BÍ THƯ', font(14), cell(1, 1)),
      line('Nguyễn Văn An', font(14, { bold: true }), cell(1, 1)),
    ],
  };
}

export const STATE_BODY = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều;',
  'Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh Lâm Đồng.',
  'Điều 2. Tổ công tác có nhiệm vụ rà soát, đề xuất phương án đơn giản hoá thủ tục hành chính trong năm 2026.',
];

export function stateDecision(): DocumentModel {
  return {
    meta: {},
    capabilities: { ...ALL },
    sections: [a4([20, 20, 30, 15], 12.7)],
    paragraphs: [
      line('UỶ BAN NHÂN DÂN', font(13, { bold: true }), cell(0, 0)),
      line('TỈNH LÂM ĐỒNG', font(13, { bold: true }), cell(0, 0)),
      line('________', font(13), cell(0, 0)),
      line('Số: 15/QĐ-UBND', font(13), cell(0, 0)),
      line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', font(13, { bold: true }), cell(0, 1)),
      line('Độc lập - Tự do - Hạnh phúc', font(14, { bold: true }), cell(0, 1)),
      line('________________________', font(14), cell(0, 1)),
      line('Lâm Đồng, ngày 05 tháng 02 năm 2026', font(14, { italic: true }), cell(0, 1)),
      line('QUYẾT ĐỊNH', font(14, { bold: true })),
      line('Về việc thành lập Tổ công tác', font(14, { bold: true })),
      line('________', font(14)),
      ...STATE_BODY.map((t) => body(t, 14, stateBody)),
      left('Nơi nhận:', font(12, { bold: true, italic: true }), cell(1, 0)),
      left('- Như Điều 3;', font(11), cell(1, 0)),
      left('- Lưu: VT, NC.', font(11), cell(1, 0)),
      line('TM. ỦY BAN NHÂN DÂN', font(14, { bold: true }), cell(1, 1)),
      line('KT. CHỦ TỊCH', font(14, { bold: true }), cell(1, 1)),
      line('PHÓ CHỦ TỊCH', font(14, { bold: true }), cell(1, 1)),
      line('Lê Văn Cường', font(14, { bold: true }), cell(1, 1)),
    ],
  };
}

/** A copy with some paragraphs (found by their text) changed. */
export function edit(
  doc: DocumentModel,
  changes: Record<
    string,
    { font?: Partial<FontInfo>; format?: Partial<ParagraphFormat>; alignment?: Paragraph['alignment'] }
  >,
): DocumentModel {
  const out: DocumentModel = structuredClone(doc);
  for (const [text, c] of Object.entries(changes)) {
    const p = out.paragraphs.find((x) => x.text === text);
    if (!p) throw new Error(`No paragraph "${text}"`);
    if (c.font) p.font = { ...p.font, ...c.font };
    if (c.format) p.format = { ...p.format, ...c.format };
    if (c.alignment) p.alignment = c.alignment;
  }
  return out;
}

export function withSection(doc: DocumentModel, patch: Partial<SectionInfo>): DocumentModel {
  const out: DocumentModel = structuredClone(doc);
  out.sections = [{ ...out.sections![0], ...patch }];
  return out;
}
