/**
 * CI guard on speed: runs the bench's small workloads (100 pages; no 1,000-page report, no peers) and fails when a
 * ratio to the floor worsens by more than 25 % against bench/baseline.json. Ratios, not milliseconds, so a slower
 * or busier machine does not fail it. `--update` writes the run as the new baseline (after an intended change).
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

async function main(): Promise<void> {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 9;
  const { floorMs, rows } = await runBench({ runs, small: true, peers: false });
  console.log(formatTable(floorMs, rows));
  const ratios = Object.fromEntries(rows.map((r) => [r.id, Number(r.ratio.toFixed(2))]));
  if (process.argv.includes('--update')) {
    const baseline: Baseline = {
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
      ratios,
    };
    writeFileSync(BASELINE, JSON.stringify(baseline, null, 2) + '\n');
    console.log(`\nBaseline written to ${BASELINE}.`);
    return;
  }
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline;
  const worse = Object.entries(baseline.ratios).filter(([id, before]) => {
    const now = ratios[id];
    return now === undefined || now > before * TOLERANCE;
  });
  console.log(
    `\nAgainst bench/baseline.json (${baseline.machine}), tolerance +${Math.round((TOLERANCE - 1) * 100)} %:`,
  );
  for (const [id, before] of Object.entries(baseline.ratios)) {
    const now = ratios[id];
    console.log(
      `  ${id.padEnd(10)} ${before.toFixed(2).padStart(7)}× → ${now === undefined ? 'missing' : `${now.toFixed(2)}×`}`,
    );
  }
  if (worse.length) {
    console.error(`\nSlower than the baseline allows: ${worse.map(([id]) => id).join(', ')}.`);
    process.exitCode = 1;
  }
}

main();
