/**
 * The hand-written scanners that replaced regexes and per-word string tests must give exactly what those gave:
 * each is compared with the original definition on random text drawn from the characters that matter.
 */
import fc from 'fast-check';
import {
  digitAt,
  digitBefore,
  letterAt,
  letterOrMarkBefore,
  oneSidedDashes,
} from '../../../src/core/rules/typo/dashSpacing';
import { afterStopMatches } from '../../../src/core/rules/typo/sentenceStart';
import { isAllCapsText } from '../../../src/core/rules/typo/analysis';
import { lexiconKeys } from '../../../src/core/lexicon/sentences';
import { createDocument } from '../../../src/core/model';
import type { RuleContext } from '../../../src/core/rule';
import { lexiconKeysOf } from '../../../src/core/rules/typo/realWord';
import * as tok from '../../../src/core/vi/tokenize';
import { scanWords, tokenize, W_ALL_CAPS, W_ALPHABETIC, W_CAPITALISED } from '../../../src/core/vi/tokenize';

const PIECES = [
  ...'aAđĐêÊơƠưƯyỳỲiIoòÒaàÀ',
  'hòa',
  'HOÀ',
  'Đảng',
  'ủy'.normalize('NFD'),
  '\u0301',
  ...'019²½',
  ...' \u00a0\t\v\n\u2028',
  ...'.,;:!?…-–—/()[]“”"\'',
  '𝐀',
  '𐐀',
  '𐐨',
  'İ',
  'ß',
  'ǅ',
  'Σ',
  '\ud800',
  '\u200b',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

/** The tokenizer as it was: a regex for the words, string methods for the rest. */
function reference(t: string) {
  const composed = !/[\u0300-\u036f]/.test(t);
  const lower = t.toLowerCase();
  const sameLength = composed && lower.length === t.length;
  return [...t.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => {
    const w = m[0];
    const start = m.index!;
    return {
      text: w,
      start,
      end: start + w.length,
      key: sameLength ? lower.slice(start, start + w.length) : w.normalize('NFC').toLowerCase(),
      alphabetic: /^[\p{L}\p{M}]+$/u.test(w),
      capitalised: w[0] !== w[0].toLowerCase(),
      allCaps: w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase(),
    };
  });
}

function gapFlags(gap: string): number {
  let m = 0;
  for (const ch of gap)
    m |=
      ch === ' '
        ? 1
        : ch === '\u00a0'
          ? 2
          : ch === '\t'
            ? 4
            : ch === '\v'
              ? 8
              : ch === '\n'
                ? 16
                : ch === '\u2028'
                  ? 32
                  : 64;
  return gap === ' ' ? m | 128 : m;
}

describe('scanWords', () => {
  it('finds the words, keys, case flags and gaps the regex and string methods give', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { words, flags, gaps } = scanWords(t);
        const ref = reference(t);
        expect(words).toEqual(
          ref.map(({ text, start, end, key, alphabetic }) => ({ text, start, end, key, alphabetic })),
        );
        ref.forEach((r, i) => {
          expect((flags[i] & W_ALPHABETIC) !== 0).toBe(r.alphabetic);
          expect((flags[i] & W_CAPITALISED) !== 0).toBe(r.capitalised);
          expect((flags[i] & W_ALL_CAPS) !== 0).toBe(r.allCaps);
          expect(gaps[i]).toBe(i === 0 ? 0 : gapFlags(t.slice(ref[i - 1].end, r.start)));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('tells headings in capitals as the per-character test does', () => {
    const slow = (t: string) => {
      let letters = 0;
      for (const ch of t) {
        if (ch.toLowerCase() !== ch.toUpperCase()) {
          if (ch !== ch.toUpperCase()) return false;
          letters++;
        }
      }
      return letters >= 2;
    };
    fc.assert(
      fc.property(text, (t) => expect(isAllCapsText(t)).toBe(slow(t))),
      { numRuns: 2000 },
    );
    expect(isAllCapsText('I. KẾT QUẢ THỰC HIỆN')).toBe(true);
    expect(isAllCapsText('I. Kết quả')).toBe(false);
  });
});

describe('paragraph marks (rules skip a paragraph without them)', () => {
  it('are set whenever the test of a rule that skips on them could match', () => {
    const triggers: Array<[number, RegExp]> = [
      [tok.M_DOUBLE_SPACE, /[ \u00a0]{2,}/],
      [tok.M_SPACE_BEFORE_MARK, /[ \u00a0][,.;:!?]/],
      [tok.M_MARK_BEFORE_LETTER, /[,;:.!?](?=\p{L})/u],
      [tok.M_REPEATED_MARK, /([,;:])\1+|\.\./],
      [tok.M_BRACKET, /[([“‘)\]”"{}]/],
      [tok.M_DASH, /[-–—]/],
      [tok.M_DASH | tok.M_SLASH, /[-/]/],
      [tok.M_INVISIBLE, /[\u200B-\u200F\u2060\uFEFF\u00AD\u202A-\u202E\u00A0\u202F]/],
    ];
    const withMarks = fc
      .array(fc.constantFrom(...PIECES, '  ', ' ,', ',,', '..', ',a', '\u00ad', '\u202f', '\ufeff'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(withMarks, (t) => {
        const { marks } = scanWords(t);
        for (const [bit, re] of triggers) if (re.test(t)) expect(marks & bit).not.toBe(0);
      }),
      { numRuns: 2000 },
    );
    expect(scanWords('một câu bình thường').marks).toBe(0);
  });
});

describe('sentence-start scanner', () => {
  it('matches what /(?<=[\\p{L}\\p{M}\\d)”"])([.!?])[ \\u00a0]+(\\p{Ll}[\\p{L}\\p{M}]*)/gu matches', () => {
    const AFTER_STOP = /(?<=[\p{L}\p{M}\d)”"])([.!?])[ \u00a0]+(\p{Ll}[\p{L}\p{M}]*)/gu;
    fc.assert(
      fc.property(text, (t) => {
        const expected = [...t.matchAll(AFTER_STOP)].map((m) => ({
          at: m.index!,
          end: m.index! + m[0].length,
          mark: m[1],
          wordStart: m.index! + m[0].length - m[2].length,
        }));
        expect(afterStopMatches(t)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    expect(afterStopMatches('thực hiện. trong')).toEqual([{ at: 9, end: 16, mark: '.', wordStart: 11 }]);
  });
});

describe('dash scanner', () => {
  const asRegex = (re: RegExp, t: string) =>
    [...t.matchAll(re)].map((m) => ({
      index: m.index!,
      text: m[0],
      dash: m[2] ?? m[3],
      spaces: (m[1] ?? m[4]).length,
      spacesBefore: m[1] !== undefined,
    }));

  it('matches the one-sided dashes of the number and word regexes', () => {
    const NUMBER_RANGE = /(?<=\d)(?:( +)([-–—])(?=\d)|([-–—])( +)(?=\d))/g;
    const WORD_DASH = /(?<=[\p{L}\p{M}])(?:( +)([-–—])(?=\p{L})|([-–—])( +)(?=\p{L}))/gu;
    fc.assert(
      fc.property(text, (t) => {
        expect(oneSidedDashes(t, digitBefore, digitAt)).toEqual(asRegex(NUMBER_RANGE, t));
        expect(oneSidedDashes(t, letterOrMarkBefore, letterAt)).toEqual(asRegex(WORD_DASH, t));
      }),
      { numRuns: 3000 },
    );
    expect(oneSidedDashes('kinh tế -xã hội', letterOrMarkBefore, letterAt)).toEqual([
      { index: 7, text: ' -', dash: '-', spaces: 1, spacesBefore: true },
    ]);
  });
});

describe('lexicon keys from the shared analysis', () => {
  it('are what lexiconKeys reads from the text and words', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = createDocument([t]);
        const store = new Map<string, unknown>();
        const context: RuleContext = {
          doc,
          config: {},
          options: {},
          severity: 'warning',
          report: () => undefined,
          memo: <T>(key: string, compute: () => T) => {
            if (!store.has(key)) store.set(key, compute());
            return store.get(key) as T;
          },
        };
        expect(lexiconKeysOf(context, 0)).toEqual(lexiconKeys(t, tokenize(t)));
      }),
      { numRuns: 1000 },
    );
  });
});
