import { previewHeader, summarySuggestion, type HeaderInput } from '../../../src/core/header';
import { formatDayMonthYear, parseTypedDate } from '../../../src/core/header/dates';

describe('công văn trích yếu: kept as typed, with a suggestion and its reason', () => {
  const partyCongVan: HeaderInput = {
    profile: 'party',
    issuingBody: 'Đảng uỷ Khối các cơ quan',
    issuerAbbr: 'ĐUK',
    typeId: 'cong-van',
    number: '694',
    place: 'Bình Định',
    date: '2026-09-15',
    summary: 'V/v báo cáo tổng kết',
  };

  it('HD 05: "V/v" typed is kept; the suggestion writes "về việc" and cites HD 05', () => {
    const p = previewHeader(partyCongVan);
    expect(p.ruleSet).toBe('hd05');
    expect(p.congVanSummary).toBe('V/v báo cáo tổng kết');
    expect(p.summarySuggestion).toMatchObject({
      text: 'về việc báo cáo tổng kết',
      source: expect.stringMatching(/HD 05/),
    });
    expect(p.summarySuggestion?.reason.vi).toMatch(/HD 05.*“về việc …”.*“V\/v”/);
  });

  it('HD 05: "về việc …" already fits; a bare summary gets "về việc" suggested with its own reason', () => {
    expect(previewHeader({ ...partyCongVan, summary: 'về việc báo cáo tổng kết' }).summarySuggestion).toBeUndefined();
    const bare = summarySuggestion('hd05', 'báo cáo tổng kết');
    expect(bare?.text).toBe('về việc báo cáo tổng kết');
    expect(bare?.reason.vi).not.toMatch(/V\/v/);
  });

  it('HD 36 (before 27/5/2026) sets nothing: "V/v" stays with no suggestion', () => {
    const p = previewHeader({ ...partyCongVan, date: '2025-03-01' });
    expect(p.ruleSet).toBe('hd36');
    expect(p.congVanSummary).toBe('V/v báo cáo tổng kết');
    expect(p.summarySuggestion).toBeUndefined();
  });

  it('NĐ 30: "V/v …" fits; "về việc …" or a bare summary get "V/v" suggested', () => {
    const state: HeaderInput = {
      ...partyCongVan,
      profile: 'state',
      issuerAbbr: 'SGDĐT',
      summary: 'V/v tổ chức hội nghị',
    };
    expect(previewHeader(state).summarySuggestion).toBeUndefined();
    expect(previewHeader({ ...state, summary: 'về việc tổ chức hội nghị' }).summarySuggestion?.text).toBe(
      'V/v tổ chức hội nghị',
    );
    expect(previewHeader({ ...state, summary: 'tổ chức hội nghị' }).summarySuggestion?.source).toMatch(/30\/2020/);
  });

  it('only a công văn carries its trích yếu under the number', () => {
    expect(previewHeader({ ...partyCongVan, typeId: 'bao-cao' }).congVanSummary).toBeUndefined();
    expect(previewHeader({ ...partyCongVan, typeId: 'bao-cao' }).summarySuggestion).toBeUndefined();
  });
});

describe('typed dates (dd/mm/yyyy)', () => {
  it.each([
    ['05/02/2026', { year: 2026, month: 2, day: 5 }],
    ['5/2/2026', { year: 2026, month: 2, day: 5 }],
    [' 29.02.2024 ', { year: 2024, month: 2, day: 29 }],
    ['2026-02-05', { year: 2026, month: 2, day: 5 }],
  ])('%s is a date', (text, date) => {
    expect(parseTypedDate(text)).toEqual({ kind: 'date', date });
  });

  it('blank is a draft; other text is a format error; an impossible day says which', () => {
    expect(parseTypedDate('  ').kind).toBe('empty');
    expect(parseTypedDate('02-05').kind).toBe('format');
    expect(parseTypedDate('5/2/26').kind).toBe('format');
    expect(parseTypedDate('ngày 5 tháng 2').kind).toBe('format');
    expect(parseTypedDate('31/02/2026')).toEqual({ kind: 'noSuchDay', day: 31, month: 2, year: 2026 });
    expect(parseTypedDate('12/13/2026').kind).toBe('noSuchDay');
  });

  it('shows day first with two digits', () => {
    expect(formatDayMonthYear({ year: 2026, month: 2, day: 5 })).toBe('05/02/2026');
  });
});
