// Build step `ingest`: lists the corpus and reads each report; unreadable files are recorded and skipped.
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { docIdOf, listReports, readReport, type SourceReport } from '../../extract/index.ts';
import { TupuError, isTupuError } from '../../common/errors.ts';
import type { InputFile } from '../../schema/index.ts';
import type { BuildStep } from './types.ts';

/** Files read at once: reading overlaps decoding and hashing; results are still taken in file order. */
const READ_AHEAD = 8;

type Outcome = { report: SourceReport } | { skipped: InputFile; message: string };

export const ingestStep: BuildStep = {
  id: 'ingest',
  async run(ctx) {
    const { corpus, corpusLabel, maxBytes } = ctx.options;
    const files = await listReports(corpus);
    const sizes = await Promise.all(files.map((f) => fs.stat(f).then((s) => s.size, () => 0)));
    ctx.progress.start('read', sizes.reduce((a, b) => a + b, 0));
    const read = async (i: number): Promise<Outcome> => {
      const name = docIdOf(corpus, files[i]);
      try {
        return { report: await readReport(files[i], { maxBytes, doc: name }) };
      } catch (err) {
        if (!(isTupuError(err) && err.code.startsWith('INPUT_'))) throw err;
        // Over-cap files are not read at all, not even to hash them.
        const sha256 = err.code === 'INPUT_TOO_LARGE' ? '' : await hashFile(files[i]).catch(() => '');
        return {
          skipped: { file: name, bytes: sizes[i], sha256, status: 'skipped', reason: `${err.code}: ${err.message}` },
          message: `tupu build: skipped ${name}: ${err.message} [${err.code}]`,
        };
      }
    };
    const pending: Promise<Outcome>[] = [];
    for (let i = 0; i < files.length; i++) {
      for (let k = pending.length; k < Math.min(files.length, i + READ_AHEAD); k++) {
        const outcome = read(k);
        outcome.catch(() => { /* awaited in order below; until then, not an unhandled rejection */ });
        pending.push(outcome);
      }
      const outcome = await pending[i];
      if ('report' in outcome) {
        const { report } = outcome;
        ctx.reports.push(report);
        ctx.inputs.push({ file: report.doc, bytes: report.bytes, sha256: report.sha256, encoding: report.encoding, status: 'read' });
      } else {
        ctx.inputs.push(outcome.skipped);
        ctx.progress.log(outcome.message);
      }
      ctx.progress.tick(sizes[i], docIdOf(corpus, files[i]));
    }
    ctx.progress.done();
    if (ctx.reports.length === 0) {
      throw new TupuError('NO_REPORTS', `none of the ${files.length} files in corpus ${corpusLabel} could be read (reasons above)`);
    }
  },
};

function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
