import type { BlockItem, InsertBlockEdit, ParagraphSpec, TableSpec } from '../../../src/core/edit';
import { specText } from '../../../src/core/edit';
import {
  buildHeaderEdit,
  buildSignatureEdit,
  previewHeader,
  type HeaderInput,
  type SignatureInput,
} from '../../../src/core/header/build';
import { createDocument, type Paragraph } from '../../../src/core/model';
import { headerRules } from '../../../src/core/rules/header';
import { runRules } from '../../../src/core/runner';
import { Tags } from '../../../src/core/tags';
import { TODAY } from './documents';

const partyCongVan: HeaderInput = {
  profile: 'party',
  superiorBody: 'Đảng bộ tỉnh Bình Định',
  issuingBody: 'Đảng uỷ Khối các cơ quan',
  issuerAbbr: 'ĐUK',
  typeId: 'cong-van',
  number: '694',
  place: 'Bình Định',
  date: '2026-09-15',
  summary: 'V/v báo cáo tổng kết Nghị quyết số 23-NQ/TW',
  recipients: ['Các chi, đảng bộ cơ sở trực thuộc', 'Ban Thường vụ Đoàn Khối,'],
};

const stateDecision: HeaderInput = {
  profile: 'state',
  superiorBody: 'UBND tỉnh Lâm Đồng',
  issuingBody: 'Sở Nội vụ',
  issuerAbbr: 'SNV',
  typeId: 'quyet-dinh',
  number: '5',
  place: 'Lâm Đồng',
  date: '2026-02-05',
  summary: 'Về việc thành lập Tổ công tác',
};

const table = (edit: InsertBlockEdit) => edit.items[0] as TableSpec;
const cellTexts = (t: TableSpec, c: number) => t.rows[0][c].map(specText);
const after = (edit: InsertBlockEdit) => edit.items.slice(1).map((i) => specText(i as ParagraphSpec));
const find = (t: TableSpec, c: number, text: string) => t.rows[0][c].find((p) => specText(p) === text)!;

/** Turns inserted blocks back into model paragraphs (cells marked), as a host would read them. */
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

