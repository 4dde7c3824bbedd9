// Build step `extract`: runs the extraction stage over every report that was read.
import { extractReport } from '../../extract/index.ts';
import type { BuildStep } from './types.ts';

export const extractStep: BuildStep = {
  id: 'extract',
  run(ctx) {
    ctx.progress.start('extract', ctx.reports.reduce((sum, r) => sum + r.bytes, 0));
    for (const report of ctx.reports) {
      ctx.extractions.push(extractReport(report));
      ctx.progress.tick(report.bytes, report.doc);
    }
    ctx.progress.done();
  },
};
