import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { JobRunner } from './main';
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

/**
 * Checks files on worker threads (one per core, at most one per file), each running this same script; a worker
 * takes the next file as soon as it finishes one, and the results are put back in input order.
 */
export function workerPool(script: string, cores = availableParallelism()): JobRunner {
  return (jobs, settings, onDone) =>
    new Promise((resolve, reject) => {
      const results = new Array<FileOutcome>(jobs.length);
      let next = 0;
      let finished = 0;
      const count = Math.max(1, Math.min(cores, jobs.length));
      const workers: Worker[] = [];
      const feed = (w: Worker) => {
        if (next < jobs.length) {
          const index = next++;
          w.postMessage({ index, job: jobs[index] } satisfies Request);
        }
      };
      for (let i = 0; i < count; i++) {
        const w = new Worker(script, { workerData: { thethucWorker: true, settings } });
        workers.push(w);
        w.on('message', ({ index, outcome }: Reply) => {
          results[index] = outcome;
          finished++;
          onDone(index);
          if (finished === jobs.length) {
            for (const x of workers) void x.terminate();
            resolve(results);
          } else feed(w);
        });
        w.on('error', (e) => {
          for (const x of workers) void x.terminate();
          reject(e);
        });
        feed(w);
      }
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
