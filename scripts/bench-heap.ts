/**
 * Memory of one check of the 1,000-page report, in a process of its own (no peers, no other documents around):
 * bench.ts runs it under --max-old-space-size=200, so finishing at all shows the check fits the 200 MB heap target.
 * Prints JSON: the heap V8 held after the check, its peak resident memory, and the check's time.
 */
import { getHeapStatistics } from 'v8';
import { checkDocument } from '../src/core/check';
import { buildReport } from './bench-report';

const { doc } = buildReport(1000);
const start = performance.now();
checkDocument(doc);
const ms = performance.now() - start;
const heap = getHeapStatistics();
console.log(
  JSON.stringify({
    ms,
    heapTotalMb: heap.total_heap_size / 2 ** 20,
    heapLimitMb: heap.heap_size_limit / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
