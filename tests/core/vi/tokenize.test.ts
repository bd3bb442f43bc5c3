import { foldAccents, tokenize } from '../../../src/core/vi/tokenize';

describe('tokenize', () => {
  it('gives exact UTF-16 offsets and keys for Vietnamese words, codes and numbers', () => {
    const text = 'Số 694-CV/ĐUK, ngày 15/9: Đảng uỷ.';
    const words = tokenize(text);
    expect(words.map((w) => w.text)).toEqual(['Số', '694', 'CV', 'ĐUK', 'ngày', '15', '9', 'Đảng', 'uỷ']);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words.map((w) => w.alphabetic)).toEqual([true, false, true, true, true, false, false, true, true]);
    expect(words[7].key).toBe('đảng');
  });

  it('keeps decomposed (NFD) words whole at their own offsets, with a composed key', () => {
    const nfd = 'Mặt trận'.normalize('NFD');
    const words = tokenize(`a ${nfd}`);
    expect(words.map((w) => w.text)).toEqual(['a', ...nfd.split(' ')]);
    expect(words[1].start).toBe(2);
    expect(words[1].key).toBe('mặt');
    expect(words[2].key).toBe('trận');
  });

  it('treats any word boundary by Unicode property, where \\b would fail', () => {
    expect(tokenize('hội nghị đề đánh giá').map((w) => w.text)).toEqual(['hội', 'nghị', 'đề', 'đánh', 'giá']);
  });
});

describe('foldAccents', () => {
  it('drops accents and case, đ becomes d', () => {
    expect(foldAccents('Ưu điểm')).toBe('uu diem');
    expect(foldAccents('ĐẢNG UỶ'.normalize('NFD'))).toBe('dang uy');
  });
});
