/**
 * Speed of the checker, as ratios to a floor measured in the same run: one pass of /[\p{L}\p{M}]+/gu over the
 * whole text of the same document. Workloads (medians of repeated runs, interleaved with the floor):
 * the typo rules and every rule on a ~100-page report; every rule on a ~1,000-page report (linear: ≤ 11× the
 * 100-page time; peak memory); a re-check (recheckDocument) after editing one paragraph (≤ 2 ms); and
 * the peers (retext, retext-spell + dictionary-vi, nspell; see bench-peers.ts) on the same text.
 *
 * Usage: npm run bench [-- --runs 15] [-- --small] [-- --json out.json]
 *   --small: only the 100-page workloads (what bench:check compares with bench/baseline.json).
 */
import { spawnSync } from 'child_process';
import { writeFileSync } from 'fs';
import { cpus } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { checkDocument, recheckDocument } from '../src/core/check';
import lexiconData from '../src/core/data/lexicon/lexicon.json';
import { decodeLexicon, setLexicon } from '../src/core/lexicon';
import type { DocumentModel } from '../src/core/model';
import { allRules } from '../src/core/rules';
import { presentationRules } from '../src/core/rules/presentation';
import { typoRules } from '../src/core/rules/typo';
import { runRules } from '../src/core/runner';
import { buildReport, joinedText } from './bench-report';
import { loadPeers, peerVersions } from './bench-peers';

export interface Row {
  id: string;
  label: string;
  medianMs: number;
  /** Median of this workload over the median of the floor on the same document. */
  ratio: number;
  runs: number;
  target?: string;
}

/** The same report as a .docx would read: fonts, paragraph layout, one A4 section, every capability. */
function withPresentation(doc: DocumentModel): DocumentModel {
  return {
    ...doc,
    paragraphs: doc.paragraphs.map((p) => ({
      ...p,
      font: { name: 'Times New Roman', size: 14, bold: false, italic: false, underline: false, color: '#000000' },
      runs: [
        {
          start: 0,
          length: p.text.length,
          font: { name: 'Times New Roman', size: 14, bold: false, italic: false, underline: false },
        },
      ],
      alignment: 'justified',
      format: {
        firstLineIndentMm: 10,
        leftIndentMm: 0,
        rightIndentMm: 0,
        spaceBeforePt: 6,
        spaceAfterPt: 0,
        lineSpacing: { rule: 'multiple', value: 1 },
      },
    })),
    sections: [
      {
        firstParagraph: 0,
        paperWidthMm: 210,
        paperHeightMm: 297,
        orientation: 'portrait',
        marginTopMm: 20,
        marginBottomMm: 20,
        marginLeftMm: 30,
        marginRightMm: 15,
        pageNumbers: { present: true, place: 'header', alignment: 'centered', hiddenOnFirstPage: true },
      },
    ],
    capabilities: { fonts: true, paragraphFormat: true, pageSetup: true, pageNumbers: true },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** The floor: one Unicode regex pass over the whole joined text. */
function regexPass(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) n += m[0].length > 0 ? 1 : 0;
  return n;
}

/** Times each workload `runs` times, each run beside a floor pass, after one warm-up. */
function measure(
  text: string,
  runs: number,
  workloads: Array<{ id: string; label: string; run: (i: number) => unknown; target?: string }>,
): { floorMs: number; rows: Row[] } {
  regexPass(text);
  for (const w of workloads) w.run(-1); // warm-up: JIT and caches, as in a task pane that re-checks
  const floor: number[] = [];
  const times = workloads.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    floor.push(time(() => regexPass(text)));
    workloads.forEach((w, k) => times[k].push(time(() => w.run(i))));
  }
  const floorMs = median(floor);
  const rows = workloads.map((w, k) => ({
    id: w.id,
    label: w.label,
    medianMs: median(times[k]),
    ratio: median(times[k]) / floorMs,
    runs,
    ...(w.target ? { target: w.target } : {}),
  }));
  return { floorMs, rows };
}

/** The document with paragraph `index` edited as a writer would: one word changed. */
function edited(doc: DocumentModel, index: number, run: number): DocumentModel {
  const paragraphs = doc.paragraphs.slice();
  const p = paragraphs[index];
  paragraphs[index] = { ...p, text: p.text.replace(/\p{L}+/u, (w) => (run % 2 ? w : `${w} mới`)) };
  return { ...doc, paragraphs };
}

/**
 * Re-check after an edit, as the task pane does: `recheckDocument` from the last result (paragraph rules on the
 * edited paragraph and its neighbours, document rules over the analyses kept with the result), told which
 * paragraphs changed (the one edited now and the one edited before, which the next run restores).
 */
function recheckWorkload(doc: DocumentModel) {
  let result = checkDocument(doc);
  let last = -1;
  const body = doc.paragraphs.map((p, i) => (p.text.length > 100 ? i : -1)).filter((i) => i >= 0);
  return (run: number) => {
    const index = body[(run + body.length * 7) % body.length];
    const changed = last >= 0 && last !== index ? [last, index] : [index];
    result = recheckDocument(result, edited(doc, index, run), {}, allRules, { changed });
    last = index;
    return result;
  };
}

