import functionWords from '../../data/typo/function-words.json';
import reduplication from '../../data/typo/reduplication.json';
import { currentLexicon, type Lexicon } from '../../lexicon';
import type { Rule } from '../../rule';
import { syllableKey } from '../../vi/syllable';
import type { Word } from '../../vi/tokenize';
import * as tok from '../../vi/tokenize';
import { gapWithin, infoOf, isCapitalised, isSentenceStart, wordsOf } from './analysis';

const { GAP_LF, GAP_LS, GAP_NBSP, GAP_SPACE, GAP_TAB, GAP_VT } = tok;
/** What GAP allows, as gap flags. */
const GAP_FLAGS = GAP_SPACE | GAP_TAB | GAP_NBSP | GAP_VT | GAP_LF | GAP_LS;

const FUNCTION_WORDS = new Set(functionWords.words);
const ALLOWED_PAIRS = new Set(reduplication.pairs);
const GAP = /^[ \t\u00a0\v\n\u2028]+$/;

/** The word doubled at `first`, `first + 1` when it is another alphabetic word than `other`. */
function pairAt(words: ReturnType<typeof wordsOf>, first: number, other: string): string | undefined {
  const c = words[first];
  const d = words[first + 1];
  return c && d && c.key === d.key && c.key !== other && c.alphabetic ? c.key : undefined;
}

/**
 * "cơ quan quan trọng", "thông tin tin cậy": the doubled syllable ends one word and starts the next, by the
 * lexicon's two-syllable words. Without a lexicon, never.
 */
function twoWords(lexicon: Lexicon | null, text: string, words: Word[], i: number): boolean {
  const [prev, a, b, next] = [words[i - 2], words[i - 1], words[i], words[i + 1]];
  if (!lexicon || !prev || !next || !prev.alphabetic || !next.alphabetic) return false;
  if (!GAP.test(text.slice(prev.end, a.start)) || !GAP.test(text.slice(b.end, next.start))) return false;
  const k = syllableKey(a.key);
  return lexicon.isWord(syllableKey(prev.key), k) && lexicon.isWord(k, syllableKey(next.key));
}

/** The same word twice in a row (case-insensitive), also across a line break; legitimate reduplication excepted. */
export const duplicatedWord: Rule = {
  meta: {
    id: 'duplicated-word',
    category: 'spelling',
    defaultSeverity: 'warning',
    severities: [
      { severity: 'warning' },
      {
        severity: 'error',
        when: { vi: 'khi chắc chắn (hư từ như “của của”)', en: 'when certain (a function word such as “của của”)' },
      },
    ],
    description: { vi: 'Từ bị lặp liên tiếp', en: 'Word repeated twice in a row' },
    messages: {
      duplicated: { vi: 'Từ “{word}” bị lặp lại.', en: 'The word “{word}” is repeated.' },
    },
  },
  checkParagraph(paragraph, index, context) {
    const info = infoOf(context, index);
    const words = info.words;
    const lexicon = currentLexicon();
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1];
      const b = words[i];
      if (a.key !== b.key || !a.alphabetic || !gapWithin(info, i, GAP_FLAGS)) continue;
      if (a.key.length === 1 && /[a-z]/.test(a.key)) continue;
      if (ALLOWED_PAIRS.has(`${a.key} ${b.key}`)) continue;
      const caseDiffers = a.text.normalize('NFC') !== b.text.normalize('NFC');
      // Two words written alike; a capital inside "đại Đoàn đoàn kết" is a slip, whatever the words.
      if (!caseDiffers && twoWords(lexicon, paragraph.text, words, i)) continue;
      const isFunctionWord = FUNCTION_WORDS.has(a.key);
      // AABB reduplication ("đi đi về về", "ra ra vào vào") doubles two words in turn; two doubled function words
      // in a row ("của của các các") are still two slips.
      const partner = pairAt(words, i + 1, a.key) ?? pairAt(words, i - 3, a.key);
      if (partner && !(isFunctionWord && FUNCTION_WORDS.has(partner))) continue;
      // Repeated names (Cao Cao) are written alike, capitalised; a capital on the second word starts a name
      // (lãnh thổ Thổ Nhĩ Kỳ).
      if (!isFunctionWord && isCapitalised(b.text) && (!caseDiffers || !isCapitalised(a.text))) continue;
      const certain = isFunctionWord || caseDiffers;
      // Keep the right-hand word, unless the left one carries a sentence-initial capital the right one lacks.
      const keepLeft =
        caseDiffers && isCapitalised(a.text) && !isCapitalised(b.text) && isSentenceStart(paragraph.text, a.start);
      const fix = keepLeft
        ? { start: a.end, length: b.end - a.end, replacement: '' }
        : { start: a.start, length: b.start - a.start, replacement: '' };
      context.report({
        paragraph: index,
        start: a.start,
        length: b.end - a.start,
        messageId: 'duplicated',
        data: { word: keepLeft ? a.text : b.text },
        fix: [fix],
        ...(certain ? { severity: 'error' as const } : {}),
      });
    }
  },
};
