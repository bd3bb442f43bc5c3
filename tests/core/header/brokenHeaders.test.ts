/**
 * A corpus of deliberately broken documents: each breaks one thing and must fail exactly the rules that own
 * that thing (and no other header rule). The unbroken documents must pass every header rule.
 */
import { runRules } from '../../../src/core/runner';
import { headerRules } from '../../../src/core/rules/header';
import type { CheckConfig } from '../../../src/core/config';
import {
  change,
  doc,
  partyCongVan,
  partyQuyDinh,
  partyReport,
  partyToTrinh,
  stateCongVan,
  stateDecision,
  TODAY,
  type Change,
} from './documents';

const config: CheckConfig = { today: TODAY };

function ruleIds(paragraphs: string[], extra: CheckConfig = {}): string[] {
  const ids = runRules(doc(paragraphs), headerRules, { ...config, ...extra }).map((f) => f.ruleId);
  return [...new Set(ids)].sort();
}

describe('well-formed documents pass every header rule', () => {
  it.each([
    ['Party báo cáo (HD 05)', partyReport()],
    ['Party công văn (HD 05)', partyCongVan()],
    ['Party quy định with căn cứ (HD 05)', partyQuyDinh()],
    ['Party tờ trình (HD 05)', partyToTrinh()],
    ['State quyết định', stateDecision()],
    ['State công văn', stateCongVan()],
  ])('%s', (_name, paragraphs) => {
    expect(runRules(doc(paragraphs), headerRules, config).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });
});

interface BrokenCase {
  name: string;
  base: () => string[];
  changes: Change[];
  rules: string[];
  config?: CheckConfig;
}

const cases: BrokenCase[] = [
  {
    name: 'Party number with a colon',
    base: partyReport,
    changes: [{ replace: 'Số 12-BC/ĐU', by: 'Số: 12-BC/ĐU' }],
    rules: ['header-profile-mixed'],
  },
  {
    name: 'Party number in State shape',
    base: partyReport,
    changes: [{ replace: 'Số 12-BC/ĐU', by: 'Số 12/BC-ĐU' }],
    rules: ['header-number-format'],
  },
  {
    name: 'Party number without leading zero',
    base: partyReport,
    changes: [{ replace: 'Số 12-BC/ĐU', by: 'Số 2-BC/ĐU' }],
    rules: ['header-number-format'],
  },
  {
    name: 'Party draft with a blank number',
    base: partyReport,
    changes: [{ replace: 'Số 12-BC/ĐU', by: 'Số      -BC/ĐU' }],
    rules: ['header-number-format'],
  },
  {
    name: 'type abbreviation does not match the title',
    base: partyReport,
    changes: [{ replace: 'Số 12-BC/ĐU', by: 'Số 12-KH/ĐU' }],
    rules: ['header-number-type'],
  },
  {
    name: 'State Quy định abbreviation in a Party document',
    base: partyQuyDinh,
    changes: [{ replace: 'Số 05-QĐ/ĐU', by: 'Số 05-QyĐ/ĐU' }],
    rules: ['header-number-type'],
  },
  {
    name: 'day without leading zero',
    base: partyReport,
    changes: [{ replace: 'Phú Quý, ngày 03 tháng 6 năm 2026', by: 'Phú Quý, ngày 3 tháng 6 năm 2026' }],
    rules: ['header-date-line'],
  },
  {
    name: 'no place before the date',
    base: partyReport,
    changes: [{ replace: 'Phú Quý, ngày 03 tháng 6 năm 2026', by: 'ngày 03 tháng 6 năm 2026' }],
    rules: ['header-date-line'],
  },
  {
    name: 'a date that does not exist',
    base: partyReport,
    changes: [{ replace: 'Phú Quý, ngày 03 tháng 6 năm 2026', by: 'Phú Quý, ngày 31 tháng 6 năm 2026' }],
    rules: ['header-date-line'],
  },
  {
    name: 'a date in the future',
    base: partyReport,
    changes: [{ replace: 'Phú Quý, ngày 03 tháng 6 năm 2026', by: 'Phú Quý, ngày 03 tháng 12 năm 2026' }],
    rules: ['header-date-future'],
  },
  { name: 'Party header without "*"', base: partyReport, changes: [{ remove: '*' }], rules: ['header-required-parts'] },
  {
    name: 'Party header without its title',
    base: partyReport,
    changes: [{ remove: 'ĐẢNG CỘNG SẢN VIỆT NAM' }],
    rules: ['header-required-parts'],
  },
  { name: 'no type name', base: partyReport, changes: [{ remove: 'BÁO CÁO' }], rules: ['header-required-parts'] },
  {
    name: 'State prefix in a Party signature',
    base: partyReport,
    changes: [{ replace: 'T/M ĐẢNG UỶ', by: 'TM. ĐẢNG UỶ' }],
    rules: ['header-profile-mixed'],
  },
  {
    name: 'unknown signing prefix',
    base: partyReport,
    changes: [{ replace: 'T/M ĐẢNG UỶ', by: 'T/U ĐẢNG UỶ' }],
    rules: ['signature-block'],
  },
  { name: 'no signer name', base: partyReport, changes: [{ remove: 'Nguyễn Văn An' }], rules: ['signature-block'] },
  {
    name: 'no Nơi nhận',
    base: partyReport,
    changes: [
      { remove: 'Nơi nhận:' },
      { remove: '- Ban Thường vụ Tỉnh uỷ;' },
      { remove: '- Các đồng chí đảng uỷ viên;' },
      { remove: '- Lưu Văn phòng Đảng uỷ.' },
    ],
    rules: ['recipients-block'],
  },
  {
    name: 'no archive line',
    base: partyReport,
    changes: [{ remove: '- Lưu Văn phòng Đảng uỷ.' }],
    rules: ['recipients-block'],
  },
  {
    name: 'State archive line in a Party document',
    base: partyReport,
    changes: [{ replace: '- Lưu Văn phòng Đảng uỷ.', by: '- Lưu: VT, VP.' }],
    rules: ['header-profile-mixed'],
  },
  {
    name: 'HD 05: "," after a recipient',
    base: partyReport,
    changes: [{ replace: '- Ban Thường vụ Tỉnh uỷ;', by: '- Ban Thường vụ Tỉnh uỷ,' }],
    rules: ['hd05-recipient-separator'],
  },
  {
    name: 'HD 05: "./." closing mark',
    base: partyReport,
    changes: [
      {
        replace: 'Trong tháng, Đảng uỷ đặc khu đã lãnh đạo hoàn thành các nhiệm vụ đề ra.',
        by: 'Trong tháng, Đảng uỷ đặc khu đã lãnh đạo hoàn thành các nhiệm vụ đề ra./.',
      },
    ],
    rules: ['hd05-closing-mark'],
  },
  {
    name: 'HD 05: QĐi for a Quy định',
    base: partyQuyDinh,
    changes: [{ replace: 'Số 05-QĐ/ĐU', by: 'Số 05-QĐi/ĐU' }],
    rules: ['hd05-quy-dinh-symbol'],
  },
  {
    name: 'HD 05: V/v in a Party công văn',
    base: partyCongVan,
    changes: [
      { replace: 'về việc báo cáo tổng kết Nghị quyết số 23-NQ/TW', by: 'V/v báo cáo tổng kết Nghị quyết số 23-NQ/TW' },
    ],
    rules: ['hd05-cong-van-vv'],
  },
  {
    name: 'HD 05: last căn cứ ends with ","',
    base: partyQuyDinh,
    changes: [{ replace: '- Xét đề nghị của Văn phòng Đảng uỷ.', by: '- Xét đề nghị của Văn phòng Đảng uỷ,' }],
    rules: ['hd05-last-can-cu'],
  },
  {
    name: 'HD 05: tờ trình with "Kính gửi"',
    base: partyToTrinh,
    changes: [{ replace: 'Kính trình:', by: 'Kính gửi:' }],
    rules: ['hd05-kinh-trinh'],
  },
  {
    name: 'State header with "*"',
    base: stateDecision,
    changes: [{ replace: '________', by: '*' }],
    rules: ['header-profile-mixed'],
  },
  {
    name: 'State header without Tiêu ngữ',
    base: stateDecision,
    changes: [{ remove: 'Độc lập - Tự do - Hạnh phúc' }],
    rules: ['header-required-parts'],
  },
  {
    name: 'State number without colon',
    base: stateDecision,
    changes: [{ replace: 'Số: 15/QĐ-UBND', by: 'Số 15/QĐ-UBND' }],
    rules: ['header-profile-mixed'],
  },
  {
    name: 'State Quyết định with the Quy định abbreviation',
    base: stateDecision,
    changes: [{ replace: 'Số: 15/QĐ-UBND', by: 'Số: 15/QyĐ-UBND' }],
    rules: ['header-number-type'],
  },
  {
    name: 'Party prefix in a State signature',
    base: stateDecision,
    changes: [{ replace: 'KT. CHỦ TỊCH', by: 'K/T CHỦ TỊCH' }],
    rules: ['header-profile-mixed'],
  },
  {
    name: 'State date with month 2 unpadded',
    base: stateDecision,
    changes: [{ replace: 'Lâm Đồng, ngày 05 tháng 02 năm 2026', by: 'Lâm Đồng, ngày 05 tháng 2 năm 2026' }],
    rules: ['header-date-line'],
  },
  {
    name: 'State công văn without its summary',
    base: stateCongVan,
    changes: [{ remove: 'V/v tổ chức hội nghị' }],
    rules: ['header-required-parts'],
  },
];

describe.each(cases)('$name', ({ base, changes, rules, config: extra }) => {
  it(`fails ${rules.join(', ')} and nothing else`, () => {
    expect(ruleIds(change(base(), ...changes), extra)).toEqual([...rules].sort());
  });
});

describe('documents dated before 27/5/2026 follow HD 36', () => {
  const hd36 = (p: string[]) =>
    change(p, { replace: 'Phú Quý, ngày 03 tháng 6 năm 2026', by: 'Phú Quý, ngày 20 tháng 02 năm 2026' });
  it('are not flagged for the HD 05 points (",", "./.")', () => {
    const broken = change(
      hd36(partyReport()),
      { replace: '- Ban Thường vụ Tỉnh uỷ;', by: '- Ban Thường vụ Tỉnh uỷ,' },
      {
        replace: 'Trong tháng, Đảng uỷ đặc khu đã lãnh đạo hoàn thành các nhiệm vụ đề ra.',
        by: 'Trong tháng, Đảng uỷ đặc khu đã lãnh đạo hoàn thành các nhiệm vụ đề ra./.',
      },
    );
    expect(ruleIds(broken)).toEqual([]);
  });
  it('accept QĐi, V/v, a last căn cứ with ",", and "Kính gửi" in a tờ trình', () => {
    const quyDinh = change(
      partyQuyDinh(),
      { replace: 'Hà Nội, ngày 10 tháng 7 năm 2026', by: 'Hà Nội, ngày 10 tháng 7 năm 2019' },
      { replace: 'Số 05-QĐ/ĐU', by: 'Số 05-QĐi/ĐU' },
      { replace: '- Xét đề nghị của Văn phòng Đảng uỷ.', by: '- Xét đề nghị của Văn phòng Đảng uỷ,' },
    );
    const congVan = change(
      partyCongVan(),
      { replace: 'Bình Định, ngày 15 tháng 9 năm 2026', by: 'Bình Định, ngày 15 tháng 9 năm 2022' },
      { replace: 'về việc báo cáo tổng kết Nghị quyết số 23-NQ/TW', by: 'V/v báo cáo tổng kết Nghị quyết số 23-NQ/TW' },
    );
    const toTrinh = change(
      partyToTrinh(),
      { replace: 'Phú Quý, ngày 20 tháng 8 năm 2026', by: 'Phú Quý, ngày 20 tháng 8 năm 2025' },
      { replace: 'Kính trình:', by: 'Kính gửi:' },
    );
    expect([ruleIds(quyDinh), ruleIds(congVan), ruleIds(toTrinh)]).toEqual([[], [], []]);
  });
  it('switch to HD 05 on 27/5/2026 exactly', () => {
    const dated = (date: string) =>
      change(
        partyQuyDinh(),
        { replace: 'Hà Nội, ngày 10 tháng 7 năm 2026', by: `Hà Nội, ngày ${date} năm 2026` },
        { replace: 'Số 05-QĐ/ĐU', by: 'Số 05-QĐi/ĐU' },
      );
    expect([ruleIds(dated('26 tháng 5')), ruleIds(dated('27 tháng 5'))]).toEqual([[], ['hd05-quy-dinh-symbol']]);
  });
});

describe('an undated draft follows the rule set of today', () => {
  const draft = change(
    partyQuyDinh(),
    { replace: 'Hà Nội, ngày 10 tháng 7 năm 2026', by: 'Hà Nội, ngày      tháng      năm 2026' },
    { replace: 'Số 05-QĐ/ĐU', by: 'Số 05-QĐi/ĐU' },
  );
  it('today after 27/5/2026: HD 05 applies', () => {
    expect(ruleIds(draft, { today: '2026-11-22' })).toEqual(['hd05-quy-dinh-symbol', 'header-date-line']);
  });
  it('today before: HD 36 applies', () => {
    expect(ruleIds(draft, { today: '2026-01-15' })).toEqual(['header-date-line']);
  });
});
