import { MARK_VARIANTS } from '../vi/suggest';
import { composeSyllable, decompose, isSyllable, syllableKey, TONES } from '../vi/syllable';

/** Initial consonants heard or typed alike: s/x, d/gi/r, ch/tr, l/n, n/ng/nh, c/k/q, g/gh, ng/ngh, v/d. */
const ONSET_SWAPS: Record<string, string[]> = {
  s: ['x'],
  x: ['s'],
  d: ['gi', 'r', 'v'],
  gi: ['d', 'r'],
  r: ['d', 'gi'],
  v: ['d'],
  ch: ['tr'],
  tr: ['ch'],
  l: ['n'],
  n: ['l', 'ng', 'nh'],
  ng: ['n', 'ngh', 'nh'],
  nh: ['n', 'ng'],
  ngh: ['ng'],
  c: ['k', 'q'],
  k: ['c'],
  g: ['gh'],
  gh: ['g'],
};
/** Final consonants confused in the south and the centre: n/ng, c/t, ch/nh… */
const CODA_SWAPS: Array<[string, string]> = [
  ['ng', 'n'],
  ['nh', 'n'],
  ['ch', 'c'],
  ['ch', 't'],
  ['c', 't'],
  ['nh', 'ng'],
];
const LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
const ONSET = /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?/;

/** What kind of change leads to an alternative: marks only, a sound-alike consonant, or any other letter. */
export type EditKind = 'mark' | 'sound' | 'letter';
const RANK: Record<EditKind, number> = { mark: 0, sound: 1, letter: 2 };

export interface Alternative {
  key: string;
  kind: EditKind;
}

const cache = new Map<string, Alternative[]>();

/**
 * Syllable keys one change away from `key` (itself a syllableKey): another tone; another vowel mark; an initial
 * or final consonant swapped for one often confused with it; one letter added, removed or replaced. Every
 * result is a well-formed syllable; whether it is a word is for the lexicon to say.
 */
export function oneEditAway(key: string): Alternative[] {
  let out = cache.get(key);
  if (!out) {
    out = compute(key);
    if (cache.size > 20_000) cache.clear();
    cache.set(key, out);
  }
  return out;
}

function compute(key: string): Alternative[] {
  const d = decompose(key);
  if (!d) return [];
  const found = new Map<string, EditKind>();
  const add = (letters: string, kind: EditKind, tone = d.tone) => {
    const s = composeSyllable(letters, tone);
    if (!s || !isSyllable(s)) return;
    const k = syllableKey(s);
    const had = found.get(k);
    if (!had || RANK[kind] < RANK[had]) found.set(k, kind);
  };
  const letters = d.letters;
  for (const t of TONES) if (t !== d.tone) add(letters, 'mark', t);
  const chars = [...letters];
  const replaceAt = (i: number, c: string) => chars.map((x, j) => (j === i ? c : x)).join('');
  chars.forEach((c, i) => {
    for (const v of MARK_VARIANTS[c] ?? []) add(replaceAt(i, v), 'mark');
    for (const l of LETTERS) if (l !== c) add(replaceAt(i, l), 'letter');
    add(chars.filter((_, j) => j !== i).join(''), 'letter');
  });
  for (let i = 0; i <= chars.length; i++) {
    for (const l of LETTERS) add([...chars.slice(0, i), l, ...chars.slice(i)].join(''), 'letter');
  }
  const onset = ONSET.exec(letters)?.[0] ?? '';
  for (const o of ONSET_SWAPS[onset] ?? []) add(o + letters.slice(onset.length), 'sound');
  for (const [a, b] of CODA_SWAPS) {
    if (letters.endsWith(a)) add(letters.slice(0, -a.length) + b, 'sound');
    else if (letters.endsWith(b) && !letters.endsWith(a)) add(letters.slice(0, -b.length) + a, 'sound');
  }
  found.delete(key);
  return [...found.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([k, kind]) => ({ key: k, kind }));
}
