/**
 * Builds src/core/data/lexicon/lexicon.json: syllable unigram and bigram counts from the legal-text corpus in
 * ../shared/corpus (gzipped JSONL, streamed). Only counts are written, never text. Deterministic: the same
 * corpus gives the same bytes.
 *
 * Usage: npm run build:lexicon [-- --corpus DIR --min-syllable 2 --min-pair 1]
 */
import { createReadStream, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { createInterface } from 'readline';
import { createGunzip } from 'zlib';
import { encodeTables } from '../src/core/lexicon/format';
import { lexiconKeys } from '../src/core/lexicon/sentences';
import { tokenize } from '../src/core/vi/tokenize';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const CORPUS = arg('corpus', join(__dirname, '..', '..', 'shared', 'corpus'));
/** A syllable seen once is as often a slip in the corpus as a rare word: dropped. */
const MIN_SYLLABLE = Number(arg('min-syllable', '2'));
/** Pairs seen fewer times are dropped (1 keeps every pair: a rare real pair must not look unseen). */
const MIN_PAIR = Number(arg('min-pair', '1'));
const OUT = join(__dirname, '..', 'src', 'core', 'data', 'lexicon', 'lexicon.json');
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

async function main(): Promise<void> {
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort();
  const unigrams = new Map<string, number>();
  const surface = new Map<string, Map<string, number>>();
  const pairs = new Map<string, number>();
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  let documents = 0;
  let tokens = 0;
  let sentences = 0;
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(join(CORPUS, file)).pipe(createGunzip()) });
    for await (const line of lines) {
      if (!line.trim()) continue;
      documents++;
      const text: string = JSON.parse(line).text;
      for (const raw of text.split('\n')) {
        const paragraph = raw.normalize('NFC').replace(INVISIBLE, '');
        const words = tokenize(paragraph);
        const { keys, joined } = lexiconKeys(paragraph, words);
        let prev = '';
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          if (prev && (!key || !joined[i])) {
            bump(pairs, `${prev}\t`);
            prev = '';
          }
          if (!key) continue;
          tokens++;
          bump(unigrams, key);
          const forms = surface.get(key) ?? new Map<string, number>();
          bump(forms, words[i].key);
          surface.set(key, forms);
          if (!prev) sentences++;
          bump(pairs, `${prev}\t${key}`);
          prev = key;
        }
        if (prev) bump(pairs, `${prev}\t`);
      }
    }
  }

  const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  const kept = [...unigrams.entries()].filter(([, c]) => c >= MIN_SYLLABLE).sort(byCount);
  const id = new Map<string, number>([['', 0]]);
  kept.forEach(([k], i) => id.set(k, i + 1));
  const forms = ['', ...kept.map(([k]) => [...surface.get(k)!.entries()].sort(byCount)[0][0])];
  const counts = [sentences, ...kept.map(([, c]) => c)];
  const followers: Array<Array<[number, number]>> = forms.map(() => []);
  let bigrams = 0;
  for (const [pair, c] of pairs) {
    if (c < MIN_PAIR) continue;
    const [a, b] = pair.split('\t');
    const ia = id.get(a);
    const ib = id.get(b);
    if (ia === undefined || ib === undefined) continue;
    followers[ia].push([ib, c]);
    bigrams++;
  }
  for (const row of followers) row.sort((x, y) => x[0] - y[0]);
  const data = encodeTables({ forms, counts, followers });
  const out = {
    format: 'VLX1 deflate base64: syllables by frequency, counts, gap-coded follower ids with counts (varints)',
    source:
      'Syllable counts from ../shared/corpus: Bộ Pháp điển (diepxuan/diepxuan.github.io, MIT) and dvhcvn/20250701 (MIT); counts only, no text',
    corpusFiles: files.join(', '),
    documents,
    syllablesCounted: tokens,
    sentences,
    pruning: {
      minSyllable: MIN_SYLLABLE,
      minPair: MIN_PAIR,
      distinctSyllables: unigrams.size,
      distinctPairs: pairs.size,
    },
    syllables: kept.length,
    bigrams,
    data,
  };
  writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
  console.log(
    `${documents} documents, ${tokens} syllables, ${sentences} sentences; kept ${kept.length} of ${unigrams.size} syllables, ${bigrams} of ${pairs.size} pairs; data ${data.length} base64 characters → ${OUT}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
