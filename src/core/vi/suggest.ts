import { analyzeSyllable, composeSyllable, decompose, isSyllable, matchCase, TONES, type Tone } from './syllable';

const ALPHABET = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
/** Letters one diacritic apart (a/ă/â, o/ô/ơ, u/ư, e/ê, d/đ). */
export const MARK_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  a: ['ă', 'â'],
  ă: ['a', 'â'],
  â: ['a', 'ă'],
  e: ['ê'],
  ê: ['e'],
  o: ['ô', 'ơ'],
  ô: ['o', 'ơ'],
  ơ: ['o', 'ô'],
  u: ['ư'],
  ư: ['u'],
  d: ['đ'],
  đ: ['d'],
};
/** The same, plus the i/y spelling pair. */
const VARIANTS: Readonly<Record<string, readonly string[]>> = { ...MARK_VARIANTS, i: ['y'], y: ['i'] };

/** Writes letters with the tone in either placement style; a stop coda forces sắc or nặng. */
function* spellings(letters: string, tone: Tone): Generator<string> {
  for (const style of ['new', 'old'] as const) {
    const s = composeSyllable(letters, tone, style);
    if (s) yield s;
  }
}

/**
 * Valid syllables one edit away from a word that is not one, best first: tone and tone placement, then one
 * diacritic, then one letter deleted, swapped, replaced or inserted (from the end of the word, where
 * coda slips n/ng, c/t are most common). No dictionary: every candidate is well-formed, not necessarily a word.
 */
export function suggestSyllables(word: string, limit = 5): string[] {
  const key = `${limit}:${word}`;
  let cached = suggestionCache.get(key);
  if (!cached) {
    cached = suggestUncached(word, limit);
    if (suggestionCache.size > 10_000) suggestionCache.clear();
    suggestionCache.set(key, cached);
  }
  return [...cached];
}

const suggestionCache = new Map<string, string[]>();

function suggestUncached(word: string, limit: number): string[] {
  const d = decompose(word.normalize('NFC'));
  if (!d) return [];
  const seen = new Set<string>([word.normalize('NFC').toLowerCase()]);
  const out: string[] = [];
  const add = (candidate: string) => {
    if (out.length >= limit || seen.has(candidate)) return;
    seen.add(candidate);
    if (isSyllable(candidate)) out.push(matchCase(candidate, word));
  };
  const tonesFirst = [d.tone, ...TONES.filter((t) => t !== d.tone)];
  for (const tone of tonesFirst) for (const s of spellings(d.letters, tone)) add(s);
  const letters = [...d.letters];
  const withLetters = (next: string[]) => {
    const joined = next.join('');
    for (const s of spellings(joined, d.tone)) add(s);
    if (d.tone !== 'sac' && d.tone !== 'nang' && /(?:c|ch|p|t)$/.test(joined)) {
      for (const s of spellings(joined, 'sac')) add(s);
      for (const s of spellings(joined, 'nang')) add(s);
    }
  };
  for (let i = letters.length - 1; i >= 0; i--) {
    for (const v of VARIANTS[letters[i]] ?? []) withLetters(letters.map((c, j) => (j === i ? v : c)));
  }
  for (let i = letters.length - 1; i >= 0 && out.length < limit; i--) {
    for (const c of ALPHABET) if (c !== letters[i]) withLetters(letters.map((x, j) => (j === i ? c : x)));
  }
  for (let i = letters.length - 2; i >= 0; i--) {
    const next = [...letters];
    [next[i], next[i + 1]] = [next[i + 1], next[i]];
    withLetters(next);
  }
  for (let i = letters.length - 1; i >= 0; i--) withLetters(letters.filter((_, j) => j !== i));
  for (let i = letters.length; i >= 0 && out.length < limit; i--) {
    for (const c of ALPHABET) withLetters([...letters.slice(0, i), c, ...letters.slice(i)]);
  }
  return out;
}

/** True when the letters are a syllable and only the tone mark sits on the wrong vowel (hòan, qúa). */
export function isMisplacedTone(word: string): boolean {
  const d = decompose(word.normalize('NFC'));
  if (!d || d.tone === 'ngang' || analyzeSyllable(word)) return false;
  return composeSyllable(d.letters, d.tone) !== null;
}
