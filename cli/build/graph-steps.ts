// Build steps of the graph stage: curation → analytics → layout (before validate), exports → store (after write).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphJson } from '../../schema/index.ts';
import { assignAnalytics } from '../../graph/analytics/index.ts';
import { applyCuration, loadCuration } from '../../graph/curation/index.ts';
import { parseGraphJson, toGraphJson, toGraphology, type TupuGraph } from '../../graph/export/graph-json.ts';
import { writeExports } from '../../graph/export/formats.ts';
import { assignLayouts } from '../../graph/layout/index.ts';
import { KuzuStore, KUZU_FILE } from '../../graph/stores/kuzu.ts';
import type { BuildContext, BuildStep } from './types.ts';

/** The graphology graph behind `ctx.graph`, converted once and kept in step with it. */
const mirrors = new WeakMap<GraphJson, TupuGraph>();
function graphOf(ctx: BuildContext): TupuGraph {
  const json = ctx.graph!;
  let g = mirrors.get(json);
  if (!g) { g = toGraphology(parseGraphJson(json)); mirrors.set(json, g); }
  return g;
}
function commit(ctx: BuildContext, g: TupuGraph): void {
  ctx.graph = toGraphJson(g);
  mirrors.set(ctx.graph, g);
}

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `--curation FILE` when the build command passes it, else $TUPU_CURATION, ./data/curation.yaml, the package's. */
export function curationFile(ctx: BuildContext): string | undefined {
  const given = ctx.options.curation ?? process.env.TUPU_CURATION;
  if (given) return path.resolve(given);
  return [path.resolve('data/curation.yaml'), path.join(PACKAGE_ROOT, 'data/curation.yaml')].find((f) => existsSync(f));
}

export const curationStep: BuildStep = {
  id: 'curation',
  run(ctx) {
    const file = curationFile(ctx);
    const rules = file ? loadCuration(file) : [];
    const { graph, report } = applyCuration(graphOf(ctx), rules, file);
    for (const r of report.rules.filter((x) => x.status !== 'applied')) ctx.progress.log(`tupu build: curation rule at ${file}:${r.line} (${r.kind}) ${r.status}: ${r.effect}`);
    commit(ctx, graph);
    ctx.stages.curation = report;
  },
};

export const analyticsStep: BuildStep = {
  id: 'analytics',
  run(ctx) {
    const g = graphOf(ctx);
    ctx.stages.analytics = { timingsMs: assignAnalytics(g) };
    commit(ctx, g);
  },
};

export const layoutStep: BuildStep = {
  id: 'layout',
  run(ctx) {
    const g = graphOf(ctx);
    ctx.stages.layout = { timingsMs: assignLayouts(g) };
    commit(ctx, g);
  },
};

/** graph.json is the write step's; this step adds the other formats. */
export const exportsStep: BuildStep = {
  id: 'exports',
  async run(ctx) {
    const reports = await writeExports(graphOf(ctx), ctx.options.out, ['gexf', 'graphml', 'neo4j', 'cypher']);
    for (const r of reports) ctx.outputs[r.format] = path.join(ctx.options.out, r.format === 'neo4j' ? 'neo4j' : r.files[0].path);
    ctx.stages.exports = reports;
  },
};

export const storeStep: BuildStep = {
  id: 'store',
  async run(ctx) {
    const store = new KuzuStore(path.join(ctx.options.out, KUZU_FILE));
    try {
      ctx.stages.store = await store.load(graphOf(ctx));
      ctx.outputs.store = store.file;
    } finally {
      await store.close();
    }
  },
};
