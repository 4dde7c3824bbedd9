// Build step `extract`: runs the extraction stage over every report that was read, on every core for large corpora.
import { extractAll, extractWorkerCount } from './extract-pool.ts';
import type { BuildStep } from './types.ts';

export const extractStep: BuildStep = {
  id: 'extract',
  async run(ctx) {
    ctx.progress.start('extract', ctx.reports.reduce((sum, r) => sum + r.bytes, 0));
    const workers = extractWorkerCount(ctx.reports);
    ctx.extractions.push(...await extractAll(ctx.reports, { workers, onDone: (r) => ctx.progress.tick(r.bytes, r.doc) }));
    ctx.progress.done();
  },
};
