import { isSyllable, syllableKey } from '../vi/syllable';
import type { Word } from '../vi/tokenize';

/** Only spaces between two words: they belong to one stretch of running text. */
const JOIN = /^[ \t\u00a0]+$/;

/**
 * The lexicon key of each word ("" where the word is not a Vietnamese syllable: a number, a code, an acronym
 * in capitals) and whether it runs on from the previous word with nothing but spaces between them. The build
 * script and the rules cut sentences the same way: at any punctuation, digit, line break or non-syllable.
 */
export function lexiconKeys(text: string, words: readonly Word[]): { keys: string[]; joined: boolean[] } {
  const keys: string[] = [];
  const joined: boolean[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    keys.push(w.alphabetic && isSyllable(w.key) ? syllableKey(w.key) : '');
    joined.push(i > 0 && JOIN.test(text.slice(words[i - 1].end, w.start)));
  }
  return { keys, joined };
}
