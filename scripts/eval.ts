/**
 * Measures the typo engine on Viwiki-Spelling (Tran, Dinh, Phan, Nguyen, "Hierarchical Transformer Encoders for
 * Vietnamese Spelling Correction", IEA/AIE 2021; CC BY 4.0): 106 Vietnamese Wikipedia documents with 1,520
 * human typos annotated by offset. Prints per rule precision and recall against the annotations and flags per
 * 1,000 words. Reads ../shared/eval beside the repository; never copies its text anywhere.
 *
 * Usage: npm run eval [-- --show-misses]   (--show-misses lists missed non-syllables and false alarms, for diagnosis)
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Finding } from '../src/core/finding';
import { createDocument } from '../src/core/model';
import { typoRules } from '../src/core/rules/typo';
import { runRules } from '../src/core/runner';
import { isSyllable } from '../src/core/vi/syllable';
import lexiconData from '../src/core/data/lexicon/lexicon.json';
import { decodeLexicon, setLexicon } from '../src/core/lexicon';
import { evalRealWord } from './eval-realword';

const DATA = join(__dirname, '..', '..', 'shared', 'eval', 'viwiki-spelling', 'spelling_test.jsonl');

interface Mistake {
  text: string;
  start_offset: string;
  suggest: string[];
}
interface Sample {
  text: string;
  mistakes: Mistake[];
}
interface Annotated {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  nonSyllable: boolean;
  hitBy: Set<string>;
}

/** An annotated typo "is a non-syllable" when our own validator rejects one of its alphabetic tokens. */
function annotatedIsNonSyllable(typo: string): boolean {
  return (typo.match(/[\p{L}\p{M}]+/gu) ?? []).some((t) => !isSyllable(t.normalize('NFC').toLowerCase()));
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');

function main(): void {
  if (!existsSync(DATA)) {
    console.log(`Viwiki-Spelling not found at ${DATA}; nothing to measure.`);
    return;
  }
  const showMisses = process.argv.includes('--show-misses');
  // --no-lexicon measures the engine as it runs before the lexicon is loaded.
  if (!process.argv.includes('--no-lexicon')) setLexicon(decodeLexicon(lexiconData.data));
  const samples: Sample[] = readFileSync(DATA, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  let words = 0;
  const all: Annotated[] = [];
  const perRule = new Map<string, { flags: number; hits: number; bySeverity: Record<string, [number, number]> }>();
  let errorFlags = 0;
  let errorHits = 0;
  const falseAlarms: string[] = [];
  const started = Date.now();

  for (const sample of samples) {
    const paragraphs = sample.text.split('\n');
    const starts: number[] = [];
    let offset = 0;
    for (const p of paragraphs) {
      starts.push(offset);
      offset += p.length + 1;
    }
    words += (sample.text.match(/[\p{L}\p{M}]+/gu) ?? []).length;
    const annotated: Annotated[] = sample.mistakes.map((m) => {
      const global = Number(m.start_offset);
      let paragraph = starts.length - 1;
      while (starts[paragraph] > global) paragraph--;
      const start = global - starts[paragraph];
      return {
        paragraph,
        start,
        end: start + m.text.length,
        text: m.text,
        nonSyllable: annotatedIsNonSyllable(m.text),
        hitBy: new Set(),
      };
    });
    all.push(...annotated);
    const findings: Finding[] = runRules(createDocument(paragraphs), typoRules);
    for (const f of findings) {
      const hit = annotated.filter(
        (a) => a.paragraph === f.paragraph && f.start < a.end && f.start + f.length > a.start,
      );
      hit.forEach((a) => a.hitBy.add(f.ruleId));
      const stats = perRule.get(f.ruleId) ?? { flags: 0, hits: 0, bySeverity: {} };
      stats.flags++;
      if (hit.length) stats.hits++;
      const sev = (stats.bySeverity[f.severity] ??= [0, 0]);
      sev[0]++;
      if (hit.length) sev[1]++;
      perRule.set(f.ruleId, stats);
      if (f.severity === 'error') {
        errorFlags++;
        if (hit.length) errorHits++;
        else if (showMisses) falseAlarms.push(`${f.ruleId}: ${f.text}`);
      }
    }
  }

  const nonSyllables = all.filter((a) => a.nonSyllable);
  console.log('Viwiki-Spelling (Tran, Dinh, Phan, Nguyen, IEA/AIE 2021, CC BY 4.0)');
  console.log(
    `${samples.length} documents, ${words} words, ${all.length} annotated typos, of which ${nonSyllables.length} are non-syllables`,
  );
  console.log(
    "(an annotated typo counts as a non-syllable when this engine's own syllable validator rejects one of its words)\n",
  );
  const rows = [...perRule.entries()].sort((a, b) => b[1].flags - a[1].flags);
  const header = ['rule', 'flags', 'per 1k words', 'precision', 'recall (all typos)', 'by severity: flags / precision'];
  const table = rows.map(([id, s]) => [
    id,
    String(s.flags),
    ((1000 * s.flags) / words).toFixed(2),
    pct(s.hits, s.flags),
    pct(all.filter((a) => a.hitBy.has(id)).length, all.length),
    Object.entries(s.bySeverity)
      .map(([sev, [n, h]]) => `${sev} ${n} / ${pct(h, n)}`)
      .join(', '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  table.forEach((r) => console.log(line(r)));
  const nsHit = nonSyllables.filter((a) => a.hitBy.has('non-syllable')).length;
  console.log(
    `\nnon-syllable recall on non-syllable typos: ${nsHit} / ${nonSyllables.length} = ${pct(nsHit, nonSyllables.length)}`,
  );
  const realWords = all.filter((a) => !a.nonSyllable);
  const rwHit = realWords.filter((a) => a.hitBy.has('real-word')).length;
  const rwAny = realWords.filter((a) => a.hitBy.size > 0).length;
  console.log(
    `real-word typos (${realWords.length}): found by real-word ${rwHit} = ${pct(rwHit, realWords.length)}, by any rule ${rwAny} = ${pct(rwAny, realWords.length)}`,
  );
  console.log(`error-severity findings: ${errorFlags}, precision ${pct(errorHits, errorFlags)}`);
  // The set annotates slips inside words; a doubled word is never annotated there, so every one counts as a miss.
  const dup = perRule.get('duplicated-word')?.bySeverity.error ?? [0, 0];
  console.log(
    `error-severity precision without duplicated-word (an error class the set does not annotate): ${pct(errorHits - dup[1], errorFlags - dup[0])} of ${errorFlags - dup[0]}`,
  );
  const anyHit = all.filter((a) => a.hitBy.size > 0).length;
  console.log(`typos found by any rule: ${anyHit} / ${all.length} = ${pct(anyHit, all.length)}`);
  console.log(`time: ${Date.now() - started} ms`);
  if (showMisses) {
    console.log(
      '\nmissed non-syllables:',
      nonSyllables
        .filter((a) => !a.hitBy.has('non-syllable'))
        .map((a) => a.text)
        .join(' | '),
    );
    console.log('\nerror-severity false alarms:', falseAlarms.join(' | '));
  }
  evalRealWord();
}

main();
