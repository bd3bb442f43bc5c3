import { oneEditAway, type Alternative } from './alternatives';
import { EDGE, type Lexicon } from './lexicon';

/** Settings of the real-word test; see scripts/eval-realword.ts for how they were chosen. */
export interface RealWordSettings {
  /** The written syllable is suspicious only when seen at most this often with a neighbour. */
  maxSeen: number;
  /** An alternative must occur at least this often on its own. */
  minAlternative: number;
  /** Added to every pair count before taking ratios. */
  smoothing: number;
  /** Sum of both sides' log ratios needed to flag. */
  delta: number;
  /** Each side's log ratio must reach this (the alternative fits both neighbours). */
  side: number;
  /** Extra delta needed when one neighbour is a sentence edge (less context). */
  edgeExtra: number;
  /** Delta (and each side) from which the evidence counts as overwhelming: an error. */
  errorDelta: number;
  errorSide: number;
  /** Extra delta for a sound-alike consonant swap (s/x, ch/tr, n/ng…) over a change of marks. */
  soundExtra: number;
  /** Extra delta for any other letter change: typing slips between real syllables are mostly marks. */
  letterExtra: number;
  /** 1: the alternative must make a two-syllable word with the neighbour the written syllable rarely meets. */
  requireWord: number;
  /** How much more often than chance that word's two syllables must meet (see Lexicon.isWord). */
  wordAssociation: number;
  /** 1: only a syllable written once in the document is suspected (used by the rule, not by judgeRealWord). */
  onlyOnce: number;
}

export const REAL_WORD_SETTINGS: RealWordSettings = {
  maxSeen: 5,
  minAlternative: 3,
  smoothing: 0.5,
  delta: 10,
  side: -2,
  edgeExtra: 6,
  errorDelta: 18,
  errorSide: 6,
  requireWord: 1,
  wordAssociation: 20,
  onlyOnce: 1,
  soundExtra: 3,
  letterExtra: 6,
};

export interface RealWordVerdict {
  /** Alternatives (keys), best first. */
  alternatives: string[];
  delta: number;
  left: number;
  right: number;
  overwhelming: boolean;
}

/**
 * Is `word` between `prev` and `next` (keys; "" for a sentence edge) a slip for a syllable one edit away? Yes
 * when the written pairs are rare, and an alternative is seen more often with both neighbours by a margin.
 */
export function judgeRealWord(
  lexicon: Lexicon,
  prev: string,
  word: string,
  next: string,
  s: RealWordSettings = REAL_WORD_SETTINGS,
): RealWordVerdict | null {
  if (prev === EDGE && next === EDGE) return null;
  const p = lexicon.id(prev);
  const w = lexicon.id(word);
  const n = lexicon.id(next);
  if (isCommonBeside(lexicon, p, w, n, s)) return null;
  return judgeAlternatives(lexicon, prev, word, next, p, w, n, s);
}

/**
 * The first test of judgeRealWord, on lexicon ids: the written syllable is seen often enough with both
 * neighbours to be meant (most words stop here, before any alternative is looked at).
 */
export function isCommonBeside(lexicon: Lexicon, p: number, w: number, n: number, s: RealWordSettings): boolean {
  return lexicon.pairById(p, w) > s.maxSeen && lexicon.pairById(w, n) > s.maxSeen;
}

/** Lexicon ids of each syllable's alternatives (oneEditAway), per lexicon. */
const alternativeIds = new WeakMap<Lexicon, Map<string, Int32Array>>();

function idsOfAlternatives(lexicon: Lexicon, word: string, alternatives: readonly Alternative[]): Int32Array {
  let byWord = alternativeIds.get(lexicon);
  if (!byWord) alternativeIds.set(lexicon, (byWord = new Map()));
  let ids = byWord.get(word);
  if (!ids) {
    ids = Int32Array.from(alternatives, (a) => lexicon.id(a.key));
    if (byWord.size > 20_000) byWord.clear();
    byWord.set(word, ids);
  }
  return ids;
}

/** The rest of judgeRealWord, given the keys and their ids (p, w, n) when the first test did not settle it. */
export function judgeAlternatives(
  lexicon: Lexicon,
  prev: string,
  word: string,
  next: string,
  p: number,
  w: number,
  n: number,
  s: RealWordSettings,
): RealWordVerdict | null {
  if (prev === EDGE && next === EDGE) return null;
  const leftSeen = lexicon.pairById(p, w);
  const rightSeen = lexicon.pairById(w, n);
  if (leftSeen > s.maxSeen && rightSeen > s.maxSeen) return null;
  const needed = s.delta + (prev === EDGE || next === EDGE ? s.edgeExtra : 0);
  const k = s.smoothing;
  const scored: Array<{ key: string; delta: number; left: number; right: number; bar: number }> = [];
  const alternatives = oneEditAway(word);
  const ids = idsOfAlternatives(lexicon, word, alternatives);
  for (let j = 0; j < alternatives.length; j++) {
    const { key: alt, kind } = alternatives[j];
    const a = ids[j];
    if (a <= 0 || lexicon.countById(a) < s.minAlternative) continue;
    const leftAlt = lexicon.pairById(p, a);
    const rightAlt = lexicon.pairById(a, n);
    const left = Math.log((leftAlt + k) / (leftSeen + k));
    const right = Math.log((rightAlt + k) / (rightSeen + k));
    const extra = kind === 'mark' ? 0 : kind === 'sound' ? s.soundExtra : s.letterExtra;
    if (left < s.side || right < s.side || left + right < needed + extra) continue;
    // A slip inside a compound ("thực nhiện", "sử lý") is what the counts show well; a frequent function word
    // beside an everyday word the legal register lacks is not.
    const compound =
      (leftSeen <= s.maxSeen && lexicon.isWord(prev, alt, s.wordAssociation)) ||
      (rightSeen <= s.maxSeen && lexicon.isWord(alt, next, s.wordAssociation));
    if (s.requireWord && !compound) continue;
    scored.push({ key: alt, delta: left + right, left, right, bar: needed + extra - s.delta });
  }
  if (!scored.length) return null;
  scored.sort((x, y) => y.delta - x.delta || (x.key < y.key ? -1 : 1));
  const best = scored[0];
  return {
    alternatives: scored.map((x) => x.key),
    delta: best.delta,
    left: best.left,
    right: best.right,
    overwhelming: best.delta >= s.errorDelta + best.bar && Math.min(best.left, best.right) >= s.errorSide,
  };
}
