import { dateOf, formatDateLine, isRealDate, parseDateLine, parseIso } from '../../../src/core/header/dates';
import { documentTypesFor, findDocumentType, typeByTitle } from '../../../src/core/header/data';
import { proposeIssuerAbbreviation } from '../../../src/core/header/issuer';
import { buildNumberLine, parseNumberLine, parseSymbol, symbolShape } from '../../../src/core/header/numberLine';
import { detectProfile } from '../../../src/core/header/profile';
import { ruleSetFor } from '../../../src/core/header/ruleSet';
import { createDocument } from '../../../src/core/model';

describe('date line', () => {
  it.each([
    ['2026-02-05', 'Hà Nội, ngày 05 tháng 02 năm 2026'],
    ['2022-09-15', 'Hà Nội, ngày 15 tháng 9 năm 2022'],
    ['2026-01-31', 'Hà Nội, ngày 31 tháng 01 năm 2026'],
    ['2026-03-09', 'Hà Nội, ngày 09 tháng 3 năm 2026'],
  ])('%s → %s', (iso, line) => {
    expect(formatDateLine('Hà Nội', parseIso(iso))).toBe(line);
    expect(dateOf(parseDateLine(line)!)).toEqual(parseIso(iso));
  });
  it('knows real calendar dates', () => {
    expect([
      isRealDate({ year: 2024, month: 2, day: 29 }),
      isRealDate({ year: 2026, month: 2, day: 29 }),
      isRealDate({ year: 2026, month: 4, day: 31 }),
    ]).toEqual([true, false, false]);
  });
  it('a date inside a sentence is not a date line', () => {
    expect(parseDateLine('(Kèm theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ)')).toBeNull();
  });
  it('reads the place and whether a comma follows it', () => {
    expect(parseDateLine('Phường Ngô Quyền ngày 05 tháng 3 năm 2026')).toMatchObject({
      place: 'Phường Ngô Quyền',
      comma: false,
    });
  });
});

describe('number line', () => {
  it.each([
    [{ profile: 'party', number: '694', typeAbbr: 'CV', issuerAbbr: 'ĐUK' }, 'Số 694-CV/ĐUK'],
    [{ profile: 'state', number: '15', typeAbbr: 'QĐ', issuerAbbr: 'UBND' }, 'Số: 15/QĐ-UBND'],
    [{ profile: 'state', number: '125', typeAbbr: null, issuerAbbr: 'SGDĐT', unitAbbr: 'VP' }, 'Số: 125/SGDĐT-VP'],
    [{ profile: 'party', number: '5', typeAbbr: 'NQ', issuerAbbr: 'ĐU' }, 'Số 05-NQ/ĐU'],
  ] as const)('%o → %s', (input, line) => {
    expect(buildNumberLine(input)).toBe(line);
  });
  it('parses the label and symbol, and tells the shape of each profile', () => {
    expect(parseNumberLine('Số: 30/2020/NĐ-CP')).toMatchObject({ hasColon: true, symbol: '30/2020/NĐ-CP' });
    expect(parseNumberLine('Số lượng đảng viên: 120 - 130')).toBeNull();
    expect([symbolShape('694-CV/ĐUK'), symbolShape('15/QĐ-UBND'), symbolShape('30/2020/NĐ-CP')]).toEqual([
      'party',
      'state',
      'state',
    ]);
    expect(parseSymbol('state', '30/2020/NĐ-CP', (a) => a === 'NĐ')).toMatchObject({
      number: '30',
      typeAbbr: 'NĐ',
      issuer: 'CP',
    });
    expect(parseSymbol('party', '05-QC/BTCTU-BNCTU', () => true)).toMatchObject({
      typeAbbr: 'QC',
      issuer: 'BTCTU-BNCTU',
    });
  });
});

