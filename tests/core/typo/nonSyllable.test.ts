import { judgeWord, nonSyllable } from '../../../src/core/rules/typo/nonSyllable';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(nonSyllable, {
  valid: [
    'Cộng hòa xã hội chủ nghĩa Việt Nam, Ủy ban nhân dân, Uỷ ban, thuỷ lợi, khoẻ mạnh',
    'UBND tỉnh, HĐND, QĐi, CTr, TTr, ThU, T/M, K/T, V/v, TP.HCM, TTĐT, ĐUK',
    'Số 694-CV/ĐUK; Nghị quyết số 23-NQ/TW; 23-NQ/TW',
    'diện tích 20 ha, dài 5 km, 30 kW',
    'Website, Internet, email',
    'axít, ôxy, điốt, kilômét, xe buýt',
    'Trường THCS, mục iv) và v)',
    {
      name: 'office word list',
      doc: 'phần mềm eOffice và iGate, thẻ ABCXYZ, từ ngữ ziczac',
      config: { exceptions: ['ziczac'] },
    },
  ],
  invalid: [
    { doc: 'kết quả công tác cơng tác', findings: [{ text: 'cơng', severity: 'error', messageId: 'nonSyllable' }] },
    { doc: 'Chủ tòch xã', findings: [{ text: 'tòch', severity: 'error' }] },
    {
      name: 'misplaced tone: fixed',
      doc: 'hoàn thành quá trình hòan thiện',
      findings: [{ text: 'hòan', messageId: 'tonePlacement', severity: 'error' }],
      output: 'hoàn thành quá trình hoàn thiện',
    },
    { doc: 'rất qúa đáng', findings: [{ text: 'qúa', messageId: 'tonePlacement' }], output: 'rất quá đáng' },
    { doc: 'thuổc men', findings: [{ text: 'thuổc', severity: 'error' }] },
    {
      name: 'foreign and highland names: info at most',
      doc: 'Washington, Hồng Kông, Đắk Lắk',
      findings: [
        { text: 'Washington', severity: 'info' },
        { text: 'Kông', severity: 'info' },
        { text: 'Đắk', severity: 'info' },
        { text: 'Lắk', severity: 'info' },
      ],
    },
    {
      name: 'foreign-looking capitalised word: info only',
      doc: 'ông Tylor đến',
      findings: [{ text: 'Tylor', severity: 'info', suggestions: [] }],
    },
    {
      name: 'a word glued to a name',
      doc: 'bài phát biểu củaAndy',
      findings: [{ text: 'củaAndy', messageId: 'missingSpace', severity: 'error', suggestions: ['của Andy'] }],
      output: 'bài phát biểu của Andy',
    },
    {
      name: 'two syllables glued',
      doc: 'được tổ chức lậptức',
      findings: [{ text: 'lậptức', messageId: 'missingSpace', severity: 'warning' }],
    },
    {
      name: 'a VNI key left in a word',
      doc: 'trong na9m nay',
      findings: [{ text: 'na9m', messageId: 'digitInWord', severity: 'warning' }],
    },
  ],
});

describe('judgeWord', () => {
  it('keeps errors for Vietnamese-shaped words only', () => {
    expect(judgeWord('tiếo')).toEqual({ kind: 'nonSyllable', severity: 'error' });
    expect(judgeWord('Tiếo')).toEqual({ kind: 'nonSyllable', severity: 'info' });
    expect(judgeWord('tér')).toEqual({ kind: 'nonSyllable', severity: 'info' });
    expect(judgeWord('crôm')).toEqual({ kind: 'nonSyllable', severity: 'info' });
    expect(judgeWord('ôxy')).toEqual({ kind: 'ok' });
    expect(judgeWord('CHP')).toEqual({ kind: 'ok' });
  });
});