describe('buildHeaderEdit', () => {
  it('Party công văn: one tagged insertion at the start; the trích yếu as typed ("V/v" kept, never rewritten)', () => {
    const edit = buildHeaderEdit(partyCongVan);
    expect(edit).toMatchObject({ kind: 'insertBlock', position: { at: 'start' }, tag: Tags.header });
    const t = table(edit);
    expect(cellTexts(t, 0)).toEqual([
      'ĐẢNG BỘ TỈNH BÌNH ĐỊNH',
      'ĐẢNG UỶ KHỐI CÁC CƠ QUAN',
      '*',
      'Số 694‑CV/ĐUK',
      'V/v báo cáo tổng kết Nghị quyết số 23-NQ/TW',
    ]);
    const right = cellTexts(t, 1);
    expect(right[0]).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    // The rule under the title is a line (an empty paragraph drawn as a border), as long as the title.
    expect(right[1]).toBe('');
    expect(t.rows[0][1][1].rule?.width).toBeGreaterThan(180);
    expect(t.rows[0][1][1].rule?.width).toBeLessThan(240);
    expect(right[2]).toBe('Bình Định, ngày 15 tháng 9 năm 2026');
    // No title or "-----" for a công văn; recipients end with ";" under HD 05, the last with ".".
    expect(after(edit)).toEqual(['Kính gửi:', '- Các chi, đảng bộ cơ sở trực thuộc;', '- Ban Thường vụ Đoàn Khối.']);
  });

  it('no row of underscores anywhere: every rule is a border of its own width', () => {
    for (const input of [partyCongVan, stateDecision]) {
      const edit = buildHeaderEdit(input);
      const all = [...table(edit).rows[0].flat(), ...(edit.items.slice(1) as ParagraphSpec[])];
      expect(all.map(specText).filter((text) => /_{3,}/.test(text))).toEqual([]);
      for (const rule of all.filter((p) => p.rule)) expect(specText(rule)).toBe('');
    }
  });

  it('the number line uses non-breaking hyphens (U+2011) so the symbol never breaks at a line end', () => {
    const number = cellTexts(table(buildHeaderEdit({ ...partyCongVan, issuerAbbr: 'BTCTU-BNCTU' })), 0)[3];
    expect(number).toBe('Số 694\u2011CV/BTCTU\u2011BNCTU');
    expect(number).not.toContain('-');
    expect(cellTexts(table(buildHeaderEdit(stateDecision)), 0)[3]).toBe('Số: 05/QĐ\u2011SNV');
  });

  it('several recipients: a hanging-indent list; one recipient: on the label\'s line', () => {
    const items = buildHeaderEdit(partyCongVan).items.slice(1) as ParagraphSpec[];
    const list = items.slice(1);
    for (const p of list) {
      expect(p.leftIndent).toBeGreaterThan(0);
      // The first line starts further left by the dash's hang, so wrapped lines align after "- ".
      expect(p.firstLineIndent).toBeLessThan(0);
      expect((p.leftIndent ?? 0) + (p.firstLineIndent ?? 0)).toBeGreaterThan(0);
    }
    const one = buildHeaderEdit({ ...partyCongVan, recipients: ['Ban Thường vụ Tỉnh uỷ'] }).items.slice(1);
    expect(one.map((p) => specText(p as ParagraphSpec))).toEqual(['Kính gửi: Ban Thường vụ Tỉnh uỷ.']);
  });

  it('Party typography: title 15 bold, issuer 14 bold, superior 14 regular, number 14, date 14 italic, Times New Roman', () => {
    const t = table(buildHeaderEdit(partyCongVan));
    expect(find(t, 1, 'ĐẢNG CỘNG SẢN VIỆT NAM').format).toEqual({ font: 'Times New Roman', size: 15, bold: true });
    expect(find(t, 0, 'ĐẢNG UỶ KHỐI CÁC CƠ QUAN').format).toEqual({ font: 'Times New Roman', size: 14, bold: true });
    expect(find(t, 0, 'ĐẢNG BỘ TỈNH BÌNH ĐỊNH').format).toEqual({ font: 'Times New Roman', size: 14 });
    expect(find(t, 0, 'Số 694‑CV/ĐUK').format).toEqual({ font: 'Times New Roman', size: 14 });
    expect(find(t, 1, 'Bình Định, ngày 15 tháng 9 năm 2026').format).toEqual({
      font: 'Times New Roman',
      size: 14,
      italic: true,
    });
    expect(find(t, 0, 'V/v báo cáo tổng kết Nghị quyết số 23-NQ/TW').format).toMatchObject({
      size: 12,
      italic: true,
    });
  });

  it('State quyết định: Quốc hiệu, Tiêu ngữ, rules, "Số:" with a padded number, title, trích yếu and a short rule', () => {
    const edit = buildHeaderEdit(stateDecision);
    const t = table(edit);
    const left = cellTexts(t, 0);
    expect(left.slice(0, 2)).toEqual(['UBND TỈNH LÂM ĐỒNG', 'SỞ NỘI VỤ']);
    expect(left[2]).toBe('');
    expect(left[3]).toBe('Số: 05/QĐ‑SNV');
    const right = cellTexts(t, 1);
    expect(right.slice(0, 2)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(right[3]).toBe('Lâm Đồng, ngày 05 tháng 02 năm 2026');
    // The rule under the motto is longer than the one under the issuer (1/3–1/2 of its line).
    const width = (p: ParagraphSpec) => p.rule?.width ?? 0;
    expect(width(t.rows[0][1][2])).toBeGreaterThan(width(t.rows[0][0][2]));
    expect(width(t.rows[0][0][2])).toBeGreaterThan(0);
    expect(after(edit).slice(0, 2)).toEqual(['QUYẾT ĐỊNH', 'Về việc thành lập Tổ công tác']);
    expect(width(edit.items[3] as ParagraphSpec)).toBeGreaterThan(0);
    expect(find(t, 1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').format).toMatchObject({ size: 13, bold: true });
  });

  it('State công văn: no type abbreviation, the trích yếu as typed with a "V/v" suggestion, one recipient on one line', () => {
    const edit = buildHeaderEdit({
      profile: 'state',
      issuingBody: 'Sở Giáo dục và Đào tạo',
      issuerAbbr: 'SGDĐT',
      unitAbbr: 'VP',
      typeId: 'cong-van',
      number: '125',
      place: 'Bình Định',
      date: '2022-09-15',
      summary: 'tổ chức hội nghị',
      recipients: ['Các trường trung học phổ thông'],
    });
    expect(cellTexts(table(edit), 0).slice(-2)).toEqual(['Số: 125/SGDĐT‑VP', 'tổ chức hội nghị']);
    expect(after(edit)).toEqual(['Kính gửi: Các trường trung học phổ thông.']);
  });

  it('Party tờ trình under HD 05: "Kính trình:", title, trích yếu and "-----"', () => {
    const edit = buildHeaderEdit({
      ...partyCongVan,
      typeId: 'to-trinh',
      number: '7',
      summary: 'về kiện toàn bộ máy',
      recipients: ['Ban Thường vụ Tỉnh uỷ'],
    });
    expect(cellTexts(table(edit), 0)[3]).toBe('Số 07‑TTr/ĐUK');
    expect(after(edit)).toEqual(['TỜ TRÌNH', 'về kiện toàn bộ máy', '-----', 'Kính trình: Ban Thường vụ Tỉnh uỷ.']);
  });

  it('dated before 27/5/2026 (HD 36): a tờ trình keeps "Kính gửi"', () => {
    expect(previewHeader({ ...partyCongVan, typeId: 'to-trinh', date: '2025-03-01' }).recipientsLabel).toBe(
      'Kính gửi:',
    );
    expect(previewHeader({ ...partyCongVan, typeId: 'to-trinh', date: '2026-05-27' }).recipientsLabel).toBe(
      'Kính trình:',
    );
  });

  it('a draft leaves the number and the date blank', () => {
    const p = previewHeader({ ...partyCongVan, number: '', date: null });
    expect(p.numberLine).toMatch(/^Số \s+\u2011CV\/ĐUK$/);
    expect(p.dateLine).toMatch(/^Bình Định, ngày\s+tháng\s+năm$/);
  });

  it('what it builds passes the header rules once the document has a body and signature', () => {
    const header = buildHeaderEdit({
      ...partyCongVan,
      typeId: 'bao-cao',
      summary: 'kết quả công tác quý III',
      recipients: [],
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
    const paragraphs = [...asDocument(header.items), { text: 'Nội dung báo cáo.' }, ...asDocument(signature.items, 1)];
    expect(
      runRules(createDocument(paragraphs), headerRules, { today: TODAY }).map((f) => `${f.ruleId}: ${f.message.en}`),
    ).toEqual([]);
  });
});

describe('State output read back', () => {
  it('passes the header rules too', () => {
    const header = buildHeaderEdit(stateDecision);
    const signature = buildSignatureEdit({
      profile: 'state',
      date: '2026-02-05',
      authority: 'KT.',
      authorityBody: 'Giám đốc',
      office: 'Phó Giám đốc',
      signer: 'Phạm Thị Dung',
      recipients: ['Như Điều 3'],
      archive: 'VT, VP',
    });
    const paragraphs = [
      ...asDocument(header.items),
      { text: 'Điều 1. Thành lập Tổ công tác.' },
      ...asDocument(signature.items, 1),
    ];
    expect(
      runRules(createDocument(paragraphs), headerRules, { today: TODAY }).map((f) => `${f.ruleId}: ${f.message.en}`),
    ).toEqual([]);
  });
});

describe('buildSignatureEdit', () => {
  const party: SignatureInput = {
    profile: 'party',
    date: '2026-09-15',
    authority: 'T/M',
    authorityBody: 'Ban Thường vụ',
    office: 'Phó Bí thư',
    signer: 'Nguyễn Hữu Lộc',
    recipients: ['Các chi, đảng bộ cơ sở,', 'Website ĐUK'],
    archive: 'Văn phòng Đảng uỷ Khối',
    nhuTren: true,
  };

  it('Party: one tagged insertion at the end; Nơi nhận left with ";" and "- Lưu Văn phòng …."; T/M block right', () => {
    const edit = buildSignatureEdit(party);
    expect(edit).toMatchObject({ kind: 'insertBlock', position: { at: 'end' }, tag: Tags.signature });
    expect(edit.items).toHaveLength(1);
    const t = table(edit);
    expect(cellTexts(t, 0)).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- Các chi, đảng bộ cơ sở;',
      '- Website ĐUK;',
      '- Lưu Văn phòng Đảng uỷ Khối.',
    ]);
    const right = cellTexts(t, 1);
    expect([right[0], right[1], right[right.length - 1]]).toEqual([
      'T/M BAN THƯỜNG VỤ',
      'PHÓ BÍ THƯ',
      'Nguyễn Hữu Lộc',
    ]);
    expect(right.slice(2, -1).every((s) => s === '')).toBe(true);
    expect(find(t, 0, 'Nơi nhận:').format).toMatchObject({ size: 14, underline: true });
    expect(find(t, 1, 'T/M BAN THƯỜNG VỤ').format).toMatchObject({ size: 14, bold: true });
    expect(find(t, 1, 'PHÓ BÍ THƯ').format?.bold).toBeUndefined();
    expect(find(t, 1, 'Nguyễn Hữu Lộc').format).toMatchObject({ size: 14, bold: true });
  });

  it('Party under HD 36 separates recipients with ","', () => {
    expect(cellTexts(table(buildSignatureEdit({ ...party, date: '2022-09-15' })), 0)[1]).toBe('- Như trên,');
  });

  it('State: "Nơi nhận:" bold italic 12, "- Lưu: VT, …", KT. with a bold office', () => {
    const t = table(
      buildSignatureEdit({
        profile: 'state',
        date: '2026-02-05',
        authority: 'KT.',
        authorityBody: 'Giám đốc',
        office: 'Phó Giám đốc',
        signer: 'Phạm Thị Dung',
        recipients: ['Sở Nội vụ'],
        archive: 'VT, VP',
      }),
    );
    expect(cellTexts(t, 0)).toEqual(['Nơi nhận:', '- Sở Nội vụ;', '- Lưu: VT, VP.']);
    expect(find(t, 0, 'Nơi nhận:').format).toMatchObject({ size: 12, bold: true, italic: true });
    expect(cellTexts(t, 1).slice(0, 2)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(find(t, 1, 'PHÓ GIÁM ĐỐC').format).toMatchObject({ bold: true });
  });

  it('Q. puts the prefix on the office line; a head signing directly has no prefix line', () => {
    expect(cellTexts(table(buildSignatureEdit({ ...party, authority: 'Q.', office: 'Trưởng ban' })), 1)[0]).toBe(
      'Q. TRƯỞNG BAN',
    );
    expect(cellTexts(table(buildSignatureEdit({ ...party, authority: '', office: 'Chánh Văn phòng' })), 1)[0]).toBe(
      'CHÁNH VĂN PHÒNG',
    );
  });
});
