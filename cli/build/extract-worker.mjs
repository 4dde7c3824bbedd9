// Worker thread of the extract step: takes report indices from the shared counter and posts each extraction back.
// Plain .mjs so that it can register the TypeScript hooks before it loads the TypeScript sources.
import { parentPort, workerData } from 'node:worker_threads';
import '../../bin/register-typescript.mjs';

const { extractReport } = await import('../../extract/index.ts');
const { reports, counter } = workerData;
for (let i = Atomics.add(counter, 0, 1); i < reports.length; i = Atomics.add(counter, 0, 1)) {
  let extraction;
  try {
    extraction = extractReport(reports[i]);
  } catch {
    extraction = undefined; // the main thread extracts it again and reports the error
  }
  parentPort.postMessage({ index: i, extraction });
}
