import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyzeDocument } from '../../../src/core/header/parse';
import { detectProfile } from '../../../src/core/header/profile';
import { createDocument, type Paragraph, type TableCellPosition } from '../../../src/core/model';
import { readPlainText } from '../../../src/core/plainText';
import { headerRules } from '../../../src/core/rules/header';
import { runRules } from '../../../src/core/runner';
import { readDocx } from '../../../src/docx/readDocx';
import { TODAY } from './documents';

const seeds = join(__dirname, '../../../..', 'shared', 'seeds');
const seed = (name: string) => readPlainText(readFileSync(join(seeds, name), 'utf8'));
const haveSeeds =
  existsSync(join(seeds, '001_1d6683048ed9c242.txt')) && existsSync(join(seeds, '000_e4afd91083a3c978.txt'));
const describeSeeds = haveSeeds ? describe : describe.skip;

describeSeeds('seed 001 (Party công văn 694-CV/ĐUK, 15/9/2022)', () => {
  const doc = () => seed('001_1d6683048ed9c242.txt');

  it('passes every header rule (checked against HD 36: it is dated 2022)', () => {
    const findings = runRules(doc(), headerRules, { today: TODAY });
    expect(findings.map((f) => `${f.ruleId} ${f.paragraph}:${f.start} ${f.text}`)).toEqual([]);
  });

  it('is recognised as Party, with its header and signature parts found', () => {
    const d = doc();
    expect(detectProfile(d).profile).toBe('party');
    const { header, signature } = analyzeDocument(d);
    expect(header.numberLine?.text).toBe('Số 694-CV/ĐUK');
    expect(header.bodyLines.map((l) => l.text)).toEqual(['ĐẢNG BỘ TỈNH BÌNH ĐỊNH', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN']);
    expect(header.congVanSummary?.text).toMatch(/^V\/v báo cáo tổng kết/);
    expect(header.dateLine?.parsed.place).toBe('Bình Định');
    expect(header.recipients.map((r) => r.text)).toEqual([
      'Các chi, đảng bộ cơ sở trực thuộc Đảng bộ Khối các cơ quan tỉnh Bình Định',
      'Ban Thường vụ Đoàn Khối các cơ quan tỉnh',
    ]);
    expect(signature.authority?.text).toBe('T/M BAN THƯỜNG VỤ');
    expect(signature.office?.text).toBe('PHÓ BÍ THƯ');
    expect(signature.signer?.text).toBe('Nguyễn Hữu Lộc');
    expect(signature.archive?.text).toBe('Lưu VP, BTG.');
  });

  it('would be flagged for the HD 05 points if it were dated after 27/5/2026', () => {
    const d = doc();
    const i = d.paragraphs.findIndex((p) => p.text === 'Bình Định, ngày 15 tháng 9 năm 2022');
    d.paragraphs[i] = { text: 'Bình Định, ngày 15 tháng 9 năm 2026' };
    const ids = new Set(runRules(d, headerRules, { today: TODAY }).map((f) => f.ruleId));
    expect([...ids].sort()).toEqual(['hd05-cong-van-vv', 'hd05-recipient-separator']);
  });
});

describeSeeds('seed 000 (report whose header was lost in extraction)', () => {
  it('is recognised as State from its KT. signature and "Lưu: VT" line', () => {
    const detection = detectProfile(seed('000_e4afd91083a3c978.txt'));
    expect(detection.profile).toBe('state');
    expect(detection.signals.map((s) => `${s.profile}:${s.kind}`).sort()).toEqual([
      'state:archiveLine',
      'state:authorityPrefix',
    ]);
  });

  it('is reported as missing its header, and nothing else in the header area', () => {
    const findings = runRules(seed('000_e4afd91083a3c978.txt'), headerRules, { today: TODAY });
    expect(findings.map((f) => `${f.ruleId}/${f.messageId}`)).toEqual(['header-required-parts/missingHeader']);
  });
});

describe('the real State header of NĐ 30/2020/NĐ-CP (fixtures/nd30, as model paragraphs)', () => {
  const cell = (table: number, c: number): TableCellPosition => ({ table, row: 0, cell: c });
  const inCell = (table: number, c: number, texts: string[]): Paragraph[] =>
    texts.map((text) => ({ text, cell: cell(table, c) }));
  const nd30 = () =>
    createDocument([
      ...inCell(0, 0, ['CHÍNH PHỦ', '_______', '', 'Số: 30/2020/NĐ-CP']),
      ...inCell(0, 1, [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        '________________________________________',
        'Hà Nội, ngày 05 tháng 3 năm 2020',
      ]),
      '',
      '',
      'NGHỊ ĐỊNH',
      'Về công tác văn thư',
      '__________',
      '',
      'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
      'Theo đề nghị của Bộ trưởng Bộ Nội vụ;',
      'Chính phủ ban hành Nghị định về công tác văn thư.',
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Điều 1. Phạm vi điều chỉnh ',
      ...inCell(1, 0, [
        'Nơi nhận:',
        '- Ban Bí thư Trung ương Đảng;',
        '- Các bộ, cơ quan ngang bộ,',
        '\u00a0\u00a0 cơ quan thuộc Chính phủ;',
        '- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,',
        ' các Vụ, Cục, đơn vị trực thuộc, Công báo;',
        '- Lưu: VT, HC (2).',
      ]),
      ...inCell(1, 1, ['TM. CHÍNH PHỦ', 'THỦ TƯỚNG', '', '', '[ (Đã ký)', '', 'Nguyễn Xuân Phúc']),
    ]);

  it('is found conforming by every header rule', () => {
    expect(runRules(nd30(), headerRules, { today: TODAY }).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });

  it('is read as a State header in a table', () => {
    const d = nd30();
    expect(detectProfile(d).profile).toBe('state');
    const { header, signature } = analyzeDocument(d);
    expect(header.bodyLines.map((l) => l.text)).toEqual(['CHÍNH PHỦ']);
    expect(header.typeTitle?.type.abbr).toBe('NĐ');
    expect(header.summary?.text).toBe('Về công tác văn thư');
    expect(signature.noiNhanItems.map((i) => i.text)[1]).toBe('Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;');
    expect(signature.signer?.text).toBe('Nguyễn Xuân Phúc');
  });

  it('is flagged once broken: Party-style number, unpadded day', () => {
    const d = nd30();
    d.paragraphs[3] = { ...d.paragraphs[3], text: 'Số 30/2020/NĐ-CP' };
    d.paragraphs[7] = { ...d.paragraphs[7], text: 'Hà Nội, ngày 5 tháng 3 năm 2020' };
    const findings = runRules(d, headerRules, { today: TODAY });
    expect(findings.map((f) => `${f.ruleId}: ${f.text} → ${f.suggestions[0]}`)).toEqual([
      'header-profile-mixed: Số  → Số: ',
      'header-date-line: ngày 5 tháng 3 → ngày 05 tháng 3',
    ]);
  });
});

const nd30Dir = join(__dirname, '../../../..', 'shared', 'fixtures', 'nd30');
const describeNd30 = existsSync(join(nd30Dir, '30_2020_ND_CP.docx')) ? describe : describe.skip;

describeNd30('the real .docx files of NĐ 30/2020 (read with the .docx reader)', () => {
  const read = (name: string) => readDocx(new Uint8Array(readFileSync(join(nd30Dir, name))), name);

  it('the decree: a State header found conforming by every header rule', () => {
    const d = read('30_2020_ND_CP.docx');
    expect(detectProfile(d).profile).toBe('state');
    expect(runRules(d, headerRules, { today: TODAY }).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });

  it('an appendix (Phụ lục III) is not asked for a header or signature, and a citation is not a date line', () => {
    const d = read('Phuluc3.docx');
    expect(analyzeDocument(d).appendix).toBe(true);
    expect(analyzeDocument(d).header.dateLine).toBeUndefined();
    expect(runRules(d, headerRules, { today: TODAY }).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });
});
