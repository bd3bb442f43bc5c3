import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { main } from './main';
import { listDir, pathKind, readFileBounded, writeFileMakingDir } from './nodeIO';
import { serveJobs, workerPool } from './pool';
import { msg } from './messages';
import { processFile, type JobSettings } from './processFile';

const fileIO = { readFile: (path: string) => readFileBounded(path), writeFile: writeFileMakingDir, env: process.env };

/** Where workers start: bin/thethuc.js when it loaded this bundle (with its code cache), else the bundle. */
const entry = (globalThis as { thethucEntry?: string }).thethucEntry ?? __filename;

if (!isMainThread && (workerData as { thethucWorker?: boolean })?.thethucWorker && parentPort) {
  serveJobs(parentPort, (workerData as { settings: JobSettings }).settings, (job, settings) =>
    processFile(job, settings, fileIO),
  );
} else if (isMainThread && process.env.THETHUC_BUILD_CACHE === '1') {
  void import('./buildCache')
    .then(({ buildCaches }) => buildCaches(__dirname, (line) => process.stderr.write(`${line}\n`)))
    .then((code) => {
      process.exitCode = code;
    });
} else {
  const cores = Number(process.env.THETHUC_JOBS) || availableParallelism();
  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    ...fileIO,
    pathKind,
    listDir,
    runJobs:
      cores > 1 && process.env.THETHUC_JOBS !== '1'
        ? workerPool(entry, (lang) => msg(lang, 'checkTooComplex'), cores)
        : undefined,
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
