import {
  analyzeSyllable,
  composeSyllable,
  isSyllable,
  syllableEntry,
  syllableKey,
  withToneStyle,
} from '../../../src/core/vi/syllable';
import { isMisplacedTone, suggestSyllables } from '../../../src/core/vi/suggest';

describe('isSyllable', () => {
  it.each([
    'hòa',
    'hoà',
    'ủy',
    'uỷ',
    'thủy',
    'thuỷ',
    'khỏe',
    'khoẻ',
    'quá',
    'quý',
    'quốc',
    'gì',
    'gìn',
    'giếng',
    'giữ',
    'già',
    'người',
    'rượu',
    'cứu',
    'thuở',
    'thuế',
    'khuya',
    'khuỷu',
    'xoáy',
    'hoài',
    'ngoẹo',
    'tiếc',
    'kỷ',
    'kỉ',
    'kỹ',
    'nghiêng',
    'ghế',
    'kiểm',
    'cuộc',
    'yêu',
    'yên',
    'uyên',
    'quyết',
    'Huế',
    'điềm',
    'trừu',
    'Nguyễn',
    'ĐẢNG',
    'VIỆT',
    'ạ',
    'ừ',
    'ở',
    'xoong',
    'buýt',
    'Quới',
  ])('accepts %s', (w) => expect(isSyllable(w)).toBe(true));

  it.each([
    ['thuổc', 'stop coda with hỏi'],
    ['khảch', 'stop coda with hỏi'],
    ['trưởnc', 'no coda nc'],
    ['cơng', 'no rhyme ơng'],
    ['tòch', 'no rhyme och'],
    ['qúa', 'tone on the u of qu'],
    ['gìa', 'tone on the i of gi'],
    ['hòan', 'old placement with a coda'],
    ['muá', 'tone on the second vowel of ua'],
    ['ciêm', 'c before iê'],
    ['ghà', 'gh before a'],
    ['ngỉ', 'ng before i'],
    ['kan', 'k before a'],
    ['địng', 'no rhyme ing'],
    ['tháng11', 'digits'],
    ['internet', 'loanword'],
  ])('rejects %s (%s)', (w) => expect(isSyllable(w)).toBe(false));
});

describe('tone placement styles', () => {
  it('tells the style only where the two differ', () => {
    expect(analyzeSyllable('hòa')?.style).toBe('old');
    expect(analyzeSyllable('hoà')?.style).toBe('new');
    expect(analyzeSyllable('hoàn')?.style).toBeNull();
    expect(analyzeSyllable('hoa')?.style).toBeNull();
  });
  it('converts between the styles, keeping the case', () => {
    expect(withToneStyle('hòa', 'new')).toBe('hoà');
    expect(withToneStyle('Thuỷ', 'old')).toBe('Thủy');
    expect(withToneStyle('KHỎE', 'new')).toBe('KHOẺ');
    expect(withToneStyle('hoàn', 'old')).toBeNull();
  });
  it('composes a tone at the right vowel', () => {
    expect(composeSyllable('hoan', 'huyen')).toBe('hoàn');
    expect(composeSyllable('hoa', 'huyen', 'old')).toBe('hòa');
    expect(composeSyllable('quôc', 'sac')).toBe('quốc');
    expect(composeSyllable('quoc', 'sac')).toBeNull();
    expect(composeSyllable('tot', 'huyen')).toBeNull();
  });
  it('keys ignore case, style and the i/y spelling of a lone vowel', () => {
    expect(syllableKey('Hòa')).toBe(syllableKey('hoà'));
    expect(syllableKey('kỷ')).toBe(syllableKey('kỉ'));
    expect(syllableKey('lý')).toBe(syllableKey('lí'));
    expect(syllableKey('quý')).toBe('quý');
  });
});

describe('suggestions', () => {
  it('prefers moving or changing the tone', () => {
    expect(isMisplacedTone('hòan')).toBe(true);
    expect(suggestSyllables('hòan')[0]).toBe('hoàn');
    expect(suggestSyllables('qúa')[0]).toBe('quá');
    expect(suggestSyllables('thuổc')).toContain('thuốc');
  });
  it('repairs a coda slip and keeps the case', () => {
    expect(suggestSyllables('Địng')).toContain('Định');
    expect(suggestSyllables('cơng')).toContain('công');
  });
  it('only offers valid syllables', () => {
    for (const s of suggestSyllables('trưởnc')) expect(isSyllable(s)).toBe(true);
  });
});

describe('syllableEntry (one cached look-up for the key and the analysis)', () => {
  /** The key as syllableKey defined it before the entry cache. */
  const referenceKey = (word: string) => {
    const lower = word.normalize('NFC').toLowerCase();
    const info = analyzeSyllable(lower);
    if (!info) return lower;
    let letters = info.letters;
    if (info.parse.rhyme === 'y' && info.parse.onset !== '' && info.parse.onset !== 'qu')
      letters = letters.slice(0, -1) + 'i';
    return composeSyllable(letters, info.tone, 'new') ?? lower;
  };

  it('gives the key and analysis of the word, the same however often it is asked', () => {
    for (const word of [
      'hòa',
      'hoà',
      'Kỳ',
      'kì',
      'lý',
      'quý',
      'thủy',
      'UBND',
      'iPhone',
      'ĐẢNG'.normalize('NFD'),
      'xyz',
    ]) {
      const entry = syllableEntry(word);
      expect(entry.key).toBe(referenceKey(word));
      expect(entry.info).toEqual(analyzeSyllable(word.normalize('NFC').toLowerCase()));
      expect(syllableEntry(word)).toBe(entry);
      expect(syllableKey(word)).toBe(entry.key);
    }
    expect(syllableEntry('hòa').key).toBe(syllableEntry('hoà').key);
    expect(syllableEntry('kỳ').key).toBe('kì');
    expect(syllableEntry('UBND').info).toBeNull();
  });
});
