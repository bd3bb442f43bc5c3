/** Exact findings and fixes of each header rule (ESLint RuleTester style). */
import { hd05ClosingMark } from '../../../src/core/rules/header/hd05ClosingMark';
import { hd05CongVanVv } from '../../../src/core/rules/header/hd05CongVanVv';
import { hd05KinhTrinh } from '../../../src/core/rules/header/hd05KinhTrinh';
import { hd05LastCanCu } from '../../../src/core/rules/header/hd05LastCanCu';
import { hd05QuyDinhSymbol } from '../../../src/core/rules/header/hd05QuyDinhSymbol';
import { hd05RecipientSeparator } from '../../../src/core/rules/header/hd05RecipientSeparator';
import { headerDateFuture } from '../../../src/core/rules/header/headerDateFuture';
import { headerDateLine } from '../../../src/core/rules/header/headerDateLine';
import { headerNumberFormat } from '../../../src/core/rules/header/headerNumberFormat';
import { headerNumberType } from '../../../src/core/rules/header/headerNumberType';
import { headerProfileMixed } from '../../../src/core/rules/header/headerProfileMixed';
import { headerRequiredParts } from '../../../src/core/rules/header/headerRequiredParts';
import { recipientsBlock } from '../../../src/core/rules/header/recipientsBlock';
import { signatureBlock } from '../../../src/core/rules/header/signatureBlock';
import { headerRules } from '../../../src/core/rules/header';
import { ruleTester } from '../../helpers/ruleTester';
import {
  change,
  partyCongVan,
  partyQuyDinh,
  partyReport,
  partyToTrinh,
  stateCongVan,
  stateDecision,
  TODAY,
} from './documents';

const config = { today: TODAY };
const DATE = 'Phú Quý, ngày 03 tháng 6 năm 2026';

describe('every header rule cites its source, has Vietnamese and English messages and a kebab-case id', () => {
  it.each(headerRules.map((r) => [r.meta.id, r]))('%s', (_id, rule) => {
    expect(rule.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const m of Object.values(rule.meta.messages)) expect(m.vi && m.en).toBeTruthy();
    if (rule.meta.id !== 'header-date-future') expect(rule.meta.source).toMatch(/HD 05|NĐ 30/);
  });
});

ruleTester(headerProfileMixed, {
  valid: [
    { doc: partyReport(), config },
    { doc: stateDecision(), config },
  ],
  invalid: [
    {
      name: 'Party "Số:" → "Số"',
      doc: change(partyReport(), { replace: 'Số 12-BC/ĐU', by: 'Số: 12-BC/ĐU' }),
      config,
      findings: [{ text: 'Số: ', messageId: 'numberLabelParty', severity: 'error', suggestions: ['Số '] }],
      output: partyReport(),
    },
    {
      name: 'State "KT." in a Party document → "K/T"',
      doc: change(partyReport(), { replace: 'T/M ĐẢNG UỶ', by: 'KT. ĐẢNG UỶ' }),
      config,
      findings: [{ text: 'KT.', messageId: 'prefixParty', suggestions: ['K/T'] }],
      output: change(partyReport(), { replace: 'T/M ĐẢNG UỶ', by: 'K/T ĐẢNG UỶ' }),
    },
    {
      name: 'TUQ. has no Party form: suggestions only',
      doc: change(partyReport(), { replace: 'T/M ĐẢNG UỶ', by: 'TUQ. ĐẢNG UỶ' }),
      config,
      findings: [{ text: 'TUQ.', messageId: 'prefixParty', suggestions: ['T/M', 'K/T', 'T/L'] }],
      output: change(partyReport(), { replace: 'T/M ĐẢNG UỶ', by: 'TUQ. ĐẢNG UỶ' }),
    },
    {
      name: 'configured profile overrides detection',
      doc: stateCongVan(),
      config: { ...config, profile: 'party' as const },
      findings: [
        { text: 'Số: ', messageId: 'numberLabelParty' },
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', messageId: 'titleParty' },
        { text: 'Lưu:', messageId: 'archiveParty' },
        { text: 'KT.', messageId: 'prefixParty' },
      ],
    },
    {
      name: 'when the detection is close, a signal against it is a warning',
      doc: ['ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Số: 12/BC-ĐU'],
      config,
      findings: [{ text: 'Số: ', severity: 'warning' }],
    },
  ],
});

