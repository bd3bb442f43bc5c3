import { citationCase } from '../../../src/core/rules/typo/citationCase';
import { documentSymbol } from '../../../src/core/rules/typo/documentSymbol';
import { iyConsistency } from '../../../src/core/rules/typo/iyConsistency';
import { toneStyleMix } from '../../../src/core/rules/typo/toneStyleMix';
import { ruleTester } from '../../helpers/ruleTester';

describe('tone-style-mix on a tie', () => {
  ruleTester(toneStyleMix, {
    valid: [],
    invalid: [
      {
        name: 'the words written one way only decide',
        doc: ['Tỉnh ủy và Tỉnh uỷ.', 'Công nghiệp hoá, hiện đại hoá; khóa họp, hòa giải.'],
        // old: ủy, khóa, hòa (3); new: uỷ, hoá, hoá (3). Written one way only: hoá ×2 (new) vs khóa, hòa (old) → tie
        // again, so the first style used (old, "ủy") decides.
        findings: [{ text: 'uỷ' }, { text: 'hoá' }, { text: 'hoá' }],
      },
      {
        name: 'the settled words break the tie toward their style',
        doc: ['Tỉnh ủy và Tỉnh uỷ.', 'Công nghiệp hoá, hiện đại hoá; khóa họp.', 'Đảng ủy.'],
        // old: ủy, khóa, ủy (3); new: uỷ, hoá, hoá (3). One way only: hoá ×2 (new) vs khóa (old) → new.
        findings: [{ text: 'ủy', paragraph: 0 }, { text: 'khóa' }, { text: 'ủy', paragraph: 2 }],
      },
    ],
  });
});

ruleTester(iyConsistency, {
  valid: [
    { name: 'one spelling', doc: ['Kỳ họp thứ nhất, kỳ họp thứ hai.', 'Quản lý, lý luận.'] },
    { name: 'different syllables', doc: 'Kỳ họp và lí luận.' },
    { name: 'words that are not alternations', doc: 'Ý kiến, quý vị, quy định, qui trình, gì, y tế, in ấn.' },
  ],
  invalid: [
    {
      doc: ['Kỳ họp thứ nhất; kỳ họp thứ hai.', 'Học kì I.'],
      findings: [{ text: 'kì', paragraph: 1, severity: 'info', suggestions: ['kỳ'] }],
      output: ['Kỳ họp thứ nhất; kỳ họp thứ hai.', 'Học kỳ I.'],
    },
    {
      name: 'a tie follows the other i/y syllables',
      doc: 'Kỳ họp, học kì; quản lí, lí luận, hi sinh.',
      findings: [{ text: 'Kỳ', suggestions: ['Kì'] }],
      output: 'Kì họp, học kì; quản lí, lí luận, hi sinh.',
    },
  ],
});

ruleTester(documentSymbol, {
  valid: [
    'Nghị quyết số 45-NQ/ĐU, Kế hoạch số 12-KH/TU, Quyết định số 15/QĐ-UBND, Nghị định số 30/2020/NĐ-CP.',
    { name: 'ranges and compounds', doc: 'Giai đoạn 2021 - 2025; kinh tế - xã hội; tỷ lệ 3 / 4.' },
    { name: 'not a known type', doc: 'Mã hồ sơ 12 AB/CD và 45 - XY/ZZ.' },
    { name: 'articles and years', doc: 'Điều 12 Luật này; năm 2024 UBND tỉnh.' },
  ],
  invalid: [
    {
      doc: 'Thực hiện Nghị quyết số 45 - NQ/ĐU và Báo cáo số 03/ BC-UBND.',
      findings: [
        { text: '45 - NQ/ĐU', messageId: 'spaced', severity: 'warning', suggestions: ['45-NQ/ĐU'] },
        { text: '03/ BC-UBND', suggestions: ['03/BC-UBND'] },
      ],
      output: 'Thực hiện Nghị quyết số 45-NQ/ĐU và Báo cáo số 03/BC-UBND.',
    },
    {
      doc: 'Kế hoạch số 12 KH/TU và Quyết định số 15 QĐ-UBND.',
      findings: [
        { text: '12 KH/TU', messageId: 'separator', suggestions: ['12-KH/TU'] },
        { text: '15 QĐ-UBND', suggestions: ['15/QĐ-UBND'] },
      ],
      output: 'Kế hoạch số 12-KH/TU và Quyết định số 15/QĐ-UBND.',
    },
    {
      doc: 'Nghị định số 30/2020/ NĐ-CP.',
      findings: [{ text: '30/2020/ NĐ-CP', suggestions: ['30/2020/NĐ-CP'] }],
    },
  ],
});

ruleTester(citationCase, {
  valid: [
    'Căn cứ điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự.',
    { name: 'a sentence start', doc: 'Khoản 2 Điều 5 được sửa đổi. Điểm a khoản 1 bãi bỏ.' },
    { name: 'not citations', doc: 'Đủ điều kiện, chương trình công tác, điểm mới, khoản kinh phí.' },
    {
      name: 'one way throughout (an older legal text) is left alone',
      doc: ['Quy định tại Khoản 1 Điều 9.', 'Sửa đổi Khoản 2 Điều 10.'],
    },
    { name: 'several articles', doc: 'Quy định tại các điều 7, 8 và Điều 9.' },
  ],
  invalid: [
    {
      name: 'both ways: the rule decides, not the majority',
      doc: [
        'Theo quy định tại Khoản 2 điều 5 và Điểm a Khoản này, chương II.',
        'Tại khoản 3 Điều 6, điểm b Chương III.',
      ],
      findings: [
        { text: 'Khoản', messageId: 'lower', suggestions: ['khoản'] },
        { text: 'điều', messageId: 'upper', suggestions: ['Điều'] },
        { text: 'Điểm' },
        { text: 'Khoản' },
        { text: 'chương' },
      ],
      output: [
        'Theo quy định tại khoản 2 Điều 5 và điểm a khoản này, Chương II.',
        'Tại khoản 3 Điều 6, điểm b Chương III.',
      ],
    },
  ],
});