describe('document types', () => {
  it('Party and State tables differ where the rules differ', () => {
    expect(findDocumentType('party', 'quy-dinh')).toMatchObject({ abbr: 'QĐ', accepted: ['QĐi'] });
    expect(findDocumentType('state', 'quy-dinh')?.abbr).toBe('QyĐ');
    expect(findDocumentType('state', 'cong-van')?.abbr).toBeNull();
    expect(findDocumentType('party', 'cong-van')?.abbr).toBe('CV');
    expect(new Set(documentTypesFor('party').map((t) => t.id)).size).toBe(documentTypesFor('party').length);
  });
  it('finds a type by its title in either tone-mark style', () => {
    expect(typeByTitle('GIẤY UỶ QUYỀN', 'state')?.abbr).toBe('GUQ');
    expect(typeByTitle('TỜ TRÌNH')?.id).toBe('to-trinh');
  });
});

describe('issuer abbreviation proposal', () => {
  it.each([
    ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN', '', 'ĐUK'],
    ['Tỉnh uỷ Điện Biên', '', 'TU'],
    ['HUYỆN ỦY ĐỊNH HÓA', 'ĐẢNG BỘ TỈNH THÁI NGUYÊN', 'HU'],
    ['ĐẢNG UỶ PHƯỜNG BA ĐÌNH', 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'ĐU'],
    ['CHI BỘ PHÒNG HÀNH CHÍNH - QUẢN TRỊ', 'ĐẢNG BỘ CỤC LƯU TRỮ', 'CB'],
    ['VĂN PHÒNG', 'TỈNH UỶ CAO BẰNG', 'VPTU'],
    ['ỦY BAN KIỂM TRA TỈNH ỦY', '', 'UBKTTU'],
    ['Ủy ban nhân dân tỉnh Bình Định', '', 'UBND'],
    ['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', '', 'STNMT'],
  ])('%s (%s) → %s', (body, superior, abbr) => {
    expect(proposeIssuerAbbreviation(body, superior)).toBe(abbr);
  });
});

describe('rule set by date', () => {
  it('HD 36 before 27/5/2026, HD 05 from that day; NĐ 30 for State', () => {
    expect([
      ruleSetFor('party', '2026-05-26').id,
      ruleSetFor('party', '2026-05-27').id,
      ruleSetFor('party', '2018-01-01').id,
    ]).toEqual(['hd36', 'hd05', 'hd36']);
    expect(ruleSetFor('state', '2026-11-22').id).toBe('nd30');
  });
});

describe('detectProfile', () => {
  it('returns null without signals, and lets the weightier side win', () => {
    expect(detectProfile(createDocument(['Một đoạn văn.'])).profile).toBeNull();
    const mixed = detectProfile(createDocument(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Số: 12-NQ/ĐU']));
    expect(mixed.profile).toBe('party');
    expect(mixed.signals.map((s) => `${s.profile}:${s.kind}`)).toEqual([
      'party:nationalTitle',
      'state:numberLabel',
      'party:numberShape',
    ]);
  });

  it('breaks a tie by the national title line, so a Party header full of State marks is still checked', () => {
    const doc = createDocument([
      'ĐẢNG UỶ KHỐI CÁC CƠ QUAN',
      '*',
      'Số: 12/BC-ĐUK',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Bình Định, ngày 15 tháng 9 năm 2022',
      'BÁO CÁO',
      'Nội dung.',
      'Nơi nhận:',
      '- Lưu Văn phòng Đảng uỷ Khối.',
      'TM. BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Nguyễn Văn A',
    ]);
    const detection = detectProfile(doc);
    expect(detection.scores.party).toBe(detection.scores.state);
    expect(detection.profile).toBe('party');
    const untitled = createDocument([
      'Số 12/QĐ-UBND',
      'Nội dung.',
      'Nơi nhận:',
      '- Lưu Văn phòng.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn A',
    ]);
    expect(detectProfile(untitled).scores).toEqual({ party: 3, state: 3 });
    expect(detectProfile(untitled).profile).toBeNull();
  });
});
