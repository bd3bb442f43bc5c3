// Imported dynamically so worker_threads loads only in a worker or a parallel run. A dynamic import of the
// built-in itself would stay a real import() in the bundle, which bin/thethuc.js's vm.Script cannot run.
export { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
