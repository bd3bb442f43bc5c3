/**
 * Headers as published documents really have them: in a Word table (the issuing body in the row above "Số:",
 * "V/v" in the row below), flattened to text by a web transcription, and the legislative forms (Luật số:, LUẬT,
 * no Nơi nhận, "CHỦ TỊCH QUỐC HỘI"). Each must read as conforming; each class keeps a true positive.
 */
import { checkDocument } from '../../../src/core/check';
import { analyzeDocument } from '../../../src/core/header';
import { createDocument, type Paragraph } from '../../../src/core/model';
import { headerRules } from '../../../src/core/rules/header';
import { readPlainText } from '../../../src/core/plainText';
import { TODAY } from './documents';

const inCell = (text: string, row: number, cell: number): Paragraph => ({ text, cell: { table: 0, row, cell } });

const headerFindings = (paragraphs: Array<string | Paragraph>) =>
  checkDocument(createDocument(paragraphs), { today: TODAY }, headerRules).findings.map(
    (f) => `${f.ruleId}/${f.messageId}`,
  );

const body = ['Căn cứ Luật Tổ chức chính quyền địa phương;', 'Điều 1. Thành lập Tổ công tác.'];
const closing = ['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, NC.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Cường'];

/** A decision's header table: row 0 body name | national title; row 1 number | place and date. */
const tableDecision = (): Paragraph[] => [
  inCell('ỦY BAN NHÂN DÂN', 0, 0),
  inCell('TỈNH LÂM ĐỒNG', 0, 0),
  inCell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 0, 1),
  inCell('Độc lập - Tự do - Hạnh phúc', 0, 1),
  inCell('Số: 15/QĐ-UBND', 1, 0),
  inCell('Lâm Đồng, ngày 05 tháng 02 năm 2026', 1, 1),
  { text: 'QUYẾT ĐỊNH' },
  { text: 'Về việc thành lập Tổ công tác' },
];

describe('header in a Word table', () => {
  it('finds the issuing body in the row above "Số:" (same column)', () => {
    const a = analyzeDocument(createDocument([...tableDecision(), ...body, ...closing]));
    expect(a.header.bodyLines.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG']);
    expect(headerFindings([...tableDecision(), ...body, ...closing])).toEqual([]);
  });

  it('does not take the national title column as the issuing body (true positive: body really missing)', () => {
    const noBody = tableDecision().filter((p) => !/^(ỦY BAN|TỈNH LÂM)/u.test(p.text));
    expect(headerFindings([...noBody, ...body, ...closing])).toContain('header-required-parts/missingIssuer');
  });

  it('reads "V/v …" in the next row under the number as the công văn trích yếu', () => {
    const congVan: Paragraph[] = [
      inCell('UBND TỈNH BÌNH ĐỊNH', 0, 0),
      inCell('SỞ GIÁO DỤC VÀ ĐÀO TẠO', 0, 0),
      inCell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 0, 1),
      inCell('Độc lập - Tự do - Hạnh phúc', 0, 1),
      inCell('Số: 125/SGDĐT-VP', 1, 0),
      inCell('Bình Định, ngày 15 tháng 9 năm 2026', 1, 1),
      inCell('V/v tổ chức hội nghị', 2, 0),
      { text: 'Kính gửi: Các trường trung học phổ thông.' },
      { text: 'Sở đề nghị các trường cử đại diện dự hội nghị.' },
      ...['Nơi nhận:', '- Như trên;', '- Lưu: VT, VP.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thị Bích'].map(
        (text) => ({
          text,
        }),
      ),
    ];
    expect(analyzeDocument(createDocument(congVan)).header.congVanSummary?.text).toBe('V/v tổ chức hội nghị');
    expect(headerFindings(congVan)).toEqual([]);
    // True positive: with no trích yếu anywhere the công văn is still reported.
    expect(headerFindings(congVan.filter((p) => !p.text.startsWith('V/v')))).toContain(
      'header-required-parts/missingCongVanSummary',
    );
  });
});

