import functionWords from '../data/typo/function-words.json';
import { syllableKey } from '../vi/syllable';
import { openTables } from './format';

/** The sentence edge (start or end) as a key. */
export const EDGE = '';

export interface LexiconInfo {
  syllables: number;
  bigrams: number;
  /** Syllables counted (the corpus size as the lexicon saw it). */
  tokens: number;
}

/**
 * Syllable unigram and bigram counts learned from official text. Keys are syllableKey forms (lower case, new
 * tone placement, lone y as i); "" is the sentence edge. Bigrams are kept as compressed rows: for each first
 * syllable, its followers' ids (sorted) and counts, and a hash of the pairs for look-ups. About 7 MB in memory.
 */
export class Lexicon {
  readonly info: LexiconInfo;
  private readonly forms: string[];
  private readonly ids = new Map<string, number>();
  private readonly unigrams: Uint32Array;
  private readonly rowStart: Uint32Array;
  private readonly seconds: Uint16Array | Uint32Array;
  private readonly pairCounts: Uint32Array;
  /** Open-addressing hash of the pairs (key first * n + second, + 1; 0 is empty) to their counts. */
  private readonly pairKeys: Int32Array;
  private readonly pairValues: Uint32Array;
  private readonly pairShift: number;
  private readonly size: number;

  constructor(data: string) {
    const { forms, reader } = openTables(data);
    this.forms = forms;
    const n = forms.length;
    forms.forEach((f, id) => {
      const key = id === 0 ? EDGE : syllableKey(f);
      if (!this.ids.has(key)) this.ids.set(key, id);
    });
    this.unigrams = new Uint32Array(n);
    let tokens = 0;
    for (let i = 0; i < n; i++) {
      this.unigrams[i] = reader.uint();
      if (i > 0) tokens += this.unigrams[i];
    }
    const start = reader.at;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const k = reader.uint();
      total += k;
      for (let j = 0; j < 2 * k; j++) reader.uint();
    }
    reader.at = start;
    this.rowStart = new Uint32Array(n + 1);
    this.seconds = n <= 0xffff ? new Uint16Array(total) : new Uint32Array(total);
    this.pairCounts = new Uint32Array(total);
    let at = 0;
    for (let i = 0; i < n; i++) {
      this.rowStart[i] = at;
      const k = reader.uint();
      let last = -1;
      for (let j = 0; j < k; j++) {
        last += reader.uint() + 1;
        this.seconds[at] = last;
        this.pairCounts[at++] = reader.uint();
      }
    }
    this.rowStart[n] = at;
    this.info = { syllables: n - 1, bigrams: total, tokens };
    // The hash: one multiply and a probe or two per look-up, against a binary search over a long row ("của").
    this.size = n;
    let bits = 4;
    while (1 << bits < 2 * total + 2) bits++;
    this.pairShift = 32 - bits;
    this.pairKeys = new Int32Array(1 << bits);
    this.pairValues = new Uint32Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (let a = 0; a < n; a++) {
      for (let j = this.rowStart[a]; j < this.rowStart[a + 1]; j++) {
        const key = a * n + this.seconds[j] + 1;
        let slot = Math.imul(key, 0x9e3779b1) >>> this.pairShift;
        while (this.pairKeys[slot] !== 0) slot = (slot + 1) & mask;
        this.pairKeys[slot] = key;
        this.pairValues[slot] = this.pairCounts[j];
      }
    }
  }

  /** Id of a key, -1 when the lexicon never saw it. */
  id(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  /** How often the syllable occurs (0 if never seen). */
  count(key: string): number {
    const id = this.id(key);
    return id < 0 ? 0 : this.unigrams[id];
  }

  countById(id: number): number {
    return id < 0 ? 0 : this.unigrams[id];
  }

  /** How often `second` follows `first` inside a sentence ("" for the sentence edge). */
  pair(first: string, second: string): number {
    return this.pairById(this.id(first), this.id(second));
  }

  pairById(a: number, b: number): number {
    if (a < 0 || b < 0) return 0;
    const key = a * this.size + b + 1;
    const keys = this.pairKeys;
    const mask = keys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.pairShift; ; slot = (slot + 1) & mask) {
      const k = keys[slot];
      if (k === key) return this.pairValues[slot];
      if (k === 0) return 0;
    }
  }

  /** pairById by binary search over the first syllable's row: the reference the hash is tested against. */
  pairBySearch(a: number, b: number): number {
    if (a < 0 || b < 0) return 0;
    let lo = this.rowStart[a];
    let hi = this.rowStart[a + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.seconds[mid];
      if (v === b) return this.pairCounts[mid];
      if (v < b) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** The written form most common in the corpus ("lý" for the key "lí"). */
  form(key: string): string {
    const id = this.id(key);
    return id < 0 ? key : this.forms[id];
  }

  /**
   * True when the two syllables make a word (or a fixed phrase) by the counts: seen together often, and more
   * often than their frequencies alone would give ("cơ quan", "hội nghị"; not "đã có", "của các", "có có"). A
   * function word goes with everything, so a pair with one must stand out far more.
   */
  isWord(first: string, second: string, association = MIN_WORD_ASSOCIATION): boolean {
    const a = this.id(first);
    const b = this.id(second);
    if (a <= 0 || b <= 0) return false;
    const together = this.pairById(a, b);
    if (together < MIN_WORD_PAIR) return false;
    const expected = (this.unigrams[a] * this.unigrams[b]) / this.info.tokens;
    const functional = FUNCTION_WORDS.has(first) || FUNCTION_WORDS.has(second);
    return together >= (functional ? Math.max(association, MIN_FUNCTION_ASSOCIATION) : association) * expected;
  }
}

const FUNCTION_WORDS = new Set(functionWords.words.map(syllableKey));
/** A word is seen together at least this often… */
export const MIN_WORD_PAIR = 10;
/** …and this many times more often than chance… */
export const MIN_WORD_ASSOCIATION = 5;
/** …or this many times when one of the two is a function word. */
export const MIN_FUNCTION_ASSOCIATION = 20;
