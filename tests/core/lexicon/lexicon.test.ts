import fc from 'fast-check';
import lexiconData from '../../../src/core/data/lexicon/lexicon.json';
import { currentLexicon, decodeLexicon, EDGE, loadLexicon, setLexicon } from '../../../src/core/lexicon';
import { oneEditAway } from '../../../src/core/lexicon/alternatives';
import { encodeTables, fromBase64, toBase64 } from '../../../src/core/lexicon/format';
import { judgeRealWord, REAL_WORD_SETTINGS } from '../../../src/core/lexicon/realWord';

const lexicon = decodeLexicon(lexiconData.data);

describe('packed format', () => {
  it('base64 round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (b) => expect(fromBase64(toBase64(b))).toEqual(b)));
  });

  it('decodes what it encodes, and encodes the same bytes every time', () => {
    const tables = {
      forms: ['', 'cơ', 'quan', 'hòa'],
      counts: [7, 300, 200, 5],
      followers: [
        [[1, 6]],
        [[2, 150]],
        [
          [0, 140],
          [3, 1],
        ],
        [[0, 5]],
      ] as Array<Array<[number, number]>>,
    };
    const data = encodeTables(tables);
    expect(encodeTables(tables)).toBe(data);
    const small = decodeLexicon(data);
    expect(small.info).toEqual({ syllables: 3, bigrams: 5, tokens: 505 });
    expect(small.pair('cơ', 'quan')).toBe(150);
    expect(small.pair('quan', 'cơ')).toBe(0);
    expect(small.pair(EDGE, 'cơ')).toBe(6);
    // Keys are syllableKey forms: the old placement "hòa" is found as "hoà"; the written form is kept.
    expect(small.count('hoà')).toBe(5);
    expect(small.form('hoà')).toBe('hòa');
  });

  it('refuses data that is not a lexicon', () => {
    expect(() => decodeLexicon(toBase64(new Uint8Array([1, 2, 3])))).toThrow();
  });
});

describe('built lexicon', () => {
  it('holds the corpus counts it was built with', () => {
    expect(lexicon.info.syllables).toBe(lexiconData.syllables);
    expect(lexicon.info.bigrams).toBe(lexiconData.bigrams);
    expect(lexicon.info.tokens).toBeLessThanOrEqual(lexiconData.syllablesCounted);
  });

  it.each([
    ['thực', 'hiện'],
    ['xử', 'lí'],
    ['giải', 'quyết'],
    ['chủ', 'trương'],
  ])('knows the pair %s %s and not its slip', (a, b) => {
    expect(lexicon.pair(a, b)).toBeGreaterThan(100);
  });

  it.each([
    ['sử', 'lí'],
    ['dải', 'quyết'],
  ])('has not seen the slip %s %s', (a, b) => expect(lexicon.pair(a, b)).toBe(0));

  // Two-syllable words: the decision duplicated-word relies on.
  it.each([
    ['cơ', 'quan', true],
    ['quan', 'trọng', true],
    ['thông', 'tin', true],
    ['tin', 'cậy', true],
    ['hội', 'nghị', true],
    ['đã', 'có', false],
    ['có', 'có', false],
    ['trong', 'trong', false],
    ['đã', 'đã', false],
    ['của', 'các', false],
    ['là', 'cơ', false],
    ['nguồn', 'thông', false],
  ])('isWord(%s, %s) is %s', (a, b, word) => expect(lexicon.isWord(a, b)).toBe(word));
});

describe('alternatives one edit away', () => {
  const of = (key: string) => new Map(oneEditAway(key).map((a) => [a.key, a.kind]));
  it.each([
    ['nhiện', 'hiện', 'letter'],
    ['sử', 'xử', 'sound'],
    ['dải', 'giải', 'sound'],
    ['chương', 'trương', 'sound'],
    ['thục', 'thực', 'mark'],
    ['quyêt', 'quyết', 'mark'],
    ['lượn', 'lượng', 'sound'],
  ])('%s → %s (%s)', (from, to, kind) => expect(of(from).get(to)).toBe(kind));

  it('offers only other, well-formed syllables', () => {
    const alts = oneEditAway('quan').map((a) => a.key);
    expect(alts).not.toContain('quan');
    expect(alts).toContain('quân');
    expect(alts).not.toContain('qan');
  });
});

describe('real-word decisions', () => {
  it.each([
    ['kết', 'thục', 'hiện', 'thực'],
    ['hợp', 'dải', 'quyết', 'giải'],
    ['hành', 'chinh', 'trong', 'chính'],
    ['giám', 'xát', 'việc', 'sát'],
  ])('%s [%s] %s → %s', (p, w, n, alt) => {
    expect(judgeRealWord(lexicon, p, w, n)?.alternatives[0]).toBe(alt);
  });

  it.each([
    ['kết', 'thực', 'hiện'],
    ['hợp', 'giải', 'quyết'],
    ['hành', 'chính', 'trong'],
    ['giám', 'sát', 'việc'],
    // A rare but real pair whose neighbour favours a frequent look-alike ("di tản", not "di sản").
    ['dân', 'tản', 'khỏi'],
    // A one-word sentence has no context.
    [EDGE, 'thục', EDGE],
  ])('%s [%s] %s stays', (p, w, n) => expect(judgeRealWord(lexicon, p, w, n)).toBeNull());

  it('needs more evidence at a sentence edge', () => {
    const inside = judgeRealWord(lexicon, 'quả', 'thục', 'hiện', { ...defaults(), delta: 0 });
    expect(inside).not.toBeNull();
    expect(
      judgeRealWord(lexicon, 'quả', 'thục', 'hiện', { ...defaults(), delta: inside!.delta - 1, edgeExtra: 0 }),
    ).not.toBeNull();
    expect(
      judgeRealWord(lexicon, EDGE, 'thục', 'hiện', { ...defaults(), delta: inside!.delta - 1, edgeExtra: 50 }),
    ).toBeNull();
  });
});

const defaults = () => ({ ...REAL_WORD_SETTINGS });

describe('loading', () => {
  afterAll(() => setLexicon(null));
  it('is absent until loaded, then loads once', async () => {
    setLexicon(null);
    expect(currentLexicon()).toBeNull();
    const [a, b] = await Promise.all([loadLexicon(), loadLexicon()]);
    expect(a).toBe(b);
    expect(currentLexicon()).toBe(a);
    expect(a.pair('cơ', 'quan')).toBe(lexicon.pair('cơ', 'quan'));
  });
});

describe('pair look-up', () => {
  const n = lexicon.info.syllables + 1;

  it('finds every pair count the rows hold, by hash as by binary search', () => {
    // Every second syllable after a spread of first ones (frequent ones have rows of thousands).
    let differ = 0;
    let found = 0;
    for (let a = 0; a < n; a += 7) {
      for (let b = 0; b < n; b++) {
        const count = lexicon.pairBySearch(a, b);
        if (lexicon.pairById(a, b) !== count) differ++;
        if (count > 0) found++;
      }
    }
    expect(differ).toBe(0);
    expect(found).toBeGreaterThan(10_000);
  });

  it('agrees with the binary search on random ids, absent pairs and unknown ids included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1, max: n - 1 }), fc.integer({ min: -1, max: n - 1 }), (a, b) =>
        expect(lexicon.pairById(a, b)).toBe(lexicon.pairBySearch(a, b)),
      ),
      { numRuns: 5000 },
    );
    expect(lexicon.pair('cơ', 'quan')).toBeGreaterThan(100);
    expect(lexicon.pair('quan', 'cơ')).toBeLessThan(lexicon.pair('cơ', 'quan'));
  });
});
