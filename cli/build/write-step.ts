// Build step `write`: graph.json and extraction.jsonl, each replaced atomically.
import path from 'node:path';
import { writeFileAtomic } from '../../common/atomic-write.ts';
import { TupuError } from '../../common/errors.ts';
import type { ExtractionRecord, ReportExtraction } from '../../schema/index.ts';
import type { BuildStep } from './types.ts';

export const writeStep: BuildStep = {
  id: 'write',
  async run(ctx) {
    if (!ctx.graph) throw new TupuError('INTERNAL', 'write: no graph was assembled');
    const graphFile = path.join(ctx.options.out, 'graph.json');
    const extractionFile = path.join(ctx.options.out, 'extraction.jsonl');
    const graphText = `${JSON.stringify(ctx.graph)}\n`;
    const extractionText = extractionLines(ctx.extractions);
    await writeFileAtomic(graphFile, graphText);
    await writeFileAtomic(extractionFile, extractionText);
    ctx.outputs.graph = graphFile;
    ctx.outputs.extraction = extractionFile;
  },
};

/** One ExtractionRecord a line: each report's mentions, then relation candidates, then placements. */
function extractionLines(extractions: readonly ReportExtraction[]): string {
  const lines: string[] = [];
  const push = (record: ExtractionRecord) => lines.push(JSON.stringify(record));
  for (const e of extractions) {
    e.mentions.forEach(push);
    e.relations.forEach(push);
    e.placements.forEach(push);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
