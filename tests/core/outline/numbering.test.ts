import { formatNumbering, isBullet, parseNumbering } from '../../../src/core/outline/numbering';

describe('parseNumbering', () => {
  it.each([
    ['I- Tình hình', 'I-', 'roman-dash', 1, 'roman'],
    ['IV. PHƯƠNG HƯỚNG', 'IV.', 'roman-dot', 4, 'roman'],
    ['XII- Kiến nghị', 'XII-', 'roman-dash', 12, 'roman'],
    ['1. Ưu điểm', '1.', 'arabic-dot', 1, 'arabic'],
    ['3- Bài học', '3-', 'arabic-dash', 3, 'arabic'],
    ['2.1- Xây dựng', '2.1-', 'decimal-dash', 1, 'decimal2'],
    ['1.2.3. Chi tiết', '1.2.3.', 'decimal-dot', 3, 'decimal3'],
    ['a) Ưu điểm', 'a)', 'letter-paren', 1, 'letter'],
    ['đ) Mục năm', 'đ)', 'letter-paren', 5, 'letter'],
  ])('%s', (text, raw, style, value, kind) => {
    const n = parseNumbering(text);
    expect(n).toMatchObject({ raw, style, value, kind });
    expect(text.slice(n!.titleStart)).toBe(text.slice(raw.length + 1));
  });

  it.each([
    'Số 694-CV/ĐUK',
    'V/v báo cáo',
    '1.5 triệu đồng',
    'Ivan đến',
    '2022.',
    'Căn cứ',
    '- gạch đầu dòng',
    'MIX. text',
  ])('is not numbering: %s', (text) => expect(parseNumbering(text)).toBeNull());

  it('reads a bare Word list string', () => {
    expect(parseNumbering('a)', true)).toMatchObject({ style: 'letter-paren', value: 1 });
    expect(parseNumbering('•', true)).toBeNull();
  });

  it('keeps the offset of leading spaces', () => {
    expect(parseNumbering('  II. ĐÁNH GIÁ')!.titleStart).toBe(6);
  });
});

describe('formatNumbering and isBullet', () => {
  it('writes each style', () => {
    expect(formatNumbering('roman-dash', [3])).toBe('III-');
    expect(formatNumbering('roman-dot', [4])).toBe('IV.');
    expect(formatNumbering('decimal-dash', [2, 1])).toBe('2.1-');
    expect(formatNumbering('letter-paren', [5])).toBe('đ)');
    expect(formatNumbering('none', [1])).toBe('');
  });

  it('round-trips through parseNumbering', () => {
    for (const [style, path] of [
      ['roman-dot', [9]],
      ['arabic-dash', [7]],
      ['decimal-dot', [3, 2]],
      ['letter-paren', [7]],
    ] as const) {
      const n = parseNumbering(`${formatNumbering(style, [...path])} Tiêu đề`)!;
      expect(n.style).toBe(style);
      expect(n.value).toBe(path[path.length - 1]);
    }
  });

  it('tells bullets', () => {
    expect(isBullet('- Nội dung')).toBe(true);
    expect(isBullet('• Nội dung')).toBe(true);
    expect(isBullet('-Nội dung')).toBe(false);
    expect(isBullet('1. Nội dung')).toBe(false);
  });
});