ruleTester(headerNumberFormat, {
  valid: [
    { doc: partyReport(), config },
    { doc: stateCongVan(), config },
    { doc: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 05-QC/BTCTU-BNCTU'], config },
  ],
  invalid: [
    {
      doc: change(partyReport(), { replace: 'Số 12-BC/ĐU', by: 'Số 2-BC/ĐU' }),
      config,
      findings: [{ text: '2', messageId: 'leadingZero', severity: 'error', suggestions: ['02'] }],
      output: change(partyReport(), { replace: 'Số 12-BC/ĐU', by: 'Số 02-BC/ĐU' }),
    },
    {
      name: 'spaces inside the symbol are squeezed out',
      doc: change(stateDecision(), { replace: 'Số: 15/QĐ-UBND', by: 'Số: 15 / QĐ - UBND' }),
      config,
      findings: [{ text: '15 / QĐ - UBND', messageId: 'spaces' }],
      output: stateDecision(),
    },
    {
      name: 'draft number is a warning',
      doc: change(stateDecision(), { replace: 'Số: 15/QĐ-UBND', by: 'Số:      /QĐ-UBND' }),
      config,
      findings: [{ messageId: 'draftNumber', severity: 'warning' }],
    },
    {
      name: 'Party number in the State shape: no fix',
      doc: change(partyReport(), { replace: 'Số 12-BC/ĐU', by: 'Số 12/BC-ĐU' }),
      config,
      findings: [{ text: '12/BC-ĐU', messageId: 'pattern', suggestions: [] }],
    },
  ],
});

ruleTester(headerNumberType, {
  valid: [
    { doc: partyQuyDinh(), config },
    {
      name: 'QĐi accepted for a Party Quy định',
      doc: change(partyQuyDinh(), { replace: 'Số 05-QĐ/ĐU', by: 'Số 05-QĐi/ĐU' }),
      config,
    },
    { doc: stateCongVan(), config },
  ],
  invalid: [
    {
      doc: change(partyReport(), { replace: 'Số 12-BC/ĐU', by: 'Số 12-KH/ĐU' }),
      config,
      findings: [{ text: 'KH', messageId: 'mismatch', suggestions: ['BC'] }],
    },
    {
      doc: change(stateDecision(), { replace: 'QUYẾT ĐỊNH', by: 'QUY ĐỊNH' }),
      config,
      findings: [{ text: 'QĐ', messageId: 'mismatch', suggestions: ['QyĐ'] }],
    },
    {
      name: 'State number without the type of its title',
      doc: change(stateDecision(), { replace: 'Số: 15/QĐ-UBND', by: 'Số: 15/UBND-VP' }),
      config,
      findings: [{ text: '15/UBND-VP', messageId: 'missingType' }],
    },
  ],
});

ruleTester(headerDateLine, {
  valid: [
    { doc: partyReport(), config },
    { doc: ['Bình Định, ngày 15 tháng 9 năm 2022'], config },
  ],
  invalid: [
    {
      doc: change(partyReport(), { replace: DATE, by: 'Phú Quý, ngày 5 tháng 2 năm 2026' }),
      config,
      findings: [
        { text: 'ngày 5 tháng 2', messageId: 'leadingZero', severity: 'error', suggestions: ['ngày 05 tháng 02'] },
      ],
      output: change(partyReport(), { replace: DATE, by: 'Phú Quý, ngày 05 tháng 02 năm 2026' }),
    },
    {
      name: 'superfluous zero on a month from 3 on is a warning',
      doc: ['Hà Nội, ngày 15 tháng 05 năm 2026'],
      config,
      findings: [{ text: 'ngày 15 tháng 05', messageId: 'extraZero', severity: 'warning' }],
      output: 'Hà Nội, ngày 15 tháng 5 năm 2026',
    },
    {
      doc: ['Hà Nội ngày 05 tháng 3 năm 2026'],
      config,
      findings: [{ text: ' ', messageId: 'comma' }],
      output: 'Hà Nội, ngày 05 tháng 3 năm 2026',
    },
    { doc: ['Hà Nội, ngày 30 tháng 02 năm 2026'], config, findings: [{ messageId: 'invalidDate' }] },
    {
      doc: ['Hà Nội, ngày      tháng      năm 2026'],
      config,
      findings: [{ messageId: 'blankDate', severity: 'warning' }],
    },
    {
      name: 'a capitalised “Ngày” is read as the date line and flagged, not reported as a missing date',
      doc: ['Hà Nội, Ngày 26 tháng 11 năm 2019'],
      config,
      findings: [{ text: 'Ngày', messageId: 'lowerNgay', severity: 'warning', suggestions: ['ngày'] }],
      output: 'Hà Nội, ngày 26 tháng 11 năm 2019',
    },
  ],
});

ruleTester(headerDateFuture, {
  valid: [{ doc: ['Hà Nội, ngày 22 tháng 11 năm 2026'], config }],
  invalid: [
    {
      doc: ['Hà Nội, ngày 23 tháng 11 năm 2026'],
      config,
      findings: [{ text: 'ngày 23 tháng 11 năm 2026', messageId: 'future' }],
    },
  ],
});

ruleTester(headerRequiredParts, {
  valid: [
    { doc: partyCongVan(), config },
    { name: 'no profile signal: nothing to say', doc: ['Một đoạn văn bình thường.'], config },
  ],
  invalid: [
    {
      doc: change(partyReport(), { remove: '*' }, { remove: 'ĐẢNG CỘNG SẢN VIỆT NAM' }),
      config,
      findings: [{ messageId: 'missingNationalTitle' }, { messageId: 'missingAsterisk' }],
    },
    {
      name: 'Party công văn without its summary under the number',
      doc: change(partyCongVan(), { remove: 'về việc báo cáo tổng kết Nghị quyết số 23-NQ/TW' }),
      config,
      findings: [{ text: 'Số 694-CV/ĐUK', messageId: 'missingCongVanSummary' }],
    },
  ],
});

ruleTester(signatureBlock, {
  valid: [
    { doc: stateDecision(), config },
    { doc: change(partyReport(), { replace: 'T/M ĐẢNG UỶ', by: 'Q. BÍ THƯ' }, { remove: 'BÍ THƯ' }), config },
  ],
  invalid: [
    {
      name: 'State "TM" without its dot',
      doc: change(stateDecision(), { replace: 'TM. ỦY BAN NHÂN DÂN', by: 'TM ỦY BAN NHÂN DÂN' }),
      config,
      findings: [{ text: 'TM', messageId: 'badPrefix', suggestions: ['TM.'] }],
      output: stateDecision(),
    },
    {
      name: 'T/U is not a prefix in either profile',
      doc: change(partyReport(), { replace: 'T/M ĐẢNG UỶ', by: 'T/U ĐẢNG UỶ' }),
      config,
      findings: [{ text: 'T/U', messageId: 'badPrefix', suggestions: ['T/M', 'K/T', 'T/L'] }],
    },
    {
      doc: change(partyReport(), { remove: 'T/M ĐẢNG UỶ' }, { remove: 'BÍ THƯ' }, { remove: 'Nguyễn Văn An' }),
      config,
      findings: [{ messageId: 'missing' }],
    },
  ],
});

ruleTester(recipientsBlock, {
  valid: [
    { doc: partyReport(), config },
    { doc: stateCongVan(), config },
  ],
  invalid: [
    {
      doc: change(partyReport(), { replace: 'Nơi nhận:', by: 'Nơi nhận' }),
      config,
      findings: [{ text: 'Nơi nhận', messageId: 'colon' }],
      output: partyReport(),
    },
    {
      doc: change(partyReport(), { replace: '- Lưu Văn phòng Đảng uỷ.', by: '- Lưu Văn phòng Đảng uỷ,' }),
      config,
      findings: [{ text: ',', messageId: 'archiveEnd', severity: 'warning' }],
      output: partyReport(),
    },
    {
      doc: change(stateDecision(), { remove: '- Lưu: VT, NC.' }),
      config,
      findings: [{ text: '- Như Điều 3;', messageId: 'noArchive' }],
    },
  ],
});

ruleTester(hd05QuyDinhSymbol, {
  valid: [{ doc: partyQuyDinh(), config }],
  invalid: [
    {
      doc: change(partyQuyDinh(), { replace: 'Số 05-QĐ/ĐU', by: 'Số 05-QĐi/ĐU' }),
      config,
      findings: [{ text: 'QĐi', messageId: 'qdi', severity: 'warning' }],
      output: partyQuyDinh(),
    },
  ],
});

ruleTester(hd05CongVanVv, {
  valid: [
    { doc: partyCongVan(), config },
    {
      name: 'State công văn keeps V/v',
      doc: change(stateCongVan(), {
        replace: 'Bình Định, ngày 15 tháng 9 năm 2022',
        by: 'Bình Định, ngày 15 tháng 9 năm 2026',
      }),
      config,
    },
  ],
  invalid: [
    {
      doc: change(partyCongVan(), {
        replace: 'về việc báo cáo tổng kết Nghị quyết số 23-NQ/TW',
        by: 'V/v báo cáo tổng kết Nghị quyết số 23-NQ/TW',
      }),
      config,
      findings: [{ text: 'V/v', messageId: 'vv', suggestions: ['về việc'] }],
      output: partyCongVan(),
    },
  ],
});

ruleTester(hd05ClosingMark, {
  valid: [{ doc: partyReport(), config }],
  invalid: [
    {
      doc: change(partyReport(), {
        replace: 'Trong tháng, Đảng uỷ đặc khu đã lãnh đạo hoàn thành các nhiệm vụ đề ra.',
        by: 'Trong tháng, Đảng uỷ đặc khu đã lãnh đạo hoàn thành các nhiệm vụ đề ra./.',
      }),
      config,
      findings: [{ text: './.', messageId: 'closing', suggestions: ['.'] }],
      output: partyReport(),
    },
  ],
});

ruleTester(hd05RecipientSeparator, {
  valid: [
    { doc: partyCongVan(), config },
    {
      doc: change(partyCongVan(), {
        replace: '- Ban Thường vụ Đoàn Khối các cơ quan tỉnh;',
        by: '- Ban Thường vụ Đoàn Khối các cơ quan tỉnh',
      }),
      config,
    },
  ],
  invalid: [
    {
      doc: change(
        partyCongVan(),
        { replace: '- Các chi, đảng bộ cơ sở trực thuộc;', by: '- Các chi, đảng bộ cơ sở trực thuộc,' },
        { replace: '- Như trên;', by: '- Như trên' },
      ),
      config,
      findings: [
        { text: ',', messageId: 'comma' },
        { text: '- Như trên', messageId: 'missing' },
      ],
      output: partyCongVan(),
    },
  ],
});

ruleTester(hd05LastCanCu, {
  valid: [{ doc: partyQuyDinh(), config }],
  invalid: [
    {
      doc: change(partyQuyDinh(), {
        replace: '- Xét đề nghị của Văn phòng Đảng uỷ.',
        by: '- Xét đề nghị của Văn phòng Đảng uỷ;',
      }),
      config,
      findings: [{ text: ';', messageId: 'lastCanCu' }],
      output: partyQuyDinh(),
    },
  ],
});

ruleTester(hd05KinhTrinh, {
  valid: [{ doc: partyToTrinh(), config }],
  invalid: [
    {
      doc: change(partyToTrinh(), { replace: 'Kính trình:', by: 'Kính gửi:' }),
      config,
      findings: [{ text: 'Kính gửi', messageId: 'kinhTrinh' }],
      output: partyToTrinh(),
    },
  ],
});
