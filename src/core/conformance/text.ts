import { foldAccents } from '../vi/tokenize';

/** Text comparison for section titles and guidance: accents, case, punctuation and spacing do not count. */
export function foldText(s: string): string {
  return foldAccents(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The same titles and paragraphs are compared against every template section, so their folded words are cached;
 * the cache is dropped when it grows past a bound so a long session does not keep every document's text.
 */
const wordsCache = new Map<string, readonly string[]>();
const WORDS_CACHE_LIMIT = 20_000;

export function foldedWords(s: string): readonly string[] {
  let words = wordsCache.get(s);
  if (!words) {
    const quick = quickFoldedWords(s);
    if (quick) words = quick;
    else {
      const folded = foldText(s);
      words = folded ? folded.split(' ') : [];
    }
    if (wordsCache.size >= WORDS_CACHE_LIMIT) wordsCache.clear();
    wordsCache.set(s, words);
  }
  return words;
}

/**
 * What one character folds to in foldText, for the characters where folding one at a time is folding the whole:
 * a letter or digit of a–z0–9 (0x61–0x7a, 0x30–0x39), nothing (a combining mark), or a separator (-1). Built
 * lazily from foldAccents itself; characters outside the table send the text to foldText.
 */
const FOLD_LIMIT = 0x1f00;
const foldTable = new Int32Array(FOLD_LIMIT).fill(-2);
const NOTHING = 0;
const SEPARATOR = -1;
const UNSAFE = -3;

function foldOf(code: number): number {
  let folded = foldTable[code];
  if (folded === -2) {
    const out = foldAccents(String.fromCharCode(code));
    if (out === '') folded = NOTHING;
    else if (out.length === 1 && /[a-z0-9]/.test(out)) folded = out.charCodeAt(0);
    else if (/^[^a-z0-9]+$/.test(out)) folded = SEPARATOR;
    else folded = UNSAFE;
    foldTable[code] = folded;
  }
  return folded;
}

/** foldText(s).split(' ') in one pass over the text, or null when a character needs the full folding. */
function quickFoldedWords(s: string): string[] | null {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // Greek (final sigma) and beyond, surrogates: casing or normalisation may depend on the neighbours.
    if (code >= 0x370 && code < 0x1e00) return null;
    if (code >= FOLD_LIMIT) return null;
    const folded = foldOf(code);
    if (folded === UNSAFE) return null;
    if (folded > 0) word += String.fromCharCode(folded);
    else if (folded === SEPARATOR && word) {
      words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  return words;
}

/**
 * How much of `a` and `b` is the same wording, 0..1: twice the longest-common-subsequence of their words over
 * their total length. Word order matters, so a rearranged sentence scores lower than a copied one.
 */
export function wordSimilarity(a: string, b: string): number {
  return similarityOfWords(foldedWords(a), foldedWords(b));
}

/** Share of `part`'s words found in order inside `whole`, 0..1. */
export function containment(part: string, whole: string): number {
  return containmentOfWords(foldedWords(part), foldedWords(whole));
}

/** wordSimilarity over words already folded. */
export function similarityOfWords(x: readonly string[], y: readonly string[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  return (2 * lcsLength(x, y)) / (x.length + y.length);
}

/** containment over words already folded. */
export function containmentOfWords(part: readonly string[], whole: readonly string[]): number {
  return part.length === 0 ? 0 : lcsLength(part, whole) / part.length;
}

function lcsLength(x: readonly string[], y: readonly string[]): number {
  let previous = new Array<number>(y.length + 1).fill(0);
  for (const word of x) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      row[j] = word === y[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
    }
    previous = row;
  }
  return previous[y.length];
}

/** A title short enough for a message: cut at a word boundary with "…" past `max` characters. */
export function shortTitle(title: string, max = 80): string {
  const t = title.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/u, '')}…`;
}
