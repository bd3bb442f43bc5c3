import { coreSectionsOf } from '../../../src/core/conformance/coreSections';
import { hasFigures } from '../../../src/core/conformance/figures';
import fc from 'fast-check';
import { foldText, foldedWords, shortTitle, wordSimilarity } from '../../../src/core/conformance/text';

const ids = (title: string) => coreSectionsOf(title).map((c) => c.id);

describe('coreSectionsOf', () => {
  it('reads the core report sections a heading stands for', () => {
    expect(ids('Ưu điểm và nguyên nhân của ưu điểm')).toEqual(['strengths']);
    expect(ids('Ưu điểm, hạn chế và nguyên nhân')).toEqual(['strengths', 'weaknesses']);
    expect(ids('HẠN CHẾ, KHUYẾT ĐIỂM')).toEqual(['weaknesses']);
    expect(ids('Bài học kinh nghiệm')).toEqual(['lessons']);
    expect(ids('NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU')).toEqual(['tasks']);
    expect(ids('Phương hướng, nhiệm vụ, giải pháp và kiến nghị')).toEqual(['tasks']);
  });

  it('does not read a passing mention as the section', () => {
    expect(
      ids(
        'Khái quát tình hình; những thuận lợi, khó khăn trong việc thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội',
      ),
    ).toEqual([]);
    expect(ids('Kết quả thực hiện')).toEqual([]);
  });
});

describe('hasFigures', () => {
  it('finds counts, rates and numbers in words', () => {
    expect(hasFigures('Tổ chức 5 hội nghị')).toBe(true);
    expect(hasFigures('98,5% đảng viên tham gia')).toBe(true);
    expect(hasFigures('tổ chức hai lần học tập')).toBe(true);
  });

  it('ignores document numbers, dates and years', () => {
    expect(hasFigures('Căn cứ Nghị quyết số 23-NQ/TW ngày 12/3/2003, Kết luận số 57-KL/TW, trong năm 2022.')).toBe(
      false,
    );
    expect(hasFigures('Công văn 1593/VPUBND-THVX')).toBe(false);
    expect(hasFigures('năm nay thực hiện tốt')).toBe(false);
  });
});

describe('text helpers', () => {
  it('compare titles without accents, case or punctuation', () => {
    expect(foldText('ĐÁNH GIÁ CHUNG:')).toBe('danh gia chung');
    expect(wordSimilarity('Bài học kinh nghiệm', 'BÀI HỌC KINH NGHIỆM.')).toBe(1);
    expect(wordSimilarity('Ưu điểm', 'Hạn chế')).toBe(0);
  });

  it('split a text into the words of foldText, whatever its characters (one-pass folding)', () => {
    const chars = fc.oneof(
      fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÉÈẺẼẸÊẾỀỂỄỆỲÝỴ0123456789 ,.-–“”()\n\t'),
      fc.constantFrom(
        '\u0300',
        '\u0301',
        '\u0303',
        '\u0309',
        '\u0323',
        'İ',
        'ß',
        'Σ',
        'σ',
        'ﬁ',
        'Ǆ',
        'ǅ',
        'ʰ',
        '😀',
        'Å',
      ),
      fc.char16bits(),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const folded = foldText(text);
        expect(foldedWords(text)).toEqual(folded ? folded.split(' ') : []);
      }),
      { numRuns: 2000 },
    );
  });

  it('shorten long titles at a word boundary', () => {
    expect(shortTitle('Bài học kinh nghiệm')).toBe('Bài học kinh nghiệm');
    const long = shortTitle(
      'Xây dựng những định hướng chính sách, giải pháp đối với các giai cấp: Giai cấp công nhân, giai cấp nông dân',
    );
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(81);
  });
});
