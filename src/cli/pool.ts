import { availableParallelism } from 'node:os';
import { Worker } from './threads';
import { WORKER_ARG, type JobRunner } from './main';
import type { FileOutcome } from './output';
import type { FileJob, JobSettings } from './processFile';

interface Request {
  index: number;
  job: FileJob;
}
interface Reply {
  index: number;
  outcome: FileOutcome;
}

/** Heap per worker: a document that needs more fails alone instead of taking the whole run down. */
const WORKER_HEAP_MB = 1024;

/**
 * Checks files on worker threads (one per core, at most one per file), each running this same script; a worker
 * takes the next file as soon as it finishes one, and the results are put back in input order. A worker that dies
 * (out of memory, a crash) costs only the file it was on, which gets `failed` as its reason; a new worker goes on.
 */
export function workerPool(
  script: string,
  failed: (lang: JobSettings['lang']) => string,
  cores = availableParallelism(),
): JobRunner {
  return (jobs, settings, onDone) =>
    new Promise((resolve) => {
      const results = new Array<FileOutcome>(jobs.length);
      let next = 0;
      let finished = 0;
      const live = new Set<Worker>();
      const finish = (index: number, outcome: FileOutcome) => {
        results[index] = outcome;
        finished++;
        onDone(index);
        if (finished === jobs.length) {
          for (const w of live) void w.terminate();
          resolve(results);
        }
      };
      const start = () => {
        if (next >= jobs.length) return;
        const w = new Worker(script, {
          workerData: { thethucWorker: true, settings },
          argv: [WORKER_ARG],
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        });
        live.add(w);
        let current = -1;
        const feed = () => {
          if (next < jobs.length) {
            current = next++;
            w.postMessage({ index: current, job: jobs[current] } satisfies Request);
          } else {
            current = -1;
            live.delete(w);
            void w.terminate();
          }
        };
        w.on('message', ({ index, outcome }: Reply) => {
          current = -1;
          finish(index, outcome);
          feed();
        });
        const lost = () => {
          if (!live.delete(w)) return;
          if (current >= 0) {
            const index = current;
            current = -1;
            finish(index, { path: jobs[index].path, error: failed(settings.lang) });
          }
          start();
        };
        w.on('error', lost);
        w.on('exit', lost);
        feed();
      };
      const count = Math.max(1, Math.min(cores, jobs.length));
      for (let i = 0; i < count; i++) start();
    });
}

/** The worker side: check each file it is sent with the run's settings and send the outcome back. */
export function serveJobs(
  port: { on(event: 'message', f: (r: Request) => void): void; postMessage(r: Reply): void },
  settings: JobSettings,
  process: (job: FileJob, settings: JobSettings) => Promise<FileOutcome>,
): void {
  port.on('message', ({ index, job }) => {
    void process(job, settings).then((outcome) => port.postMessage({ index, outcome }));
  });
}
