import { parseJson } from '../../src/core/json';

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['{"a":1,}', /dòng 1, cột 8/],
    ['{\n  "a": 1\n  "b": 2\n}', /dòng 3, cột 3/],
    ['[1,2', /cắt cụt/],
    ['tru', /cắt cụt/],
    ['   ', /trống/],
  ])('places the problem in %j in Vietnamese, never in the engine’s English', (text, expected) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.vi).toMatch(expected);
    expect(result.error.vi).not.toMatch(/Unexpected|Expected|position|JSON input/);
    expect(result.error.en.length).toBeGreaterThan(0);
  });

  it('still says the text is not JSON when the engine gives no position', () => {
    const result = parseJson('{"a": tru\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.vi).toMatch(/^Nội dung không phải JSON hợp lệ/);
  });
});
