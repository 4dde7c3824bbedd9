// Extraction on every core: the main thread and worker threads take reports from one shared counter.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractReport, type SourceReport } from '../../extract/index.ts';
import type { ReportExtraction } from '../../schema/index.ts';

/** Below this much text a worker's start-up (module loading, lexicons, jieba: 0.5-0.9 s of a core) costs about what it saves. */
export const PARALLEL_MIN_BYTES = 2_000_000;

const WORKER = new URL('./extract-worker.mjs', import.meta.url);

/**
 * How many worker threads to add to the main thread: $TUPU_EXTRACT_WORKERS when set (0 = none), else one per
 * further core, none for small corpora or a single report.
 */
export function extractWorkerCount(reports: readonly SourceReport[], env: NodeJS.ProcessEnv = process.env): number {
  const given = env.TUPU_EXTRACT_WORKERS;
  if (given !== undefined && given !== '') {
    const n = Number(given);
    return Number.isInteger(n) && n >= 0 ? Math.min(n, Math.max(0, reports.length - 1)) : 0;
  }
  const bytes = reports.reduce((sum, r) => sum + r.bytes, 0);
  if (bytes < PARALLEL_MIN_BYTES || reports.length < 2) return 0;
  return Math.max(0, Math.min(os.availableParallelism() - 1, reports.length - 1, 7));
}

/**
 * Every report's extraction, in report order. Reports are independent, so which thread extracted one does not
 * change its result. A report a worker could not extract (the worker failed to start, crashed or threw) is
 * extracted again by the main thread at the end, in order: an error is then thrown as without workers.
 */
export async function extractAll(
  reports: readonly SourceReport[],
  { workers, onDone }: { workers: number; onDone?: (report: SourceReport) => void },
): Promise<ReportExtraction[]> {
  const results: (ReportExtraction | undefined)[] = new Array(reports.length);
  const done = (i: number, x: ReportExtraction) => {
    results[i] = x;
    onDone?.(reports[i]);
  };
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const threads = Array.from({ length: workers }, () => startWorker(reports, counter, done));
  for (let i = Atomics.add(counter, 0, 1); i < reports.length; i = Atomics.add(counter, 0, 1)) {
    try {
      done(i, extractReport(reports[i]));
    } catch {
      // Extracted again below, in report order.
    }
    await new Promise(setImmediate); // lets the workers' results (and progress) in
  }
  await Promise.all(threads);
  for (let i = 0; i < reports.length; i++) if (results[i] === undefined) done(i, extractReport(reports[i]));
  return results as ReportExtraction[];
}

function startWorker(reports: readonly SourceReport[], counter: Int32Array, done: (i: number, x: ReportExtraction) => void): Promise<void> {
  return new Promise((resolve) => {
    // execArgv []: the worker registers the TypeScript hooks itself, whatever the parent was started with.
    const worker = new Worker(WORKER, { execArgv: [], workerData: { reports, counter } });
    worker.on('message', (m: { index: number; extraction?: ReportExtraction }) => {
      if (m.extraction) done(m.index, m.extraction);
    });
    worker.on('error', () => { /* its reports are extracted again by the main thread */ });
    worker.on('exit', () => resolve());
  });
}
