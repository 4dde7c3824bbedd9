// Build step `assemble`: resolves entities across reports into the one graph.
import { assembleGraph } from '../../graph/assemble/index.ts';
import { resolutionHints } from '../../extract/index.ts';
import type { BuildStep } from './types.ts';

export const assembleStep: BuildStep = {
  id: 'assemble',
  run(ctx) {
    const documents = ctx.extractions.map(({ doc, title, publisher, date }) => ({ doc, title, publisher, date }));
    ctx.graph = assembleGraph(ctx.extractions, documents, { builtAt: ctx.options.builtAt, toolVersion: ctx.options.toolVersion }, resolutionHints);
  },
};
