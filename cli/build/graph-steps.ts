// Build steps of the graph stage: curation → analytics → layout (before validate), exports → store (after write).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphJson } from '../../schema/index.ts';
import { assignAnalytics } from '../../graph/analytics/index.ts';
import { applyCuration, curationReport, loadCuration } from '../../graph/curation/index.ts';
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
    // No rules (the shipped file has none): nothing to apply, no need to copy the graph.
    if (rules.length === 0) {
      ctx.stages.curation = curationReport([], file);
      return;
    }
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

/**
 * The kuzu load, started by the exports step and awaited by the store step: its COPY statements run on kuzu's
 * own threads while this thread renders the exports. The new database replaces the old one only once the
 * exports have been written, so a failed build still leaves the previous outputs in place.
 */
interface PendingStore { file: string; load: Promise<Record<string, unknown>> }
const pendingStores = new WeakMap<BuildContext, PendingStore>();

function startStoreLoad(ctx: BuildContext, gate: Promise<void> = Promise.resolve(), copying?: () => void): PendingStore {
  const store = new KuzuStore(path.join(ctx.options.out, KUZU_FILE));
  const load = (async () => {
    try {
      return { ...await store.load(graphOf(ctx), { beforeSwap: () => gate, copying }) };
    } finally {
      await store.close();
    }
  })();
  load.catch(() => { /* reported by the store step, or superseded by the exports step's own error */ });
  const pending = { file: store.file, load };
  pendingStores.set(ctx, pending);
  return pending;
}

/** graph.json is the write step's; this step adds the other formats (and starts the store load beside them). */
export const exportsStep: BuildStep = {
  id: 'exports',
  async run(ctx) {
    let open!: () => void;
    let shut!: (err: unknown) => void;
    const gate = new Promise<void>((resolve, reject) => { open = resolve; shut = reject; });
    gate.catch(() => {});
    let copying!: () => void;
    const copied = new Promise<void>((resolve) => { copying = resolve; });
    const pending = startStoreLoad(ctx, gate, copying);
    // Let the load stage its CSVs and hand the COPYs to kuzu first: rendering the exports keeps this thread busy
    // for long stretches, and each step of the load would otherwise wait for the next gap.
    await Promise.race([copied, pending.load.catch(() => {})]);
    try {
      const reports = await writeExports(graphOf(ctx), ctx.options.out, ['gexf', 'graphml', 'neo4j', 'cypher']);
      for (const r of reports) ctx.outputs[r.format] = path.join(ctx.options.out, r.format === 'neo4j' ? 'neo4j' : r.files[0].path);
      ctx.stages.exports = reports;
      open();
    } catch (err) {
      shut(err);
      await pending.load.catch(() => {});
      throw err;
    }
  },
};

/** Waits for the load the exports step started (or runs it, when a build has no exports step). */
export const storeStep: BuildStep = {
  id: 'store',
  async run(ctx) {
    const pending = pendingStores.get(ctx) ?? startStoreLoad(ctx);
    pendingStores.delete(ctx);
    ctx.stages.store = await pending.load;
    ctx.outputs.store = pending.file;
  },
};
