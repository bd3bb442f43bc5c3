/**
 * Starts the check worker. Its own module, loaded on demand: webpack turns this exact expression into a worker
 * chunk on our origin; Node and jsdom never load it (they have no Worker, and no `import.meta` in CommonJS).
 */
export function startCheckWorker(): Worker {
  return new Worker(new URL('./check.worker.ts', import.meta.url), { name: 'thethuc-check' });
}
