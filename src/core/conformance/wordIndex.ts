/**
 * Fuzzy matching of many paragraphs against a fixed set of lines (guidance, titles) without comparing every pair:
 * words become integer ids in the lines' own vocabulary (a paragraph word the lines never use gets -1, which
 * matches nothing), and each line is indexed by its rarest words only (prefix filtering): a paragraph holding at
 * least `minShare` of a line's words in order must hold one of the line's ⌊(1 − minShare)·n⌋ + 1 rarest words,
 * so only the lines found through its words are compared, and those by an LCS over Int32Arrays.
 */
export class LineIndex {
  private readonly vocabulary = new Map<string, number>();
  readonly lines: Int32Array[];
  /** Word id → the lines indexed under it. */
  private readonly byWord = new Map<number, number[]>();
  private row = new Int32Array(64);
  private counts = new Int32Array(0);

  /** `minShare` (0..1): the least share of a line's words a match must hold, in order, for the index to be exact. */
  constructor(lines: ReadonlyArray<readonly string[]>, minShare: number) {
    this.lines = lines.map((words) => Int32Array.from(words, (w) => this.intern(w)));
    const frequency = new Map<number, number>();
    for (const line of this.lines) for (const id of new Set(line)) frequency.set(id, (frequency.get(id) ?? 0) + 1);
    this.lines.forEach((line, n) => {
      const prefix = Math.floor((1 - minShare) * line.length + 1e-9) + 1;
      const rarest = [...new Set(line)].sort((a, b) => frequency.get(a)! - frequency.get(b)! || a - b);
      for (const id of rarest.slice(0, prefix)) {
        const list = this.byWord.get(id);
        if (list) list.push(n);
        else this.byWord.set(id, [n]);
      }
    });
  }

  private intern(word: string): number {
    let id = this.vocabulary.get(word);
    if (id === undefined) this.vocabulary.set(word, (id = this.vocabulary.size));
    return id;
  }

  /** A paragraph's words as ids of this index (-1 for words no line has). */
  ids(words: readonly string[]): Int32Array {
    // A plain loop: Int32Array.from with a mapping function takes V8's slow iterator path.
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) out[i] = this.vocabulary.get(words[i]) ?? -1;
    return out;
  }

  /** Lines that may match the paragraph, in line order. */
  candidates(ids: Int32Array): number[] {
    let found: number[] | undefined;
    for (let i = 0; i < ids.length; i++) {
      const lines = ids[i] >= 0 ? this.byWord.get(ids[i]) : undefined;
      if (lines) (found ??= []).push(...lines);
    }
    if (!found) return NONE;
    return found.length > 1 ? [...new Set(found)].sort((a, b) => a - b) : found;
  }

  /**
   * How many words the two sequences share, counted with repeats: a bound on their LCS that costs one pass over
   * each (most candidates fail it, and the LCS is not measured).
   */
  shared(x: Int32Array, y: Int32Array): number {
    if (this.counts.length < this.vocabulary.size) this.counts = new Int32Array(this.vocabulary.size);
    const counts = this.counts;
    for (let j = 0; j < y.length; j++) counts[y[j]]++;
    let shared = 0;
    for (let i = 0; i < x.length; i++) {
      const id = x[i];
      if (id >= 0 && counts[id] > 0) {
        shared++;
        counts[id]--;
      }
    }
    for (let j = 0; j < y.length; j++) counts[y[j]] = 0;
    return shared;
  }

  /** Length of the longest common subsequence of two id sequences, in one reused row. */
  lcs(x: Int32Array, y: Int32Array): number {
    if (this.row.length <= y.length) this.row = new Int32Array(y.length + 1);
    const row = this.row;
    row.fill(0, 0, y.length + 1);
    for (let i = 0; i < x.length; i++) {
      const word = x[i];
      if (word < 0) continue; // matches nothing: the row stays as it is
      let diagonal = 0; // row[j - 1] of the previous row
      for (let j = 1; j <= y.length; j++) {
        const above = row[j];
        row[j] = word === y[j - 1] ? diagonal + 1 : above > row[j - 1] ? above : row[j - 1];
        diagonal = above;
      }
    }
    return row[y.length];
  }
}

/** No candidates (shared, never written to). */
const NONE: number[] = [];