const law = (number = 'Luật số: 46/2019/QH14', signature = ['CHỦ TỊCH QUỐC HỘI', 'Nguyễn Thị Kim Ngân']) =>
  [
    'QUỐC HỘI --------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
    number,
    'Hà Nội, ngày 21 tháng 11 năm 2019',
    'LUẬT',
    'THƯ VIỆN',
    'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
    'Quốc hội ban hành Luật Thư viện.',
    'Điều 1. Phạm vi điều chỉnh',
    'Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2020.',
    ...signature,
  ].join('\n');

describe('a law as published on the web (one paragraph per line, rules drawn after the lines)', () => {
  it('reads every part and reports nothing', () => {
    const doc = readPlainText(law());
    const a = analyzeDocument(doc);
    expect(a.header.bodyLines.map((l) => l.text)).toEqual(['QUỐC HỘI']);
    expect(a.header.quocHieu?.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(a.header.tieuNgu?.text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(a.header.numberLine?.parsed.symbol).toBe('46/2019/QH14');
    expect(a.header.typeTitle?.type.id).toBe('luat');
    expect(a.signature.office?.text).toBe('CHỦ TỊCH QUỐC HỘI');
    expect(a.signature.signer?.text).toBe('Nguyễn Thị Kim Ngân');
    expect(checkDocument(doc, { today: TODAY }, headerRules).findings).toEqual([]);
  });

  it.each([['BỘ LUẬT'], ['HIẾN PHÁP'], ['PHÁP LỆNH']])('knows the legislative type %s', (title) => {
    const doc = readPlainText(law().replace('\nLUẬT\n', `\n${title}\n`));
    expect(analyzeDocument(doc).header.typeTitle?.text).toBe(title);
    expect(checkDocument(doc, { today: TODAY }, headerRules).findings).toEqual([]);
  });

  it('still reports a decision without "Nơi nhận" (the exemption is for laws only)', () => {
    const decision = law().replace('\nLUẬT\n', '\nQUYẾT ĐỊNH\n').replace('Luật số: 46/2019/QH14', 'Số: 46/QĐ-UBND');
    const ids = checkDocument(readPlainText(decision), { today: TODAY }, headerRules).findings.map((f) => f.ruleId);
    expect(ids).toContain('recipients-block');
  });

  it('still reports a law with no signer under the office', () => {
    const ids = checkDocument(readPlainText(law(undefined, ['CHỦ TỊCH QUỐC HỘI'])), { today: TODAY }, headerRules);
    expect(ids.findings.map((f) => f.ruleId)).toContain('signature-block');
  });
});

describe('star lines and ranks', () => {
  const party = (star: string, signer = 'Nguyễn Văn An') => [
    'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
    'ĐẢNG UỶ ĐẶC KHU PHÚ QUÝ',
    star,
    'Số 12-BC/ĐU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Phú Quý, ngày 03 tháng 6 năm 2026',
    'BÁO CÁO',
    'kết quả công tác tháng 5 năm 2026',
    'Trong tháng, Đảng uỷ đặc khu đã lãnh đạo hoàn thành các nhiệm vụ đề ra.',
    'Nơi nhận:',
    '- Ban Thường vụ Tỉnh uỷ;',
    '- Lưu Văn phòng Đảng uỷ.',
    'T/M ĐẢNG UỶ',
    'BÍ THƯ',
    signer,
  ];

  it.each([['*'], ['***'], ['*****'], ['* * *']])('reads %s under the Party body as the star line', (star) => {
    expect(headerFindings(party(star))).toEqual([]);
  });

  it('reports a missing star line (true positive)', () => {
    expect(headerFindings(party('-----'))).toContain('header-required-parts/missingAsterisk');
  });

  it.each([
    ['Thượng tướng Nguyễn Văn An'],
    ['Đại tá Trần Văn Bình'],
    ['Thiếu uý Lê Văn Cường'],
    ['Phó Đô đốc Phạm Văn Dũng'],
  ])('reads "%s" (rank before the name) as the signer', (signer) => {
    expect(analyzeDocument(createDocument(party('*', signer))).signature.signer?.text).toBe(signer);
  });

  it('does not take a sentence for a ranked name', () => {
    expect(analyzeDocument(createDocument(party('*', 'Đại tá đã ký'))).signature.signer).toBeUndefined();
  });
});
