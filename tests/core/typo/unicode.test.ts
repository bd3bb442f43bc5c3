import { invisibleCharacters } from '../../../src/core/rules/typo/invisibleCharacters';
import { legacyEncoding } from '../../../src/core/rules/typo/legacyEncoding';
import { unicodeNormalization } from '../../../src/core/rules/typo/unicodeNormalization';
import { decodeLegacy, encodingOfFont } from '../../../src/core/vi/legacy';
import { ruleTester } from '../../helpers/ruleTester';

const nfd = (s: string) => s.normalize('NFD');

ruleTester(unicodeNormalization, {
  valid: ['Cộng hoà xã hội chủ nghĩa Việt Nam', 'abc 123'],
  invalid: [
    {
      name: 'one run of decomposed words',
      doc: `Báo cáo ${nfd('tổng kết công tác')} năm`,
      findings: [{ start: 8, messageId: 'notNfc' }],
      output: 'Báo cáo tổng kết công tác năm',
    },
    {
      name: 'two runs separated by a composed word',
      doc: `${nfd('Cộng')} hoà ${nfd('xã')}`,
      findings: [
        { start: 0, severity: 'warning' },
        { start: nfd('Cộng').length + 5, severity: 'info' },
      ],
      output: 'Cộng hoà xã',
    },
    {
      name: 'a whole document typed decomposed: one warning, the rest information, every one fixable',
      doc: [nfd('Báo cáo tổng kết'), `Năm ${nfd('học')}`, nfd('Trường học')],
      findings: [
        { paragraph: 0, severity: 'warning' },
        { paragraph: 1, severity: 'info' },
        { paragraph: 2, severity: 'info' },
      ],
      output: ['Báo cáo tổng kết', 'Năm học', 'Trường học'],
    },
  ],
});

ruleTester(invisibleCharacters, {
  valid: [
    'Điều\u00a05 được giữ liền',
    'bình thường',
    '👩\u200d💻 là một biểu tượng',
    { name: 'U+00AD is the letter ư in a TCVN3 font', doc: [{ text: 'M\u00adêng', font: { name: '.VnTime' } }] },
    {
      name: 'U+00AD is the letter ư in TCVN3 text shown as Unicode, no legacy font (detected from the text)',
      doc: 'Céng hoµ x· héi chñ nghÜa ViÖt Nam, ng\u00adêi d©n',
    },
    {
      name: 'the document reads as TCVN3 elsewhere: a soft hyphen between letters is a letter there too',
      doc: ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Tr\u00adêng'],
    },
  ],
  invalid: [
    { doc: 'Thanh\u200btra Tỉnh', findings: [{ start: 5, messageId: 'invisible' }], output: 'Thanhtra Tỉnh' },
    { doc: '\ufeffBáo cáo', findings: [{ start: 0 }], output: 'Báo cáo' },
    { doc: 'tổng\u00adkết', findings: [{ start: 4 }], output: 'tổngkết' },
    { doc: 'Mặt\u00a0trận', findings: [{ start: 3, messageId: 'noBreakSpace', severity: 'info' }], output: 'Mặt trận' },
    {
      name: 'invisible characters all over a document: one warning, the rest information, all fixable at once',
      doc: ['Thanh\u200btra', 'Tỉnh\u200b', 'tổng\u00adkết'],
      findings: [
        { paragraph: 0, severity: 'warning' },
        { paragraph: 1, severity: 'info' },
        { paragraph: 2, severity: 'info' },
      ],
      output: ['Thanhtra', 'Tỉnh', 'tổngkết'],
    },
  ],
});

ruleTester(legacyEncoding, {
  valid: ['Tiếng Việt', 'España và Zürich', 'các là ví', { doc: [{ text: 'Cộng hoà', font: { name: '.VnTime' } }] }],
  invalid: [
    {
      name: 'TCVN3 mojibake',
      doc: 'TiÕng ViÖt',
      findings: [{ text: 'TiÕng ViÖt', suggestions: ['Tiếng Việt'] }],
      output: 'Tiếng Việt',
    },
    { name: 'VNI mojibake', doc: 'Tieáng Vieät', findings: [{ text: 'Tieáng Vieät' }], output: 'Tiếng Việt' },
    {
      name: 'TCVN3 by font, whole paragraph',
      doc: [{ text: 'Céng hoµ x· héi chñ nghÜa ViÖt Nam', font: { name: '.VnTime' } }],
      findings: [{ start: 0 }],
      output: 'Cộng hoà xã hội chủ nghĩa Việt Nam',
    },
    {
      name: 'a run in a capitals font',
      doc: [
        {
          text: 'Tiêu đề: CéNG HOµ',
          runs: [
            { start: 0, length: 9, font: { name: 'Times New Roman' } },
            { start: 9, length: 8, font: { name: '.VnTimeH' } },
          ],
        },
      ],
      findings: [{ start: 9, text: 'CéNG HOµ' }],
      output: 'Tiêu đề: CỘNG HOÀ',
    },
    {
      name: 'mojibake inside a Unicode paragraph',
      doc: 'Văn bản cũ: Coäng hoøa xaõ hoäi, còn lại bình thường.',
      findings: [{ text: 'Coäng hoøa xaõ hoäi' }],
      output: 'Văn bản cũ: Cộng hòa xã hội, còn lại bình thường.',
    },
  ],
});

describe('legacy tables', () => {
  it('decodes the classic headers', () => {
    expect(decodeLegacy('§éc lËp - Tù do - H¹nh phóc', 'tcvn3')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy('Ñoäc laäp - Töï do - Haïnh phuùc', 'vni')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy('M\u00adêng Kh\u00ad¬ng', 'tcvn3')).toBe('Mường Khương');
  });
  it('recognises legacy font names', () => {
    expect(encodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(encodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(encodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(encodingOfFont('Times New Roman')).toBeNull();
  });
});
