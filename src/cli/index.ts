import { availableParallelism } from 'node:os';
import { main, WORKER_ARG, type JobRunner } from './main';
import { listDir, pathKind, readFileBounded, writeFileMakingDir } from './nodeIO';
import { msg } from './messages';
import { processFile, type JobSettings } from './processFile';

const fileIO = { readFile: (path: string) => readFileBounded(path), writeFile: writeFileMakingDir, env: process.env };

/** Where workers start: bin/thethuc.js when it loaded this bundle (with its code cache), else the bundle. */
const entry = (globalThis as { thethucEntry?: string }).thethucEntry ?? __filename;

// worker_threads is loaded only where it is used (a worker, or a run with enough files): ~8 ms of start-up.
if (process.argv.includes(WORKER_ARG)) void serveWorker();
else if (process.env.THETHUC_BUILD_CACHE === '1') {
  void import('./buildCache')
    .then(({ buildCaches }) => buildCaches(__dirname, (line) => process.stderr.write(`${line}\n`)))
    .then((code) => {
      process.exitCode = code;
    });
} else runMain();

function runMain(): void {
  const cores = Number(process.env.THETHUC_JOBS) || availableParallelism();
  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    ...fileIO,
    pathKind,
    listDir,
    runJobs: cores > 1 && process.env.THETHUC_JOBS !== '1' ? lazyPool(cores) : undefined,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug, not a user's mistake: one line, the details only when asked for.
      const detail = process.env.THETHUC_DEBUG ? `\n${e instanceof Error ? e.stack : String(e)}` : '';
      process.stderr.write(`thethuc: lỗi nội bộ / internal error${detail}\n`);
      process.exitCode = 2;
    },
  );
}

async function serveWorker(): Promise<void> {
  const { isMainThread, parentPort, workerData } = await import('./threads');
  // Someone typed the flag: an ordinary run.
  if (isMainThread || !(workerData as { thethucWorker?: boolean })?.thethucWorker || !parentPort) return runMain();
  const { serveJobs } = await import('./pool');
  serveJobs(parentPort, (workerData as { settings: JobSettings }).settings, (job, settings) =>
    processFile(job, settings, fileIO),
  );
}

function lazyPool(cores: number): JobRunner {
  return async (jobs, settings, onDone) => {
    const { workerPool } = await import('./pool');
    return workerPool(entry, (lang) => msg(lang, 'checkTooComplex'), cores)(jobs, settings, onDone);
  };
}
