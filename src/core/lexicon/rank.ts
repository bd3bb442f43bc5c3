import { syllableKey } from '../vi/syllable';
import type { Lexicon } from './lexicon';

/**
 * Orders candidate syllables by how well each fits between `prev` and `next` (keys; "" for a sentence edge):
 * the pair counts on both sides first, the syllable's own frequency as a tie-breaker. Stable for equal scores,
 * so without evidence the candidates keep their order.
 */
export function rankByContext(lexicon: Lexicon, candidates: readonly string[], prev: string, next: string): string[] {
  const score = (c: string) => {
    const k = syllableKey(c);
    return (
      Math.log(lexicon.pair(prev, k) + 0.5) +
      Math.log(lexicon.pair(k, next) + 0.5) +
      0.1 * Math.log(lexicon.count(k) + 1)
    );
  };
  return candidates
    .map((c, i) => ({ c, i, s: score(c) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
}