export async function runBench(options: { runs: number; small: boolean; peers: boolean }): Promise<{
  floorMs: number;
  rows: Row[];
  notes: string[];
}> {
  const notes: string[] = [];
  const report = buildReport(100);
  const { doc } = report;
  const text = joinedText(doc);
  const formatted = withPresentation(doc);
  const withoutPresentation = allRules.filter((r) => !presentationRules.includes(r));
  notes.push(
    `Document: ${doc.paragraphs.length} paragraphs, ${report.words} words, ${report.chars} characters (${report.fromSeeds ? 'seed text' : 'built-in sentences'})`,
  );
  const workloads: Array<{ id: string; label: string; run: (i: number) => unknown; target?: string }> = [
    { id: 'typo', label: 'typo rules, 100 pages', run: () => runRules(doc, typoRules) },
    { id: 'all', label: 'all rules, 100 pages', run: () => checkDocument(doc), target: '≤ 6× (aim 4×)' },
    {
      id: 'allLexicon',
      label: 'all rules + lexicon, 100 pages',
      run: () => withLexicon(() => checkDocument(doc)),
      target: '≤ 6× (aim 4×)',
    },
    { id: 'recheck', label: 're-check one edited paragraph', run: recheckWorkload(doc), target: '≤ 2 ms' },
    // Presentation rules on the report as a .docx reads (fonts, layout, page setup), with and without them.
    { id: 'formatted', label: 'all rules, formatted 100 pages', run: () => checkDocument(formatted) },
    {
      id: 'formattedBare',
      label: '… without presentation rules',
      run: () => checkDocument(formatted, {}, withoutPresentation),
    },
  ];
  if (options.peers) {
    const { peers, missing } = await loadPeers();
    if (missing)
      notes.push(`Peers skipped (${missing}); install them and set BENCH_PEERS (see scripts/bench-peers.ts).`);
    else notes.push(`Peers: ${peerVersions().join(', ')}`);
    for (const [k, peer] of peers.entries())
      workloads.push({ id: `peer${k}`, label: peer.label, run: () => peer.run(text) });
  }
  const { floorMs, rows } = measure(text, options.runs, workloads);
  const formattedRow = rows.find((r) => r.id === 'formatted')!;
  const bare = rows.find((r) => r.id === 'formattedBare')!;
  formattedRow.target = `presentation adds ${(100 * (formattedRow.medianMs / bare.medianMs - 1)).toFixed(1)} % (≤ 10 %)`;

  if (!options.small) {
    const big = buildReport(1000);
    const bigText = joinedText(big.doc);
    const bigRuns = Math.max(3, Math.round(options.runs / 5));
    const result = measure(bigText, bigRuns, [
      { id: 'all1000', label: 'all rules, 1,000 pages', run: () => checkDocument(big.doc) },
    ]);
    const allMs = rows.find((r) => r.id === 'all')!.medianMs;
    const row = result.rows[0];
    rows.push({ ...row, target: `${(row.medianMs / allMs).toFixed(1)}× the 100-page time (≤ 11×)` });
    notes.push(
      `1,000 pages: ${big.doc.paragraphs.length} paragraphs, ${big.words} words; floor ${result.floorMs.toFixed(1)} ms`,
    );
    notes.push(heapNote());
  }
  return { floorMs, rows, notes };
}

const lexicon = decodeLexicon(lexiconData.data);

/** Runs with the lexicon installed (as the CLI and the pane do once it has loaded), then removes it. */
function withLexicon<T>(run: () => T): T {
  setLexicon(lexicon);
  try {
    return run();
  } finally {
    setLexicon(null);
  }
}

/** One check of the 1,000-page report in a child process whose heap is capped at 200 MB (see bench-heap.ts). */
function heapNote(): string {
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=200', '--import', 'tsx', join(__dirname, 'bench-heap.ts')],
    { encoding: 'utf8', cwd: join(__dirname, '..') },
  );
  if (child.status !== 0)
    return `Memory: the 1,000-page check did NOT finish with a 200 MB heap (exit ${child.status}).`;
  const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as { heapTotalMb: number; maxRssMb: number };
  return `Memory: the 1,000-page check finishes with the heap capped at 200 MB (target met); heap held after it ${r.heapTotalMb.toFixed(0)} MB, peak resident ${r.maxRssMb.toFixed(0)} MB`;
}

export function formatTable(floorMs: number, rows: Row[]): string {
  const lines = [
    `floor: one /[\\p{L}\\p{M}]+/gu pass over the 100-page text: ${floorMs.toFixed(2)} ms (median)`,
    '',
    'workload                          median ms     ratio   runs   target',
    '--------------------------------  ---------   -------   ----   ------',
  ];
  for (const r of rows) {
    lines.push(
      `${r.label.padEnd(32)}  ${r.medianMs.toFixed(2).padStart(9)}   ${r.ratio.toFixed(2).padStart(6)}×   ${String(r.runs).padStart(4)}   ${r.target ?? ''}`,
    );
  }
  return lines.join('\n');
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const small = process.argv.includes('--small');
  const runs = Number(arg('--runs') ?? 15);
  const { floorMs, rows, notes } = await runBench({ runs, small, peers: true });
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
  notes.forEach((n) => console.log(n));
  console.log(`\n${formatTable(floorMs, rows)}`);
  const json = arg('--json');
  if (json) writeFileSync(json, JSON.stringify({ floorMs, rows }, null, 2) + '\n');
}

if (require.main === module) main();
