// Build step `ingest`: lists the corpus and reads each report; unreadable files are recorded and skipped.
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { docIdOf, listReports, readReport } from '../../extract/index.ts';
import { TupuError, isTupuError } from '../../common/errors.ts';
import type { BuildStep } from './types.ts';

export const ingestStep: BuildStep = {
  id: 'ingest',
  async run(ctx) {
    const { corpus, corpusLabel, maxBytes } = ctx.options;
    const files = await listReports(corpus);
    const sizes = await Promise.all(files.map((f) => fs.stat(f).then((s) => s.size, () => 0)));
    ctx.progress.start('read', sizes.reduce((a, b) => a + b, 0));
    for (const [i, file] of files.entries()) {
      const name = docIdOf(corpus, file);
      try {
        const report = await readReport(file, { maxBytes, doc: name });
        ctx.reports.push(report);
        ctx.inputs.push({ file: name, bytes: report.bytes, sha256: report.sha256, encoding: report.encoding, status: 'read' });
      } catch (err) {
        if (!(isTupuError(err) && err.code.startsWith('INPUT_'))) throw err;
        // Over-cap files are not read at all, not even to hash them.
        const sha256 = err.code === 'INPUT_TOO_LARGE' ? '' : await hashFile(file).catch(() => '');
        ctx.inputs.push({ file: name, bytes: sizes[i], sha256, status: 'skipped', reason: `${err.code}: ${err.message}` });
        ctx.progress.log(`tupu build: skipped ${name}: ${err.message} [${err.code}]`);
      }
      ctx.progress.tick(sizes[i], name);
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
