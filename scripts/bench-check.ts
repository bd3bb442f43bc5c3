/**
 * CI guard on speed: runs the bench's small workloads (100 pages; no 1,000-page report, no peers) and fails when a
 * ratio to the floor worsens by more than 25 % against bench/baseline.json. Ratios, not milliseconds, so a slower
 * or busier machine does not fail it; a workload that looks slower is measured again (up to three attempts, best
 * ratio kept). `--update` writes the run as the new baseline (after an intended change).
 *
 * Usage: npm run bench:check [-- --update] [-- --runs 9]
 */
import { readFileSync, writeFileSync } from 'fs';
import { cpus } from 'os';
import { join } from 'path';
import { formatTable, runBench } from './bench';

const BASELINE = join(__dirname, '..', 'bench', 'baseline.json');
/** A ratio may grow this much before the check fails. */
const TOLERANCE = 1.25;

interface Baseline {
  machine: string;
  ratios: Record<string, number>;
}

/** Attempts before a slower ratio counts: a busy moment on a shared machine inflates one run, not three. */
const ATTEMPTS = 3;

async function main(): Promise<void> {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 9;
  const update = process.argv.includes('--update');
  const baseline = update ? null : (JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline);
  // Best ratio per workload over the attempts made (one attempt when nothing is slower than allowed).
  const best: Record<string, number> = {};
  const slower = () =>
    Object.entries(baseline?.ratios ?? {}).filter(([id, before]) => !(id in best) || best[id] > before * TOLERANCE);
  for (let attempt = 1; attempt <= (update ? 1 : ATTEMPTS); attempt++) {
    const { floorMs, rows } = await runBench({ runs, small: true, peers: false });
    console.log(`${attempt > 1 ? `\nAttempt ${attempt}:\n` : ''}${formatTable(floorMs, rows)}`);
    for (const r of rows) best[r.id] = Math.min(best[r.id] ?? Infinity, Number(r.ratio.toFixed(2)));
    if (slower().length === 0) break;
  }
  if (update || !baseline) {
    const written: Baseline = {
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
      ratios: best,
    };
    writeFileSync(BASELINE, JSON.stringify(written, null, 2) + '\n');
    console.log(`\nBaseline written to ${BASELINE}.`);
    return;
  }
  console.log(
    `\nAgainst bench/baseline.json (${baseline.machine}), tolerance +${Math.round((TOLERANCE - 1) * 100)} %:`,
  );
  for (const [id, before] of Object.entries(baseline.ratios)) {
    const now = best[id];
    console.log(
      `  ${id.padEnd(10)} ${before.toFixed(2).padStart(7)}× → ${now === undefined ? 'missing' : `${now.toFixed(2)}×`}`,
    );
  }
  const worse = slower();
  if (worse.length) {
    console.error(`\nSlower than the baseline allows: ${worse.map(([id]) => id).join(', ')}.`);
    process.exitCode = 1;
  }
}

main();
